import { describe, expect, it } from 'vitest';
import { emptyEventForm, eventBody, formKindOf, licenceFit, witnessesOf } from './event-forms';

const form = (changes: Partial<ReturnType<typeof emptyEventForm>>) => ({ ...emptyEventForm('2026-12-01'), ...changes });

describe('event forms', () => {
  it('asks each event for its own facts', () => {
    expect(formKindOf('transferred')).toBe('holder');
    expect(formKindOf('released')).toBe('optionalHolder');
    expect(formKindOf('destroyed')).toBe('destruction');
    expect(formKindOf('reported_stolen')).toBe('plain');
  });

  it('never sends a holder with a theft report, even one left in the form', () => {
    expect(eventBody('reported_stolen', form({ holderId: 'h', licenceId: 'l', place: ' Thiès ' }))).toEqual({ type: 'reported_stolen', occurredOn: '2026-12-01', place: 'Thiès' });
  });

  it('sends the witnesses one per line and the method of a destruction', () => {
    expect(eventBody('destroyed', form({ method: 'crushing', place: 'Armoury', witnesses: 'A. Sow\n\n  B. Fall \n' })).details).toEqual({ method: 'crushing', witnesses: ['A. Sow', 'B. Fall'] });
    expect(witnessesOf(' \n')).toEqual([]);
  });

  it('sends the licence only with its holder', () => {
    expect(eventBody('licensed', form({ holderId: 'h', licenceId: 'l' }))).toMatchObject({ holderId: 'h', licenceId: 'l' });
    expect(eventBody('licensed', form({ licenceId: 'l' }))).not.toHaveProperty('licenceId');
  });

  it('reads a licence as the API will: status first, then the categories', () => {
    const licence = { status: 'active' as const, issuedOn: '2024-01-01', expiresOn: '2029-01-01', categories: ['rifle'] };
    expect(licenceFit(licence, 'rifle')).toEqual({ fit: 'ok' });
    expect(licenceFit({ ...licence, categories: [] }, 'pistol')).toEqual({ fit: 'ok' });
    expect(licenceFit(licence, 'pistol')).toEqual({ fit: 'not_covering', category: 'pistol' });
    expect(licenceFit({ ...licence, status: 'expired' }, 'pistol')).toEqual({ fit: 'expired', on: '2029-01-01' });
    expect(licenceFit({ ...licence, status: 'suspended' }, 'rifle')).toEqual({ fit: 'suspended' });
  });
});
