// Route table: every page below /:lang is lazy-loaded.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { courseMapRoute, lessonRoute } from '../features/reader';
import { LangLayout } from './layout';
import { NotFound } from './not-found';
import { RootRedirect } from './root-redirect';
import { RouteError } from './route-error';

export const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect /> },
  {
    path: '/:lang',
    element: <LangLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: courseMapRoute },
          { path: 'lessons/:slug', lazy: lessonRoute },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
