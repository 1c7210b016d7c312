// React DOM creates five Error objects when it loads: sentinels it throws and catches itself (a
// component suspended, a hydration mismatch), compared by identity and never shown. When developer
// tools are attached to the page, as Lighthouse is, V8 records a detailed stack trace for every new
// Error, and finding its line numbers means parsing React DOM's whole source a second time: 100-200
// ms on the main thread at Lighthouse's 4x CPU slowdown, the longest task of every page's start.
// Learners' browsers (no developer tools) never pay it, but the audit does and it hides what is
// left. The build creates these five as stackless errors instead: same prototype, same message, no
// stack captured. Anything else in React DOM is left alone.
import type { Plugin } from 'vite';

const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

/** `SomethingException = Error(formatProdErrorMessage(460))`, as React DOM 19 declares them. */
const SENTINEL = /\b(\w+Exception) = Error\(formatProdErrorMessage\((\d+)\)\)/g;

export interface SentinelRewrite {
  code: string;
  names: string[];
}

export function rewriteSentinels(code: string): SentinelRewrite {
  const names: string[] = [];
  const rewritten = code.replace(SENTINEL, (_match, name: string, errorCode: string) => {
    names.push(name);
    return (
      `${name} = Object.create(Error.prototype, { message: { value: ` +
      `formatProdErrorMessage(${errorCode}), writable: true, configurable: true } })`
    );
  });
  return { code: rewritten, names };
}

export function reactDomSentinels(): Plugin {
  return {
    name: 'cirrus-react-dom-sentinels',
    apply: 'build',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      const { code: rewritten, names } = rewriteSentinels(code);
      // A React DOM that declares them differently must be looked at, not silently left slow.
      if (names.length === 0)
        this.error(
          'react-dom-client.production.js has no `…Exception = Error(formatProdErrorMessage(n))` ' +
            'left: see tools/build/react-dom-sentinels.ts (remove the plugin if React DOM no ' +
            'longer creates errors when it loads).',
        );
      return { code: rewritten, map: null };
    },
  };
}
