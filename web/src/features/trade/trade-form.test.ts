import { describe, expect, it } from 'vitest';
import { emptyLicenceForm, emptyLine, linesFromLicence, noticesFor, parseTradeListSearch, receiptLinesFrom, toLicenceBody, toReceiptBody, toShipmentBody, toTradeListQuery, type ShipmentDto, type TradeLicenceDto } from './trade-form';

describe('trade licence form', () => {
  it('sends an export licence with the import licence it answers and one notice per transit state', () => {
    const v = emptyLicenceForm();
    Object.assign(v, {
      kind: 'export', number: ' SN-EXP-1 ', issuingAuthority: 'Direction des armes', issuingCountry: 'SN', issuedOn: '2026-11-01', expiresOn: '2027-10-31',
      exportingCountry: 'SN', importingCountry: 'GH', transitCountries: ['ML'], exporter: 'Armurerie du Port', importer: 'Accra Arms Ltd', finalRecipient: 'Ghana Police Service',
      importLicenceNumber: 'GH-IMP-9', importLicenceCountry: 'GH',
      transitNotices: [{ country: 'ML', reference: 'ML-MAE-1', date: '2026-10-20' }, { country: 'BF', reference: 'stale', date: '2026-10-01' }],
      items: [{ ...emptyLine(), itemKind: 'ammunition', calibre: '9x19', serialNumber: 'ignored', quantity: '1000' }],
    });
    expect(toLicenceBody(v)).toEqual({
      kind: 'export', number: 'SN-EXP-1', issuingAuthority: 'Direction des armes', issuingCountry: 'SN', issuedOn: '2026-11-01', expiresOn: '2027-10-31', exportingCountry: 'SN', importingCountry: 'GH', transitCountries: ['ML'],
      exporter: { name: 'Armurerie du Port' }, importer: { name: 'Accra Arms Ltd' }, finalRecipient: { name: 'Ghana Police Service' },
      importLicence: { number: 'GH-IMP-9', country: 'GH' },
      transitNotices: [{ country: 'ML', reference: 'ML-MAE-1', date: '2026-10-20' }],
      items: [{ itemKind: 'ammunition', calibre: '9x19', quantity: 1000 }],
    });
  });

  it('sends no import licence or notices on an import licence', () => {
    const v = { ...emptyLicenceForm(), kind: 'import' as const, importLicenceNumber: 'X', transitNotices: [{ country: 'ML', reference: 'r', date: '2026-01-01' }], transitCountries: ['ML'] };
    const body = toLicenceBody(v);
    expect(body.importLicence).toBeUndefined();
    expect(body.transitNotices).toBeUndefined();
  });

  it('keeps one notice per transit state, only on exports', () => {
    expect(noticesFor('export', ['ML', 'BF'], [{ country: 'BF', reference: 'b', date: '2026-01-02' }])).toEqual([{ country: 'ML', reference: '', date: '' }, { country: 'BF', reference: 'b', date: '2026-01-02' }]);
    expect(noticesFor('import', ['ML'], [])).toEqual([]);
  });
});

describe('shipments and receipts', () => {
  const line = (over: object) => ({ id: 'l', lineNo: 1, itemKind: 'ammunition', category: null, partType: null, make: { asWritten: null, manufacturerCode: null }, model: null, calibre: { asWritten: '9x19', calibreCode: '9x19' }, serialNumber: null, quantity: 1000, firearmId: null, description: null, authorised: 1000, shipped: 0, received: 0, used: 0, remaining: 1000, ...over });

  it('proposes what the licence still allows, line by line', () => {
    const licence = { items: [line({}), line({ lineNo: 2, remaining: 0 }), line({ lineNo: 3, itemKind: 'firearm', serialNumber: 'AB1', remaining: 1 })] } as unknown as TradeLicenceDto;
    expect(linesFromLicence(licence).map((l) => [l.licenceLine, l.quantity, l.calibre, l.serialNumber])).toEqual([['1', '1000', '9x19', ''], ['3', '1', '9x19', 'AB1']]);
  });

  it('sends the shipment with its lines and the licence line chosen', () => {
    const body = toShipmentBody({ reference: 'AWB 1', shippedOn: '2026-11-10', carrierName: '', route: ['SN', 'GH'], routeDescription: '', notes: '', items: [{ ...emptyLine(), itemKind: 'ammunition', calibre: '9x19', quantity: '1000', lotNumber: 'L-7', licenceLine: '1' }] });
    expect(body).toEqual({ reference: 'AWB 1', shippedOn: '2026-11-10', route: ['SN', 'GH'], items: [{ itemKind: 'ammunition', calibre: '9x19', quantity: 1000, lotNumber: 'L-7', licenceLine: 1 }] });
  });

  it('proposes as received what is still in transit, and sends the quantities corrected', () => {
    const shipment = { items: [{ itemKind: 'ammunition', category: null, partType: null, make: { asWritten: 'SB' }, model: null, calibre: { asWritten: '9x19' }, serialNumber: null, quantity: 1000, quantityInTransit: 1000, lotNumber: 'L-7' }, { itemKind: 'firearm', category: 'pistol', partType: null, make: { asWritten: 'Glock' }, model: '17', calibre: { asWritten: '9x19' }, serialNumber: 'AB1', quantity: 1, quantityInTransit: 0, lotNumber: null }] } as unknown as ShipmentDto;
    const lines = receiptLinesFrom(shipment);
    expect(lines).toHaveLength(1);
    lines[0].quantity = '950';
    expect(toReceiptBody({ receivedOn: '2026-11-12', place: 'Tema', receivedBy: '', notes: '', items: lines })).toEqual({ receivedOn: '2026-11-12', place: 'Tema', items: [{ itemKind: 'ammunition', make: 'SB', calibre: '9x19', quantity: 950, lotNumber: 'L-7' }] });
  });
});

describe('licence list filters in the URL', () => {
  it('keeps what the API accepts', () => {
    expect(parseTradeListSearch({ kind: 'export', status: 'revoked', country: 'GH', number: ' X-1 ', page: '2' })).toEqual({ kind: 'export', status: 'revoked', country: 'GH', number: 'X-1', page: 2 });
    expect(parseTradeListSearch({ kind: 'smuggling', country: 'Ghana', page: 'x' })).toEqual({});
    expect(toTradeListQuery({ kind: 'import', page: 3 })).toEqual({ kind: 'import', limit: 25, offset: 50 });
  });
});
