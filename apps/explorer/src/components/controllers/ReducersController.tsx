import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { ExplorerNodeAttributes } from '../../core/graph/types';
import type { Reducers } from '../../core/render/reducers';

/**
 * Renders nothing: hands new reducers to sigma. Each hand-over is a full refresh (every node and
 * edge reduced again), so reducers sigma already has are not set again, and both are set in one
 * go (one scheduled refresh).
 */
export function ReducersController({ reducers }: { reducers: Reducers }) {
  const sigma = useSigma<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    if (sigma.getSetting('nodeReducer') === reducers.nodeReducer && sigma.getSetting('edgeReducer') === reducers.edgeReducer) return;
    sigma.setSettings(reducers);
  }, [sigma, reducers]);
  return null;
}
