import { mergeInto } from '../graph/merge';
import { placeNewNodes } from '../graph/positions';
import type { ExplorerGraph } from '../graph/types';
import { ImportError, reasonOf } from './errors';
import type { ExtractOutcome, ExtractProgress } from './extractClient';
import type { ArticleFile } from './extractProtocol';
import { fileKindOf } from './fileKind';
import { readGexfGraph, readJsonGraph } from './readGraph';

/** The part of a browser `File` the importer needs (so tests can pass plain objects). */
export interface NamedText {
  name: string;
  text(): Promise<string>;
}

export interface ImportReport {
  /** Files whose content reached the graph. */
  imported: string[];
  errors: ImportError[];
  addedNodes: number;
  addedEdges: number;
}

export type Extractor = (files: ArticleFile[], onProgress: (p: ExtractProgress) => void) => Promise<ExtractOutcome>;

/**
 * Reads graphs and articles and merges what is readable into `graph`. Each file is parsed
 * completely before anything is merged, so a bad file leaves the graph as it was.
 */
export async function importFiles(
  graph: ExplorerGraph,
  files: readonly NamedText[],
  extractor: Extractor,
  onProgress: (p: ExtractProgress) => void = () => {},
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], errors: [], addedNodes: 0, addedEdges: 0 };
  const parsed: ExplorerGraph[] = [];
  const articles: ArticleFile[] = [];
  for (const file of files) {
    const kind = fileKindOf(file.name);
    if (!kind) {
      report.errors.push(new ImportError(file.name, 'unsupported file type (expected .gexf, .json, .txt or .md)'));
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      report.errors.push(new ImportError(file.name, `cannot read the file (${reasonOf(error)})`));
      continue;
    }
    if (kind === 'article') {
      articles.push({ name: file.name, text });
      continue;
    }
    try {
      parsed.push(kind === 'gexf' ? readGexfGraph(file.name, text) : readJsonGraph(file.name, text));
      report.imported.push(file.name);
    } catch (error) {
      report.errors.push(error instanceof ImportError ? error : new ImportError(file.name, reasonOf(error)));
    }
  }
  if (articles.length) {
    try {
      const outcome = await extractor(articles, onProgress);
      // One by one, not push(...): an archive can hold more articles than a call takes arguments.
      for (const e of outcome.errors) report.errors.push(e);
      const failed = new Set(outcome.errors.map((e) => e.fileName));
      for (const a of articles) if (!failed.has(a.name)) report.imported.push(a.name);
      if (outcome.graph) parsed.push(outcome.graph);
    } catch (error) {
      for (const a of articles) report.errors.push(new ImportError(a.name, reasonOf(error)));
    }
  }
  for (const incoming of parsed) {
    // Into an empty graph the file's own picture is kept; otherwise new nodes join their neighbors.
    const wasEmpty = graph.order === 0;
    const merged = mergeInto(graph, incoming);
    if (!wasEmpty) placeNewNodes(graph, merged.addedNodes);
    report.addedNodes += merged.addedNodes.length;
    report.addedEdges += merged.addedEdges;
  }
  return report;
}
