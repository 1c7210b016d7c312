// A value that follows its input at most once per interval (screen-reader announcements must not flood).
import { useEffect, useRef, useState } from 'react';

/** `value`, updated at most every `ms`; `immediate` lets an important change (a run ending) through at once. */
export function useThrottled<T>(value: T, ms: number, immediate = false): T {
  const [shown, setShown] = useState(value);
  const lastRef = useRef(0);
  useEffect(() => {
    const wait = immediate ? 0 : Math.max(0, lastRef.current + ms - Date.now());
    const timer = setTimeout(() => {
      lastRef.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms, immediate]);
  return shown;
}
