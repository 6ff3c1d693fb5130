import { useCallback, useMemo, useReducer, useState, type DragEvent } from 'react';
import type { ExplorerGraph } from '../core/graph/types';
import { extractInWorker } from '../core/import/extractClient';
import { importFiles } from '../core/import/importFiles';
import { useLayout } from '../core/layout/useLayout';
import { AppContext, type AppContextValue } from '../core/state/context';
import { initialState, reduce, viewOf } from '../core/state/store';
import { useDerived } from '../core/state/useDerived';
import type { ViewState } from '../core/url/viewState';
import { useShortcuts } from '../hooks/useShortcuts';
import { useUrlSync } from '../hooks/useUrlSync';
import type { ExplorerSigma } from './controllers/ReadyController';
import { DetailsPanel } from './DetailsPanel';
import { FiltersPanel } from './FiltersPanel';
import { GraphView } from './GraphView';
import { IDLE, ImportPanel, type ImportStatus } from './ImportPanel';
import { Legend } from './Legend';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { Toolbar } from './Toolbar';

export interface ExplorerProps {
  graph: ExplorerGraph;
  initialView: ViewState;
  /** Shown above the canvas, e.g. why the default graph did not load. */
  notice?: string | undefined;
}

export function Explorer({ graph, initialView, notice }: ExplorerProps) {
  const [state, dispatch] = useReducer(reduce, initialView, initialState);
  const [version, setVersion] = useState(0);
  const graphChanged = useCallback(() => setVersion((v) => v + 1), []);
  const derived = useDerived(graph, version, state);
  const layout = useLayout(graph);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus>(IDLE);
  const [dragging, setDragging] = useState(false);

  const view = useMemo(() => viewOf(state), [state]);
  useUrlSync(view);
  useShortcuts(
    SEARCH_INPUT_ID,
    useCallback(() => dispatch({ type: 'select', selection: null }), []),
  );

  const onFiles = useCallback(
    async (files: File[]) => {
      setImportStatus({ ...IDLE, busy: true });
      const report = await importFiles(graph, files, extractInWorker, (progress) =>
        setImportStatus((s) => ({ ...s, progress })),
      );
      setImportStatus({ busy: false, progress: null, report, errors: report.errors });
      if (report.addedNodes || report.addedEdges || report.imported.length) graphChanged();
    },
    [graph, graphChanged],
  );

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) void onFiles(files);
  };

  const context: AppContextValue = useMemo(
    () => ({ graph, version, graphChanged, state, dispatch, derived }),
    [graph, version, graphChanged, state, derived],
  );

  return (
    <AppContext.Provider value={context}>
      <div
        className={`app${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
        onDrop={onDrop}
      >
        <header className="top">
          <h1>vnkg explorer</h1>
          <SearchBox />
          <Toolbar layout={layout} sigma={sigma} />
          <ImportPanel status={importStatus} onFiles={(f) => void onFiles(f)} onDismiss={() => setImportStatus((s) => ({ ...s, errors: [] }))} />
        </header>
        <aside className="left">
          <Legend />
          <FiltersPanel />
        </aside>
        <main className="center">
          {notice && <p className="notice">{notice}</p>}
          <GraphView onSigma={setSigma} />
          {dragging && <div className="drop-hint">Drop .gexf, .json graphs or .txt articles to add them</div>}
        </main>
        <aside className="right">
          <DetailsPanel />
        </aside>
      </div>
    </AppContext.Provider>
  );
}
