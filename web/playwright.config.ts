import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Run by `npm test` (scripts/registry.mjs), which prepares a demo-seeded database of its
// own and hands over its environment: DATABASE_URL, REDIS_URL, JWT_SECRET, PORT.
const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const server = { cwd: root, env: { ...(process.env as Record<string, string>) }, reuseExistingServer: false, stdout: 'ignore' as const, stderr: 'pipe' as const };

export default defineConfig({
  testDir: './e2e',
  outputDir: './e2e/test-results',
  // One worker: the API, the worker and the browser share two cores with the rest of CI.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's chromium; Playwright's own browser download cannot work on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    { ...server, command: 'node dist/src/main.js', url: `http://127.0.0.1:${port}/api/ready`, timeout: 60_000 },
    { ...server, command: 'node dist/src/worker.js' },
  ],
});
