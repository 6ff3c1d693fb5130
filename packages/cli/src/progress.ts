import cliProgress from 'cli-progress';
import type { Streams } from './streams.js';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 2000;

/**
 * A progress bar on a terminal; on a pipe or a log file, one plain line every few seconds
 * (a bar's carriage returns would turn a log into noise).
 */
export function createProgress(stderr: Streams['stderr'], total: number, what: string, enabled: boolean): Progress {
  if (!enabled) return { tick: () => {}, stop: () => {} };
  if (stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stderr,
        format: `${what} {bar} {value}/{total} | {eta_formatted} left | {label}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return { tick: (label) => bar.increment(1, { label: label.slice(0, 40) }), stop: () => bar.stop() };
  }
  let done = 0;
  let last = Date.now();
  return {
    tick: () => {
      done++;
      const now = Date.now();
      if (now - last >= PLAIN_INTERVAL_MS && done < total) {
        last = now;
        stderr.write(`${what}: ${done}/${total} (${Math.floor((100 * done) / total)}%)\n`);
      }
    },
    stop: () => {},
  };
}
