import { describe, expect, it } from 'vitest';
import { daysUntilDue, dueState } from './due';

const now = new Date('2026-12-02T10:00:00Z');

describe('due-date badges', () => {
  it('is overdue once a waiting request passes its due date', () => {
    expect(dueState({ status: 'sent', dueAt: '2026-12-02T09:59:59Z' }, now)).toBe('overdue');
    expect(dueState({ status: 'acknowledged', dueAt: '2026-11-20T00:00:00Z' }, now)).toBe('overdue');
  });

  it('is due soon within two days, on time beyond', () => {
    expect(dueState({ status: 'sent', dueAt: '2026-12-02T10:00:01Z' }, now)).toBe('due_soon');
    expect(dueState({ status: 'sent', dueAt: '2026-12-04T10:00:00Z' }, now)).toBe('due_soon');
    expect(dueState({ status: 'sent', dueAt: '2026-12-04T10:00:01Z' }, now)).toBe('on_time');
  });

  it('says nothing of drafts, answered or closed requests, or without a due date', () => {
    expect(dueState({ status: 'draft', dueAt: '2026-11-01T00:00:00Z' }, now)).toBe('none');
    expect(dueState({ status: 'answered', dueAt: '2026-11-01T00:00:00Z' }, now)).toBe('none');
    expect(dueState({ status: 'closed', dueAt: '2026-11-01T00:00:00Z' }, now)).toBe('none');
    expect(dueState({ status: 'sent', dueAt: null }, now)).toBe('none');
  });

  it("takes the server's overdue flag over the client's clock", () => {
    expect(dueState({ status: 'sent', dueAt: '2026-12-03T00:00:00Z', overdue: true }, now)).toBe('overdue');
    expect(dueState({ status: 'sent', dueAt: '2026-12-01T00:00:00Z', overdue: false }, now)).toBe('due_soon');
  });

  it('counts days by calendar date', () => {
    expect(daysUntilDue('2026-12-03T01:00:00Z', now)).toBe(1);
    expect(daysUntilDue('2026-12-02T23:00:00Z', now)).toBe(0);
    expect(daysUntilDue('2026-11-29T12:00:00Z', now)).toBe(-3);
  });
});
