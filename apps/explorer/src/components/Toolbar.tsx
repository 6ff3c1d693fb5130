import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { downloadText } from '../core/export/download';
import { toViewGexf } from '../core/export/gexf';
import { toViewJson } from '../core/export/json';
import { visibleSubgraph } from '../core/export/subgraph';
import type { LayoutControl } from '../core/layout/useLayout';
import { useApp } from '../core/state/context';
import type { ColorMode, SizeMode } from '../core/url/viewState';
import type { ExplorerSigma } from './controllers/ReadyController';

/** Layout, appearance and export: what applies to the whole view. */
export function Toolbar({ layout, sigma }: { layout: LayoutControl; sigma: ExplorerSigma | null }) {
  const { graph, state, dispatch, derived } = useApp();
  const position = (key: string) => ({ x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') });

  const exportGexf = () => {
    const sub = visibleSubgraph(graph, derived.visibility);
    const xml = toViewGexf(sub, (key) => ({ ...position(key), color: derived.colorOf(key), size: derived.sizes.get(key) ?? 4 }));
    downloadText('vnkg-graph.gexf', xml, 'application/gexf+xml');
  };
  const exportJson = () => {
    const data = toViewJson(visibleSubgraph(graph, derived.visibility), position);
    downloadText('vnkg-graph.json', JSON.stringify(data, null, 1), 'application/json');
  };
  const exportPng = () => {
    // The exporter is typed for untyped graphs; it only reads the renderer's canvases.
    if (sigma) void downloadAsPNG(sigma as unknown as Sigma, { fileName: 'vnkg-graph', backgroundColor: '#ffffff' });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <button type="button" aria-pressed={layout.running} onClick={layout.running ? layout.stop : layout.start} disabled={graph.order === 0}>
        {layout.running ? 'Stop layout' : 'Start layout'}
      </button>
      <label>
        Color by{' '}
        <select value={state.color} onChange={(e) => dispatch({ type: 'color', color: e.target.value as ColorMode })}>
          <option value="type">Entity type</option>
          <option value="community">Community (Louvain)</option>
        </select>
      </label>
      <label>
        Size by{' '}
        <select value={state.size} onChange={(e) => dispatch({ type: 'size', size: e.target.value as SizeMode })}>
          <option value="degree">Degree</option>
          <option value="pagerank">PageRank</option>
        </select>
      </label>
      <span className="group" aria-label="Export">
        <button type="button" onClick={exportGexf}>Export GEXF</button>
        <button type="button" onClick={exportJson}>Export JSON</button>
        <button type="button" onClick={exportPng} disabled={!sigma}>Export PNG</button>
      </span>
    </div>
  );
}
