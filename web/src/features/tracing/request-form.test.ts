import { describe, expect, it } from 'vitest';
import type { TraceRequestDto } from './queries';
import { emptyTraceForm, hasChanges, toCreateBody, toUpdateBody, traceFormFrom } from './request-form';

const stored = {
  id: 'b3f1c1de-0000-4000-8000-000000000001',
  reference: 'TR-2026-ABC',
  direction: 'outgoing',
  status: 'draft',
  priority: 'routine',
  requestingCountry: null,
  requestingAgency: null,
  requestedCountry: 'RS',
  requestedAgency: 'MUP',
  requestedManufacturer: null,
  requestedAt: null,
  dueAt: null,
  context: { seizureId: null, seizureItemId: null, foundPlace: 'Dakar', foundCircumstances: null },
  illicitNature: null,
  legalBasis: null,
  intendedUse: 'Prosecution',
  urgencyJustification: null,
  confidentiality: 'restricted',
  useRestrictions: null,
  item: { category: 'rifle', make: 'Zastava', model: null, calibre: null, serialNumber: '73?1?8', markings: [{ text: 'ZASTAVA', type: 'manufacture', location: null, legibility: 'intact' }], countryOfManufacture: 'RS', yearOfManufacture: 1987, otherFeatures: null, firearmId: 'f0000000-0000-4000-8000-000000000001' },
} as unknown as TraceRequestDto;

describe('the tracing request form', () => {
  it('sends only what was filled in for a received request, with the receipt day', () => {
    const values = emptyTraceForm();
    Object.assign(values, { reference: ' GH-2026-1 ', requestingCountry: 'GH', requestedCountry: 'SN', receivedAt: '2026-11-30', priority: 'urgent', urgencyJustification: 'Detention ends Friday' });
    values.item.serialNumber = 'AB-123';
    values.item.yearOfManufacture = '1999';
    values.item.markings = [{ text: 'AB 123', type: '', location: 'slide', legibility: 'partial' }, { text: ' ', type: '', location: '', legibility: '' }];
    expect(toCreateBody(values, 'incoming')).toEqual({
      direction: 'incoming',
      reference: 'GH-2026-1',
      requestingCountry: 'GH',
      receivedAt: '2026-11-30T00:00:00Z',
      priority: 'urgent',
      urgencyJustification: 'Detention ends Friday',
      confidentiality: 'restricted',
      item: { serialNumber: 'AB-123', yearOfManufacture: 1999, markings: [{ text: 'AB 123', location: 'slide', legibility: 'partial' }] },
    });
  });

  it('drops the justification of a routine request and links a search hit', () => {
    const values = { ...emptyTraceForm(), urgencyJustification: 'left over', requestedCountry: 'RS', dueAt: '2027-01-10' };
    expect(toCreateBody(values, 'outgoing', 'f0000000-0000-4000-8000-000000000009')).toEqual({ direction: 'outgoing', priority: 'routine', confidentiality: 'restricted', requestedCountry: 'RS', dueAt: '2027-01-10T23:59:59Z', item: { firearmId: 'f0000000-0000-4000-8000-000000000009' } });
  });

  it('edits only what changed: an emptied field is cleared, the item field by field', () => {
    const values = traceFormFrom(stored);
    expect(hasChanges(toUpdateBody(values, stored))).toBe(false);
    values.requestedAgency = '';
    values.intendedUse = 'Prosecution of the traffickers';
    values.item.model = 'M70';
    values.item.yearOfManufacture = '';
    values.item.markings = [];
    const body = toUpdateBody(values, stored);
    expect(body).toEqual({ requestedAgency: null, intendedUse: 'Prosecution of the traffickers', item: { model: 'M70', yearOfManufacture: null, markings: null } });
    expect(hasChanges(body)).toBe(true);
  });

  it('keeps the reason of a correction', () => {
    const values = traceFormFrom({ ...stored, direction: 'incoming', status: 'sent', requestedAt: '2026-11-01T09:00:00.000Z' } as TraceRequestDto);
    values.item.serialNumber = '7381 08';
    values.reason = 'Serial mistyped on receipt';
    expect(toUpdateBody(values, { ...stored, direction: 'incoming', status: 'sent', requestedAt: '2026-11-01T09:00:00.000Z' } as TraceRequestDto)).toEqual({ item: { serialNumber: '7381 08' }, reason: 'Serial mistyped on receipt' });
  });
});
