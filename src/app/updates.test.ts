// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_AFTER_LOAD_MS, registerServiceWorkerWhenSettled } from './updates';

describe('registerServiceWorkerWhenSettled', () => {
  const register = vi.fn(() => new Promise<never>(() => {}));
  let readyState: DocumentReadyState;
  let idle: (() => void)[];

  beforeEach(() => {
    vi.useFakeTimers();
    register.mockClear();
    idle = [];
    readyState = 'complete';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    Object.defineProperty(navigator, 'serviceWorker', { value: { register }, configurable: true });
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  const runIdle = () => {
    for (const callback of idle.splice(0)) callback();
  };

  it('waits after load, then for an idle period, and registers once', () => {
    registerServiceWorkerWhenSettled();
    vi.advanceTimersByTime(REGISTER_AFTER_LOAD_MS - 1);
    runIdle();
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).not.toHaveBeenCalled();
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('/sw.js');
  });

  it('starts counting only when a page that is still loading fires load', () => {
    readyState = 'loading';
    registerServiceWorkerWhenSettled();
    vi.advanceTimersByTime(REGISTER_AFTER_LOAD_MS * 2);
    runIdle();
    expect(register).not.toHaveBeenCalled();
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(REGISTER_AFTER_LOAD_MS);
    runIdle();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers after the delay where there is no idle callback', () => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(window, 'requestIdleCallback');
    registerServiceWorkerWhenSettled();
    vi.advanceTimersByTime(REGISTER_AFTER_LOAD_MS);
    expect(register).toHaveBeenCalledTimes(1);
  });
});
