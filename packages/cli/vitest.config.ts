import { defineProject } from 'vitest/config';

// Tests run against the workspace packages' TypeScript sources (the `source` export condition);
// the end-to-end tests run the built command, which the global setup brings up to date.
export default defineProject({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] } },
  test: {
    name: 'cli',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/buildDist.ts'],
    testTimeout: 60_000,
  },
});
