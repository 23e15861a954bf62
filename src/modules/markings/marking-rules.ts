import type { FieldProblem } from '../../common/errors/domain-error.js';
import type { MarkingFields } from './dto/marking.dto.js';

export interface CampaignWindow {
  startsOn: string;
  endsOn: string | null;
}

/**
 * The rules a marking must meet before any database check, as field problems
 * prefixed with the item's place in a batch ("markings.3.importYear"), so an
 * officer entering a campaign log sees exactly which entry is wrong.
 */
export function markingProblems(item: MarkingFields, today: string, prefix = '', campaign: CampaignWindow | null = null): FieldProblem[] {
  const field = (name: string) => `${prefix}${name}`;
  const problems: FieldProblem[] = [];
  if (!item.firearmId === !item.ammunitionLotId) {
    problems.push({ field: field('firearmId'), message: 'exactly one of firearmId and ammunitionLotId is required' });
  }
  if (item.type !== 'import') {
    if (item.importCountry !== undefined) problems.push({ field: field('importCountry'), message: 'only an import marking carries an importing country' });
    if (item.importYear !== undefined) problems.push({ field: field('importYear'), message: 'only an import marking carries an import year' });
  }
  for (const key of ['appliedOn', 'readOn'] as const) {
    const day = item[key];
    if (day && day > today) problems.push({ field: field(key), message: 'must not be in the future' });
  }
  if (item.appliedOn && item.readOn && item.readOn < item.appliedOn) problems.push({ field: field('readOn'), message: 'must not be before appliedOn' });
  if (campaign && item.appliedOn && (item.appliedOn < campaign.startsOn || (campaign.endsOn !== null && item.appliedOn > campaign.endsOn))) {
    problems.push({ field: field('appliedOn'), message: `must fall within the campaign (${campaign.startsOn} to ${campaign.endsOn ?? 'open'})` });
  }
  return problems;
}
