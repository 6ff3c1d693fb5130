import { useMemo, useState } from 'react';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { ExplorerNodeAttributes } from '../core/graph/types';
import { drawTruncatedLabel } from '../core/render/labels';
import type { Reducers } from '../core/render/reducers';
import { isLargeGraph } from '../core/render/scale';
import { useReducers } from '../core/render/useReducers';
import { useApp } from '../core/state/context';
import { CameraController } from './controllers/CameraController';
import { EventsController } from './controllers/EventsController';
import { ReadyController, type ExplorerSigma } from './controllers/ReadyController';
import { ReducersController } from './controllers/ReducersController';

type ExplorerSettings = Partial<Settings<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>>;

/** Sigma's programs are typed for any attributes; ours are a specific shape (programs never read them). */
const forGraph = (program: EdgeProgramType) => program as unknown as EdgeProgramType<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>;

const COMMON: ExplorerSettings = {
  // jsdom and hidden tabs have no size at first; sigma would otherwise throw.
  allowInvalidContainer: true,
  defaultEdgeType: 'straight',
  renderEdgeLabels: false,
  zIndex: true,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  labelGridCellSize: 120,
  defaultDrawNodeLabel: drawTruncatedLabel,
};

/** Arrows, curves for parallel relations, clickable edges. */
const SMALL: ExplorerSettings = {
  ...COMMON,
  edgeProgramClasses: { straight: forGraph(EdgeArrowProgram), curved: forGraph(EdgeCurvedArrowProgram) },
  enableEdgeEvents: true,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
};

/**
 * One line per edge and no edge picking (edges are reached from the details panel), few labels,
 * and nothing but nodes while the camera moves: each of these divides the primitives per frame.
 */
const LARGE: ExplorerSettings = {
  ...COMMON,
  edgeProgramClasses: { straight: forGraph(EdgeLineProgram) },
  enableEdgeEvents: false,
  labelRenderedSizeThreshold: 9,
  labelDensity: 0.25,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
};

/** The canvas: sigma over the app's one graph, wired by controllers that render nothing. */
export function GraphView({ onSigma }: { onSigma: (sigma: ExplorerSigma) => void }) {
  const { graph } = useApp();
  const large = useMemo(() => isLargeGraph(graph), [graph]);
  const reducers = useReducers(large);
  // Sigma starts with the view's reducers, so its first frame is the right one (no second full
  // pass); kept per graph, since new settings would make a new sigma.
  const [initial, setInitial] = useState<{ graph: typeof graph; reducers: Reducers }>({ graph, reducers });
  if (initial.graph !== graph) setInitial({ graph, reducers });
  const settings = useMemo(() => ({ ...(large ? LARGE : SMALL), ...initial.reducers }), [large, initial]);
  return (
    <div className="graph" role="img" aria-label="Graph canvas">
      <SigmaContainer<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes> graph={graph} settings={settings} className="sigma">
        <ReducersController reducers={reducers} />
        <EventsController />
        <CameraController />
        <ReadyController onReady={onSigma} />
      </SigmaContainer>
    </div>
  );
}
