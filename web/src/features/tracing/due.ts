/**
 * How a request's due date reads at a glance. Overdue mirrors the API's isOverdue
 * (src/modules/tracing/trace-rules.ts): sent or acknowledged, past its due date.
 * "Due soon" is the screen's own warning: still waiting, due within the window.
 */
export type DueState = 'overdue' | 'due_soon' | 'on_time' | 'none';

const DAY_MS = 86_400_000;
/** Two days: an urgent request (due two days after receipt) is "due soon" from the moment it arrives. */
export const DUE_SOON_DAYS = 2;

const WAITING = new Set(['sent', 'acknowledged']);

export function dueState(request: { status: string; dueAt: string | null; overdue?: boolean }, now: Date): DueState {
  if (!WAITING.has(request.status) || !request.dueAt) return 'none';
  const due = Date.parse(request.dueAt);
  // The server's word wins where it is given (its clock decides); the client's clock otherwise.
  if (request.overdue ?? due < now.getTime()) return 'overdue';
  return due - now.getTime() <= DUE_SOON_DAYS * DAY_MS ? 'due_soon' : 'on_time';
}

/**
 * Whole days until the due date (negative: days late), counted by calendar day in
 * UTC so "due tomorrow" means the next date, not 24 hours from now.
 */
export function daysUntilDue(dueAt: string, now: Date): number {
  const day = (t: number) => Math.floor(t / DAY_MS);
  return day(Date.parse(dueAt)) - day(now.getTime());
}
