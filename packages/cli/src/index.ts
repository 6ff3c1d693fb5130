// Library face of the command line: run it in-process, or score graphs from code.
export { runCli } from './program.js';
export type { Streams } from './streams.js';
export { scoreGraph, ENTITY_TYPES, type Explanation, type Prf, type ScoreOptions, type ScoreResult, type Scored, type SystemGraph } from './eval/score.js';
export { parseGold, GoldFormatError, type GoldEntity, type GoldFile, type GoldRelation } from './eval/gold.js';
// The scorer's name equality is the extractor's: one implementation for merging and evaluation.
export { normalizeName } from '@vnkg/extractor';
export { formatScore, formatExplanation } from './eval/report.js';
export { computeStats, type GraphStats } from './commands/stats.js';
