import { isoDay } from '../../common/clock/clock.js';
import type { Seizure, SeizureItem, SeizureType } from './seizure.entities.js';

/**
 * The lifecycle event a seized item gets: the seizure's type (seized, found,
 * surrendered) on the seizure's day, by the seizing agency, naming the case and
 * the item. A registered firearm records it next; an unregistered one starts
 * its record with it. The API (one item) and imports (thousands) use this one.
 */
export function seizureEvent(seizure: Seizure, itemId: string, markingsText: string | null | undefined) {
  return {
    type: seizure.type as SeizureType,
    occurredOn: isoDay(seizure.occurredAt),
    place: [seizure.locality, seizure.region].filter(Boolean).join(', ') || undefined,
    agencyId: seizure.seizingAgencyId,
    referenceDocuments: [`Seizure ${seizure.reference}`],
    details: { seizureId: seizure.id, seizureReference: seizure.reference, seizureItemId: itemId, context: seizure.context, ...(markingsText ? { markingsText } : {}) },
  };
}

/** Why a firearm or part cannot be added to a seizure: it is held under another case that has not disposed of it. */
export function alreadyHeldMessage(itemKind: string, seizureReference: string): string {
  return `This ${itemKind} is already held under seizure ${seizureReference}; dispose of it there first.`;
}

/** The fields the audit trail keeps for a seizure item ("item_added"). */
export function seizureItemView(seizureItem: SeizureItem) {
  const { createdAt: _c, updatedAt: _u, ...view } = seizureItem;
  return view;
}
