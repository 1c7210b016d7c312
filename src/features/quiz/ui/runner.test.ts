import { question } from '../engine/test-bank';
import {
  checkAnswer,
  currentId,
  isFinished,
  nextQuestion,
  setConfidence,
  startRun,
  tallyRun,
  toggleOption,
} from './runner';

const single = question('s1', '3.3', { answer: ['b'] });
const multi = question('m1', '3.3', {
  type: 'multiple',
  optionIds: ['a', 'b', 'c', 'd', 'e'],
  answer: ['a', 'c'],
});

describe('practice runner', () => {
  it('replaces the pick for single choice and toggles for multiple response', () => {
    let run = startRun(['s1'], 1);
    run = toggleOption(run, single, 'a');
    run = toggleOption(run, single, 'b');
    expect(run.selected).toEqual(['b']);
    let m = startRun(['m1'], 1);
    m = toggleOption(m, multi, 'a');
    m = toggleOption(m, multi, 'c');
    m = toggleOption(m, multi, 'a');
    expect(m.selected).toEqual(['c']);
  });

  it('refuses to check until the stated number of options is picked', () => {
    let run = toggleOption(startRun(['m1'], 1), multi, 'a');
    run = checkAnswer(run, multi);
    expect(run.countError).toBe(true);
    expect(run.outcome).toBeNull();
    run = toggleOption(run, multi, 'c');
    expect(run.countError).toBe(false);
    run = checkAnswer(run, multi);
    expect(run.outcome).toBe(true);
    expect(run.results).toEqual({ m1: true });
  });

  it('freezes the answer and the confidence once checked, then moves on', () => {
    let run = startRun(['s1', 'm1'], 1);
    run = setConfidence(toggleOption(run, single, 'a'), 'sure');
    run = checkAnswer(run, single);
    expect(run.outcome).toBe(false);
    expect(toggleOption(run, single, 'b')).toBe(run);
    expect(setConfidence(run, 'guessed')).toBe(run);
    expect(checkAnswer(run, single)).toBe(run);
    run = nextQuestion(run);
    expect(currentId(run)).toBe('m1');
    expect(run.selected).toEqual([]);
    expect(run.confidence).toBeNull();
    expect(nextQuestion(run)).toBe(run);
    run = nextQuestion(checkAnswer(toggleOption(toggleOption(run, multi, 'a'), multi, 'c'), multi));
    expect(isFinished(run)).toBe(true);
    expect(tallyRun(run)).toEqual({ correct: 1, total: 2 });
  });
});
