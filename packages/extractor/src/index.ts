export * from './types.js';
export { extract, type ExtractOptions } from './extract.js';
export { GraphBuilder, buildGraph, type GraphOptions, type KnowledgeGraph } from './graph.js';
export { createLexicon, defaultLexicon, type Lexicon, type LexiconExtension } from './lexicon/index.js';
export { normalizeName, foldDiacritics } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
/** Changes whenever extraction rules change: caches keyed on it are then recomputed. */
export const EXTRACTOR_VERSION = '0.2.0';
