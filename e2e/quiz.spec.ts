// Practice, mock exam, review and progress as a learner uses them, plus progress that survives
// damaged, blocked or foreign data.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, LANGS, test } from './fixtures';
import { QuizPage } from './pages/quiz';

const DAY_MS = 24 * 60 * 60 * 1000;
const STORAGE_KEY = 'cirrus:progress';
/** A saved snapshot cut off mid-write: valid JSON up to a point, then nothing. */
const TRUNCATED =
  '{"version":1,"state":{"g":[1731500000000,"gm3a1b2c0-k2j4h1"],"s":["ec2"],"l":{"compute-services":[173160';

for (const lang of LANGS) {
  test.describe(`quiz (${lang})`, () => {
    test('practice: keyboard answers, explanations, lesson link, recorded progress', async ({
      page,
    }) => {
      test.slow();
      const quiz = new QuizPage(page, lang);
      await quiz.openPractice();
      await expectNoAxeViolations(page);
      await expect(quiz.intro()).toBeVisible();
      await quiz.startPractice('5');
      // During a run the question comes first: the page's intro gives way.
      await expect(quiz.intro()).toBeHidden();
      for (let n = 1; n <= 5; n++) {
        await expect(quiz.questionHeading(n, 5)).toBeFocused();
        await quiz.pickWithKeys();
        await page.keyboard.press('Enter');
        await expect(quiz.feedback()).toBeVisible();
        // Every option's explanation is shown, and the right answer is marked.
        await expect(page.getByText(quiz.text.correctAnswerMarker).first()).toBeVisible();
        await expect(page.getByRole('link', { name: quiz.text.lessonLink })).toBeVisible();
        if (n === 1) await expectNoAxeViolations(page);
        await page.keyboard.press('n');
      }
      await expect(quiz.heading(quiz.text.practiceDone, 2)).toBeVisible();
      await expect(page.getByText(quiz.text.practiceScore)).toHaveText(quiz.text.practiceScore);
      await quiz.openProgress();
      await expect(page.getByText(quiz.text.answeredSummary(5))).toBeVisible();
    });

    test('practice: an empty choice says so and cannot start', async ({ page }) => {
      const quiz = new QuizPage(page, lang);
      await quiz.openPractice();
      for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
      await expect(page.getByText(quiz.text.nothingChosen)).toBeVisible();
      await expect(page.getByRole('button', { name: quiz.text.start })).toHaveCount(0);
    });

    test('mock exam: answer, flag, reload with the true time left, submit, breakdown, review', async ({
      page,
    }) => {
      test.slow();
      await page.clock.install();
      const quiz = new QuizPage(page, lang);
      await quiz.openExam();
      await page.getByRole('checkbox', { name: quiz.text.extraTime }).check();
      await quiz.startExam();
      await expect(quiz.timer()).toHaveText(/^1(19|20):\d\d$/);
      const total = await page
        .getByRole('navigation', { name: quiz.text.navigator })
        .getByRole('button')
        .count();

      await quiz.pickWithKeys();
      await page.keyboard.press('n');
      await quiz.pickWithKeys();
      await page.getByRole('button', { name: quiz.text.flag }).click();
      await expect(page.getByRole('button', { name: quiz.text.flag })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(quiz.navButton(1, quiz.text.answered)).toBeVisible();
      await expect(quiz.navButton(2, quiz.text.answeredFlagged)).toBeVisible();
      await expect(quiz.navButton(3, quiz.text.unanswered)).toBeVisible();
      await expectNoAxeViolations(page);

      // Half an hour passes with the tab closed: the clock must show it.
      await page.clock.fastForward('30:00');
      await page.reload();
      await expect(quiz.timer()).toHaveText(/^(89|90):\d\d$/);
      await expect(quiz.navButton(1, quiz.text.answered)).toBeVisible();
      await expect(quiz.navButton(2, quiz.text.answeredFlagged)).toBeVisible();

      await page.getByRole('button', { name: quiz.text.submit }).click();
      const dialog = page.getByRole('alertdialog');
      await expect(dialog.getByText(quiz.text.unansweredWarning)).toBeVisible();
      await dialog.getByRole('button', { name: quiz.text.confirmSubmit, exact: true }).click();

      await expect(quiz.heading(quiz.text.resultTitle)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/${lang}/exam/[^/]+$`));
      await expect(page.getByText(quiz.text.scaledLabel)).toBeVisible();
      await expect(page.getByText(quiz.text.estimateNote)).toBeVisible();
      await expect(quiz.heading(quiz.text.byDomain, 2)).toBeVisible();
      await expect(quiz.heading(quiz.text.byTask, 2)).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(2);
      await expect(page.getByText(quiz.text.questionOf(total, total)).first()).toBeVisible();
      await page.getByText(quiz.text.questionOf(1, total), { exact: false }).first().click();
      await expect(page.getByText(quiz.text.correctAnswerMarker).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('progress survives damaged saved data: banner, backup download, app usable', async ({
      page,
    }) => {
      await page.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, text);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [STORAGE_KEY, TRUNCATED] as const,
      );
      const quiz = new QuizPage(page, lang);
      await page.goto(`/${lang}`);
      await expect(page.getByText(quiz.text.bannerRecovered)).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: quiz.text.bannerDownload }).click();
      const file = await (await download).path();
      expect(await readFile(file, 'utf8')).toBe(TRUNCATED);
      await expectNoAxeViolations(page);
      // Still usable: practise one question and see it counted.
      await quiz.answerOnePracticeQuestion();
      await quiz.openProgress();
      await expect(page.getByText(quiz.text.answeredSummary(1))).toBeVisible();
    });

    test('with storage blocked the app works and warns that nothing is saved', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const quiz = new QuizPage(page, lang);
      await quiz.answerOnePracticeQuestion();
      await expect(page.getByText(quiz.text.bannerNotSaving)).toBeVisible();
      await page.getByRole('link', { name: quiz.text.nav.progress, exact: true }).click();
      await expect(page.getByText(quiz.text.answeredSummary(1))).toBeVisible();
      await expect(page.getByText(quiz.text.bannerNotSaving)).toBeVisible();
    });

    test('import: a broken file changes nothing and says why; an export merges back', async ({
      page,
    }) => {
      const quiz = new QuizPage(page, lang);
      await quiz.answerOnePracticeQuestion();
      await quiz.openProgress();
      await expect(page.getByText(quiz.text.answeredSummary(1))).toBeVisible();
      const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

      const input = page.getByLabel(quiz.text.importLabel);
      await input.setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version":1,"sta'),
      });
      await expect(page.getByText(quiz.text.importNotJson)).toBeVisible();
      await input.setInputFiles({
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":"world"}'),
      });
      await expect(page.getByText(quiz.text.importNotCirrus)).toBeVisible();
      await expect(page.getByText(quiz.text.answeredSummary(1))).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: quiz.text.export }).click();
      const exported = await (await download).path();
      await page.getByRole('button', { name: quiz.text.reset }).click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: quiz.text.resetConfirm })
        .click();
      await expect(page.getByText(quiz.text.answeredSummary(0))).toBeVisible();
      await input.setInputFiles(exported);
      await expect(page.getByText(quiz.text.importReady)).toBeVisible();
      await page.getByRole('button', { name: quiz.text.merge }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: quiz.text.merge }).click();
      await expect(page.getByText(quiz.text.imported)).toBeVisible();
      await expect(page.getByText(quiz.text.answeredSummary(1))).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('review: a guessed answer comes back when due, and home counts it', async ({ page }) => {
  test.slow();
  await page.clock.install();
  const quiz = new QuizPage(page, 'en');
  await page.goto('/en/review');
  await expect(page.getByText(quiz.text.nothingDue)).toBeVisible();
  await quiz.openPractice();
  await quiz.startPractice('5');
  await quiz.pickWithKeys();
  await page.getByRole('radio', { name: quiz.text.confidenceGuessed }).check();
  await page.keyboard.press('Enter');
  await expect(quiz.feedback()).toBeVisible();

  await page.clock.fastForward(10 * DAY_MS);
  await page.goto('/en');
  await expect(page.getByText(quiz.text.homeDueOne)).toBeVisible();
  await page.getByRole('link', { name: quiz.text.nav.review, exact: true }).click();
  await expect(page.getByText(quiz.text.dueOne)).toBeVisible();
  await page.getByRole('button', { name: quiz.text.startReview }).click();
  await expect(quiz.questionHeading(1, 1)).toBeFocused();
  await quiz.pickWithKeys();
  await page.keyboard.press('Enter');
  await expect(quiz.feedback()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(quiz.heading(quiz.text.reviewDone, 2)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the mock exam submits itself when time runs out', async ({ page }) => {
  await page.clock.install();
  const quiz = new QuizPage(page, 'en');
  await quiz.openExam();
  await quiz.startExam();
  await quiz.pickWithKeys();
  await page.clock.fastForward('01:30:01');
  await expect(quiz.heading(quiz.text.resultTitle)).toBeVisible();
  await expect(page.getByText(quiz.text.timeUp)).toBeVisible();
});

test('multiple response needs the stated number of options', async ({ page }) => {
  const quiz = new QuizPage(page, 'en');
  await quiz.openPractice();
  await quiz.startPractice('20');
  // Walk until a multiple-response question comes up (the bank has several).
  for (let i = 0; i < 20; i++) {
    const need = await quiz.requiredCount();
    if (need > 1) {
      await quiz.pickWithKeys(1);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toHaveText(quiz.text.needCount);
      await quiz.pickWithKeys(need);
      // Key 1 toggled the first option off again; pick it once more to reach the count.
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await expect(quiz.feedback()).toBeVisible();
      return;
    }
    await quiz.pickWithKeys(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('n');
  }
  throw new Error('no multiple-response question in 20 draws');
});

test('quiz pages work at 360 px with the header links reachable', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const quiz = new QuizPage(page, 'es');
  for (const path of ['/es/practice', '/es/exam', '/es/review', '/es/progress', '/es']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    for (const name of Object.values(quiz.text.nav))
      await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }
});

test('quiz pages have no accessibility violations in dark mode', async ({ page }) => {
  test.slow();
  const quiz = new QuizPage(page, 'es');
  await page.goto('/es');
  await page.getByRole('combobox', { name: 'Tema' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await quiz.answerOnePracticeQuestion();
  await expectNoAxeViolations(page);
  await quiz.openProgress();
  await expectNoAxeViolations(page);
  await quiz.openExam();
  await quiz.startExam();
  await quiz.pickWithKeys();
  await page.getByRole('button', { name: quiz.text.flag }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: quiz.text.submit }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: quiz.text.confirmSubmit, exact: true })
    .click();
  await expect(quiz.heading(quiz.text.resultTitle)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the course map links a task statement to practice with it chosen', async ({ page }) => {
  const quiz = new QuizPage(page, 'en');
  await page.goto('/en');
  await page
    .getByRole('link', { name: /^\d+ practice questions?$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/practice\?task=\d\.\d$/);
  await expect(page.getByRole('radio', { name: 'Task statement' })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await quiz.startPractice('5');
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ })).toBeFocused();
});
