// @vitest-environment jsdom
import '../../../i18n/namespaces/quiz';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { loadProgress, progressStore } from '../../progress';
import { question } from '../engine/test-bank';
import { QuestionRunner } from './question-runner';
import { startRun, usePracticeRun } from './runner';
import { bankOf } from './test-questions';

const bank = bankOf([
  question('single-1', '3.3', { answer: ['c'], lesson: 'compute-services#ec2' }),
  question('multi-1', '3.3', {
    type: 'multiple',
    optionIds: ['a', 'b', 'c', 'd', 'e'],
    answer: ['a', 'b'],
  }),
]);

function renderRunner() {
  render(
    <MemoryRouter initialEntries={['/en/practice']}>
      <Routes>
        <Route
          path=":lang/practice"
          element={<QuestionRunner bank={bank} useRun={usePracticeRun} mode="practice" />}
        />
      </Routes>
    </MemoryRouter>,
  );
}

/** fireEvent already wraps the event in act(). */
const key = (k: string) => {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k });
};

describe('QuestionRunner', () => {
  beforeAll(async () => {
    await loadProgress();
  });

  beforeEach(() => {
    progressStore.getState().resetProgress();
    act(() => {
      usePracticeRun.getState().set(startRun(['single-1', 'multi-1'], 1));
    });
  });

  it('answers with the keyboard, records the answer with its confidence, explains every option', () => {
    renderRunner();
    const heading = screen.getByRole('heading', { name: 'Question 1 of 2' });
    expect(document.activeElement).toBe(heading);
    fireEvent.click(screen.getByRole('radio', { name: 'Unsure' }));
    const radios = screen
      .getAllByRole('radio')
      .filter((r) => r.getAttribute('name') === 'question-single-1');
    key('1');
    expect(radios.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    key('Enter');
    const [answer] = progressStore.getState().answers;
    expect(answer).toMatchObject({
      questionId: 'single-1',
      mode: 'practice',
      confidence: 'unsure',
    });
    expect(screen.getByText(answer?.correct ? 'Correct.' : /^Incorrect\./)).toBeTruthy();
    for (const id of ['a', 'b', 'c', 'd']) expect(screen.getByText(`Because ${id}`)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Read the lesson section/ }).getAttribute('href')).toBe(
      '/en/lessons/compute-services#ec2',
    );
    key('n');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 2 of 2' }));
  });

  it('refuses to check a multiple-response answer with the wrong number of options', () => {
    act(() => {
      usePracticeRun.getState().set(startRun(['multi-1'], 1));
    });
    renderRunner();
    key('1');
    key('Enter');
    expect(screen.getByRole('alert').textContent).toBe('Choose exactly 2 options before checking.');
    expect(progressStore.getState().answers).toHaveLength(0);
    key('2');
    key('Enter');
    expect(progressStore.getState().answers).toHaveLength(1);
    // Focus is on the action button now, so Enter clicks it natively (jsdom needs the click).
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'See results' }));
    fireEvent.click(screen.getByRole('button', { name: 'See results' }));
    expect(screen.getByRole('heading', { name: 'Practice complete' })).toBeTruthy();
  });
});
