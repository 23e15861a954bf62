import { describe, expect, it } from 'vitest';
import { markingBody } from './MarkingFormModal';
import { campaignPeriod } from './progress';

describe('a marking as sent', () => {
  const values = { type: 'manufacture', text: ' SN 24  ZC-104522', location: ' left side ', method: 'stamped', legibility: 'intact', importCountry: 'SN', importYear: '2024', appliedOn: '', readOn: '2026-03-02', campaignId: null, notes: '' };
  it('keeps the text exactly as read and the import facts only on an import marking', () => {
    expect(markingBody({ firearmId: 'f' }, values)).toEqual({ firearmId: 'f', type: 'manufacture', text: ' SN 24  ZC-104522', location: 'left side', method: 'stamped', legibility: 'intact', readOn: '2026-03-02' });
    expect(markingBody({ ammunitionLotId: 'l' }, { ...values, type: 'import' })).toMatchObject({ ammunitionLotId: 'l', importCountry: 'SN', importYear: 2024 });
  });
});

describe('a campaign period', () => {
  const now = new Date('2026-03-11T15:00:00Z');
  it('counts the days of a running campaign, both ends included', () => {
    expect(campaignPeriod('2026-03-01', '2026-03-31', now)).toEqual({ state: 'running', day: 11, totalDays: 31, daysToStart: 0, percent: 35 });
  });
  it('knows a campaign to come, one finished, and one without an end', () => {
    expect(campaignPeriod('2026-03-14', '2026-03-20', now)).toMatchObject({ state: 'upcoming', daysToStart: 3, percent: 0 });
    expect(campaignPeriod('2026-02-01', '2026-02-28', now)).toMatchObject({ state: 'finished', totalDays: 28, percent: 100 });
    expect(campaignPeriod('2026-03-10', null, now)).toMatchObject({ state: 'running', day: 2, totalDays: null });
  });
});
