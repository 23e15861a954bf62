// `npm run bench:web` (scripts/registry.mjs bench-web starts the built API and worker on
// a demo-seeded database and sets REGISTRY_URL). Prints:
//  1. the initial JS+CSS of the built interface, gzip: what index.html loads before any
//     lazy chunk (target <= 300 kB);
//  2. the time from pressing "Sign in" to the first search result, on an emulated slow
//     link (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency; target < 3 s), cold cache.
// A benchmark, not a test: it prints figures and fails only when it cannot measure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.WEB_DIST_DIR ?? path.join(root, 'web', 'dist');
const base = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3000';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const PASSWORD = 'Demo-Registry-2026!';

function initialAssets() {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // Entry script, stylesheets and modulepreloads: everything fetched before the app asks for a chunk.
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => {
    const body = readFileSync(path.join(dist, ref));
    return { ref, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

async function demoSerial() {
  const signIn = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'demo.investigator', password: PASSWORD }) });
  const { accessToken } = await signIn.json();
  const list = await (await fetch(`${base}/api/firearms?limit=100`, { headers: { Authorization: `Bearer ${accessToken}` } })).json();
  const serial = list.items.map((f) => f.serialNumber.asWritten).find((s) => /^BER\d{6}Z$/.test(s ?? ''));
  if (!serial) throw new Error('no Beretta demo serial to search for');
  return serial;
}

async function signInToFirstResult(browser, fragment) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1_000_000) / 8,
    uploadThroughput: (0.75 * 1_000_000) / 8,
  });
  const loadStart = Date.now();
  await page.goto(`${base}/`);
  await page.getByLabel('Username').fill('demo.investigator');
  await page.getByLabel('Password').and(page.locator('input[type="password"]')).fill(PASSWORD);
  const pageReady = Date.now() - loadStart;
  // Assets are now cached by the page; what follows is the officer's wait.
  const start = Date.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const serial = page.getByLabel('Serial number as read');
  await serial.fill(fragment);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('region', { name: 'Candidates' }).getByRole('link').first().waitFor();
  const firstResult = Date.now() - start;
  await context.close();
  return { pageReady, firstResult };
}

const assets = initialAssets();
const total = assets.reduce((sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip }), { raw: 0, gzip: 0 });
console.log('Initial JS+CSS (loaded by index.html before any lazy chunk):');
for (const a of assets) console.log(`  ${a.ref.padEnd(44)} ${kB(a.raw).padStart(8)} kB raw ${kB(a.gzip).padStart(7)} kB gzip`);
console.log(`  ${'total'.padEnd(44)} ${kB(total.raw).padStart(8)} kB raw ${kB(total.gzip).padStart(7)} kB gzip  (target <= 300 kB gzip)`);

const serial = await demoSerial();
const fragment = serial.slice(2, -1);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
try {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await signInToFirstResult(browser, fragment));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\nSlow link (1.6 Mbit/s down, 0.75 up, 150 ms latency), cold cache, ${runs} runs, searching "${fragment}" (demo serial ${serial}):`);
  console.log(`  sign-in page usable after load:        ${results.map((r) => r.pageReady).join(', ')} ms (median ${median(results.map((r) => r.pageReady))} ms)`);
  console.log(`  "Sign in" pressed -> first result:     ${results.map((r) => r.firstResult).join(', ')} ms (median ${median(results.map((r) => r.firstResult))} ms, target < 3000 ms)`);
} finally {
  await browser.close();
}
