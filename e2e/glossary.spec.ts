// The glossary: reachable from a lesson's terms, filterable (accents ignored), linked back to lessons.
import { expect, expectNoAxeViolations, test } from './fixtures';

const TEXT = {
  en: {
    glossary: 'Glossary',
    filter: 'Filter terms',
    terms: 'Terms in this lesson',
    term: 'Availability Zone',
    other: 'zona de disponibilidad',
    read: 'Read the lesson',
    lesson: 'The AWS global infrastructure',
  },
  es: {
    glossary: 'Glosario',
    filter: 'Filtrar términos',
    terms: 'Términos de esta lección',
    term: 'zona de disponibilidad',
    other: 'Availability Zone',
    read: 'Leer la lección',
    lesson: 'La infraestructura global de AWS',
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  const text = TEXT[lang];
  test.describe(`glossary (${lang})`, () => {
    test('a lesson links its terms to the glossary, and the glossary links back', async ({
      page,
    }) => {
      await page.goto(`/${lang}/lessons/global-infrastructure`);
      const terms = page.getByRole('region', { name: text.terms });
      await terms.getByRole('link', { name: text.term, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/glossary#availability-zone$`));
      const entry = page.getByRole('definition').filter({ hasText: text.other }).first();
      await expect(entry).toBeVisible();
      await entry.getByRole('link', { name: text.read }).click();
      await expect(page).toHaveURL(
        new RegExp(`/${lang}/lessons/global-infrastructure#availability-zones$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.lesson);
    });

    test('the filter matches either language, ignoring accents and case', async ({ page }) => {
      await page.goto(`/${lang}/glossary`);
      await expect(page.getByRole('heading', { level: 1, name: text.glossary })).toBeVisible();
      const filter = page.getByRole('searchbox', { name: text.filter });
      const all = await page.getByRole('term').count();
      expect(all).toBeGreaterThan(100);
      await filter.fill('ZONA DE DISPONIBILIDAD');
      await expect(page.getByRole('term').filter({ hasText: text.term })).toBeVisible();
      expect(await page.getByRole('term').count()).toBeLessThan(all);
      await filter.fill('no-such-term-xyz');
      await expect(page.getByRole('term')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
}
