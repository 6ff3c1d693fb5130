import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_DIR = path.resolve(APP_DIR, '../..');
export const ARTICLES_DIR = path.join(REPO_DIR, 'data/articles');
export const GEXF_SCHEMA = path.join(REPO_DIR, 'data/gexf-1.3/gexf.rng');
export const SHARED_GEXF_DIR = path.join(REPO_DIR, '../shared/gexf-1.3');
/** Screenshots and downloads a reviewer can look at (git-ignored). */
export const OUTPUT_DIR = path.join(REPO_DIR, 'test-output/explorer');
