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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL = PERMISSIONS.filter((p) => p.endsWith('.read'));

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['agency.read', 'agency.write', 'user.read', 'user.write', 'reference.read', 'reference.write', 'audit.read', 'audit.verify'],
  registry_officer: ['agency.read', 'reference.read'],
  investigator: ['agency.read', 'reference.read'],
  auditor: [...READ_ALL, 'audit.verify'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}
