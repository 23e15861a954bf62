import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// During `vite dev` the API runs separately; /api is proxied to it (API_URL, default port 3131).
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3131';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Budget: the initial JS+CSS stays under 300 kB gzip; see the README's web section.
    chunkSizeWarningLimit: 700,
  },
  // Listed so the dev server does not discover them late and load a second copy of @mantine/core.
  optimizeDeps: { include: ['mantine-datatable', '@mantine/core', '@mantine/hooks'] },
  resolve: { dedupe: ['react', 'react-dom', '@mantine/core', '@mantine/hooks'] },
  server: { proxy: { '/api': { target: apiUrl, changeOrigin: false } } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
