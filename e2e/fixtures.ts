// Shared test fixtures: every page fails its test on a console error (React's hydration errors
// included), an uncaught exception or a Content-Security-Policy violation.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const LANGS = ['en', 'es'] as const;

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ consoleErrors: string[]; cspViolations: undefined }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // A static host answers an unknown URL with 404.html and status 404; Chromium logs that
      // status for the page itself, which is expected. A 404 for anything else still fails.
      const pages404 = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest())
          pages404.add(response.url());
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (msg.text().startsWith('Failed to load resource') && pages404.has(msg.location().url))
          return;
        errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      // Recorded in the page (the event does not reach Playwright otherwise) and read at the end.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations?.push(`${e.violatedDirective}: ${e.blockedURI}`);
        });
      });
      await use(undefined);
      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
