import type { LicenceReconciliation, LicenceView } from '../trade-licences.service.js';
import type { ShipmentView } from '../shipments.service.js';
import { tradeLicenceStatus } from '../trade-rules.js';
import type { DomesticTransfer, TradeLicenceItem, TradeReceiptItem, TradeShipmentItem } from '../transfer.entities.js';

/** A person's name is personal data; an organisation's is a public record. */
function party(holderId: string | null, name: string, persons: Set<string>, personalData: boolean) {
  const restricted = holderId !== null && persons.has(holderId) && !personalData;
  return { holderId, name: restricted ? null : name, ...(restricted ? { restricted: true } : {}) };
}

function describe(i: TradeLicenceItem | TradeShipmentItem | TradeReceiptItem) {
  return {
    itemKind: i.itemKind,
    category: i.categoryCode,
    partType: i.partType,
    make: { asWritten: i.makeText, manufacturerCode: i.manufacturerCode },
    model: i.model,
    calibre: { asWritten: i.calibreText, calibreCode: i.calibreCode },
    serialNumber: i.serialRaw,
    quantity: i.quantity,
  };
}

export function toTradeLicenceResponse(view: LicenceView, today: string, personalData: boolean) {
  const l = view.licence;
  const persons = view.personHolderIds;
  return {
    id: l.id,
    number: l.number,
    kind: l.kind,
    status: tradeLicenceStatus(l, view.lines, view.usage, today),
    stateReason: l.stateReason,
    issuingAuthority: l.issuingAuthority,
    issuingCountry: l.issuingCountry,
    placeOfIssue: l.placeOfIssue,
    issuedOn: l.issuedOn,
    expiresOn: l.expiresOn,
    exportingCountry: l.exportingCountry,
    importingCountry: l.importingCountry,
    transitCountries: l.transitCountries,
    transitNotices: l.transitNotices,
    exporter: party(l.exporterHolderId, l.exporterName, persons, personalData),
    importer: party(l.importerHolderId, l.importerName, persons, personalData),
    finalRecipient: party(l.finalRecipientHolderId, l.finalRecipientName, persons, personalData),
    endUserCertificateRef: l.endUserCertificateRef,
    importLicence: l.importLicenceNumber ? { id: l.importLicenceId, number: l.importLicenceNumber, country: l.importLicenceCountry, issuedOn: l.importLicenceIssuedOn, expiresOn: l.importLicenceExpiresOn } : null,
    items: view.lines.map((line) => {
      const used = view.usage.get(line.id) ?? 0;
      return {
        id: line.id,
        lineNo: line.lineNo,
        ...describe(line),
        firearmId: line.firearmId,
        description: line.description,
        authorised: line.quantity,
        shipped: view.shipped.get(line.id) ?? 0,
        received: view.received.get(line.id) ?? 0,
        used,
        remaining: Math.max(0, line.quantity - used),
      };
    }),
    notes: l.notes,
    registeringAgencyId: l.registeringAgencyId,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export function toShipmentResponse(view: ShipmentView) {
  const s = view.shipment;
  const states = new Map(view.reconciliation.items.map((i) => [i.shipmentItemId, i]));
  return {
    id: s.id,
    licence: { id: view.licence.id, number: view.licence.number, kind: view.licence.kind },
    reference: s.reference,
    shippedOn: s.shippedOn,
    carrier: { name: s.carrierName, holderId: s.carrierHolderId },
    route: s.route,
    routeDescription: s.routeDescription,
    deliveryConfirmation: s.deliveryConfirmedOn ? { confirmedOn: s.deliveryConfirmedOn, reference: s.deliveryConfirmationReference, confirmedBy: s.deliveryConfirmedBy } : null,
    items: view.items.map((i) => {
      const state = states.get(i.id)!;
      return { id: i.id, lineNo: i.lineNo, licenceItemId: i.licenceItemId, ...describe(i), lotNumber: i.lotNumber, firearmId: i.firearmId, status: state.status, quantityReceived: state.quantityReceived, quantityInTransit: state.quantityInTransit, lostReportedOn: i.lostReportedOn, lostReason: i.lostReason };
    }),
    receipts: view.receipts.map((r) => ({
      id: r.id,
      receivedOn: r.receivedOn,
      place: r.place,
      receivedBy: r.receivedBy,
      notes: r.notes,
      items: view.receiptItems.filter((i) => i.receiptId === r.id).map((i) => ({ id: i.id, lineNo: i.lineNo, licenceItemId: i.licenceItemId, ...describe(i), lotNumber: i.lotNumber, firearmId: i.firearmId, ammunitionLotId: i.ammunitionLotId })),
    })),
    totals: view.reconciliation.totals,
    discrepancies: view.reconciliation.discrepancies,
    notes: s.notes,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** What was authorised, shipped and received, line by line, and every discrepancy, with what is still in transit. */
export function toLicenceReconciliationResponse(result: LicenceReconciliation, today: string, personalData: boolean) {
  const licence = toTradeLicenceResponse(result.view, today, personalData);
  const inTransit = result.shipments.flatMap(({ shipment, reconciliation }) =>
    reconciliation.items.filter((i) => i.quantityInTransit > 0).map((i) => ({ shipmentId: shipment.id, shipmentItemId: i.shipmentItemId, quantity: i.quantityInTransit, status: i.status })),
  );
  return {
    licence: { id: licence.id, number: licence.number, kind: licence.kind, status: licence.status, issuedOn: licence.issuedOn, expiresOn: licence.expiresOn },
    lines: licence.items.map(({ id, lineNo, itemKind, category, partType, make, model, calibre, serialNumber, authorised, shipped, received, used, remaining }) => ({ id, lineNo, itemKind, category, partType, make, model, calibre, serialNumber, authorised, shipped, received, used, remaining })),
    shipments: result.shipments.map(({ shipment, reconciliation }) => ({ id: shipment.id, reference: shipment.reference, shippedOn: shipment.shippedOn, totals: reconciliation.totals, discrepancies: reconciliation.discrepancies })),
    totals: {
      authorised: licence.items.reduce((n, i) => n + i.authorised, 0),
      shipped: licence.items.reduce((n, i) => n + i.shipped, 0),
      received: licence.items.reduce((n, i) => n + i.received, 0),
      inTransit: inTransit.reduce((n, i) => n + i.quantity, 0),
    },
    discrepancies: result.discrepancies,
    inTransit,
  };
}

export function toShipmentReconciliationResponse(view: ShipmentView) {
  const full = toShipmentResponse(view);
  return {
    shipment: { id: full.id, reference: full.reference, shippedOn: full.shippedOn, licence: full.licence },
    items: full.items.map(({ id, lineNo, serialNumber, lotNumber, quantity, status, quantityReceived, quantityInTransit, lostReportedOn }) => ({ id, lineNo, serialNumber, lotNumber, quantity, status, quantityReceived, quantityInTransit, lostReportedOn })),
    totals: full.totals,
    discrepancies: full.discrepancies,
  };
}

export function toDomesticTransferResponse(t: DomesticTransfer) {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    firearmId: t.firearmId,
    fromHolderId: t.fromHolderId,
    toHolderId: t.toHolderId,
    toLicenceId: t.toLicenceId,
    stateTransferMarking: t.stateTransferMarking,
    agreedOn: t.agreedOn,
    completedOn: t.completedOn,
    firearmEventId: t.firearmEventId,
    referenceDocuments: t.referenceDocuments,
    notes: t.notes,
    cancelReason: t.cancelReason,
    registeringAgencyId: t.registeringAgencyId,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
