/**
 * The role/permission matrix: the single source of truth. The README's table
 * mirrors it and test/role-matrix.e2e-spec.ts checks every route against it.
 */
export const ROLES = ['admin', 'registry_officer', 'investigator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'agency.read',
  'agency.write',
  'user.read',
  'user.write',
  'reference.read',
  'reference.write',
  'audit.read',
  'audit.verify',
  'firearm.read',
  'firearm.write',
  'holder.read',
  'holder.write',
  /** A person's identity, documents, birth date and address. */
  'holder.personal_data',
  'licence.read',
  'licence.write',
  'marking.read',
  'marking.write',
  /** Trace search from serials and markings; every search is audited. */
  'trace.search',
  'transfer.read',
  'transfer.write',
  'seizure.read',
  /** Seizures, found and surrendered items, persons involved, custody and disposal. */
  'seizure.write',
  'import.read',
  /** Upload and cancel bulk imports. */
  'import.run',
  'tracing.read',
  /** Create, send and answer international tracing requests (ITI). */
  'tracing.write',
  /** Seizure statistics, SDG 16.4.2 and the IAFQ export. */
  'statistics.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL = PERMISSIONS.filter((p) => p.endsWith('.read'));

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['agency.read', 'agency.write', 'user.read', 'user.write', 'reference.read', 'reference.write', 'audit.read', 'audit.verify', 'firearm.read', 'holder.read', 'licence.read', 'marking.read', 'transfer.read', 'seizure.read', 'import.read', 'tracing.read', 'statistics.read'],
  registry_officer: [
    'agency.read', 'reference.read', 'firearm.read', 'firearm.write', 'holder.read', 'holder.write', 'holder.personal_data', 'licence.read', 'licence.write',
    'marking.read', 'marking.write', 'trace.search', 'transfer.read', 'transfer.write', 'seizure.read', 'import.read', 'import.run', 'tracing.read', 'statistics.read',
  ],
  investigator: [
    'agency.read', 'reference.read', 'firearm.read', 'holder.read', 'holder.personal_data', 'licence.read',
    'marking.read', 'trace.search', 'transfer.read', 'seizure.read', 'seizure.write', 'tracing.read', 'tracing.write', 'statistics.read',
  ],
  auditor: [...READ_ALL, 'audit.verify', 'holder.personal_data', 'trace.search'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

export function hasPermission(actor: { roles: readonly Role[] } | null | undefined, permission: Permission): boolean {
  return actor ? permissionsOf(actor.roles).has(permission) : false;
}
