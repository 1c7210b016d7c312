// Home: the course map — the exam's domains, their task statements and the lessons under each.
import { Suspense } from 'react';
import { Link } from 'react-router';
import { domains, lessons, questionCounts } from '../../shared/content/course';
import { summaries } from '../../shared/content/summaries';
import { paths } from '../../app/paths';
import { useLang, useT } from '../../i18n';
import { useProgress } from '../progress';
import { QuizHomeSummary } from '../quiz';
import { SimulatorCard } from '../simulator';
import { ClientOnly } from '../../shared/hydration';

export default function CourseMapPage() {
  const lang = useLang();
  const { t } = useT();
  const read = useProgress((s) => s.lessonsRead);
  const list = lessons[lang];
  const readCount = list.filter((l) => l.id in read).length;
  return (
    <div className="course-map">
      <title>{`${t('app.name')} · ${t('home.title')}`}</title>
      <meta name="description" content={t('app.tagline')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p className="progress-summary">
        {t('home.progress', { read: readCount, total: list.length })}
      </p>
      {/* Reviews due and readiness come from the quiz's own lazy chunk and the learner's saved
          progress, so the browser fills this slot (it keeps its height meanwhile). */}
      <div className="quiz-summary-slot">
        <ClientOnly>
          <Suspense fallback={null}>
            <QuizHomeSummary />
          </Suspense>
        </ClientOnly>
      </div>
      {/* The card is the simulator's own lazy chunk; its slot keeps its height while it loads. */}
      <div className="sim-card-slot">
        <Suspense fallback={null}>
          <SimulatorCard />
        </Suspense>
      </div>
      {domains.map((domain) => (
        <section key={domain.id} className="domain" aria-labelledby={`domain-${domain.id}`}>
          <h2 id={`domain-${domain.id}`}>
            <span className="eyebrow">{t('home.domain', { id: domain.id })}</span>
            {domain.title[lang]}
          </h2>
          <p className="domain-weight">
            {t('home.weight', { weight: domain.weight, count: domain.examQuestions })}
          </p>
          <ol className="tasks">
            {domain.tasks.map((task) => {
              const taskLessons = list.filter((l) => l.task === task.id);
              const questions = questionCounts[task.id] ?? 0;
              return (
                <li key={task.id} className="task">
                  <h3>
                    <span className="task-id">{t('home.task', { id: task.id })}</span>{' '}
                    {task.title[lang]}
                  </h3>
                  {taskLessons.length === 0 ? (
                    <p className="muted">{t('home.noLessons')}</p>
                  ) : (
                    <ul className="lesson-list">
                      {taskLessons.map((l) => (
                        <li key={l.id}>
                          <Link to={paths.lesson(lang, l.id)}>{l.title}</Link>
                          {l.id in read && <span className="badge">{t('home.read')}</span>}
                          <p className="muted">{summaries[lang][l.id]}</p>
                        </li>
                      ))}
                    </ul>
                  )}
                  {questions > 0 && (
                    <p className="muted">
                      <Link to={paths.practice(lang, { task: task.id })}>
                        {t('home.questions', { count: questions })}
                      </Link>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
