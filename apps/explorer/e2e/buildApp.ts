import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { APP_DIR } from './paths';

/** Builds the app as `vite build` does, into a fresh temporary folder. */
export async function buildApp(outDir = mkdtempSync(path.join(tmpdir(), 'vnkg-explorer-'))): Promise<string> {
  await build({
    root: APP_DIR,
    configFile: path.join(APP_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    // public/ may hold a graph.json from `npm start`; the tests bring their own.
    publicDir: false,
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
