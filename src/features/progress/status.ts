// Whether progress is being saved, kept apart from the persisted store so it is never written.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProgressStatus, ProgressStatusMode } from './types';

/** Collects what the storage adapter observed and derives the one mode the UI should show. */
export class StatusReporter {
  readonly store: StoreApi<ProgressStatus> = createStore<ProgressStatus>()(() => ({
    mode: 'ok',
    backups: [],
  }));

  private newer = false;
  private unavailable = false;
  private notSaving = false;
  private recovered = false;
  private lastError: string | undefined;
  private backups: readonly string[] = [];

  readOnlyNewer(version: number): void {
    this.newer = true;
    this.lastError = `saved by a newer version of the app (format ${version})`;
    this.publish();
  }

  storageUnavailable(error: unknown): void {
    this.unavailable = true;
    this.lastError = describeError(error);
    this.publish();
  }

  writeFailed(error: unknown): void {
    this.unavailable = false;
    this.notSaving = true;
    this.lastError = describeError(error);
    this.publish();
  }

  writeSucceeded(): void {
    if (!this.unavailable && !this.notSaving) return;
    this.unavailable = false;
    this.notSaving = false;
    this.publish();
  }

  /** Sticky for the session: the learner should hear about it even after the data is rewritten. */
  recoveredData(summary: string | undefined): void {
    this.recovered = true;
    if (summary !== undefined) this.lastError = `recovered damaged saved progress: ${summary}`;
    this.publish();
  }

  setBackups(keys: readonly string[]): void {
    if (keys.length === this.backups.length && keys.every((key, i) => key === this.backups[i]))
      return;
    this.backups = keys;
    this.publish();
  }

  private mode(): ProgressStatusMode {
    // Most urgent first: what would lose data soonest, or what the learner must act on.
    if (this.newer) return 'read-only-newer';
    if (this.unavailable) return 'unavailable';
    if (this.notSaving) return 'not-saving';
    if (this.recovered) return 'recovered';
    return 'ok';
  }

  private publish(): void {
    this.store.setState(
      {
        mode: this.mode(),
        backups: this.backups,
        ...(this.lastError === undefined ? {} : { lastError: this.lastError }),
      },
      true,
    );
  }
}

/** DOMExceptions are not Errors in every runtime, but all carry a name and a message. */
export function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && 'message' in error) {
    return `${String(error.name)}: ${String(error.message)}`;
  }
  return String(error);
}
