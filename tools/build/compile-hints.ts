// The app's start-up code (src/app/start.tsx and everything it imports: React DOM, the router,
// i18next) runs on every page, so every function in it is about to be called. V8 compiles a
// function the first time it runs, on the main thread, in the middle of hydration. Chromium's
// explicit compile hint (a `//# allFunctionsCalledOnLoad` comment first in the file, Chrome 136+)
// compiles them all up front, on the thread that streams the file in while it downloads. Other
// browsers read a comment. Route chunks, lessons and questions are left to lazy compilation.
import path from 'node:path';
import type { Plugin } from 'vite';
import { APP_CHUNK } from './manifest.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface ChunkLike {
  type: 'chunk';
  facadeModuleId: string | null;
  imports: string[];
}

/** File names of the chunk whose facade is `entryId` and of its static imports, transitively. */
export function startupChunks(
  bundle: Record<string, ChunkLike | { type: 'asset' }>,
  entryId: string,
): string[] {
  const entry = Object.entries(bundle).find(
    ([, c]) => c.type === 'chunk' && c.facadeModuleId === entryId,
  );
  if (!entry) return [];
  const found = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (found.has(file) || chunk?.type !== 'chunk') return;
    found.add(file);
    for (const dep of chunk.imports) visit(dep);
  };
  visit(entry[0]);
  return [...found].sort();
}

export function compileHints(): Plugin {
  let root = '';
  return {
    name: 'cirrus-compile-hints',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const files = startupChunks(bundle, path.resolve(root, APP_CHUNK));
      if (files.length === 0) this.error(`no chunk for ${APP_CHUNK}: compile hints have no target`);
      for (const file of files) {
        const chunk = bundle[file];
        if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT))
          chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
