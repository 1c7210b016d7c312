// Learner settings (language, theme), persisted in localStorage with a versioned schema.
import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LANGS, type Lang } from '../shared/content/types';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  language: Lang | null;
  theme: Theme;
}

interface SettingsActions {
  setLanguage: (language: Lang) => void;
  setTheme: (theme: Theme) => void;
}

export const SETTINGS_KEY = 'cirrus:settings';
export const SETTINGS_VERSION = 1;
const DEFAULTS: Settings = { language: null, theme: 'system' };

const SettingsSchema = v.object({
  language: v.fallback(v.nullable(v.picklist(LANGS)), null),
  theme: v.fallback(v.picklist(THEMES), 'system'),
});

/**
 * Brings any stored settings up to the current shape. Version 0 (never shipped publicly)
 * stored `lang` and a boolean `dark`; anything unreadable falls back to defaults field by field.
 */
export function migrateSettings(persisted: unknown, version: number): Settings {
  let input = persisted;
  if (version === 0 && typeof input === 'object' && input !== null) {
    const old = input as { lang?: unknown; dark?: unknown };
    input = {
      language: old.lang,
      theme: old.dark === true ? 'dark' : old.dark === false ? 'light' : 'system',
    };
  }
  return v.parse(SettingsSchema, typeof input === 'object' && input !== null ? input : {});
}

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      // Storage is only read in an effect (see startSettingsPersistence), so rendering stays pure.
      skipHydration: true,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, theme }) => ({ language, theme }),
      migrate: (persisted, version) => migrateSettings(persisted, version),
      merge: (persisted, current) => ({
        ...current,
        ...migrateSettings(persisted, SETTINGS_VERSION),
      }),
    },
  ),
);

export function startSettingsPersistence(): Promise<void> {
  try {
    return Promise.resolve(useSettings.persist.rehydrate()).catch(() => undefined);
  } catch {
    // When the browser blocks storage, zustand leaves out the persist API: settings stay in memory.
    return Promise.resolve();
  }
}
