import { holderSummary } from '../../holders/dto/holder.dto.js';
import type { Holder } from '../../holders/holder.entities.js';
import type { CustodyStep, Disposal, Seizure, SeizureItem, SeizurePerson, StorageFacility } from '../seizure.entities.js';

export function toStorageFacilityResponse(f: StorageFacility) {
  return { id: f.id, code: f.code, name: f.name, agencyId: f.agencyId, region: f.region, locality: f.locality, address: f.address, active: f.active, createdAt: f.createdAt.toISOString(), updatedAt: f.updatedAt.toISOString() };
}

export function toCustodyStepResponse(s: CustodyStep) {
  return {
    id: s.id,
    itemId: s.itemId,
    ordinal: s.ordinal,
    previousStepId: s.previousStepId,
    facilityId: s.facilityId,
    handedOverBy: s.handedOverBy,
    custodianId: s.custodianId,
    receivedAt: s.receivedAt.toISOString(),
    releasedAt: s.releasedAt?.toISOString() ?? null,
    closedBy: s.closedBy,
    sealNumbers: s.sealNumbers,
    condition: s.condition,
    notes: s.notes,
    recordedBy: s.recordedBy,
    recordedAt: s.recordedAt.toISOString(),
  };
}

export function toDisposalResponse(d: Disposal) {
  return {
    id: d.id,
    itemId: d.itemId,
    type: d.type,
    occurredOn: d.occurredOn,
    place: d.place,
    method: d.method,
    witnesses: d.witnesses,
    certificateNumber: d.certificateNumber,
    verifyingAuthority: d.verifyingAuthority,
    holderId: d.holderId,
    receivingAgencyId: d.receivingAgencyId,
    stateMarking: d.stateMarking,
    authorisation: d.authorisation,
    notes: d.notes,
    recordedBy: d.recordedBy,
    recordedAt: d.recordedAt.toISOString(),
  };
}

export function toSeizureItemResponse(item: SeizureItem, extra: { custody?: CustodyStep | null; disposal?: Disposal | null } = {}) {
  return {
    id: item.id,
    seizureId: item.seizureId,
    ordinal: item.ordinal,
    kind: item.kind,
    firearmId: item.firearmId,
    registeredBeforeSeizure: item.registeredBeforeSeizure,
    markingsText: item.markingsText,
    serialLegibility: item.serialLegibility,
    description: item.description,
    ammunition:
      item.kind === 'ammunition'
        ? { calibre: { asWritten: item.calibreText, calibreCode: item.calibreCode }, make: item.makeText, quantity: item.quantity, lotNumber: item.lotNumber, headstamp: item.headstamp }
        : null,
    state: item.state,
    ...(extra.custody !== undefined ? { currentCustody: extra.custody ? toCustodyStepResponse(extra.custody) : null } : {}),
    ...(extra.disposal !== undefined ? { disposal: extra.disposal ? toDisposalResponse(extra.disposal) : null } : {}),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

/**
 * Sex, age and nationality are the IAFQ's statistical breakdown and always shown;
 * the birth year, the notes and the linked holder's identity are personal data,
 * shown only to roles with holder.personal_data.
 */
export function toSeizurePersonResponse(p: SeizurePerson, holder: Holder | null, personalData: boolean, seizureYear: number) {
  const common = {
    id: p.id,
    seizureId: p.seizureId,
    role: p.role,
    sex: p.sex,
    age: p.age ?? (p.birthYear !== null ? seizureYear - p.birthYear : null),
    nationality: p.nationality,
    holder: holder ? holderSummary(holder, personalData) : p.holderId ? { id: p.holderId } : null,
  };
  return personalData ? { ...common, birthYear: p.birthYear, notes: p.notes } : { ...common, restricted: true };
}

export function toSeizureResponse(s: Seizure) {
  return {
    id: s.id,
    reference: s.reference,
    type: s.type,
    context: s.context,
    occurredAt: s.occurredAt.toISOString(),
    place: { region: s.region, locality: s.locality, latitude: s.latitude, longitude: s.longitude },
    seizingAgencyId: s.seizingAgencyId,
    seizingOfficer: s.seizingOfficer,
    campaign: s.campaign,
    criminalCaseNumber: s.criminalCaseNumber,
    notes: s.notes,
    recordedBy: s.recordedBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
