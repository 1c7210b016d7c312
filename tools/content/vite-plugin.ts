// Vite plugin: compiles content/ at build time and serves it as virtual modules, one chunk per lesson.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { LANGS } from '../../src/shared/content/types.ts';
import { compileContent, readContentFiles, type CompiledContent } from './compile.ts';
import { ContentError } from './issues.ts';

const PREFIX = 'virtual:cirrus/';
const RESOLVED = '\0' + PREFIX;

/** JSON inside a JS module: JSON.parse of a string literal is the fastest way to ship data. */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * `root` holds the content/ folder (default: the Vite root). CIRRUS_CONTENT_ROOT overrides it, to
 * build the app against another copy of content/ while the working tree's content is mid-edit.
 */
export function cirrusContent(options: { root?: string } = {}): Plugin {
  const override = options.root ?? process.env.CIRRUS_CONTENT_ROOT;
  let root = override ?? process.cwd();
  let cache: CompiledContent | null = null;
  const compiled = () => (cache ??= compileContent(readContentFiles(root)));

  const invalidate = (server: ViteDevServer) => {
    cache = null;
    for (const env of Object.values(server.environments)) {
      for (const mod of env.moduleGraph.idToModuleMap.values())
        if (mod.id?.startsWith(RESOLVED)) env.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'cirrus-content',
    configResolved(config) {
      root = override ?? config.root;
    },
    buildStart() {
      // Fail the build early, with every content problem listed by file and line.
      cache = null;
      try {
        compiled();
      } catch (error) {
        if (error instanceof ContentError && override === undefined)
          error.message +=
            '\n(Content under edit by someone else? Set CIRRUS_CONTENT_ROOT to a folder holding another copy of content/, e.g. /tmp/content-snapshot made with `git archive HEAD content | tar -x -C /tmp/content-snapshot`.)';
        throw error;
      }
      this.addWatchFile(path.join(root, 'content'));
    },
    configureServer(server) {
      server.watcher.add(path.join(root, 'content'));
      const onChange = (file: string) => {
        if (path.relative(root, file).startsWith('content')) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const what = id.slice(RESOLVED.length);
      const content = compiled();
      if (what === 'course') {
        const lessons = Object.fromEntries(
          LANGS.map((lang) => [
            lang,
            // Summaries are left out: only home shows them (virtual:cirrus/summaries), and this
            // module is on every lesson page's critical path.
            content.lessons[lang].map(({ id, task, domain, title }) => ({
              id,
              task,
              domain,
              title,
            })),
          ]),
        );
        const loaders = LANGS.map(
          (lang) =>
            `${lang}: {${content.lessons[lang]
              .map(
                (l) =>
                  `${JSON.stringify(l.id)}: () => import(${JSON.stringify(`${PREFIX}lesson/${lang}/${l.id}`)})`,
              )
              .join(',\n')}}`,
        ).join(',\n');
        const counts: Record<string, number> = {};
        for (const q of content.questions) counts[q.task] = (counts[q.task] ?? 0) + 1;
        return [
          `export const domains = ${JSON.stringify(content.course)};`,
          `export const lessons = ${JSON.stringify(lessons)};`,
          `export const questionCounts = ${JSON.stringify(counts)};`,
          `export const lessonLoaders = {${loaders}};`,
        ].join('\n');
      }
      if (what === 'summaries') {
        return jsonModule(
          Object.fromEntries(
            LANGS.map((lang) => [
              lang,
              Object.fromEntries(content.lessons[lang].map((l) => [l.id, l.summary])),
            ]),
          ),
        );
      }
      const lesson = /^lesson\/(en|es)\/([a-z0-9-]+)$/.exec(what);
      if (lesson) {
        const doc = content.lessons[lesson[1] as 'en' | 'es'].find((l) => l.id === lesson[2]);
        if (!doc) throw new Error(`no lesson ${what}`);
        return jsonModule(doc);
      }
      // Every question's id, task statement, domain and lesson section, without texts: all the
      // quiz's set-up pages need (src/features/quiz/bank.ts).
      if (what === 'questions/index')
        return jsonModule(
          content.questions.map(({ id, task, domain, lesson }) => ({ id, task, domain, lesson })),
        );
      // One module per language and exam domain (`questions/es/3`), so no chunk outgrows the
      // route budget; the quiz loads the four together (src/features/quiz/bank.ts).
      const questions = /^questions\/(en|es)\/([1-4])$/.exec(what);
      if (questions) {
        const lang = questions[1] as 'en' | 'es';
        const domain = `${questions[2]}.`;
        return jsonModule(
          content.questions
            .filter((q) => q.task.startsWith(domain))
            .map((q) => ({
              ...q,
              stem: q.stem[lang],
              options: q.options.map((o) => ({ id: o.id, text: o.text[lang], why: o.why[lang] })),
            })),
        );
      }
      const glossary = /^glossary\/(en|es)$/.exec(what);
      if (glossary) {
        const lang = glossary[1] as 'en' | 'es';
        const other = lang === 'en' ? 'es' : 'en';
        return jsonModule(
          content.glossary.map((t) => ({
            id: t.id,
            lesson: t.lesson,
            term: t[lang].term,
            definition: t[lang].definition,
            translation: t[other].term,
          })),
        );
      }
      throw new Error(`unknown content module ${id}`);
    },
  };
}
