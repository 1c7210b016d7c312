// Asks the browser not to evict our storage under pressure (best effort, never required).

export type PersistResult = 'granted' | 'denied' | 'unsupported';

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function requestPersistentStorage(
  getManager: () => StorageManagerLike | undefined = browserStorageManager,
): Promise<PersistResult> {
  try {
    const manager = getManager();
    if (typeof manager?.persist !== 'function') return 'unsupported';
    // Already granted: asking again may show a prompt for nothing in some browsers.
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'granted';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
