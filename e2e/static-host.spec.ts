// Pre-rendered pages and deep links, on a plain static server with no rewrites (tools/build/serve.ts):
// lesson text is in the HTML before any JavaScript runs, React hydrates it without replacing it,
// and reloading any route works.
import { expect, LANGS, test } from './fixtures';
import { TEXT } from './pages/reader';

const LESSON = 'serverless-computing';
const SECTION = 'how-lambda-works';
const DESCRIPTION = {
  en: /^How AWS Lambda, containers/,
  es: /^En qué se diferencian AWS Lambda/,
} as const;

const FRAME = {
  en: { exam: 'Mock exam', examIntro: /^65 questions, 90 minutes/ },
  es: { exam: 'Examen de prueba', examIntro: /^65 preguntas en 90 minutos/ },
} as const;

declare global {
  interface Window {
    __serverHeading?: Element | null;
  }
}

for (const lang of LANGS) {
  const text = TEXT[lang];

  test.describe(`pre-rendered pages (${lang}), JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });

    test('a lesson is readable before any script runs, with its language, title and description', async ({
      page,
    }) => {
      const response = await page.goto(`/${lang}/lessons/${LESSON}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: text.lesson })).toBeVisible();
      await expect(page.locator(`#${SECTION}`)).toBeVisible();
      expect(await page.locator('.prose p').count()).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect(page).toHaveTitle(`${text.lesson} · Cirrus`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        DESCRIPTION[lang],
      );
      // Diagrams are inline SVG with translated labels, so they are in the HTML too.
      await expect(page.getByRole('img')).toHaveCount(4);
    });

    test('a browser-only page shows its heading and intro and says it needs JavaScript', async ({
      page,
    }) => {
      await page.goto(`/${lang}/exam`);
      await expect(page.getByRole('heading', { level: 1, name: FRAME[lang].exam })).toBeVisible();
      await expect(page.getByText(FRAME[lang].examIntro)).toBeVisible();
      await expect(page.locator(`.noscript[lang="${lang}"]`)).toBeVisible();
      await expect(page.locator(`.noscript[lang="${lang}"]`)).toContainText('JavaScript');
    });

    test('home lists the course and links to pre-rendered lessons', async ({ page }) => {
      await page.goto(`/${lang}`);
      await expect(page.getByRole('heading', { level: 1, name: text.home })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3 })).toHaveCount(19);
      // Plain links work without JavaScript: each one is a static page.
      await page.getByRole('link', { name: text.lesson, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: text.lesson })).toBeVisible();
    });
  });

  test.describe(`pre-rendered pages (${lang}), hydrated`, () => {
    test('React adopts the server HTML instead of replacing it, with #section and query', async ({
      page,
    }) => {
      // Keep a handle on the server-rendered heading before the app's scripts run.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive')
            window.__serverHeading = document.querySelector('h1');
        });
      });
      await page.goto(`/${lang}/lessons/${LESSON}?from=share#${SECTION}`);
      const markRead = page.getByRole('button', { name: text.markRead }).first();
      await markRead.click();
      await expect(page.getByRole('button', { name: text.read }).first()).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(
        await page.evaluate(() => window.__serverHeading === document.querySelector('h1')),
      ).toBe(true);
      // The live simulator fills its slot in the browser only, once the reader gets near it.
      const embed = page.locator('[data-embed="simulator"]').first();
      await expect(embed.locator('canvas')).toHaveCount(0);
      await embed.scrollIntoViewIfNeeded();
      await expect(embed.locator('canvas').first()).toBeVisible();
      // After hydration the language switch carries the section being read.
      const other = lang === 'en' ? 'es' : 'en';
      await expect(page.locator('.lang-switch')).toHaveAttribute(
        'href',
        new RegExp(`^/${other}/lessons/${LESSON}\\?from=share#`),
      );
    });

    test('a reader who scrolls before the app has started stays where they are', async ({
      page,
    }) => {
      // Hold the app's code back until the reader has scrolled the pre-rendered lesson.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/assets/start-*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/${lang}/lessons/${LESSON}`);
      const markRead = page.getByRole('button', { name: text.markRead }).first();
      await expect(markRead).toBeDisabled();
      await page.evaluate(() => window.scrollTo(0, 1500));
      release();
      await expect(markRead).toBeEnabled();
      expect(await page.evaluate(() => window.scrollY)).toBe(1500);
      // A later navigation still starts the new page at the top.
      await page.getByRole('link', { name: 'Cirrus', exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    });

    test('head names the page in both languages with absolute hreflang links', async ({
      page,
      baseURL,
    }) => {
      await page.goto(`/${lang}/glossary`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const [hreflang, target] of [
        ['en', 'en'],
        ['es', 'es'],
        ['x-default', 'en'],
      ])
        await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
          'href',
          `${baseURL}/${target}/glossary`,
        );
    });
  });

  test.describe(`deep links on a static host (${lang})`, () => {
    // What the host itself answers; the service worker would serve these from its cache.
    test.use({ serviceWorkers: 'block' });
    const routes: [string, RegExp | string, number][] = [
      [`/${lang}`, text.home, 200],
      [`/${lang}/lessons/${LESSON}/`, text.lesson, 200],
      [`/${lang}/glossary`, lang === 'en' ? 'Glossary' : 'Glosario', 200],
      [`/${lang}/practice?task=3.3`, lang === 'en' ? 'Practice' : 'Práctica', 200],
      [`/${lang}/exam`, lang === 'en' ? 'Mock exam' : 'Examen de prueba', 200],
      [`/${lang}/review`, lang === 'en' ? /Review/ : /Repaso/, 200],
      [`/${lang}/progress`, lang === 'en' ? 'Your progress' : 'Tu progreso', 200],
      [`/${lang}/simulator?preset=spike`, lang === 'en' ? /simulator/i : /simulador/i, 200],
      // Not a pre-rendered page: the host answers with 404.html, which runs the app.
      [`/${lang}/exam/no-such-exam`, lang === 'en' ? 'Mock exam result' : /Resultado/, 404],
    ];
    test('reloading any route shows that page, never the 404 page', async ({ page }) => {
      // Nine pages, each loaded and reloaded: on a busy 2-core CI machine that took 25-31 s.
      test.slow();
      for (const [url, heading, status] of routes)
        await test.step(url, async () => {
          const response = await page.goto(url);
          expect(response?.status()).toBe(status);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await page.reload();
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await expect(page.getByRole('heading', { level: 1, name: text.notFound })).toHaveCount(0);
        });
    });
  });
}
