import { holderSummary } from '../../holders/dto/holder.dto.js';
import type { Holder } from '../../holders/holder.entities.js';
import type { AmmunitionLot, Firearm, FirearmEvent } from '../firearm.entities.js';
import { LAWFUL_STATUSES } from '../lifecycle.js';
import type { LifecycleEventType } from '../lifecycle.js';

/** Stolen and lost firearms are flagged so no screen can miss them. */
export function alertOf(firearm: Firearm): 'stolen' | 'lost' | null {
  return firearm.status === 'stolen' || firearm.status === 'lost' ? firearm.status : null;
}

export function toFirearmResponse(firearm: Firearm, options: { holder?: Holder | null; personalData: boolean; allowedEvents?: LifecycleEventType[] }) {
  const holder = options.holder ? holderSummary(options.holder, options.personalData) : null;
  return {
    id: firearm.id,
    itemKind: firearm.itemKind,
    partType: firearm.partType,
    parentFirearmId: firearm.parentFirearmId,
    category: firearm.categoryCode,
    action: firearm.actionCode,
    make: { asWritten: firearm.makeText, manufacturerCode: firearm.manufacturerCode, needsReview: firearm.makeText !== null && firearm.manufacturerCode === null },
    model: firearm.model,
    calibre: { asWritten: firearm.calibreText, calibreCode: firearm.calibreCode },
    serialNumber: { asWritten: firearm.serialRaw, normalised: firearm.serialNormalised, folded: firearm.serialFolded },
    countryOfManufacture: firearm.countryOfManufacture,
    yearOfManufacture: firearm.yearOfManufacture,
    barrelLengthMm: firearm.barrelLengthMm,
    origin: firearm.origin,
    description: firearm.description,
    status: firearm.status,
    alert: alertOf(firearm),
    lastLegalHolder: holder,
    currentHolder: LAWFUL_STATUSES.includes(firearm.status) ? holder : null,
    registeringAgencyId: firearm.registeringAgencyId,
    mergedIntoId: firearm.mergedIntoId,
    ...(options.allowedEvents ? { allowedEvents: options.allowedEvents } : {}),
    version: firearm.version,
    createdAt: firearm.createdAt.toISOString(),
    updatedAt: firearm.updatedAt.toISOString(),
  };
}

/** A holder named by id, as the summary the record gives (or just the id when the holder is not loaded). */
export function holderSummaryOf(id: string | null, holders: Map<string, Holder>, personalData: boolean) {
  return id && holders.has(id) ? holderSummary(holders.get(id)!, personalData) : id ? { id } : null;
}

export function toEventResponse(event: FirearmEvent, holders: Map<string, Holder>, personalData: boolean) {
  const summary = (id: string | null) => holderSummaryOf(id, holders, personalData);
  return {
    id: event.id,
    recordId: event.firearmId,
    ordinal: event.ordinal,
    type: event.type,
    occurredOn: event.occurredOn,
    recordedAt: event.recordedAt.toISOString(),
    recordedBy: event.recordedBy,
    agencyId: event.agencyId,
    place: event.place,
    holder: summary(event.holderId),
    previousHolder: summary(event.previousHolderId),
    licenceId: event.licenceId,
    statusBefore: event.statusBefore,
    statusAfter: event.statusAfter,
    referenceDocuments: event.referenceDocuments,
    notes: event.notes,
    details: event.details,
    reason: event.reason,
  };
}

export function toAmmunitionResponse(lot: AmmunitionLot) {
  return {
    id: lot.id,
    calibre: { asWritten: lot.calibreText, calibreCode: lot.calibreCode },
    make: { asWritten: lot.makeText, manufacturerCode: lot.manufacturerCode, needsReview: lot.makeText !== null && lot.manufacturerCode === null },
    lotNumber: lot.lotNumber,
    yearOfManufacture: lot.yearOfManufacture,
    quantity: lot.quantity,
    headstamp: lot.headstamp,
    description: lot.description,
    status: lot.status,
    holderId: lot.holderId,
    registeringAgencyId: lot.registeringAgencyId,
    createdAt: lot.createdAt.toISOString(),
    updatedAt: lot.updatedAt.toISOString(),
  };
}
