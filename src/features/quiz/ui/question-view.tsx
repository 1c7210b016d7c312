// One question: stem, options as radio buttons or checkboxes, and (once revealed) every
// option's explanation and a link to the lesson section that teaches it.
import { useId, type ReactNode, type Ref } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLang, useT } from '../../../i18n';
import { lessonRef, type Question } from '../bank';
import { requiredCount } from '../engine';
import { lessonTitle } from './labels';

export interface QuestionViewProps {
  question: Question;
  /** Option ids in display order. */
  order: readonly string[];
  selected: readonly string[];
  /** Absent: the options cannot be changed. */
  onToggle?: (optionId: string) => void;
  /** Show which options are right, the explanations and the lesson link. */
  reveal?: boolean;
  number: number;
  total: number;
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 2 | 3;
  /** Next to the question number, e.g. a flag or the outcome. */
  badge?: ReactNode;
}

export function QuestionView({
  question,
  order,
  selected,
  onToggle,
  reveal = false,
  number,
  total,
  headingRef,
  headingLevel = 2,
  badge,
}: QuestionViewProps) {
  const lang = useLang();
  const { t } = useT('quiz');
  const hintId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const multiple = question.type === 'multiple';
  const count = requiredCount(question);
  const options = new Map(question.options.map((o) => [o.id, o]));
  return (
    <div className="question">
      <Heading className="question-number" tabIndex={-1} ref={headingRef}>
        {t('common.questionOf', { number, total })}
        {badge}
      </Heading>
      <fieldset className="question-fieldset" aria-describedby={hintId}>
        <legend className="question-stem">{question.stem}</legend>
        <p id={hintId} className="muted">
          {multiple
            ? t('question.chooseMany', { count, selected: selected.length })
            : t('question.chooseOne')}
        </p>
        <ol className="options">
          {order.map((optionId, position) => {
            const option = options.get(optionId);
            if (!option) return null;
            const chosen = selected.includes(optionId);
            const right = question.answer.includes(optionId);
            const state = !reveal ? '' : right ? 'option-right' : chosen ? 'option-wrong' : '';
            return (
              <li key={optionId} className={`option ${state}`}>
                <label className="option-label">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`question-${question.id}`}
                    value={optionId}
                    checked={chosen}
                    disabled={onToggle === undefined}
                    onChange={() => onToggle?.(optionId)}
                  />
                  <span className="option-key" aria-hidden="true">
                    {position + 1}
                  </span>
                  <span className="option-text">{option.text}</span>
                </label>
                {reveal && (
                  <p className="option-why">
                    <OptionMarker right={right} chosen={chosen} /> {option.why}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
      {reveal && <LessonLink reference={question.lesson} lang={lang} />}
    </div>
  );
}

function OptionMarker({ right, chosen }: { right: boolean; chosen: boolean }) {
  const { t } = useT('quiz');
  if (right && chosen)
    return (
      <strong className="marker-right">
        <span aria-hidden="true">✓ </span>
        {t('question.correctAnswer')} · {t('question.yourChoice')}.
      </strong>
    );
  if (right)
    return (
      <strong className="marker-right">
        <span aria-hidden="true">✓ </span>
        {t('question.notChosen')}.
      </strong>
    );
  if (chosen)
    return (
      <strong className="marker-wrong">
        <span aria-hidden="true">✗ </span>
        {t('question.yourChoice')}.
      </strong>
    );
  return null;
}

function LessonLink({ reference, lang }: { reference: string; lang: 'en' | 'es' }) {
  const { t } = useT('quiz');
  const { slug, section } = lessonRef(reference);
  const title = lessonTitle(lang, slug);
  return (
    <p className="lesson-ref">
      <Link to={paths.lesson(lang, slug, section)}>
        {title ? t('question.learnMore', { title }) : t('question.learnMoreFallback')}
      </Link>
    </p>
  );
}
