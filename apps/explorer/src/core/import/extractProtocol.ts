import type { SerializedKnowledgeGraph } from '@vnkg/io';

/** Messages between the page and the extraction worker. */
export interface ArticleFile {
  name: string;
  text: string;
}

export type ToWorker = { type: 'extract'; files: ArticleFile[] };

export type FromWorker =
  | { type: 'progress'; done: number; total: number; name: string }
  | { type: 'fileError'; name: string; reason: string }
  | { type: 'done'; graph: SerializedKnowledgeGraph | null };
