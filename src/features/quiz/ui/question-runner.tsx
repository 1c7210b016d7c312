// Asks a practice or review session one question at a time: pick, rate confidence, check,
// read every explanation, move on. Each checked answer goes to the progress log at once.
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../../i18n';
import { recordAnswer } from '../../progress';
import type { QuestionBank } from '../bank';
import { CONFIDENCES, shuffleOptions, type Confidence } from '../engine';
import { QuestionView } from './question-view';
import {
  checkAnswer,
  currentId,
  isFinished,
  nextQuestion,
  setConfidence,
  tallyRun,
  toggleOption,
  type RunState,
  type RunStoreHook,
} from './runner';
import { useQuizKeys } from './use-quiz-keys';
import { useQuestionBank } from './use-bank';

export interface QuestionRunnerProps {
  bank: QuestionBank;
  useRun: RunStoreHook;
  mode: 'practice' | 'review';
  /** Starts the same kind of session again; absent hides the button. */
  onRestart?: () => void;
}

const TEXTS = {
  practice: {
    end: 'practice.end',
    done: 'practice.done',
    score: 'practice.score',
    again: 'practice.again',
    back: 'practice.newSet',
  },
  review: {
    end: 'review.end',
    done: 'review.done',
    score: 'review.score',
    again: 'review.start',
    back: 'review.end',
  },
} as const;

/** A session on the bank in the page's language, which it loads (suspending) if need be. */
export function QuestionSession(props: Omit<QuestionRunnerProps, 'bank'>) {
  return <QuestionRunner bank={useQuestionBank()} {...props} />;
}

export function QuestionRunner({ bank, useRun, mode, onRestart }: QuestionRunnerProps) {
  const run = useRun((s) => s.run);
  const setRun = useRun((s) => s.set);
  if (run === null) return null;
  return isFinished(run) ? (
    <RunSummary run={run} mode={mode} onBack={() => setRun(null)} onRestart={onRestart} />
  ) : (
    <RunQuestion bank={bank} run={run} mode={mode} setRun={setRun} />
  );
}

function RunQuestion({
  bank,
  run,
  mode,
  setRun,
}: {
  bank: QuestionBank;
  run: RunState;
  mode: 'practice' | 'review';
  setRun: (run: RunState | null) => void;
}) {
  const { t } = useT('quiz');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  const id = currentId(run);
  const question = id === undefined ? undefined : bank.byId.get(id);

  // A new question takes focus, so screen readers start reading from it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [run.index]);

  const checked = run.outcome !== null;
  const last = run.index === run.ids.length - 1;

  const check = () => {
    if (!question || checked) return;
    const next = checkAnswer(run, question);
    if (next.outcome !== null)
      recordAnswer({
        questionId: question.id,
        selected: run.selected,
        correct: next.outcome,
        ...(run.confidence === null ? {} : { confidence: run.confidence }),
        mode,
      });
    setRun(next);
    // The action button stays in place (its label changes to "Next"), so focus lands somewhere useful.
    if (next.outcome !== null) actionRef.current?.focus();
  };
  const advance = () => {
    if (checked) setRun(nextQuestion(run));
  };

  const order = question ? shuffleOptions(question, run.seed) : [];
  useQuizKeys({
    pick: (position) => {
      const optionId = order[position];
      if (question && optionId !== undefined) setRun(toggleOption(run, question, optionId));
    },
    enter: () => (checked ? advance() : check()),
    next: advance,
  });

  // A question removed from the bank since the session began is skipped.
  useEffect(() => {
    if (id !== undefined && !question)
      setRun({ ...run, index: run.index + 1, selected: [], confidence: null, outcome: null });
  }, [id, question, run, setRun]);
  if (!question) return null;

  const answerText = question.options
    .filter((o) => question.answer.includes(o.id))
    .map((o) => o.text)
    .join('; ');

  return (
    <form
      className="runner"
      onSubmit={(e) => {
        e.preventDefault();
        if (checked) advance();
        else check();
      }}
    >
      <QuestionView
        question={question}
        order={order}
        selected={run.selected}
        onToggle={checked ? undefined : (optionId) => setRun(toggleOption(run, question, optionId))}
        reveal={checked}
        number={run.index + 1}
        total={run.ids.length}
        headingRef={headingRef}
      />
      <ConfidencePicker
        name={`confidence-${question.id}`}
        value={run.confidence}
        disabled={checked}
        onChange={(c) => setRun(setConfidence(run, c))}
      />
      {run.countError && (
        <p id={errorId} className="callout callout-exam" role="alert">
          {t('question.needCount', { count: question.answer.length })}
        </p>
      )}
      <div
        className={`feedback ${run.outcome === true ? 'feedback-right' : run.outcome === false ? 'feedback-wrong' : ''}`}
        aria-live="polite"
      >
        {run.outcome === true && t('question.resultCorrect')}
        {run.outcome === false && t('question.resultIncorrect', { answer: answerText })}
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          ref={actionRef}
          aria-describedby={run.countError ? errorId : undefined}
        >
          {!checked ? t('question.check') : last ? t('question.finish') : t('question.next')}
        </button>
        <button type="button" className="button" onClick={() => setRun(null)}>
          {t(TEXTS[mode].end)}
        </button>
      </div>
      <p className="muted keys-hint">{t('common.keysHint')}</p>
    </form>
  );
}

function ConfidencePicker({
  name,
  value,
  disabled,
  onChange,
}: {
  name: string;
  value: Confidence | null;
  disabled: boolean;
  onChange: (value: Confidence) => void;
}) {
  const { t } = useT('quiz');
  const hintId = useId();
  return (
    <fieldset className="confidence" aria-describedby={hintId} disabled={disabled}>
      <legend>{t('question.confidence')}</legend>
      <p id={hintId} className="muted">
        {t('question.confidenceHint')}
      </p>
      <div className="confidence-options">
        {CONFIDENCES.map((c) => (
          <label key={c} className="chip">
            <input
              type="radio"
              name={name}
              value={c}
              checked={value === c}
              onChange={() => onChange(c)}
            />
            {t(`question.confidenceLevels.${c}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RunSummary({
  run,
  mode,
  onBack,
  onRestart,
}: {
  run: RunState;
  mode: 'practice' | 'review';
  onBack: () => void;
  onRestart: (() => void) | undefined;
}) {
  const { t } = useT('quiz');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { correct, total } = tallyRun(run);
  return (
    <section className="run-summary" aria-labelledby="run-summary-title">
      <h2 id="run-summary-title" tabIndex={-1} ref={headingRef}>
        {t(TEXTS[mode].done)}
      </h2>
      <p className="lead">{t(TEXTS[mode].score, { correct, total })}</p>
      <div className="actions">
        {onRestart && (
          <button type="button" className="button button-primary" onClick={onRestart}>
            {t(TEXTS[mode].again)}
          </button>
        )}
        <button type="button" className="button" onClick={onBack}>
          {t(TEXTS[mode].back)}
        </button>
      </div>
    </section>
  );
}
