import { fromGexf, fromJSON } from '@vnkg/io';
import { toExplorerGraph } from '../graph/create';
import type { ExplorerGraph, Position } from '../graph/types';
import { ImportError, reasonOf } from './errors';

/** Positions a JSON graph may carry (the explorer's own export does); the model reader drops them. */
function positionsOf(value: unknown): Map<string, Position> {
  const out = new Map<string, Position>();
  const nodes = (value as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes as { key?: unknown; attributes?: { x?: unknown; y?: unknown } }[]) {
    const x = node?.attributes?.x;
    const y = node?.attributes?.y;
    if (typeof node?.key === 'string' && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y)) {
      out.set(node.key, { x, y });
    }
  }
  return out;
}

export function readJsonGraph(fileName: string, text: string): ExplorerGraph {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(fileName, `not valid JSON (${reasonOf(error)})`);
  }
  try {
    return toExplorerGraph(fromJSON(value), positionsOf(value));
  } catch (error) {
    throw new ImportError(fileName, reasonOf(error));
  }
}

export function readGexfGraph(fileName: string, text: string): ExplorerGraph {
  try {
    const graph = fromGexf(text, { viz: true });
    const known = new Map<string, Position>();
    graph.forEachNode((key, attrs) => {
      const { x, y } = attrs as Partial<Position>;
      if (typeof x === 'number' && typeof y === 'number') known.set(key, { x, y });
    });
    return toExplorerGraph(graph, known);
  } catch (error) {
    throw new ImportError(fileName, reasonOf(error));
  }
}
