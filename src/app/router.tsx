// Route table: every page below /:lang is a lazy chunk, loaded when first visited.
import { Route, Routes } from 'react-router';
import { ExamPage, PracticePage, ProgressPage, ReviewPage } from '../features/quiz';
import { CourseMapPage, embedComponents, GlossaryPage, LessonPage } from '../features/reader';
import { SimulatorEmbed, SimulatorPage } from '../features/simulator';
import { LangLayout } from './layout';
import { NotFound } from './not-found';
import { RootRedirect } from './root-redirect';

// Lessons embed other features' components; wiring them here keeps the reader independent of them.
embedComponents.simulator = SimulatorEmbed;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
      <Route path=":lang" element={<LangLayout />}>
        <Route index element={<CourseMapPage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="practice" element={<PracticePage />} />
        <Route path="exam" element={<ExamPage />} />
        <Route path="exam/:examId" element={<ExamPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="simulator" element={<SimulatorPage />} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
