import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isoDay } from '../src/common/clock/clock.js';
import { RequestContext } from '../src/common/context/request-context.js';
import { FirearmsService } from '../src/modules/firearms/firearms.service.js';
import type { LifecycleEventType } from '../src/modules/firearms/lifecycle.js';
import { HoldersService } from '../src/modules/holders/holders.service.js';
import { LicencesService } from '../src/modules/holders/licences.service.js';

/** A small deterministic generator, so every demo database tells the same stories. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)], int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const MODELS = [
  { make: 'Glock', model: 'G17', calibre: '9mm Luger', category: 'pistol', country: 'AT', serial: (r: ReturnType<typeof random>) => `${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${String.fromCharCode(65 + r.int(0, 25))}${r.int(100, 999)}` },
  { make: 'Crvena Zastava', model: 'M70', calibre: '7.62x39', category: 'assault_rifle', country: 'RS', serial: (r: ReturnType<typeof random>) => `${r.int(70, 99)}-${r.int(10000, 99999)}` },
  { make: 'Beretta', model: '92FS', calibre: '9 mm Parabellum', category: 'pistol', country: 'IT', serial: (r: ReturnType<typeof random>) => `BER${r.int(100000, 999999)}Z` },
  { make: 'Norinco', model: 'Type 56', calibre: '7.62×39mm', category: 'assault_rifle', country: 'CN', serial: (r: ReturnType<typeof random>) => `${r.int(10000000, 99999999)}` },
  { make: 'Baikal', model: 'MP-27', calibre: '12 gauge', category: 'shotgun', country: 'RU', serial: (r: ReturnType<typeof random>) => `${r.int(10, 24)}${r.int(10000, 99999)}` },
  { make: 'Taurus', model: 'PT 917', calibre: '9mm', category: 'pistol', country: 'BR', serial: (r: ReturnType<typeof random>) => `TSL${r.int(10000, 99999)}` },
  { make: 'Smith & Wesson', model: 'Model 10', calibre: '.38 Special', category: 'revolver', country: 'US', serial: (r: ReturnType<typeof random>) => `C${r.int(100000, 999999)}` },
  { make: 'Česká zbrojovka', model: 'vz. 58', calibre: '7.62x39mm', category: 'assault_rifle', country: 'CZ', serial: (r: ReturnType<typeof random>) => `${String.fromCharCode(65 + r.int(0, 25))}${r.int(1000, 9999)}` },
] as const;

const FAMILY = ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Ba', 'Mamani', 'Quispe', 'Flores', 'Gutiérrez', 'Diallo', 'Sy', 'Cissé', 'Rojas', 'Vargas'];
const GIVEN = ['Fatou', 'Amadou', 'Awa', 'Moussa', 'Mariama', 'Juan', 'María', 'Luis', 'Rosa', 'Ibrahima', 'Aïssatou', 'Carlos'];
const PLACES = ['Capital', 'Port City', 'Northern Province', 'Border post 4', 'Eastern Highlands'];

const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(day) + days * 86_400_000));

/**
 * A few hundred firearms with varied lives: made or imported, licensed to
 * dealers, sold to licensed persons; some stolen, lost, seized, destroyed,
 * surrendered or deactivated. Created through the services, so audited.
 */
export async function seedDemoRegister(app: INestApplicationContext, agencyId: string, count = 300): Promise<number> {
  const dataSource = app.get(DataSource);
  const [{ existing }] = await dataSource.query(`SELECT count(*)::int AS existing FROM firearm`);
  if (existing > 0) return 0;
  const holders = app.get(HoldersService);
  const licences = app.get(LicencesService);
  const firearms = app.get(FirearmsService);
  const r = random(2026);
  const actor = { userId: null, username: 'demo-seed', agencyId, roles: [] };

  return RequestContext.run({ requestId: 'demo-seed', clientAddress: null, actor }, async () => {
    const dealers: { id: string; licence: string }[] = [];
    for (let i = 1; i <= 5; i++) {
      const dealer = await holders.create({ kind: 'organisation', organisationType: 'dealer', legalName: `Demo Arms Dealer ${i}`, registrationNumber: `RC-DEMO-${i}`, country: 'SN' });
      const licence = await licences.create({ number: `DL-DEMO-${i}`, kind: 'dealer', holderId: dealer.id, issuedOn: '2005-01-01', expiresOn: '2035-12-31' });
      dealers.push({ id: dealer.id, licence: licence.id });
    }
    const persons: { id: string; licence: string }[] = [];
    for (let i = 1; i <= 80; i++) {
      const person = await holders.create({
        kind: 'person',
        familyName: r.pick(FAMILY),
        givenNames: r.pick(GIVEN),
        birthDate: `${r.int(1950, 2000)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
        sex: r.next() < 0.5 ? 'female' : 'male',
        nationality: r.next() < 0.5 ? 'SN' : 'BO',
        idDocumentType: 'national_id_card',
        idDocumentNumber: `DEMO-${String(i).padStart(6, '0')}`,
      });
      const licence = await licences.create({ number: `PL-DEMO-${i}`, kind: 'possession', holderId: person.id, issuedOn: '2005-01-01', expiresOn: '2034-12-31' });
      persons.push({ id: person.id, licence: licence.id });
    }

    for (let i = 0; i < count; i++) {
      const model = r.pick(MODELS);
      let day = `${r.int(2010, 2018)}-0${r.int(1, 9)}-${r.int(10, 28)}`;
      const step = () => (day = addDays(day, r.int(30, 700)));
      const imported = r.next() < 0.7;
      const { firearm } = await firearms.create('firearm', {
        category: model.category,
        make: model.make,
        model: model.model,
        calibre: model.calibre,
        serialNumber: model.serial(r),
        countryOfManufacture: model.country,
        yearOfManufacture: Number(day.slice(0, 4)) - r.int(0, 3),
        initialEvent: imported ? { type: 'imported', occurredOn: day, details: { country: model.country }, agencyId } : { type: 'registered', occurredOn: day, agencyId },
      });
      const event = async (type: LifecycleEventType, extra: Record<string, unknown> = {}) => {
        step();
        if (day > isoDay(new Date())) day = isoDay(new Date());
        await firearms.recordEvent(firearm.id, { type, occurredOn: day, place: r.pick(PLACES), agencyId, ...extra });
      };
      const dealer = r.pick(dealers);
      await event('licensed', { holderId: dealer.id, licenceId: dealer.licence });
      if (r.next() < 0.75) {
        const buyer = r.pick(persons);
        await event('transferred', { holderId: buyer.id, licenceId: buyer.licence, notes: 'Sale by licensed dealer' });
      }
      const fate = r.next();
      if (fate < 0.08) await event('reported_stolen');
      else if (fate < 0.12) await event('reported_lost');
      else if (fate < 0.16) {
        await event('reported_stolen');
        await event('seized');
        await event('taken_into_custody');
        if (r.next() < 0.5) await event('destroyed', { details: { method: 'cutting', witnesses: ['Demo Witness A', 'Demo Witness B'] } });
      } else if (fate < 0.19) {
        await event('surrendered', { notes: 'Voluntary surrender campaign' });
        await event('taken_into_custody');
      } else if (fate < 0.22) await event('deactivated', { details: { certificateNumber: `DEACT-DEMO-${i}`, verifyingAuthority: 'National Proof House' } });
    }
    return count;
  });
}
