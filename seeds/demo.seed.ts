import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '../src/common/auth/permissions.js';
import { Agency, type AgencyType } from '../src/modules/identity/entities/agency.entity.js';
import { User } from '../src/modules/identity/entities/user.entity.js';
import { AgenciesService } from '../src/modules/identity/agencies.service.js';
import { UsersService } from '../src/modules/identity/users.service.js';
import { seedDemoRegister } from './demo-register.seed.js';

/** Shown by `npm start`; a demo deployment only. Real deployments never load this seed. */
export const DEMO_PASSWORD = 'Demo-Registry-2026!';

export const DEMO_AGENCIES: { code: string; name: string; type: AgencyType; region: string | null }[] = [
  { code: 'NFA', name: 'National Firearms Authority', type: 'national_firearms_authority', region: null },
  { code: 'PN-CAP', name: 'National Police — Capital Region', type: 'police', region: 'Capital' },
  { code: 'DOU-PORT', name: 'Customs — Port Directorate', type: 'customs', region: 'Coast' },
  { code: 'PROC-GEN', name: 'Office of the Prosecutor General', type: 'prosecution', region: 'Capital' },
];

export const DEMO_USERS: { username: string; displayName: string; agency: string; roles: Role[] }[] = [
  { username: 'demo.admin', displayName: 'Demo Administrator', agency: 'NFA', roles: ['admin'] },
  { username: 'demo.officer', displayName: 'Demo Registry Officer', agency: 'NFA', roles: ['registry_officer'] },
  { username: 'demo.investigator', displayName: 'Demo Investigator', agency: 'PN-CAP', roles: ['investigator'] },
  { username: 'demo.auditor', displayName: 'Demo Auditor', agency: 'PROC-GEN', roles: ['auditor'] },
];

/** Idempotent: creates only what is missing, through the services (so it is audited). */
export async function seedDemo(app: INestApplicationContext): Promise<string> {
  const dataSource = app.get(DataSource);
  const agencies = app.get(AgenciesService);
  const users = app.get(UsersService);
  let created = 0;
  const agencyIds = new Map<string, string>();
  for (const agency of DEMO_AGENCIES) {
    const existing = await dataSource.getRepository(Agency).findOneBy({ code: agency.code });
    const saved = existing ?? (await agencies.create({ ...agency, region: agency.region ?? undefined }));
    if (!existing) created += 1;
    agencyIds.set(agency.code, saved.id);
  }
  for (const user of DEMO_USERS) {
    if (await dataSource.getRepository(User).existsBy({ username: user.username })) continue;
    await users.create({ username: user.username, displayName: user.displayName, agencyId: agencyIds.get(user.agency)!, roles: user.roles, initialPassword: DEMO_PASSWORD }, { mustChangePassword: false });
    created += 1;
  }
  const firearms = await seedDemoRegister(app, agencyIds.get('NFA')!);
  return `demo seed: ${created} agencies and users, ${firearms} firearms created`;
}
