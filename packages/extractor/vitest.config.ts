import { defineProject } from 'vitest/config';

// Tests run against the workspace packages' TypeScript sources (the `source` export condition), not dist.
export default defineProject({
  resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'import', 'default'] } },
  test: { name: 'extractor', environment: 'node', include: ['src/**/*.test.ts'] },
});
