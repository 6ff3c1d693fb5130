import { toGexf, type KnowledgeGraph } from '@vnkg/io';
import type { Position } from '../graph/types';

const VIZ_NS = 'http://gexf.net/1.3/viz';

export interface NodeLook extends Position {
  color: string;
  size: number;
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const n = m ? Number.parseInt(m[1]!, 16) : 0x999999;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const round = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * GEXF 1.3 of `graph` as it looks on screen: the library writes the model (and a valid file),
 * then each node's `viz:color`, `viz:size` and `viz:position` are set to the current view's.
 */
export function toViewGexf(graph: KnowledgeGraph, look: (key: string) => NodeLook): string {
  const xml = toGexf(graph, { layout: false, creator: 'vnkg explorer' });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const id = node.getAttribute('id');
    if (id === null || !graph.hasNode(id)) continue;
    const { color, size, x, y } = look(id);
    for (const old of Array.from(node.getElementsByTagNameNS(VIZ_NS, '*'))) old.remove();
    const prefix = node.lookupPrefix(VIZ_NS) ?? 'viz';
    const add = (name: string, attrs: Record<string, string>) => {
      const el = doc.createElementNS(VIZ_NS, `${prefix}:${name}`);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      node.appendChild(el);
    };
    const [r, g, b] = rgb(color);
    add('color', { r: String(r), g: String(g), b: String(b) });
    add('position', { x: round(x), y: round(y), z: '0' });
    add('size', { value: round(size) });
  }
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}
