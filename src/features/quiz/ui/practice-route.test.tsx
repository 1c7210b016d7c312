// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { loadProgress, progressStore } from '../../progress';
import type { QuestionBank, QuestionIndex } from '../bank';
import { question } from '../engine/test-bank';
import PracticePage from './practice-route';
import { usePracticeRun } from './runner';
import { bankOf } from './test-questions';

const questions = [question('q-1', '3.3'), question('q-2', '3.3'), question('q-3', '1.1')];
const refs = questions.map(({ id, task, domain, lesson }) => ({ id, task, domain, lesson }));
const index: QuestionIndex = { questions: refs, byId: new Map(refs.map((q) => [q.id, q])) };
// Like the real loaders, the same promise on every call (React's `use()` needs that).
const loadedIndex = Promise.resolve(index);
let resolveTexts: (bank: QuestionBank) => void = () => undefined;
const texts = new Promise<QuestionBank>((resolve) => (resolveTexts = resolve));
const bank = vi.hoisted(() => ({
  loadQuestionIndex: vi.fn<() => Promise<QuestionIndex>>(),
  loadQuestionBank: vi.fn<(lang: string) => Promise<QuestionBank>>(),
}));
vi.mock('../bank', async (actual) => ({ ...(await actual<object>()), ...bank }));

/** An awaited act(): React settles what suspended inside it (here, on resolved promises). */
const settle = (run: () => unknown) =>
  act(async () => {
    run();
    await Promise.resolve();
  });

describe('practice page', () => {
  beforeAll(async () => {
    await loadProgress();
  });

  beforeEach(() => {
    progressStore.getState().resetProgress();
    usePracticeRun.getState().set(null);
    bank.loadQuestionIndex.mockReturnValue(loadedIndex);
    bank.loadQuestionBank.mockReturnValue(texts);
  });

  it('sets up from the index alone, fetches the texts on intent, and asks them once started', async () => {
    await settle(() =>
      render(
        <MemoryRouter initialEntries={['/en/practice']}>
          <Routes>
            <Route
              path=":lang/practice"
              element={
                <Suspense fallback={<p>Loading</p>}>
                  <PracticePage />
                </Suspense>
              }
            />
          </Routes>
        </MemoryRouter>,
      ),
    );
    await screen.findByText('3 questions match your choice.');
    expect(bank.loadQuestionBank).not.toHaveBeenCalled();

    // Focus inside the form says the learner is about to start: the texts begin to load.
    act(() => screen.getAllByRole('radio')[0]?.focus());
    expect(bank.loadQuestionBank).toHaveBeenCalledWith('en');

    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Start practice' })));
    await screen.findByText('Loading');
    await settle(() => resolveTexts(bankOf(questions)));
    await screen.findByRole('heading', { name: 'Question 1 of 3' });
  });
});
