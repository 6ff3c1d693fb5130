import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from './buildApp';
import { buildFixtureGraph } from './fixture';
import { serveStatic } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built explorer, serving graph.json built from data/articles. */
    explorerUrl: string;
  }
}

/** Builds the app and the data/articles graph once, and serves both on loopback for the browser tests. */
export default async function setup(project: TestProject) {
  const outDir = await buildApp();
  writeFileSync(path.join(outDir, 'graph.json'), JSON.stringify(buildFixtureGraph()));
  const server = await serveStatic(outDir);
  project.provide('explorerUrl', server.url);
  return server.close;
}
