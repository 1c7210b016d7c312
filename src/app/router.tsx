// Route table: every page below /:lang is a lazy chunk, loaded when first visited. Pages built from
// the learner's own data or the URL's query render only in the browser: pre-rendered HTML of
// those routes carries the page's frame (title, heading, intro) and a loading line
// (see page-frame.tsx and src/shared/hydration.tsx).
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ExamPage, PracticePage, ProgressPage, ReviewPage } from '../features/quiz';
import { CourseMapPage, embedComponents, GlossaryPage, LessonPage } from '../features/reader';
import { SimulatorEmbed, SimulatorPage } from '../features/simulator';
import { ClientOnly } from '../shared/hydration';
import { LangLayout, PageLoading } from './layout';
import { PageFrame, type FramedPage } from './page-frame';
import { NotFound } from './not-found';
import { RootRedirect } from './root-redirect';

// Lessons embed other features' components; wiring them here keeps the reader independent of them.
embedComponents.simulator = SimulatorEmbed;

const framed = (name: FramedPage, page: ReactNode) => <PageFrame page={name}>{page}</PageFrame>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
      <Route path=":lang" element={<LangLayout />}>
        <Route index element={<CourseMapPage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="practice" element={framed('practice', <PracticePage />)} />
        <Route path="exam" element={framed('exam', <ExamPage />)} />
        {/* The result has its own heading, focused when it opens. */}
        <Route
          path="exam/:examId"
          element={
            <ClientOnly fallback={<PageLoading />}>
              <ExamPage />
            </ClientOnly>
          }
        />
        <Route path="review" element={framed('review', <ReviewPage />)} />
        <Route path="progress" element={framed('progress', <ProgressPage />)} />
        <Route path="simulator" element={framed('simulator', <SimulatorPage />)} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
