// Offline: after one visit, the service worker serves the app with the network off.
import { expect, test } from './fixtures';

test('after one visit, lessons in the other language open offline', async ({ page, context }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker precaches everything before it takes control of the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  await context.setOffline(true);

  await page.goto('/es/lessons/serverless-computing#how-lambda-works');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Computación sin servidor' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Cómo funciona Lambda' })).toBeVisible();

  await page.goto('/es/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Glosario' })).toBeVisible();
  await expect(page.getByRole('term').first()).toBeVisible();
});
