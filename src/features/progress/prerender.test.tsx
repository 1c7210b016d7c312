// Runs in Node, as pre-rendering does: no window, no localStorage, no navigator.storage.
import { renderToString } from 'react-dom/server';
import * as progress from './index';

function Summary() {
  const answers = progress.useProgress(progress.selectAnswers);
  const lessons = progress.useProgress(progress.selectLessonsRead);
  const mode = progress.useProgressStatus((status) => status.mode);
  return (
    <p>
      {answers.length}/{Object.keys(lessons).length}/{mode}
    </p>
  );
}

describe('pre-rendering', () => {
  it('renders from the in-memory store without touching browser APIs', () => {
    expect(typeof window).toBe('undefined');
    expect(renderToString(<Summary />)).toBe('<p>0<!-- -->/<!-- -->0<!-- -->/<!-- -->ok</p>');
  });

  it('starting persistence without storage works in memory and says so', async () => {
    await progress.loadProgress();
    const stop = progress.startProgressPersistence();
    progress.recordAnswer({ questionId: 'q1', selected: ['a'], correct: true, mode: 'exam' });
    expect(progress.progressStore.getState().answers).toHaveLength(1);
    expect(progress.getProgressStatus().mode).toBe('unavailable');
    stop();
  });
});
