// Keyboard shortcuts for a question: 1–9 pick an option, Enter checks or moves on, N goes next.
import { useEffect, useRef } from 'react';

export interface QuizKeyHandlers {
  /** Zero-based option position on screen. */
  pick?: (position: number) => void;
  enter?: () => void;
  next?: () => void;
}

const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'url',
  'tel',
  'file',
]);

/** Typing in a field must never answer a question. */
function isTextEntry(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Enter already activates these natively; handling it again would act twice. */
function activatesOnEnter(el: Element): boolean {
  return el.closest('button, a[href], summary, [role="button"]') !== null;
}

export function useQuizKeys(handlers: QuizKeyHandlers, enabled = true): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target && isTextEntry(target)) return;
      const { pick, enter, next } = latest.current;
      if (pick && /^[1-9]$/.test(event.key)) pick(Number(event.key) - 1);
      else if (enter && event.key === 'Enter' && !(target && activatesOnEnter(target))) enter();
      else if (next && (event.key === 'n' || event.key === 'N')) next();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
