import { useEffect, useRef } from 'react';
import { useSigma } from '@react-sigma/core';
import { useApp } from '../../core/state/context';

/** Edge labels appear below this camera ratio (zoomed in), where they no longer overlap. */
export const EDGE_LABEL_RATIO = 0.5;
/** Camera ratio when moving to a chosen node: zoomed in past EDGE_LABEL_RATIO. */
const FOCUS_RATIO = 0.45;

/** Renders nothing: moves the camera to requested nodes and shows edge labels when zoomed in. */
export function CameraController() {
  const sigma = useSigma();
  const { graph, state } = useApp();
  const target = state.cameraTarget;

  useEffect(() => {
    if (!target || !graph.hasNode(target.key)) return;
    // Display data holds camera coordinates only once sigma has processed the graph (after a
    // render); on a page opened with ?node= that has not happened yet.
    const move = () => {
      const node = sigma.getNodeDisplayData(target.key);
      const camera = sigma.getCamera();
      // Close enough to read the relation labels around the node.
      if (node) void camera.animate({ x: node.x, y: node.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: 400 });
    };
    sigma.once('afterRender', move);
    sigma.scheduleRefresh();
    return () => {
      sigma.off('afterRender', move);
    };
  }, [target, graph, sigma]);

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
