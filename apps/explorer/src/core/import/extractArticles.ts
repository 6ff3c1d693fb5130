import { buildGraph, extract, type Extraction } from '@vnkg/extractor';
import { toJSON, type SerializedKnowledgeGraph } from '@vnkg/io';
import { reasonOf } from './errors';
import type { ArticleFile, FromWorker } from './extractProtocol';
import { articleIdOf } from './fileKind';

/** Why a file cannot be read as an article, or null when it can. */
export function articleProblem(text: string): string | null {
  if (text.trim() === '') return 'empty file';
  if (text.includes('\u0000')) return 'not a text file (binary content)';
  return null;
}

/**
 * Extracts each article and builds one graph from them. Runs inside the worker; kept free of
 * worker globals so it is testable as a function.
 */
export function extractArticles(files: readonly ArticleFile[], post: (message: FromWorker) => void): SerializedKnowledgeGraph | null {
  const extractions: Extraction[] = [];
  files.forEach((file, i) => {
    const problem = articleProblem(file.text);
    try {
      if (problem) throw new Error(problem);
      extractions.push(extract({ id: articleIdOf(file.name), text: file.text.replace(/^\uFEFF/, '') }));
    } catch (error) {
      post({ type: 'fileError', name: file.name, reason: reasonOf(error) });
    }
    post({ type: 'progress', done: i + 1, total: files.length, name: file.name });
  });
  return extractions.length ? toJSON(buildGraph(extractions)) : null;
}
