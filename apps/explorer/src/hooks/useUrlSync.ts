import { useEffect } from 'react';
import { serializeViewState, type ViewState } from '../core/url/viewState';

/** Keeps the address bar in step with the view (replaceState: the Back button is not a view history). */
export function useUrlSync(view: ViewState): void {
  useEffect(() => {
    const search = serializeViewState(view, window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [view]);
}
