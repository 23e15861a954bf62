import { resolveFirearm, type FirearmIndex, type FirearmReference, type RegisterFirearm } from './firearm-references.js';

const firearm = (id: string, serial: string | null, maker: { code?: string; text?: string } = {}, extra: Partial<RegisterFirearm> = {}): RegisterFirearm => ({
  id,
  itemKind: 'firearm',
  importKey: null,
  serialNormalised: serial,
  manufacturerCode: maker.code ?? null,
  makeText: maker.text ?? null,
  mergedIntoId: null,
  registeringAgencyId: 'nfa',
  ...extra,
});
const indexOf = (...firearms: RegisterFirearm[]): FirearmIndex => {
  const index: FirearmIndex = { byId: new Map(), byKey: new Map(), bySerial: new Map() };
  for (const f of firearms) {
    index.byId.set(f.id, f);
    if (f.importKey) index.byKey.set(f.importKey, f);
    if (f.serialNormalised) index.bySerial.set(f.serialNormalised, [...(index.bySerial.get(f.serialNormalised) ?? []), f]);
  }
  return index;
};
const ref = (r: Partial<FirearmReference>): FirearmReference => ({ firearmId: null, firearmKey: null, serialRaw: r.serialNormalised ?? null, serialNormalised: null, makeText: null, manufacturerCode: null, ...r });

const glockA = firearm('a', 'GK1', { code: 'glock', text: 'Glock' }, { importKey: 'REG-1' });
const glockPart = firearm('p', 'GK1', { code: 'glock', text: 'Glock' }, { itemKind: 'part' });
const berettaB = firearm('b', 'GK1', { code: 'beretta', text: 'Beretta' });
const twinC = firearm('c', 'TW9', { code: 'taurus', text: 'Taurus' });
const twinD = firearm('d', 'TW9', { code: 'taurus', text: 'Forjas Taurus' });
const craftE = firearm('e', 'X77', { text: 'Atelier Inconnu' });
const index = indexOf(glockA, glockPart, berettaB, twinC, twinD, craftE);

describe('resolveFirearm', () => {
  it('finds an entry by id, by record key, or by serial and make under any alias', () => {
    expect(resolveFirearm(ref({ firearmId: 'a' }), index, 'firearm')).toEqual({ firearm: glockA, field: 'firearmId' });
    expect(resolveFirearm(ref({ firearmKey: 'REG-1' }), index, 'firearm')).toEqual({ firearm: glockA, field: 'firearmKey' });
    expect(resolveFirearm(ref({ serialNormalised: 'GK1', makeText: 'GLOCK GmbH', manufacturerCode: 'glock' }), index, 'firearm')).toEqual({ firearm: glockA, field: 'serialNumber' });
    expect(resolveFirearm(ref({ serialNormalised: 'GK1', makeText: 'Glock', manufacturerCode: 'glock' }), index, 'part')).toEqual({ firearm: glockPart, field: 'serialNumber' });
    expect(resolveFirearm(ref({ serialNormalised: 'X77', makeText: 'atelier inconnu' }), index, 'firearm')).toEqual({ firearm: craftE, field: 'serialNumber' });
  });

  it('says when an id or key names nothing', () => {
    expect(resolveFirearm(ref({ firearmId: 'zz' }), index, 'firearm')).toEqual({ problem: { field: 'firearmId', message: 'no firearm or part zz in the register' } });
    expect(resolveFirearm(ref({ firearmKey: 'REG-404' }), index, 'firearm')).toEqual({ problem: { field: 'firearmKey', message: 'no firearm with record key "REG-404" in the register' } });
  });

  it('asks for the id when a serial and make name several entries', () => {
    expect(resolveFirearm(ref({ serialRaw: 'TW-9', serialNormalised: 'TW9', makeText: 'Taurus', manufacturerCode: 'taurus' }), index, 'firearm')).toEqual({
      problem: { field: 'serialNumber', message: `2 firearms in the register have serial number "TW-9" and make "Taurus": give the firearm's id (firearmId column)` },
    });
  });

  it('names nothing when serial and make match no entry, listing the makes the serial has', () => {
    expect(resolveFirearm(ref({ serialRaw: 'NEW-1', serialNormalised: 'NEW1', makeText: 'Glock', manufacturerCode: 'glock' }), index, 'firearm')).toEqual({
      none: { field: 'serialNumber', message: 'no firearm with serial number "NEW-1" and make "Glock" in the register' },
      otherMakes: [],
    });
    expect(resolveFirearm(ref({ serialRaw: 'GK1', serialNormalised: 'GK1' }), index, 'firearm')).toEqual({
      none: { field: 'serialNumber', message: 'no firearm with serial number "GK1" and no make in the register; the register has this serial under "Glock", "Beretta": check the make, or give the firearm\'s id' },
      otherMakes: ['Glock', 'Beretta'],
    });
  });

  it('refuses two ways of naming that disagree', () => {
    expect(resolveFirearm(ref({ firearmId: 'b', firearmKey: 'REG-1' }), index, 'firearm')).toEqual({ problem: { field: 'firearmKey', message: '"REG-1" is the record key of firearm a, not of firearmId b' } });
    expect(resolveFirearm(ref({ firearmId: 'b', serialRaw: 'GK1', serialNormalised: 'GK1', makeText: 'Glock', manufacturerCode: 'glock' }), index, 'firearm')).toEqual({
      problem: { field: 'serialNumber', message: 'serial number "GK1" and make "Glock" are not those of firearm b (named by firearmId)' },
    });
    expect(resolveFirearm(ref({ firearmId: 'b', serialRaw: 'gk-1', serialNormalised: 'GK1', makeText: 'Beretta', manufacturerCode: 'beretta' }), index, 'firearm')).toEqual({ firearm: berettaB, field: 'firearmId' });
  });
});
