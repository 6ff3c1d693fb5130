// Node entry: file-system readers and the atomic writer. Re-exports the browser-safe API too.
export * from '../index.js';
export { readInputs, type InputItem, type SkippedInput } from './readInputs.js';
export { decodeText, type Decoded } from './decode.js';
export { SUPPORTED_EXTENSIONS, idFromFileName } from './formats.js';
export { writeFileAtomic, WriteError, type FileData } from './writeFileAtomic.js';
export { readGraphFile, GRAPH_EXTENSIONS } from './readGraph.js';
