import type { EntityManager } from 'typeorm';
import { assertMayChange } from '../../common/auth/agency-access.js';
import type { Seizure } from './seizure.entities.js';

/**
 * The one rule for changing a case and what hangs off it (items, persons, custody,
 * disposal, trace outcomes): the seizing agency, or the national firearms authority.
 */
export function assertMayChangeSeizure(manager: EntityManager, seizure: Pick<Seizure, 'reference' | 'seizingAgencyId'>): Promise<void> {
  return assertMayChange(manager, { ownerAgencyId: seizure.seizingAgencyId }, `Seizure ${seizure.reference}`);
}
