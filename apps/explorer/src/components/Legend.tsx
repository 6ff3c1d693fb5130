import { ENTITY_TYPES } from '@vnkg/extractor';
import { COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR, communityColor, typeColor } from '../core/appearance/colors';
import { isLargeGraph } from '../core/render/scale';
import { useApp } from '../core/state/context';

/** What the colours mean, with how many visible entities have each. */
export function Legend() {
  const { graph, state, derived } = useApp();
  const { visibility, communities, typeCounts } = derived;
  const visibleEdges = visibility.edges.size;

  let rows: { color: string; name: string; count: number }[];
  if (state.color === 'community' && communities) {
    const counts = new Array<number>(COMMUNITY_PALETTE.length + 1).fill(0);
    for (const key of visibility.nodes) {
      const rank = communities.of.get(key) ?? Infinity;
      counts[Math.min(rank, COMMUNITY_PALETTE.length)]!++;
    }
    rows = COMMUNITY_PALETTE.map((_, i) => ({ color: communityColor(i), name: `Community ${i + 1}`, count: counts[i]! }))
      .filter((r, i) => i < communities.sizes.length && r.count > 0)
      .concat(counts[COMMUNITY_PALETTE.length]! > 0 ? [{ color: OTHER_COMMUNITY_COLOR, name: 'Other communities', count: counts[COMMUNITY_PALETTE.length]! }] : []);
  } else {
    rows = ENTITY_TYPES.map((type) => ({ color: typeColor(type), name: type, count: typeCounts[type].visible }));
  }

  return (
    <section className="panel legend" aria-label="Legend">
      <h2>Legend</h2>
      <p className="totals">
        {visibility.nodes.size} of {graph.order} entities, {visibleEdges} of {graph.size} relations
      </p>
      <ul>
        {rows.map((row) => (
          <li key={row.name}>
            <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
            <span className="name">{row.name}</span>
            <span className="count">{row.count}</span>
          </li>
        ))}
      </ul>
      <p className="hint">
        Size: {state.size === 'degree' ? 'degree' : 'PageRank'}.{' '}
        {isLargeGraph(graph) ? 'Large graph: plain lines, no arrows (edges are listed in the details).' : 'Arrows point from source to target.'}
      </p>
    </section>
  );
}
