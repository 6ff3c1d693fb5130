import { useEffect } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useApp } from '../../core/state/context';

/** Renders nothing: turns clicks and hovers on the canvas into selection and hover state. */
export function EventsController() {
  const { dispatch } = useApp();
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();
  useEffect(() => {
    const cursor = (value: string) => {
      sigma.getContainer().style.cursor = value;
    };
    registerEvents({
      clickNode: ({ node }) => dispatch({ type: 'select', selection: { kind: 'node', key: node } }),
      clickEdge: ({ edge }) => dispatch({ type: 'select', selection: { kind: 'edge', key: edge } }),
      clickStage: () => dispatch({ type: 'select', selection: null }),
      enterNode: ({ node }) => {
        cursor('pointer');
        dispatch({ type: 'hover', node });
      },
      leaveNode: () => {
        cursor('');
        dispatch({ type: 'hover', node: null });
      },
      enterEdge: () => cursor('pointer'),
      leaveEdge: () => cursor(''),
    });
  }, [registerEvents, dispatch, sigma]);
  return null;
}
