import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '@vnkg/extractor';
import { decodeText } from './decode.js';
import { describeFsError, expandInputs } from './expand.js';
import { parseArticleFile, type ParsedArticle, type ParsedFile } from './formats.js';
import { readJsonLines } from './jsonLines.js';

export interface SkippedInput {
  /** The path, pattern or `file:line` that was skipped. */
  input: string;
  reason: string;
}

export type InputItem =
  | {
      article: Article;
      /** The file (or `file:line` for JSONL) the article came from. */
      source: string;
      /** Set when the article had to be changed to be usable, e.g. a renamed duplicate id. */
      warning?: string;
    }
  | { skipped: SkippedInput };

/** Gives repeated ids a `~2`, `~3`… suffix, so no article silently replaces another. */
class IdRegistry {
  private readonly firstSource = new Map<string, string>();

  claim(id: string, source: string): { id: string; warning?: string } {
    const first = this.firstSource.get(id);
    if (first === undefined) {
      this.firstSource.set(id, source);
      return { id };
    }
    let n = 2;
    while (this.firstSource.has(`${id}~${n}`)) n++;
    const renamed = `${id}~${n}`;
    this.firstSource.set(renamed, source);
    return { id: renamed, warning: `duplicate article id "${id}" (first from ${first}): renamed to "${renamed}"` };
  }
}

/**
 * Reads articles from files, folders (recursively, in name order) and glob patterns.
 * Formats: .txt and .md (UTF-8 with or without BOM, UTF-16 with BOM), .html/.htm, .jsonl
 * (one `{id, text, title?, date?, lang?}` per line). Every input that yields no article is
 * reported as `{skipped: {input, reason}}`; nothing is dropped silently.
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  const ids = new IdRegistry();
  const claimed = ({ article, source }: ParsedArticle): InputItem => {
    const { id, warning } = ids.claim(article.id, source);
    return { article: { ...article, id }, source, ...(warning ? { warning } : {}) };
  };
  for await (const item of expandInputs(paths)) {
    if ('skipped' in item) {
      yield item;
      continue;
    }
    if (extname(item.file).toLowerCase() === '.jsonl') {
      // Streamed: a JSONL corpus can be far larger than memory should hold.
      for await (const line of readJsonLines(item.file)) {
        if ('problem' in line) yield { skipped: line.problem };
        else yield claimed(line.parsed);
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(item.file);
    } catch (error) {
      yield { skipped: { input: item.file, reason: `cannot read: ${describeFsError(error)}` } };
      continue;
    }
    const decoded = decodeText(bytes);
    if ('reason' in decoded) {
      yield { skipped: { input: item.file, reason: decoded.reason } };
      continue;
    }
    let parsedFile: ParsedFile;
    try {
      parsedFile = parseArticleFile(item.file, decoded.text);
    } catch (error) {
      // A file a parser fails on is one skipped input, not a failed build.
      yield { skipped: { input: item.file, reason: `cannot parse: ${error instanceof Error ? error.message : String(error)}` } };
      continue;
    }
    for (const problem of parsedFile.problems) yield { skipped: problem };
    for (const parsed of parsedFile.articles) yield claimed(parsed);
  }
}
