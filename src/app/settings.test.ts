import { migrateSettings } from './settings';

describe('migrateSettings', () => {
  it('upgrades version 0 settings', () => {
    expect(migrateSettings({ lang: 'es', dark: true }, 0)).toEqual({
      language: 'es',
      theme: 'dark',
    });
    expect(migrateSettings({ lang: 'en', dark: false }, 0)).toEqual({
      language: 'en',
      theme: 'light',
    });
  });
  it('keeps valid fields and resets only the broken ones', () => {
    expect(migrateSettings({ language: 'fr', theme: 'dark' }, 1)).toEqual({
      language: null,
      theme: 'dark',
    });
    expect(migrateSettings({ language: 'es', theme: 42 }, 1)).toEqual({
      language: 'es',
      theme: 'system',
    });
  });
  it('survives garbage', () => {
    expect(migrateSettings('nonsense', 1)).toEqual({ language: null, theme: 'system' });
    expect(migrateSettings(null, 1)).toEqual({ language: null, theme: 'system' });
  });
});
