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
export function createProgress(stderr: Streams['stderr'], total: number | undefined, what: string, enabled: boolean): Progress {
  if (!enabled) return { tick: () => {}, stop: () => {} };
  const started = Date.now();
  const rate = (done: number) => `${Math.round(done / Math.max(0.001, (Date.now() - started) / 1000))}/s`;
  if (stderr.isTTY) {
    // A stream of articles has no known total: then a count and a rate instead of a bar.
    const bar = new cliProgress.SingleBar(
      {
        stream: stderr,
        format: total === undefined ? `${what} {value} articles | {rate} | {label}` : `${what} {bar} {value}/{total} | {eta_formatted} left | {label}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let done = 0;
    bar.start(total ?? 0, 0, { label: '', rate: '' });
    return { tick: (label) => bar.increment(1, { label: label.slice(0, 40), rate: rate(++done) }), stop: () => bar.stop() };
  }
  let done = 0;
  let last = Date.now();
  return {
    tick: () => {
      done++;
      const now = Date.now();
      if (now - last >= PLAIN_INTERVAL_MS && (total === undefined || done < total)) {
        last = now;
        stderr.write(total === undefined ? `${what}: ${done} articles (${rate(done)})\n` : `${what}: ${done}/${total} (${Math.floor((100 * done) / total)}%)\n`);
      }
    },
    stop: () => {},
  };
}
