// zustand PersistStorage over localStorage that never overwrites data it could not read whole.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { decodeStored, encodeStored, sameProgress, type StoredOutcome } from './codec';
import { compareGeneration, mergeProgress } from './merge';
import { describeError, type StatusReporter } from './status';
import {
  BACKUP_PREFIX,
  CURRENT_VERSION,
  type Backup,
  type ProgressData,
  type StorageLike,
} from './types';

/** Enough to undo a bad recovery or a regretted reset, small enough not to fill the quota. */
export const MAX_BACKUPS = 3;

const MEMORY_BACKUP_PREFIX = 'memory:';

export interface ProgressStorageOptions {
  key: string;
  /** Called on every access, so storage that was blocked can come back on the next change. */
  getStorage: () => StorageLike | null | undefined;
  now: () => number;
  status: StatusReporter;
}

export interface ProgressStorage extends PersistStorage<ProgressData> {
  /** Until enabled nothing is read or written: the store runs in memory (pre-rendering, tests). */
  setEnabled(enabled: boolean): void;
  /** Read-merge-write: another tab's saved progress is merged in before ours is written. */
  flush(data: ProgressData): void;
  /** The saved progress if another tab changed it since we last read or wrote it. */
  readChanged(): ProgressData | undefined;
  /** True for states that came out of our decoder (zustand hands them back as `unknown`). */
  isDecoded(value: unknown): value is ProgressData;
  markDecoded(data: ProgressData): ProgressData;
  getBackups(): Backup[];
  /** Called when a write merged in progress that this tab did not have yet. */
  onMerged: (data: ProgressData) => void;
}

export function createProgressStorage(options: ProgressStorageOptions): ProgressStorage {
  const { key, now, status } = options;
  const decoded = new WeakSet<object>();
  const memoryBackups: Backup[] = [];
  let enabled = false;
  let readOnly = false;
  /** The text we last wrote or read cleanly, and what it decodes to: skips re-decoding our own writes. */
  let known: { text: string; data: ProgressData } | undefined;

  function acquire(): StorageLike | undefined {
    try {
      const storage = options.getStorage();
      if (storage) return storage;
      status.storageUnavailable('no storage in this environment');
    } catch (error) {
      status.storageUnavailable(error);
    }
    return undefined;
  }

  function readRaw(storage: StorageLike): { raw: string | null } | undefined {
    try {
      return { raw: storage.getItem(key) };
    } catch (error) {
      status.storageUnavailable(error);
      return undefined;
    }
  }

  function brand(data: ProgressData): ProgressData {
    decoded.add(data);
    return data;
  }

  /**
   * Decodes text we did not write. Anything that would not come back byte for byte is copied
   * to a backup before it may be overwritten; if no backup can be made, it is read but kept.
   */
  function decodeForeign(storage: StorageLike, raw: string): Stored | undefined {
    let outcome: StoredOutcome;
    try {
      outcome = decodeStored(raw, now());
    } catch (error) {
      // A decoder bug must not cost data: keep the text as it is and work in memory.
      backUp(storage, raw);
      status.recoveredData(`could not read saved progress (${describeError(error)})`);
      return { storage, raw, foreign: true, writable: false };
    }
    if (outcome.kind === 'newer') {
      readOnly = true;
      status.readOnlyNewer(outcome.version);
      return undefined;
    }
    if (outcome.ctx.issueCount > 0) status.recoveredData(outcome.ctx.summary());
    if (outcome.canonical) known = { text: raw, data: outcome.data };
    const writable = outcome.canonical || backUp(storage, raw);
    return { storage, raw, data: brand(outcome.data), foreign: true, writable };
  }

  function listBackupKeys(storage: StorageLike): string[] {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name?.startsWith(BACKUP_PREFIX)) keys.push(name);
    }
    return keys.sort((a, b) => backupTime(a) - backupTime(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  function publishBackups(storage: StorageLike | undefined): void {
    let stored: string[] = [];
    try {
      if (storage) stored = listBackupKeys(storage);
    } catch {
      // Listing is only for the banner; the backups themselves are unaffected.
    }
    status.setBackups([...stored, ...memoryBackups.map((backup) => backup.key)]);
  }

  /** True once `raw` is safe in a stored backup; if storage refuses, it is kept in memory instead. */
  function backUp(storage: StorageLike, raw: string): boolean {
    try {
      const existing = listBackupKeys(storage);
      if (existing.some((name) => storage.getItem(name) === raw)) return true;
      let name = `${BACKUP_PREFIX}${now()}`;
      for (let n = 1; existing.includes(name); n++) name = `${BACKUP_PREFIX}${now()}-${n}`;
      storage.setItem(name, raw);
      for (const old of [...existing, name].slice(0, -MAX_BACKUPS)) storage.removeItem(old);
      publishBackups(storage);
      return true;
    } catch (error) {
      if (!memoryBackups.some((backup) => backup.text === raw)) {
        memoryBackups.push({ key: `${MEMORY_BACKUP_PREFIX}${now()}`, text: raw, stored: false });
      }
      status.writeFailed(error);
      publishBackups(storage);
      return false;
    }
  }

  function readStored(): Stored | undefined {
    if (!enabled || readOnly) return undefined;
    const storage = acquire();
    const read = storage && readRaw(storage);
    if (storage === undefined || read === undefined) return undefined;
    const { raw } = read;
    if (raw === null) return { storage, raw, foreign: false, writable: true };
    if (known?.text === raw)
      return { storage, raw, data: known.data, foreign: false, writable: true };
    return decodeForeign(storage, raw);
  }

  const adapter: ProgressStorage = {
    onMerged: () => undefined,

    setEnabled(value) {
      enabled = value;
      if (value) publishBackups(acquire());
    },

    markDecoded: brand,

    isDecoded(value): value is ProgressData {
      return typeof value === 'object' && value !== null && decoded.has(value);
    },

    getItem(): StorageValue<ProgressData> | null {
      const stored = readStored();
      return stored?.data === undefined ? null : { state: stored.data, version: CURRENT_VERSION };
    },

    readChanged() {
      const previous = known?.text;
      const stored = readStored();
      return stored?.data !== undefined && stored.raw !== previous ? stored.data : undefined;
    },

    setItem(_name, value) {
      adapter.flush(value.state);
    },

    // Progress is only ever replaced through a merge or a new generation, never removed.
    removeItem() {},

    flush(data) {
      const stored = readStored();
      if (stored === undefined || !stored.writable) return;
      const { storage, raw, data: base } = stored;
      // A reset or replace-import starts a newer generation: keep what it supersedes.
      const newGeneration =
        base !== undefined && compareGeneration(data.generation, base.generation) > 0;
      if (raw !== null && newGeneration && !backUp(storage, raw)) return;
      const merged = base ? mergeProgress(base, data) : data;
      const text = encodeStored(merged);
      if (text !== raw) {
        try {
          storage.setItem(key, text);
        } catch (error) {
          status.writeFailed(error);
          return;
        }
      }
      known = { text, data: merged };
      status.writeSucceeded();
      // Only someone else's write, or what a new generation carries over, can add to our state.
      if ((stored.foreign || newGeneration) && !sameProgress(merged, data))
        adapter.onMerged(merged);
    },

    getBackups() {
      const storage = acquire();
      const stored: Backup[] = [];
      try {
        for (const name of storage ? listBackupKeys(storage) : []) {
          const text = storage?.getItem(name);
          if (typeof text === 'string') stored.push({ key: name, text, stored: true });
        }
      } catch (error) {
        status.storageUnavailable(describeError(error));
      }
      return [...stored, ...memoryBackups];
    },
  };
  return adapter;
}

interface Stored {
  storage: StorageLike;
  raw: string | null;
  /** Absent when nothing is saved yet. */
  data?: ProgressData;
  /** Written by someone else (another tab, an older app) since we last looked. */
  foreign: boolean;
  /** False when the text could not be backed up and so must not be overwritten. */
  writable: boolean;
}

function backupTime(name: string): number {
  const time = Number.parseInt(name.slice(BACKUP_PREFIX.length), 10);
  return Number.isNaN(time) ? 0 : time;
}
