import { useRef } from 'react';
import type { ImportError } from '../core/import/errors';
import type { ExtractProgress } from '../core/import/extractClient';
import type { ImportReport } from '../core/import/importFiles';

export interface ImportStatus {
  busy: boolean;
  progress: ExtractProgress | null;
  report: ImportReport | null;
  errors: ImportError[];
}

export const IDLE: ImportStatus = { busy: false, progress: null, report: null, errors: [] };

/** The file picker, the extraction progress and the outcome of the last import. */
export function ImportPanel({ status, onFiles, onDismiss }: { status: ImportStatus; onFiles: (files: File[]) => void; onDismiss: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const { busy, progress, report, errors } = status;
  return (
    <div className="import">
      <label className="button">
        Import files…
        <input
          ref={input}
          type="file"
          multiple
          accept=".gexf,.json,.txt,.md"
          aria-label="Import files"
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (input.current) input.current.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <div role="status" className="import-status">
        {busy && progress && (
          <>
            <progress aria-label="Extraction progress" max={progress.total} value={progress.done} /> Extracting {progress.done}/{progress.total}: {progress.name}
          </>
        )}
        {busy && !progress && 'Importing…'}
        {!busy && report && report.imported.length > 0 && (
          <>
            Imported {report.imported.join(', ')}: {report.addedNodes} new entities, {report.addedEdges} new relations.
          </>
        )}
      </div>
      {errors.length > 0 && (
        <div role="alert" className="import-errors">
          <strong>Not imported:</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
