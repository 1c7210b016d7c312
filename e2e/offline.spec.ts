// Offline: after one visit, the service worker serves the whole app with the network off.
import { expect, test } from './fixtures';
import { QuizPage } from './pages/quiz';
import { SimulatorPanel } from './pages/simulator';

test('after one visit: a lesson in the other language, practice and the simulator work offline', async ({
  page,
  context,
}) => {
  test.slow();
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

  await new QuizPage(page, 'es').answerOnePracticeQuestion();

  const sim = new SimulatorPanel(page, 'es');
  await page.goto('/es/simulator?preset=sudden-spike');
  await expect(page.getByRole('heading', { level: 1, name: sim.text.title })).toBeVisible();
  await expect(page.getByRole('combobox', { name: sim.text.preset })).toHaveValue('sudden-spike');
  const ec2Cost = sim.figure(sim.text.cost, 0);
  const startCost = (await ec2Cost.textContent()) ?? '';
  await sim.setSpeed(600);
  await sim.play();
  await expect(ec2Cost).not.toHaveText(startCost);
});
