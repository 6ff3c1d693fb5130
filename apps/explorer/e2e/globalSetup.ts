import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from './buildApp';
import { XSS_LABEL, buildFixtureGraph } from './fixture';
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
  const graph = buildFixtureGraph();
  writeFileSync(path.join(outDir, 'graph.json'), JSON.stringify(graph));
  // The same graph with a label that looks like markup, opened through ?graph=.
  const [first] = graph.nodes;
  if (first?.attributes) first.attributes.label = XSS_LABEL;
  writeFileSync(path.join(outDir, 'xss-graph.json'), JSON.stringify(graph));
  const server = await serveStatic(outDir);
  project.provide('explorerUrl', server.url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
