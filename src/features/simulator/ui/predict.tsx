// "Predict, then watch": radio questions before the run, each guess beside the answer once the run has ended.
import { useId } from 'react';
import { useT } from '../../../i18n';
import { QUESTIONS, choicesFor, type Choice, type Guesses, type Question } from './predictions';

interface Props {
  guesses: Guesses;
  onGuess: (question: Question, choice: Choice) => void;
  /** True once the run has started: guesses can no longer change. */
  locked: boolean;
  /** The run's answers once it has ended. */
  results: Record<Question, Choice[]> | null;
  heading: 'h2' | 'h3' | 'h4';
}

export function Predict({ guesses, onGuess, locked, results, heading: Heading }: Props) {
  const { t } = useT('simulator');
  const titleId = useId();
  const name = useId();
  const label = (c: Choice) => (c === 'none' ? t('predict.none') : t(`models.${c}`));
  return (
    <section className="sim-predict" aria-labelledby={titleId}>
      <Heading id={titleId}>{t('predict.title')}</Heading>
      <p className="muted">{locked && !results ? t('predict.locked') : t('predict.intro')}</p>
      <div className="sim-questions">
        {QUESTIONS.map((q) => (
          <fieldset key={q} className="sim-fieldset" disabled={locked}>
            <legend>{t(`predict.question.${q}`)}</legend>
            {choicesFor(q).map((c) => (
              <label key={c} className="sim-radio">
                <input
                  type="radio"
                  name={`${name}-${q}`}
                  value={c}
                  checked={guesses[q] === c}
                  onChange={() => onGuess(q, c)}
                />
                {label(c)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {results && (
        <div className="sim-results">
          <p className="sim-results-title">
            <strong>{t('predict.resultsTitle')}</strong>
          </p>
          <ul>
            {QUESTIONS.map((q) => {
              const guess = guesses[q];
              const right = guess !== undefined && results[q].includes(guess);
              return (
                <li key={q}>
                  <span className={right ? 'badge' : 'badge badge-miss'}>
                    {right ? t('predict.right') : t('predict.wrong')}
                  </span>{' '}
                  {t('predict.result', {
                    question: t(`predict.question.${q}`),
                    guess: guess ? label(guess) : t('predict.noGuess'),
                    answer: results[q].map(label).join(t('predict.or')),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
