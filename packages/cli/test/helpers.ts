import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import type { Streams } from '../src/streams.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const BIN = resolve(REPO_ROOT, 'packages/cli/dist/bin.js');
export const ARTICLES = resolve(REPO_ROOT, 'data/articles');
export const GOLD = resolve(REPO_ROOT, 'data/gold/seeds.gold.json');
export const REFERENCE_SCORER = resolve(REPO_ROOT, 'data/tools/score-graph.mjs');
export const GEXF_SCHEMA = resolve(REPO_ROOT, 'data/gexf-1.3/gexf.rng');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `vnkg` as a child process, with stderr not a terminal. */
export function vnkg(args: string[], cwd = REPO_ROOT): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function referenceScorer(args: string[]): Run {
  const run = spawnSync(process.execPath, [REFERENCE_SCORER, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Streams that collect what a command writes, for in-process runs. */
export function captureStreams(): Streams & { out: () => string; err: () => string } {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(String(chunk));
        callback();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return { stdout: stdout.stream, stderr: stderr.stream, out: stdout.text, err: stderr.text };
}
