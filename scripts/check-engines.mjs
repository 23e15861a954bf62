#!/usr/bin/env node
// Fails when a locked dependency's `engines.node` refuses a Node version this project
// promises to run on: the README's minimum (development machines) and the production
// image's (Dockerfile). npm only warns (EBADENGINE); a registry that installs cleanly
// on 20.19 today would otherwise pick up a Node 22-only release unnoticed.
//
// Plain JavaScript with no dependencies: `npm test` runs it before anything else.
// Packages that run only in the browser (reached from web/package.json's
// `dependencies` and from nothing that runs on Node) are reported, not failed: their
// `engines` speak of their own tooling, and Node never executes them here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** "Node.js 20.19 or newer" in the README; `FROM node:24.20-…` in the Dockerfile. */
export function promisedVersions({ readme, dockerfile }) {
  const versions = [];
  const dev = /Node\.js (\d+\.\d+(?:\.\d+)?) or newer/.exec(readme);
  if (!dev) throw new Error('README.md does not say "Node.js X.Y or newer": the engines check needs it');
  versions.push({ version: full(dev[1]), where: 'README.md' });
  for (const match of dockerfile.matchAll(/^FROM node:(\d+\.\d+(?:\.\d+)?)/gm)) versions.push({ version: full(match[1]), where: 'Dockerfile' });
  return versions.filter((v, i, all) => all.findIndex((w) => w.version === v.version) === i);
}

const full = (v) => (v.split('.').length === 2 ? `${v}.0` : v);
const parse = (v) => v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
function compare(a, b) {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** Does `version` satisfy an engines range? Covers what npm packages write: >=, >, <, <=, ^, ~, x, ||, hyphen ranges. */
export function satisfies(version, range) {
  return range.split('||').some((alternative) => {
    const text = alternative.trim().replace(/\s*-\s+/, ' - ');
    if (text === '' || text === '*' || text === 'x') return true;
    const hyphen = /^(\S+) - (\S+)$/.exec(text);
    if (hyphen) return satisfies(version, `>=${hyphen[1]} <=${hyphen[2]}`);
    return text
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const m = /^(>=|<=|>|<|=|\^|~)?v?([\dx*]+(?:\.[\dx*]+){0,2})$/.exec(comparator);
        if (!m) throw new Error(`cannot read engines range "${range}"`);
        const [, op = '', raw] = m;
        const parts = raw.split('.');
        const wild = parts.findIndex((p) => p === 'x' || p === '*');
        const fixed = wild === -1 ? parts : parts.slice(0, wild);
        const base = [...fixed, '0', '0', '0'].slice(0, 3).join('.');
        const partial = fixed.length < 3;
        const bump = (index) => {
          const n = parse(base);
          n[index] += 1;
          for (let i = index + 1; i < 3; i++) n[i] = 0;
          return n.join('.');
        };
        switch (op) {
          case '>=': return compare(version, base) >= 0;
          case '>': return partial ? compare(version, bump(fixed.length - 1)) >= 0 : compare(version, base) > 0;
          case '<': return compare(version, base) < 0;
          case '<=': return partial ? compare(version, bump(fixed.length - 1)) < 0 : compare(version, base) <= 0;
          case '~': return compare(version, base) >= 0 && compare(version, bump(fixed.length >= 2 ? 1 : 0)) < 0;
          case '^': {
            const n = parse(base);
            const index = n[0] !== 0 || fixed.length === 1 ? 0 : n[1] !== 0 || fixed.length === 2 ? 1 : 2;
            return compare(version, base) >= 0 && compare(version, bump(index)) < 0;
          }
          default: return fixed.length === 0 || (partial ? compare(version, base) >= 0 && compare(version, bump(fixed.length - 1)) < 0 : compare(version, base) === 0);
        }
      });
  });
}

/** Where Node would find `name` from the package at `from` (a lock-file key), walking up. */
function resolve(packages, from, name) {
  for (let dir = from; ; ) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[key]) return packages[key].link ? packages[key].resolved : key;
    if (!dir) return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? (dir.startsWith('node_modules/') ? '' : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') : dir.slice(0, cut);
  }
}

/** Lock-file keys reachable from `start` through their dependencies (optional and peer ones included). */
function reach(packages, starts) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const key = queue.pop();
    if (key === null || seen.has(key) || !packages[key]) continue;
    seen.add(key);
    const entry = packages[key];
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const name of Object.keys(entry[field] ?? {})) queue.push(resolve(packages, key, name));
    }
  }
  return seen;
}

export function checkEngines({ lock, versions, browserWorkspace = 'web' }) {
  const packages = lock.packages;
  const depsOf = (key, fields) => fields.flatMap((field) => Object.keys(packages[key]?.[field] ?? {}).map((name) => resolve(packages, key, name)));
  // Everything Node runs: the API's dependencies and tools, and the web's build and test tools.
  const onNode = reach(packages, [...depsOf('', ['dependencies', 'devDependencies', 'optionalDependencies']).filter((k) => k !== browserWorkspace), ...depsOf(browserWorkspace, ['devDependencies'])]);
  const failures = [];
  const browserOnly = [];
  for (const [key, entry] of Object.entries(packages)) {
    const range = typeof entry.engines === 'object' ? entry.engines?.node : undefined;
    if (!key || !range || entry.link) continue;
    const refused = versions.filter((v) => !satisfies(v.version, range));
    if (refused.length === 0) continue;
    const line = `${key.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}, refusing ${refused.map((v) => `${v.version} (${v.where})`).join(', ')}`;
    if (onNode.has(key) || !key.startsWith('node_modules/') && !key.startsWith(`${browserWorkspace}/node_modules/`)) failures.push(line);
    else browserOnly.push(line);
  }
  return { failures, browserOnly };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const versions = promisedVersions({ readme: read('README.md'), dockerfile: read('Dockerfile') });
  const { failures, browserOnly } = checkEngines({ lock: JSON.parse(read('package-lock.json')), versions });
  const said = versions.map((v) => `${v.version} (${v.where})`).join(' and ');
  if (browserOnly.length > 0) process.stderr.write(`[registry] engines: ${browserOnly.length} browser-only package(s) want a newer Node, which never runs them: ${browserOnly.map((line) => line.split(' wants ')[0]).join(', ')}\n`);
  if (failures.length > 0) {
    process.stderr.write(`[registry] ERROR: ${failures.length} locked package(s) refuse the Node versions this project runs on (${said}):\n${failures.map((f) => `  ${f}\n`).join('')}Pick versions whose engines accept them (npm view NAME engines), or an override in package.json.\n`);
    process.exit(1);
  }
  process.stderr.write(`[registry] engines: every locked package that runs on Node accepts ${said}\n`);
}
