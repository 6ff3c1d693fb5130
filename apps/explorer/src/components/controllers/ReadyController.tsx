import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { ExplorerNodeAttributes } from '../../core/graph/types';

export type ExplorerSigma = Sigma<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>;

declare global {
  interface Window {
    /** Read-only handle for the end-to-end tests and the benchmark. */
    vnkgExplorer?: { sigma: ExplorerSigma };
  }
}

/**
 * Renders nothing: hands the sigma instance to the app (PNG export) and marks the first render
 * (`performance.mark('vnkg:first-render')`), which the benchmark and the end-to-end tests wait for.
 */
export function ReadyController({ onReady }: { onReady: (sigma: ExplorerSigma) => void }) {
  const sigma = useSigma<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => {
    onReady(sigma);
    window.vnkgExplorer = { sigma };
    // Sigma draws its first frame in its constructor, before any listener could be attached.
    if (performance.getEntriesByName('vnkg:first-render').length === 0) performance.mark('vnkg:first-render');
  }, [sigma, onReady]);
  return null;
}
