// Practice: choose domains, task statements or a lesson and a count, then answer one at a time.
import '../../../i18n/namespaces/quiz';
import './quiz.css';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { domains, lessons } from '../../../shared/content/course';
import { useLang, useT } from '../../../i18n';
import { progressStore, useProgress } from '../../progress';
import type { QuestionIndex } from '../bank';
import type { DomainId, TaskId } from '../engine';
import { useDomainLabel } from './labels';
import {
  DEFAULT_SETUP,
  PRACTICE_COUNTS,
  PRACTICE_SCOPES,
  bankCounts,
  drawPracticeSet,
  matchingCount,
  nothingChosen,
  randomSeed,
  setupFromQuery,
  type PracticeSetup,
} from './practice-setup';
import { QuestionSession } from './question-runner';
import { startRun, usePracticeRun } from './runner';
import { usePrefetchBank, useQuestionIndex } from './use-bank';

/** The last set chosen, so "Practise again" and coming back keep the learner's choice. */
let lastSetup: PracticeSetup = DEFAULT_SETUP;

export default function PracticePage() {
  const index = useQuestionIndex();
  const hasRun = usePracticeRun((s) => s.run !== null);
  const setRun = usePracticeRun((s) => s.set);
  const start = (setup: PracticeSetup) => {
    lastSetup = setup;
    const ids = drawPracticeSet(
      index.questions,
      progressStore.getState().answers,
      setup,
      randomSeed(),
    );
    setRun(startRun(ids, randomSeed()));
  };
  // The frame around it (heading, intro) is the app's: src/app/page-frame.tsx.
  return hasRun ? (
    <QuestionSession useRun={usePracticeRun} mode="practice" onRestart={() => start(lastSetup)} />
  ) : (
    <SetupForm index={index} onStart={start} />
  );
}

function SetupForm({
  index,
  onStart,
}: {
  index: QuestionIndex;
  onStart: (setup: PracticeSetup) => void;
}) {
  const lang = useLang();
  const { t } = useT('quiz');
  const [query] = useSearchParams();
  const [setup, setSetup] = useState(() => setupFromQuery(query, lastSetup));
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const counts = bankCounts(index.questions);
  const matches = matchingCount(index.questions, setup);
  const empty = nothingChosen(setup);
  const update = (change: Partial<PracticeSetup>) => setSetup((s) => ({ ...s, ...change }));
  const toggle = <T,>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const domainLabel = useDomainLabel();
  const withCount = (label: string, count: number) => t('practice.withCount', { label, count });
  const prefetch = usePrefetchBank();
  const lessonChoices = lessons[lang].filter((l) => (counts.lessons.get(l.id) ?? 0) > 0);

  return (
    <form
      className="practice-setup"
      {...prefetch}
      onSubmit={(e) => {
        e.preventDefault();
        if (matches > 0) onStart(setup);
      }}
    >
      <fieldset className="choice-row">
        <legend>{t('practice.scope')}</legend>
        {PRACTICE_SCOPES.map((scope) => (
          <label key={scope} className="chip">
            <input
              type="radio"
              name="scope"
              value={scope}
              checked={setup.scope === scope}
              onChange={() => update({ scope })}
            />
            {t(`practice.scopes.${scope}`)}
          </label>
        ))}
      </fieldset>

      {setup.scope === 'domain' && (
        <fieldset className="choice-list">
          <legend>{t('practice.domains')}</legend>
          {domains.map((d) => (
            <CheckItem
              key={d.id}
              checked={setup.domains.includes(d.id as DomainId)}
              onChange={() => update({ domains: toggle(setup.domains, d.id as DomainId) })}
            >
              {withCount(domainLabel(d.id), counts.domains.get(d.id as DomainId) ?? 0)}
            </CheckItem>
          ))}
        </fieldset>
      )}

      {setup.scope === 'task' && (
        <fieldset className="choice-list">
          <legend>{t('practice.tasks')}</legend>
          {domains.map((d) => (
            <fieldset key={d.id} className="choice-group">
              <legend>{domainLabel(d.id)}</legend>
              {d.tasks.map((task) => (
                <CheckItem
                  key={task.id}
                  checked={setup.tasks.includes(task.id as TaskId)}
                  onChange={() => update({ tasks: toggle(setup.tasks, task.id as TaskId) })}
                >
                  {withCount(
                    `${task.id} ${task.title[lang]}`,
                    counts.tasks.get(task.id as TaskId) ?? 0,
                  )}
                </CheckItem>
              ))}
            </fieldset>
          ))}
        </fieldset>
      )}

      {setup.scope === 'lesson' && (
        <label className="field">
          <span>{t('practice.lesson')}</span>
          <select
            value={setup.lesson ?? ''}
            onChange={(e) => update({ lesson: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('common.none')}</option>
            {lessonChoices.map((l) => (
              <option key={l.id} value={l.id}>
                {withCount(
                  `${l.title}${l.id in lessonsRead ? ' ✓' : ''}`,
                  counts.lessons.get(l.id) ?? 0,
                )}
              </option>
            ))}
          </select>
        </label>
      )}

      <label className="field">
        <span>{t('practice.count')}</span>
        <select
          value={String(setup.count)}
          onChange={(e) =>
            update({
              count: e.target.value === 'all' ? 'all' : Number(e.target.value),
            })
          }
        >
          {PRACTICE_COUNTS.map((c) => (
            <option key={c} value={String(c)}>
              {c === 'all' ? t('practice.all', { count: matches }) : c}
            </option>
          ))}
        </select>
      </label>

      <p className="practice-match" aria-live="polite">
        {empty
          ? t('practice.nothingChosen')
          : matches === 0
            ? t('practice.noQuestions')
            : t('practice.matching', { count: matches })}
      </p>
      {matches > 0 && (
        <button type="submit" className="button button-primary">
          {t('practice.start')}
        </button>
      )}
    </form>
  );
}

function CheckItem({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: () => void;
  children: string;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
