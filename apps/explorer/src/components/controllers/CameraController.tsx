import { useEffect, useRef } from 'react';
import { useCamera, useSigma } from '@react-sigma/core';
import { useApp } from '../../core/state/context';

/** Edge labels appear below this camera ratio (zoomed in), where they no longer overlap. */
export const EDGE_LABEL_RATIO = 0.5;

/** Renders nothing: moves the camera to requested nodes and shows edge labels when zoomed in. */
export function CameraController() {
  const sigma = useSigma();
  const { gotoNode } = useCamera({ duration: 400, factor: 1 });
  const { graph, state } = useApp();
  const target = state.cameraTarget;

  useEffect(() => {
    if (!target || !graph.hasNode(target.key)) return;
    gotoNode(target.key, { duration: 400 });
  }, [target, graph, gotoNode]);

  const labelsOn = useRef(false);
  useEffect(() => {
    const camera = sigma.getCamera();
    const update = () => {
      const on = camera.ratio < EDGE_LABEL_RATIO;
      if (on === labelsOn.current) return;
      labelsOn.current = on;
      sigma.setSetting('renderEdgeLabels', on);
    };
    update();
    camera.on('updated', update);
    return () => {
      camera.off('updated', update);
    };
  }, [sigma]);
  return null;
}
