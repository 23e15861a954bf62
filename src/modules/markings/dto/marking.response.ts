import type { Marking, MarkingCampaign } from '../marking.entities.js';

export function toMarkingResponse(marking: Marking) {
  return {
    id: marking.id,
    firearmId: marking.firearmId,
    ammunitionLotId: marking.ammunitionLotId,
    type: marking.type,
    text: { asRead: marking.textRaw, normalised: marking.textNormalised, folded: marking.textFolded },
    location: marking.location,
    method: marking.method,
    legibility: marking.legibility,
    importCountry: marking.importCountry,
    importYear: marking.importYear,
    appliedOn: marking.appliedOn,
    readOn: marking.readOn,
    agencyId: marking.agencyId,
    campaignId: marking.campaignId,
    notes: marking.notes,
    recordedAt: marking.recordedAt.toISOString(),
    recordedBy: marking.recordedBy,
  };
}

export function toCampaignResponse(campaign: MarkingCampaign, markings?: number) {
  return {
    id: campaign.id,
    name: campaign.name,
    place: campaign.place,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    agencyId: campaign.agencyId,
    markingMachine: campaign.markingMachine,
    notes: campaign.notes,
    ...(markings !== undefined ? { markings } : {}),
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}
