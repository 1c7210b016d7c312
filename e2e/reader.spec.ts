// The reader as a learner uses it: course map → lesson, language switch, 404, accessibility.
import { expect, expectNoAxeViolations, LANGS, test } from './fixtures';
import { ReaderPage, TEXT } from './pages/reader';

for (const lang of LANGS) {
  test.describe(`reader (${lang})`, () => {
    test('course map lists all 19 task statements and leads to the first lesson', async ({
      page,
    }) => {
      const reader = new ReaderPage(page, lang);
      await reader.openHome();
      await expect(reader.heading(reader.text.home)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(19);
      await expect(page).toHaveTitle(new RegExp(reader.text.home));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.getByRole('link', { name: reader.text.lesson, exact: true }).click();
      await expect(reader.heading(reader.text.lesson)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/serverless-computing$`));
      await expect(reader.toc()).toBeVisible();
      // Four translated diagrams, each with an accessible name.
      await expect(page.getByRole('img')).toHaveCount(4);
    });

    test('switching language keeps the page and the section', async ({ page }) => {
      const reader = new ReaderPage(page, lang);
      const other = lang === 'en' ? 'es' : 'en';
      await reader.openLesson('serverless-computing', 'how-lambda-works');
      await expect(page.locator('#how-lambda-works')).toBeInViewport();
      await reader.languageSwitch().click();
      await expect(page).toHaveURL(
        new RegExp(`/${other}/lessons/serverless-computing#how-lambda-works$`),
      );
      await expect(page.getByRole('heading', { level: 1, name: TEXT[other].lesson })).toBeVisible();
      await expect(page.locator('#how-lambda-works')).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
    });

    test('the section being read is highlighted and survives a language switch', async ({
      page,
    }) => {
      const reader = new ReaderPage(page, lang);
      const other = lang === 'en' ? 'es' : 'en';
      await reader.openLesson('serverless-computing');
      await page.locator('#amazon-ecs').scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        const top = document.getElementById('amazon-ecs')?.getBoundingClientRect().top ?? 0;
        window.scrollBy(0, top - 100);
      });
      await expect(reader.toc().locator('a[aria-current="location"]')).toHaveAttribute(
        'href',
        '#amazon-ecs',
      );
      await reader.languageSwitch().click();
      await expect(page).toHaveURL(
        new RegExp(`/${other}/lessons/serverless-computing#amazon-ecs$`),
      );
      await expect(page.locator('#amazon-ecs')).toBeInViewport();
    });

    test('mark as read shows on the course map and survives a reload', async ({ page }) => {
      const reader = new ReaderPage(page, lang);
      await reader.openLesson('compute-services');
      await page.getByRole('button', { name: reader.text.markRead }).first().click();
      await expect(page.getByRole('button', { name: reader.text.read }).first()).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await page.reload();
      await expect(page.getByRole('button', { name: reader.text.read }).first()).toBeVisible();
      await reader.openHome();
      await expect(
        page.getByText(lang === 'en' ? /^1 of \d+ lessons read$/ : /^1 de \d+ lecciones leídas$/),
      ).toBeVisible();
    });

    test('unknown lessons and paths show a 404 page with a way home', async ({ page }) => {
      const reader = new ReaderPage(page, lang);
      for (const path of [`/${lang}/lessons/no-such-lesson`, `/${lang}/nowhere/at/all`]) {
        await page.goto(path);
        await expect(reader.heading(reader.text.notFound)).toBeVisible();
      }
      await page
        .getByRole('link', { name: lang === 'en' ? 'Go to the course' : 'Ir al curso' })
        .click();
      await expect(reader.heading(reader.text.home)).toBeVisible();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`no accessibility violations on home and lesson (${theme})`, async ({ page }) => {
        // Two full axe scans of long pages: 20-21 s on a busy 2-core CI machine.
        test.slow();
        const reader = new ReaderPage(page, lang);
        await reader.openHome();
        await reader.setTheme(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
        await reader.openLesson('serverless-computing');
        await expect(reader.heading(reader.text.lesson)).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('an unknown language gets an English 404', async ({ page }) => {
  await page.goto('/fr/lessons/serverless-computing');
  await expect(page.getByRole('heading', { level: 1, name: TEXT.en.notFound })).toBeVisible();
});

test('the root redirects to the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/es$/);
  await context.close();
});

test('the root redirects to the saved language over the browser one', async ({ page }) => {
  await page.goto('/es');
  await page.getByRole('link', { name: TEXT.es.switchTo }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test('the lesson is usable at 360 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/es/lessons/serverless-computing');
  await expect(page.getByRole('heading', { level: 1, name: TEXT.es.lesson })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: TEXT.es.switchTo })).toBeVisible();
});
