// Export to a file and import from one: a broken or foreign file is refused whole and changes nothing.
import * as v from 'valibot';
import { decodeAs, encodeState } from './codec';
import { asRecord, reportUnknownKeys } from './salvage';
import { describeError } from './status';
import { CURRENT_VERSION, type ProgressData } from './types';

/** Marks a file as ours, so an unrelated JSON file is told apart from a damaged one. */
export const EXPORT_FORMAT = 'cirrus-progress';

export interface ImportedProgress {
  ok: true;
  state: ProgressData;
  /** The format version the file was written in (older ones are migrated). */
  version: number;
  exportedAt?: number;
}

export type ImportError = 'not-json' | 'not-cirrus' | 'newer-version' | 'invalid';

export type ImportResult = ImportedProgress | { ok: false; error: ImportError; details: string };

export function exportProgress(data: ProgressData, exportedAt: number): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: CURRENT_VERSION,
    exportedAt,
    state: encodeState(data),
  });
}

const VersionSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const ExportedAtSchema = v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0)));

/**
 * Accepts an export, or a backup of saved data (same `{ version, state }` the app stores),
 * so a backup offered for download after a recovery can be brought back in. Unlike loading
 * saved data, nothing is salvaged: a file with any bad part is refused.
 */
export function parseImport(text: string, now: number = Date.now()): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'not-json', details: describeError(error) };
  }
  const record = asRecord(parsed);
  const isExport = record?.format === EXPORT_FORMAT;
  const isSnapshot =
    record !== undefined && !('format' in record) && 'version' in record && 'state' in record;
  if (record === undefined || !(isExport || isSnapshot)) {
    return { ok: false, error: 'not-cirrus', details: 'not a Cirrus progress file' };
  }
  const version = v.safeParse(VersionSchema, record.version);
  if (!version.success)
    return { ok: false, error: 'invalid', details: 'version: not a whole number' };
  if (version.output > CURRENT_VERSION) {
    return {
      ok: false,
      error: 'newer-version',
      details: `format ${version.output}, this app reads up to ${CURRENT_VERSION}`,
    };
  }
  const exportedAt = v.safeParse(ExportedAtSchema, record.exportedAt);
  const decoded = decodeAs(record.state, version.output, now);
  if (decoded === undefined)
    return { ok: false, error: 'invalid', details: `unknown format ${version.output}` };
  const { ctx } = decoded;
  reportUnknownKeys(
    record,
    isExport ? ['format', 'version', 'exportedAt', 'state'] : ['version', 'state'],
    'file',
    ctx,
  );
  if (!exportedAt.success) ctx.issue('file.exportedAt: invalid');
  const problems = ctx.summary();
  if (problems !== undefined || !exportedAt.success) {
    return { ok: false, error: 'invalid', details: problems ?? 'invalid' };
  }
  return {
    ok: true,
    state: decoded.data,
    version: version.output,
    ...(exportedAt.output === undefined ? {} : { exportedAt: exportedAt.output }),
  };
}
