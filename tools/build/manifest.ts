// Vite's build manifest (dist/.vite/manifest.json): which file each chunk is and what it imports.
// Read by the size budgets and by the pre-renderer.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The app itself, which the entry imports once the page can start it (src/app/main.tsx). */
export const APP_CHUNK = 'src/app/start.tsx';

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files chunk `key` needs before it runs: its own and its static imports, transitively. */
export function chunkFiles(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) chunkFiles(manifest, dep, into);
  return into;
}
