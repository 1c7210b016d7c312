// Shared by the YAML checkers: id and lesson-reference formats, and where a YAML path starts.
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `<lesson-id>#<heading-id>` */
export const LESSON_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([^#\s]+)$/;

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** Finds the YAML node at `path` (or the deepest existing ancestor) and returns where it starts. */
export function locator(doc: Document, lineCounter: LineCounter) {
  return (path: Path, pointAtKey = false): Position => {
    let node: unknown = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [i, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
        if (!pair) break;
        if (pointAtKey && i === path.length - 1) {
          offset = rangeStart(pair.key) ?? offset;
          break;
        }
        node = pair.value;
        offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) break;
        offset = rangeStart(node) ?? offset;
      } else break;
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node) || !Array.isArray(node.range))
    return undefined;
  const start: unknown = node.range[0];
  return typeof start === 'number' ? start : undefined;
}
