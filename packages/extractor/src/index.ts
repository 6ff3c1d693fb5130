export * from './types.js';
export { extract, type ExtractOptions } from './extract.js';
export { buildGraph, type KnowledgeGraph } from './graph.js';
export { createLexicon, defaultLexicon, type Lexicon, type LexiconExtension } from './lexicon/index.js';
export { normalizeName, foldDiacritics } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
export const EXTRACTOR_VERSION = '0.1.0';
