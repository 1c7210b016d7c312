// Route table: every page below /:lang is a lazy chunk, loaded when first visited. Pages built from
// the learner's own data or the URL's query render only in the browser: pre-rendered HTML of
// those routes carries the frame and a loading line (see src/shared/hydration.tsx).
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ExamPage, PracticePage, ProgressPage, ReviewPage } from '../features/quiz';
import { CourseMapPage, embedComponents, GlossaryPage, LessonPage } from '../features/reader';
import { SimulatorEmbed, SimulatorPage } from '../features/simulator';
import { ClientOnly } from '../shared/hydration';
import { LangLayout, PageLoading } from './layout';
import { NotFound } from './not-found';
import { RootRedirect } from './root-redirect';

// Lessons embed other features' components; wiring them here keeps the reader independent of them.
embedComponents.simulator = SimulatorEmbed;

const browserOnly = (page: ReactNode) => <ClientOnly fallback={<PageLoading />}>{page}</ClientOnly>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
      <Route path=":lang" element={<LangLayout />}>
        <Route index element={<CourseMapPage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="practice" element={browserOnly(<PracticePage />)} />
        <Route path="exam" element={browserOnly(<ExamPage />)} />
        <Route path="exam/:examId" element={browserOnly(<ExamPage />)} />
        <Route path="review" element={browserOnly(<ReviewPage />)} />
        <Route path="progress" element={browserOnly(<ProgressPage />)} />
        <Route path="simulator" element={browserOnly(<SimulatorPage />)} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
