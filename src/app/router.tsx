// Route table: every page below /:lang is a lazy chunk, loaded when first visited.
import { Route, Routes } from 'react-router';
import { CourseMapPage, GlossaryPage, LessonPage } from '../features/reader';
import { LangLayout } from './layout';
import { NotFound } from './not-found';
import { RootRedirect } from './root-redirect';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RootRedirect />} />
      <Route path=":lang" element={<LangLayout />}>
        <Route index element={<CourseMapPage />} />
        <Route path="lessons/:slug" element={<LessonPage />} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
