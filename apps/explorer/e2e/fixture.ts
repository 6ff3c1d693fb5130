import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildGraph, extract } from '@vnkg/extractor';
import { toJSON, type SerializedKnowledgeGraph } from '@vnkg/io';
import { ARTICLES_DIR } from './paths';

/** The graph of data/articles, built with the extractor as `vnkg build` does (never a committed output). */
export function buildFixtureGraph(dir = ARTICLES_DIR): SerializedKnowledgeGraph {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const extractions = files.map((f) => extract({ id: f.replace(/\.txt$/, ''), text: readFileSync(path.join(dir, f), 'utf8') }));
  return toJSON(buildGraph(extractions));
}

export const XSS_LABEL = '<img src=x onerror=alert(1)>';
