import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;
const DEFAULT_IDLE_SECONDS = 15 * 60;
const WARNING_SECONDS = 60;

/**
 * The idle limit, 15 minutes unless the browser stores another
 * (`localStorage['registry.idleSeconds']`, used by the browser tests to see it happen).
 */
export function idleLimits(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): { idleMs: number; warningMs: number } {
  const stored = Number(storage?.getItem('registry.idleSeconds'));
  const idle = Number.isFinite(stored) && stored > 0 ? stored : DEFAULT_IDLE_SECONDS;
  return { idleMs: idle * 1000, warningMs: Math.min(WARNING_SECONDS, idle / 2) * 1000 };
}

/**
 * Warns `warningMs` before `idleMs` without input, then calls onIdle. While warning,
 * ordinary activity does not cancel it: the user confirms with `stay()`, so a
 * moving mouse alone cannot keep an unattended session open.
 */
export function useIdleTimeout(enabled: boolean, onIdle: () => void, limits = idleLimits()) {
  const [warningUntil, setWarningUntil] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  const warning = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    lastActivity.current = Date.now();
    const mark = () => {
      if (!warning.current) lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, mark, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const idleFor = Date.now() - lastActivity.current;
      if (idleFor >= limits.idleMs) {
        warning.current = false;
        setWarningUntil(null);
        onIdleRef.current();
      } else if (idleFor >= limits.idleMs - limits.warningMs && !warning.current) {
        warning.current = true;
        setWarningUntil(lastActivity.current + limits.idleMs);
      }
    }, 1000);
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, mark, { capture: true });
      window.clearInterval(timer);
      warning.current = false;
      setWarningUntil(null);
    };
  }, [enabled, limits.idleMs, limits.warningMs]);

  const stay = () => {
    warning.current = false;
    lastActivity.current = Date.now();
    setWarningUntil(null);
  };
  return { warningUntil, stay };
}
