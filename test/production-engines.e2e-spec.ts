import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkEngines, promisedVersions, satisfies } from '../scripts/check-engines.mjs';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('dependencies fit the Node versions the registry runs on', () => {
  it('reads engines ranges as npm does', () => {
    expect(satisfies('20.19.0', '>=20.19')).toBe(true);
    expect(satisfies('20.19.0', '>=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '>= 22')).toBe(false);
    expect(satisfies('24.20.0', '^20.19.0 || ^22.13.0 || >=24.11.0')).toBe(true);
    expect(satisfies('24.0.0', '^20.19.0 || ^22.13.0 || >=24.11.0')).toBe(false);
    expect(satisfies('20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies('20.19.0', '14 || 16 || >=18')).toBe(true);
    expect(satisfies('20.19.0', '>=10 <20')).toBe(false);
    expect(satisfies('20.19.0', '12.x || 14.x || 16.x || 18.x || 20.x')).toBe(true);
    expect(satisfies('20.19.0', '~20.18.0')).toBe(false);
    expect(satisfies('20.19.0', '18 - 20')).toBe(true);
    expect(satisfies('24.20.0', '*')).toBe(true);
  });

  it('checks the README minimum and the production image', () => {
    const versions = promisedVersions({ readme: read('README.md'), dockerfile: read('Dockerfile') });
    expect(versions).toEqual([
      { version: '20.19.0', where: 'README.md' },
      { version: expect.stringMatching(/^24\.\d+\.\d+$/), where: 'Dockerfile' },
    ]);
  });

  it('fails a package that runs on Node and refuses it; only reports one the browser alone runs', () => {
    const lock = {
      packages: {
        '': { dependencies: { server: '1' }, devDependencies: { tool: '1' } },
        web: { dependencies: { widget: '1' }, devDependencies: { bundler: '1' } },
        'node_modules/@x/web': { link: true, resolved: 'web' },
        'node_modules/server': { version: '1.0.0', dependencies: { deep: '1' } },
        'node_modules/server/node_modules/deep': { version: '2.0.0', engines: { node: '>=22.12.0' } },
        'node_modules/tool': { version: '1.0.0', engines: { node: '>=20' } },
        'node_modules/bundler': { version: '1.0.0', engines: { node: '^20.19.0 || >=22.12.0' } },
        'node_modules/widget': { version: '3.0.0', engines: { node: '>= 22' } },
      },
    };
    const { failures, browserOnly } = checkEngines({ lock, versions: [{ version: '20.19.0', where: 'README.md' }] });
    expect(failures).toEqual(['deep@2.0.0 wants node >=22.12.0, refusing 20.19.0 (README.md)']);
    expect(browserOnly).toEqual(['widget@3.0.0 wants node >= 22, refusing 20.19.0 (README.md)']);
  });

  it('holds for this package-lock.json', () => {
    const versions = promisedVersions({ readme: read('README.md'), dockerfile: read('Dockerfile') });
    const { failures } = checkEngines({ lock: JSON.parse(read('package-lock.json')), versions });
    expect(failures).toEqual([]);
  });
});
