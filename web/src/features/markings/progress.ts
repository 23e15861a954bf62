const DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

export interface CampaignPeriod {
  state: 'upcoming' | 'running' | 'finished';
  /** Day of the campaign today, counting the first as 1. */
  day: number;
  /** Days from start to end inclusive; null without an end date. */
  totalDays: number | null;
  daysToStart: number;
  percent: number;
}

/** Where today falls in a campaign's dates (UTC calendar days, both ends included). */
export function campaignPeriod(startsOn: string, endsOn: string | null, now: Date): CampaignPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = dayOf(startsOn);
  const totalDays = endsOn ? Math.max(1, Math.round((dayOf(endsOn) - start) / DAY) + 1) : null;
  const day = Math.round((today - start) / DAY) + 1;
  const state = day < 1 ? 'upcoming' : totalDays !== null && day > totalDays ? 'finished' : 'running';
  const percent = totalDays === null ? 0 : state === 'upcoming' ? 0 : state === 'finished' ? 100 : Math.round((day / totalDays) * 100);
  return { state, day: Math.max(day, 0), totalDays, daysToStart: Math.max(1 - day, 0), percent };
}
