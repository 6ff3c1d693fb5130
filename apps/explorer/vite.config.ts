import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Fixed ports so start.sh can print the address; `strictPort` fails loudly instead of drifting. */
export const DEV_PORT = 5173;
export const PREVIEW_PORT = 4173;

export default defineConfig({
  plugins: [react()],
  // Workspace packages export their TypeScript under the `source` condition: no build step needed.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Relative asset paths: the built app works from any folder or sub-path.
  base: './',
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
  server: { port: DEV_PORT, strictPort: true },
  preview: { port: PREVIEW_PORT, strictPort: true },
});
