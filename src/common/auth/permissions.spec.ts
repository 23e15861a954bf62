import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, hasPermission, permissionsOf } from './permissions.js';

describe('the role/permission matrix', () => {
  it('is the one written in the README', () => {
    const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| `[a-z_.]+` \|/.test(line));
    const documented = Object.fromEntries(ROLES.map((role) => [role, [] as string[]]));
    for (const row of rows) {
      const cells = row.split('|').slice(1, -1).map((c) => c.trim());
      const permission = cells[0].replaceAll('`', '');
      ROLES.forEach((role, i) => cells[i + 1] === '✓' && documented[role].push(permission));
    }
    expect(rows).toHaveLength(PERMISSIONS.length);
    for (const role of ROLES) expect(documented[role].sort()).toEqual([...ROLE_PERMISSIONS[role]].sort());
  });

  it('lets the auditor read everything and change nothing', () => {
    const auditor = permissionsOf(['auditor']);
    expect(PERMISSIONS.filter((p) => p.endsWith('.read')).every((p) => auditor.has(p))).toBe(true);
    expect([...auditor].some((p) => p.endsWith('.write'))).toBe(false);
  });

  it('unions the permissions of several roles', () => {
    expect(hasPermission({ roles: ['investigator', 'auditor'] }, 'seizure.write')).toBe(true);
    expect(hasPermission({ roles: ['investigator', 'auditor'] }, 'user.write')).toBe(false);
    expect(hasPermission(null, 'firearm.read')).toBe(false);
  });
});
