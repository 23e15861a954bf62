/**
 * The code lists of the Illicit Arms Flows Questionnaire export, pure. Sources and
 * what our records cannot fill are in the README ("IAFQ export").
 */

/**
 * The parts of the questionnaire as UNODC describes its statistical data file
 * (seized, found and surrendered weapons; parts, components and ammunition; tracing
 * results; significant seizures), and the persons involved by sex and age that the
 * domain brief names among what the IAFQ collects.
 */
export const IAFQ_SECTIONS = ['arms_seized_found_surrendered', 'parts_components_ammunition', 'tracing_results', 'significant_seizures', 'persons_involved'] as const;
export type IafqSection = (typeof IAFQ_SECTIONS)[number];

/**
 * Type of arm, in the words of the SDG 16.4.2 metadata ("revolvers, pistols, rifles
 * and carbines, shotguns, sub-machine guns and light machine guns"); our finer
 * categories fold into them, and a category outside them is "other".
 */
export const ARM_TYPES = ['pistols', 'revolvers', 'rifles_and_carbines', 'shotguns', 'sub_machine_guns', 'machine_guns', 'other', 'unknown'] as const;
export type ArmType = (typeof ARM_TYPES)[number];
const ARM_TYPE_OF: Record<string, ArmType> = {
  pistol: 'pistols',
  revolver: 'revolvers',
  rifle: 'rifles_and_carbines',
  carbine: 'rifles_and_carbines',
  assault_rifle: 'rifles_and_carbines',
  shotgun: 'shotguns',
  submachine_gun: 'sub_machine_guns',
  machine_gun: 'machine_guns',
};

export function armTypeOf(category: string | null): ArmType {
  if (category === null || category === 'unknown') return 'unknown';
  return ARM_TYPE_OF[category] ?? 'other';
}

/**
 * UNODC separates why an arm was seized (its legal justification: illicit
 * trafficking, illicit possession) from the crime it was found in (its criminal
 * context). A seizure here records one context, so each falls under one heading.
 */
export type ContextHeading = 'legal_justification' | 'criminal_context' | 'unknown';
const HEADING_OF: Record<string, ContextHeading> = { trafficking: 'legal_justification', illicit_possession: 'legal_justification', violent_crime: 'criminal_context', other_crime: 'criminal_context' };

export function contextHeading(context: string): ContextHeading {
  return HEADING_OF[context] ?? 'unknown';
}

/** Rows sorted by the position of their first cell in a code list, then by the cells after it. */
export function byCodeList<T extends readonly unknown[]>(order: readonly string[], rows: T[]): T[] {
  const rank = (v: unknown) => (order.indexOf(String(v)) === -1 ? order.length : order.indexOf(String(v)));
  return [...rows].sort((a, b) => rank(a[0]) - rank(b[0]) || String(a.slice(1)).localeCompare(String(b.slice(1))));
}
