import type { ItemFacts } from './transfer.entities.js';
import { editDistance, importReferenceProblem, issuerProblem, licenceRefusal, transitNoticeProblems, lineUsage, placeOnLines, placeReceipt, reconcileShipment, tradeLicenceStatus, type LicenceLine, type ShippedLine } from './trade-rules.js';

const facts = (over: Partial<ItemFacts>): ItemFacts => ({ itemKind: 'firearm', categoryCode: null, partType: null, makeText: null, manufacturerCode: null, model: null, calibreText: null, calibreCode: null, serialRaw: null, serialNormalised: null, quantity: 1, ...over });
const line = (id: string, lineNo: number, over: Partial<ItemFacts>): LicenceLine => ({ id, lineNo, ...facts(over) });
const pistol = (serial: string) => facts({ categoryCode: 'pistol', manufacturerCode: 'glock', makeText: 'Glock', serialRaw: serial, serialNormalised: serial.replace(/-/g, '') });
const shipped = (id: string, licenceItemId: string, over: Partial<ShippedLine>): ShippedLine => ({ id, licenceItemId, lineNo: 1, lotNumber: null, lostReportedOn: null, firearmId: null, ...facts(over), ...over });

describe('placing items on licence lines', () => {
  const lines = [line('L1', 1, { categoryCode: 'pistol', manufacturerCode: 'glock', makeText: 'Glock', quantity: 2 }), line('L2', 2, { itemKind: 'ammunition', calibreCode: '9x19', calibreText: '9mm', quantity: 1000 })];

  it('places matching items within the balance', () => {
    const result = placeOnLines(lines, new Map(), [pistol('A-1'), { ...facts({ itemKind: 'ammunition', calibreCode: '9x19', calibreText: '9x19' }), quantity: 600 }]);
    expect(result).toEqual({ lineIds: ['L1', 'L2'], problems: [] });
  });

  it('refuses an item no line authorises, naming it', () => {
    const result = placeOnLines(lines, new Map(), [facts({ categoryCode: 'rifle', serialRaw: 'R1', serialNormalised: 'R1' })]);
    expect(result.problems).toEqual([expect.objectContaining({ index: 0, code: 'ITEM_NOT_AUTHORISED', message: expect.stringContaining('rifle') })]);
  });

  it('refuses quantities beyond what is left, counting what was used before', () => {
    const result = placeOnLines(lines, new Map([['L1', 1]]), [pistol('A-1'), pistol('A-2')]);
    expect(result.problems).toEqual([expect.objectContaining({ index: 1, code: 'LICENCE_QUANTITY_EXCEEDED', message: expect.stringContaining('authorises 2, 1 already used, this would make 3') })]);
  });

  it('prefers a line listing the serial over a generic one', () => {
    const listed = [line('G', 1, { categoryCode: 'pistol', quantity: 5 }), line('S', 2, { serialRaw: 'A-9', serialNormalised: 'A9' })];
    expect(placeOnLines(listed, new Map(), [pistol('A-9')]).lineIds).toEqual(['S']);
  });
});

describe('licence usage and status', () => {
  it('counts per shipment the larger of shipped and received', () => {
    const usage = lineUsage(
      [{ shipmentId: 's1', licenceItemId: 'L1', quantity: 3 }, { shipmentId: 's2', licenceItemId: 'L1', quantity: 1 }],
      [{ shipmentId: 's1', licenceItemId: 'L1', quantity: 3 }, { shipmentId: 's2', licenceItemId: 'L1', quantity: 2 }],
    );
    expect(usage.get('L1')).toBe(5);
  });

  it('derives issued, partly used, used, expired and revoked', () => {
    const lines = [{ id: 'L1', quantity: 4 }];
    const licence = { state: 'issued' as const, expiresOn: '2026-12-31' };
    expect(tradeLicenceStatus(licence, lines, new Map(), '2026-06-01')).toBe('issued');
    expect(tradeLicenceStatus(licence, lines, new Map([['L1', 2]]), '2026-06-01')).toBe('partly_used');
    expect(tradeLicenceStatus(licence, lines, new Map([['L1', 4]]), '2027-06-01')).toBe('used');
    expect(tradeLicenceStatus(licence, lines, new Map([['L1', 2]]), '2027-01-01')).toBe('expired');
    expect(tradeLicenceStatus({ ...licence, state: 'revoked' }, lines, new Map(), '2026-06-01')).toBe('revoked');
  });

  it('refuses a revoked, expired or not yet valid licence', () => {
    const licence = { number: 'X', state: 'issued' as const, stateReason: null, issuedOn: '2026-01-01', expiresOn: '2026-06-30' };
    expect(licenceRefusal(licence, '2026-03-01')).toBeNull();
    expect(licenceRefusal(licence, '2026-07-01')?.code).toBe('TRADE_LICENCE_EXPIRED');
    expect(licenceRefusal(licence, '2025-12-31')?.code).toBe('TRADE_LICENCE_NOT_YET_VALID');
    expect(licenceRefusal({ ...licence, state: 'revoked' }, '2026-03-01')?.code).toBe('TRADE_LICENCE_REVOKED');
  });
});

describe('the import licence behind an export licence (art. 10.2)', () => {
  const exportLicence = { importingCountry: 'GH', issuedOn: '2026-02-01' };
  it('is required', () => expect(importReferenceProblem(null, exportLicence)?.code).toBe('IMPORT_LICENCE_REFERENCE_REQUIRED'));
  it('comes from the importing country', () => expect(importReferenceProblem({ number: 'I-1', country: 'NG' }, exportLicence)?.code).toBe('IMPORT_LICENCE_REFERENCE_MISMATCH'));
  it('is an import licence', () => expect(importReferenceProblem({ number: 'I-1', country: 'GH', kind: 'transit' }, exportLicence)?.code).toBe('IMPORT_LICENCE_REFERENCE_MISMATCH'));
  it('has not expired', () => expect(importReferenceProblem({ number: 'I-1', country: 'GH', expiresOn: '2026-01-31' }, exportLicence)?.code).toBe('IMPORT_LICENCE_REFERENCE_INVALID'));
  it('passes when in order', () => expect(importReferenceProblem({ number: 'I-1', country: 'GH', expiresOn: '2026-12-31' }, exportLicence)).toBeNull());
});

describe('reconciling a shipment', () => {
  it('finds the missing serial and the substituted one, by licence line', () => {
    const items = [
      shipped('s1', 'P', pistol('P-1001')),
      shipped('s2', 'P', pistol('P-1002')),
      shipped('s3', 'R', { ...facts({ categoryCode: 'rifle', serialRaw: 'R-2001', serialNormalised: 'R2001' }) }),
    ];
    const result = reconcileShipment(items, [
      { id: 'r1', licenceItemId: 'P', lotNumber: null, ...pistol('P1001') },
      { id: 'r2', licenceItemId: 'R', lotNumber: null, ...facts({ categoryCode: 'rifle', serialRaw: 'R-7777', serialNormalised: 'R7777' }) },
    ]);
    expect(result.discrepancies).toEqual([
      expect.objectContaining({ type: 'different_serial', shipmentItemId: 's3', receiptItemId: 'r2', shippedSerial: 'R-2001', receivedSerial: 'R-7777' }),
      expect.objectContaining({ type: 'missing', shipmentItemId: 's2', serial: 'P-1002', status: 'in_transit' }),
    ]);
    expect(result.items.map((i) => i.status)).toEqual(['received', 'in_transit', 'in_transit']);
    expect(result.totals).toEqual({ shipped: 3, received: 2, inTransit: 2, lost: 0 });
  });

  it('counts ammunition by lot: short is in transit, over is extra; lost ends transit', () => {
    const ammo = (id: string, quantity: number, lot: string, lost: string | null = null) => shipped(id, 'A', { ...facts({ itemKind: 'ammunition', quantity }), lotNumber: lot, lostReportedOn: lost });
    const short = reconcileShipment([ammo('a1', 1000, 'LOT-1')], [{ id: 'r', licenceItemId: 'A', lotNumber: 'lot-1', ...facts({ itemKind: 'ammunition', quantity: 900 }) }]);
    expect(short.items[0]).toMatchObject({ status: 'partly_received', quantityReceived: 900, quantityInTransit: 100 });
    const over = reconcileShipment([ammo('a1', 1000, 'LOT-1')], [{ id: 'r', licenceItemId: 'A', lotNumber: 'LOT-1', ...facts({ itemKind: 'ammunition', quantity: 1100 }) }]);
    expect(over.discrepancies).toEqual([expect.objectContaining({ type: 'extra', quantity: 100 })]);
    const lost = reconcileShipment([ammo('a1', 1000, 'LOT-1', '2026-04-01')], []);
    expect(lost.items[0]).toMatchObject({ status: 'lost', quantityInTransit: 0 });
    expect(lost.discrepancies[0]).toMatchObject({ type: 'missing', status: 'lost', quantity: 1000 });
  });

  it('pairs a substitute with the closest missing serial', () => {
    expect(editDistance('AB1234', 'AB1243')).toBe(2);
    const result = reconcileShipment([shipped('s1', 'P', pistol('ZZ-9999')), shipped('s2', 'P', pistol('AB-1234'))], [{ id: 'r', licenceItemId: 'P', lotNumber: null, ...pistol('AB-1235') }]);
    expect(result.discrepancies[0]).toMatchObject({ type: 'different_serial', shipmentItemId: 's2' });
  });
});

describe('placing a receipt', () => {
  const lines = [line('P', 1, { categoryCode: 'pistol', quantity: 2 })];
  const ship = [shipped('s1', 'P', pistol('P-1')), shipped('s2', 'P', pistol('P-2'))];
  const base = { lines, shipmentId: 'S', shipped: ship, previouslyReceived: [], allShipped: [{ shipmentId: 'S', licenceItemId: 'P', quantity: 2 }], allReceived: [] };

  it('fills the description of a shipped serial and uses no more of the licence for a substitute', () => {
    const result = placeReceipt({ ...base, items: [{ ...facts({ serialRaw: 'P-1', serialNormalised: 'P1' }), lotNumber: null }, { ...pistol('P-9'), lotNumber: null }] });
    expect(result.problems).toEqual([]);
    expect(result.placements[0]).toMatchObject({ licenceItemId: 'P', shipped: { id: 's1' }, facts: { categoryCode: 'pistol' } });
    expect(result.usageIncreased).toBe(false);
  });

  it('refuses an extra beyond the licence and an item it does not authorise', () => {
    const result = placeReceipt({ ...base, items: [{ ...pistol('P-1'), lotNumber: null }, { ...pistol('P-2'), lotNumber: null }, { ...pistol('P-3'), lotNumber: null }, { ...facts({ categoryCode: 'rifle', serialRaw: 'R', serialNormalised: 'R' }), lotNumber: null }] });
    expect(result.problems.map((p) => p.code).sort()).toEqual(['ITEM_NOT_AUTHORISED', 'LICENCE_QUANTITY_EXCEEDED']);
  });
});

describe('who issues a licence, and what an export licence verifies first (art. 10)', () => {
  const licence = { exportingCountry: 'SN', importingCountry: 'GH', transitCountries: ['ML'] };
  it('wants each licence from its own state', () => {
    expect(issuerProblem({ ...licence, kind: 'import', issuingCountry: 'GH' })).toBeNull();
    expect(issuerProblem({ ...licence, kind: 'import', issuingCountry: 'SN' })).toMatch(/importing state \(GH\)/);
    expect(issuerProblem({ ...licence, kind: 'export', issuingCountry: 'GH' })).toMatch(/exporting state \(SN\)/);
    expect(issuerProblem({ ...licence, kind: 'transit', issuingCountry: 'ML' })).toBeNull();
    expect(issuerProblem({ ...licence, kind: 'transit', issuingCountry: 'SN' })).toMatch(/transit states \(ML\)/);
  });

  it('refuses an import licence issued after the export licence', () => {
    expect(importReferenceProblem({ number: 'GH-1', country: 'GH', issuedOn: '2026-03-02' }, { importingCountry: 'GH', issuedOn: '2026-03-01' })?.code).toBe('IMPORT_LICENCE_REFERENCE_INVALID');
    expect(importReferenceProblem({ number: 'GH-1', country: 'GH', issuedOn: '2026-03-01' }, { importingCountry: 'GH', issuedOn: '2026-03-01' })).toBeNull();
  });

  it("needs every transit state's notice of no objection, dated by the issue, on export licences only", () => {
    const notice = { country: 'ML', reference: 'ML-1', date: '2026-02-20' };
    expect(transitNoticeProblems({ kind: 'export', issuedOn: '2026-03-01', transitCountries: ['ML'], transitNotices: [notice] })).toEqual([]);
    expect(transitNoticeProblems({ kind: 'export', issuedOn: '2026-03-01', transitCountries: ['ML'] })).toEqual([expect.objectContaining({ code: 'TRANSIT_NOTICE_REQUIRED', field: 'transitNotices' })]);
    expect(transitNoticeProblems({ kind: 'export', issuedOn: '2026-02-01', transitCountries: ['ML'], transitNotices: [notice] })).toEqual([expect.objectContaining({ code: 'TRANSIT_NOTICE_INVALID', field: 'transitNotices[0].date' })]);
    expect(transitNoticeProblems({ kind: 'import', issuedOn: '2026-03-01', transitNotices: [notice] })).toEqual([expect.objectContaining({ code: 'TRANSIT_NOTICE_INVALID' })]);
  });
});

describe('a refused item names the field that differs', () => {
  it('points at the closest line: the calibre when kind, category and make agree', () => {
    const lines = [line('L1', 1, { categoryCode: 'rifle' }), line('L2', 2, { categoryCode: 'pistol', manufacturerCode: 'glock', makeText: 'Glock', calibreCode: '9x19', calibreText: '9x19' })];
    const result = placeOnLines(lines, new Map(), [{ ...pistol('G-1'), calibreCode: '45acp', calibreText: '.45 ACP' }]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'calibre', message: expect.stringMatching(/line 1: .*category "rifle".*; line 2: .*calibre "9x19", not ".45 ACP"/) })]);
  });
});
