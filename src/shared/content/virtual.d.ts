// The virtual module served by tools/content/vite-plugin.ts; typed through ./course.ts.
declare module 'virtual:cirrus/course' {
  export const domains: unknown;
  export const lessons: unknown;
  export const questionCounts: unknown;
  export const lessonLoaders: unknown;
}

// `questions/index`: every question's id, task, domain and lesson, without texts. One module per
// language and exam domain (`questions/es/3`): that part of the question bank with that language's
// texts (see vite-plugin.ts).
declare module 'virtual:cirrus/questions/*' {
  const questions: unknown;
  export default questions;
}

// One module per language: glossary terms with that language's texts and the other's term.
declare module 'virtual:cirrus/glossary/*' {
  const terms: unknown;
  export default terms;
}

// Lesson summaries per language ({ en: { <lesson-id>: summary }, es: … }), for the course map only.
declare module 'virtual:cirrus/summaries' {
  const summaries: unknown;
  export default summaries;
}
