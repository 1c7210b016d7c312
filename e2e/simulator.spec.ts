// The compute simulator as a learner uses it: predict, run the spike, watch capacity and cost; and the lesson embed.
import { expect, expectNoAxeViolations, LANGS, test } from './fixtures';
import { SimulatorPanel, leadingInt } from './pages/simulator';

for (const lang of LANGS) {
  test.describe(`simulator (${lang})`, () => {
    // A run plays several seconds of real time, and the machine may be busy: allow more than the default.
    test.describe.configure({ timeout: 90_000 });
    test('the spike preset grows capacity and moves the cost meter', async ({ page }) => {
      const sim = new SimulatorPanel(page, lang);
      await page.goto(`/${lang}`);
      await page.getByRole('link', { name: sim.text.homeLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: sim.text.title })).toBeVisible();

      await sim.choosePreset('sudden-spike');
      await expect(page).toHaveURL(/preset=sudden-spike/);
      await page
        .getByRole('group', { name: sim.text.cheapest })
        .getByRole('radio', { name: sim.text.lambda })
        .check();

      const ec2Capacity = sim.figure(sim.text.capacity, 0);
      const ec2Cost = sim.figure(sim.text.cost, 0);
      const lambdaCapacity = sim.figure(sim.text.capacity, 1);
      const startInstances = leadingInt((await ec2Capacity.textContent()) ?? '');
      const startCost = (await ec2Cost.textContent()) ?? '';
      expect(startInstances).toBeGreaterThan(0);

      await sim.setSpeed(600);
      await sim.play();
      // EC2 Auto Scaling adds instances minutes after the spike; at 600x that is seconds.
      await expect
        .poll(async () => leadingInt((await ec2Capacity.textContent()) ?? ''), { timeout: 20_000 })
        .toBeGreaterThan(startInstances);
      await expect(ec2Cost).not.toHaveText(startCost);
      await expect(ec2Cost).toHaveText(/[1-9]/);
      await expect
        .poll(async () => leadingInt((await lambdaCapacity.textContent()) ?? ''))
        .toBeGreaterThan(0);

      await sim.waitForEnd();
      await expect(page.getByText(sim.text.results)).toBeVisible();
      // The guess is shown beside the answer.
      await expect(page.getByRole('listitem').filter({ hasText: sim.text.cheapest })).toContainText(
        sim.text.lambda,
      );
      await expectNoAxeViolations(page);
    });

    test('a shared link restores the scenario; bad values fall back', async ({ page }) => {
      const sim = new SimulatorPanel(page, lang);
      await page.goto(`/${lang}/simulator?preset=idle-night&mem=banana&launch=fargate`);
      await expect(page.getByRole('combobox', { name: sim.text.preset })).toHaveValue('idle-night');
      await expect(page.getByRole('heading', { level: 1, name: sim.text.title })).toBeVisible();
    });

    test('the lesson embed runs inside the serverless computing lesson', async ({ page }) => {
      await page.goto(`/${lang}/lessons/serverless-computing#choosing-a-compute-model`);
      const region = page.getByRole('region', { name: new SimulatorPanel(page, lang).text.embed });
      const sim = new SimulatorPanel(page, lang, region);
      await expect(region).toBeVisible();
      await expect(region.getByRole('combobox', { name: sim.text.preset })).toHaveValue(
        'image-uploads',
      );
      const lambdaCost = sim.figure(sim.text.cost, 1);
      const ec2Cost = sim.figure(sim.text.cost, 0);
      const before = (await ec2Cost.textContent()) ?? '';
      await sim.setSpeed(600);
      await sim.play();
      await sim.waitForEnd();
      await expect(ec2Cost).not.toHaveText(before);
      await expect(lambdaCost).toBeVisible();
      await expect(region.getByText(sim.text.clock)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
