// The end-to-end tests run dist/bin.js as a user would; make sure it matches the sources.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export default function buildDist(): void {
  const tsc = createRequire(resolve(REPO_ROOT, 'package.json')).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'packages/cli'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
