import { heartbeatVerdict } from './worker-heartbeat.js';

describe('heartbeatVerdict', () => {
  const now = Date.parse('2026-12-02T02:00:00Z');
  const beat = (secondsAgo: number) => JSON.stringify({ at: new Date(now - secondsAgo * 1000).toISOString(), pid: 1 });

  it('is healthy within three intervals and names the age', () => {
    expect(heartbeatVerdict(beat(29), 10, now)).toEqual({ healthy: true, reason: 'last heartbeat 29 s ago' });
  });

  it('is unhealthy past three intervals, without a file, or with a broken one', () => {
    expect(heartbeatVerdict(beat(31), 10, now).healthy).toBe(false);
    expect(heartbeatVerdict(null, 10, now)).toEqual({ healthy: false, reason: 'no heartbeat written yet' });
    expect(heartbeatVerdict('{"at": 12', 10, now).healthy).toBe(false);
    expect(heartbeatVerdict('{"pid": 1}', 10, now).healthy).toBe(false);
  });
});
