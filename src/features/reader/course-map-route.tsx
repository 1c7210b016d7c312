// Home: the course map — the exam's domains, their task statements and the lessons under each.
// The map itself is static; only the small parts that show saved progress subscribe to it, so
// loading progress after hydration re-renders a few badges, not the whole page.
import { Suspense } from 'react';
import { Link } from 'react-router';
import { domains, lessons, questionCounts } from '../../shared/content/course';
import { summaries } from '../../shared/content/summaries';
import { paths } from '../../app/paths';
import { useLang, useT } from '../../i18n';
import type { CourseDomain, CourseTask, Lang } from '../../shared/content/types';
import { useProgress } from '../progress';
import { QuizHomeSummary } from '../quiz';
import { SimulatorCard } from '../simulator';
import { ClientOnly } from '../../shared/hydration';

export default function CourseMapPage() {
  const lang = useLang();
  const { t } = useT();
  return (
    <div className="course-map">
      <title>{`${t('app.name')} · ${t('home.title')}`}</title>
      <meta name="description" content={t('app.tagline')} />
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ReadCount lang={lang} />
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
        <DomainSection key={domain.id} domain={domain} lang={lang} />
      ))}
    </div>
  );
}

function ReadCount({ lang }: { lang: Lang }) {
  const { t } = useT();
  const list = lessons[lang];
  const read = useProgress((s) => list.filter((l) => l.id in s.lessonsRead).length);
  return <p className="progress-summary">{t('home.progress', { read, total: list.length })}</p>;
}

function DomainSection({ domain, lang }: { domain: CourseDomain; lang: Lang }) {
  const { t } = useT();
  return (
    <section className="domain" aria-labelledby={`domain-${domain.id}`}>
      <h2 id={`domain-${domain.id}`}>
        <span className="eyebrow">{t('home.domain', { id: domain.id })}</span>
        {domain.title[lang]}
      </h2>
      <p className="domain-weight">
        {t('home.weight', { weight: domain.weight, count: domain.examQuestions })}
      </p>
      <ol className="tasks">
        {domain.tasks.map((task) => (
          <TaskItem key={task.id} task={task} lang={lang} />
        ))}
      </ol>
    </section>
  );
}

function TaskItem({ task, lang }: { task: CourseTask; lang: Lang }) {
  const { t } = useT();
  const taskLessons = lessons[lang].filter((l) => l.task === task.id);
  const questions = questionCounts[task.id] ?? 0;
  return (
    <li className="task">
      <h3>
        <span className="task-id">{t('home.task', { id: task.id })}</span> {task.title[lang]}
      </h3>
      {taskLessons.length === 0 ? (
        <p className="muted">{t('home.noLessons')}</p>
      ) : (
        <ul className="lesson-list">
          {taskLessons.map((l) => (
            <li key={l.id}>
              <Link to={paths.lesson(lang, l.id)}>{l.title}</Link>
              <ReadBadge lessonId={l.id} />
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
}

function ReadBadge({ lessonId }: { lessonId: string }) {
  const { t } = useT();
  const read = useProgress((s) => lessonId in s.lessonsRead);
  return read ? <span className="badge">{t('home.read')}</span> : null;
}
