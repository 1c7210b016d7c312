// `npm run content:check`: compiles content/ and prints every problem with file and line.
import { compileContent, readContentFiles } from './compile.ts';
import { ContentError } from './issues.ts';

try {
  const out = compileContent(readContentFiles(process.cwd()));
  console.log(
    `content ok: ${out.lessons.en.length} lessons per language, ${out.questions.length} questions`,
  );
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
