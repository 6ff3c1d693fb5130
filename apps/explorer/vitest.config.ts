import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the `source` export condition), as in vite.config.ts.
const conditions = ['source', 'module', 'browser', 'development|production', 'import', 'default'];

// One project (the root config gathers one per app): component tests in jsdom, and end-to-end
// tests (e2e/, `@vitest-environment node`) in real Chromium against the built app, which the
// global setup builds and serves with the graph of data/articles.
export default defineProject({
  plugins: [react()],
  resolve: { conditions },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] } },
  test: {
    name: 'explorer',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
