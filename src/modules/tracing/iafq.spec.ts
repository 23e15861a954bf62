import { SEIZURE_CONTEXTS } from '../seizures/seizure.entities.js';
import { ARM_TYPES, armTypeOf, byCodeList, contextHeading } from './iafq.js';

describe('the IAFQ code lists', () => {
  it('folds our categories into the types of arm of the SDG 16.4.2 metadata', () => {
    expect(['pistol', 'revolver', 'rifle', 'carbine', 'assault_rifle', 'shotgun', 'submachine_gun', 'machine_gun', 'other'].map(armTypeOf)).toEqual([
      'pistols',
      'revolvers',
      'rifles_and_carbines',
      'rifles_and_carbines',
      'rifles_and_carbines',
      'shotguns',
      'sub_machine_guns',
      'machine_guns',
      'other',
    ]);
    expect(armTypeOf('flare_gun')).toBe('other');
    expect(armTypeOf(null)).toBe('unknown');
    expect(armTypeOf('unknown')).toBe('unknown');
  });

  it('puts every seizure context under one heading: legal justification or criminal context', () => {
    expect(Object.fromEntries(SEIZURE_CONTEXTS.map((c) => [c, contextHeading(c)]))).toEqual({
      trafficking: 'legal_justification',
      illicit_possession: 'legal_justification',
      violent_crime: 'criminal_context',
      other_crime: 'criminal_context',
      unknown: 'unknown',
    });
  });

  it('orders rows by the code list, then by the cells after the code', () => {
    expect(byCodeList(ARM_TYPES, [['shotguns', 'shotgun', 1], ['unknown', 'unknown', 2], ['pistols', 'pistol', 3], ['rifles_and_carbines', 'rifle', 4], ['rifles_and_carbines', 'carbine', 5]])).toEqual([
      ['pistols', 'pistol', 3],
      ['rifles_and_carbines', 'carbine', 5],
      ['rifles_and_carbines', 'rifle', 4],
      ['shotguns', 'shotgun', 1],
      ['unknown', 'unknown', 2],
    ]);
  });
});
