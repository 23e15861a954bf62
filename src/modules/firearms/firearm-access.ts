import type { EntityManager } from 'typeorm';
import { assertMayChange } from '../../common/auth/agency-access.js';
import type { Firearm } from './firearm.entities.js';

/**
 * A firearm's lifecycle, corrections and merges are recorded by the agency that
 * holds its record (the registering agency) or by the national firearms authority.
 * Events that follow from a case (seizure, custody, disposal) or a shipment are
 * checked on that case or licence instead.
 */
export function assertMayChangeFirearm(manager: EntityManager, firearm: Pick<Firearm, 'id' | 'registeringAgencyId'>): Promise<void> {
  return assertMayChange(manager, { ownerAgencyId: firearm.registeringAgencyId }, `The record of firearm ${firearm.id}`);
}
