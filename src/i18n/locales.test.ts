const files = import.meta.glob<unknown>('./locales/*/*.json', { eager: true, import: 'default' });

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const visit = (v: unknown, p: string) => {
    if (typeof v === 'string')
      out[p] = [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    else if (typeof v === 'object' && v !== null)
      for (const [k, c] of Object.entries(v)) visit(c, p ? `${p}.${k}` : k);
  };
  visit(value, '');
  return out;
}

const namespaces = (lang: string) =>
  Object.keys(files)
    .filter((f) => f.startsWith(`./locales/${lang}/`))
    .map((f) => f.slice(`./locales/${lang}/`.length))
    .sort();

describe('locale files', () => {
  it('exist for the same namespaces in every language', () => {
    expect(namespaces('en').length).toBeGreaterThan(0);
    expect(namespaces('es')).toEqual(namespaces('en'));
  });

  it.each(namespaces('en'))(
    '%s has identical keys and placeholders in en and es',
    (file: string) => {
      const en = files[`./locales/en/${file}`];
      const es = files[`./locales/es/${file}`];
      expect(keys(es).sort()).toEqual(keys(en).sort());
      expect(placeholders(es)).toEqual(placeholders(en));
    },
  );
});
