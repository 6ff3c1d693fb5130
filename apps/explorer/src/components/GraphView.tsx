import { useMemo } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { ExplorerNodeAttributes } from '../core/graph/types';
import { useApp } from '../core/state/context';
import { CameraController } from './controllers/CameraController';
import { EventsController } from './controllers/EventsController';
import { ReadyController, type ExplorerSigma } from './controllers/ReadyController';
import { ReducersController } from './controllers/ReducersController';

/** Sigma's programs are typed for any attributes; ours are a specific shape (programs never read them). */
const forGraph = (program: EdgeProgramType) => program as unknown as EdgeProgramType<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Until the reducers controller takes over: the model's `type` attributes (entity and relation
 * types) are not sigma program names, so even the first frame must map them.
 */
const SETTINGS: Partial<Settings<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>> = {
  // jsdom and hidden tabs have no size at first; sigma would otherwise throw.
  allowInvalidContainer: true,
  defaultEdgeType: 'straight',
  edgeProgramClasses: { straight: forGraph(EdgeArrowProgram), curved: forGraph(EdgeCurvedArrowProgram) },
  renderEdgeLabels: false,
  enableEdgeEvents: true,
  zIndex: true,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  nodeReducer: (_key, attrs) => Object.assign(attrs as unknown as Partial<NodeDisplayData>, { type: 'circle' }),
  edgeReducer: (_key, attrs) => Object.assign(attrs as unknown as Partial<EdgeDisplayData>, { type: 'straight' }),
};

const LARGE_GRAPH_EDGES = 5000;

/** The canvas: sigma over the app's one graph, wired by controllers that render nothing. */
export function GraphView({ onSigma }: { onSigma: (sigma: ExplorerSigma) => void }) {
  const { graph } = useApp();
  // Large graphs: drawing every edge and label while dragging is what makes panning stutter.
  const settings = useMemo(() => (graph.size > LARGE_GRAPH_EDGES ? { ...SETTINGS, hideEdgesOnMove: true, hideLabelsOnMove: true } : SETTINGS), [graph]);
  return (
    <div className="graph" role="img" aria-label="Graph canvas">
      <SigmaContainer<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes> graph={graph} settings={settings} className="sigma">
        <ReducersController />
        <EventsController />
        <CameraController />
        <ReadyController onReady={onSigma} />
      </SigmaContainer>
    </div>
  );
}
