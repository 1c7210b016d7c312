import { startupChunks } from './compile-hints';

const chunk = (facadeModuleId: string | null, imports: string[] = []) =>
  ({ type: 'chunk', facadeModuleId, imports }) as const;

describe('startupChunks', () => {
  const bundle = {
    'index.js': chunk('/app/src/app/main.tsx'),
    'start.js': chunk('/app/src/app/start.tsx', ['client.js', 'router.js']),
    'router.js': chunk(null, ['client.js', 'runtime.js']),
    'client.js': chunk('/app/node_modules/react-dom/client.js', ['runtime.js']),
    'runtime.js': chunk(null),
    'lesson-route.js': chunk('/app/src/features/reader/lesson-route.tsx', ['router.js']),
    'index.css': { type: 'asset' },
  } as const;

  it('takes the start chunk and everything it imports, not the entry or lazy routes', () => {
    expect(startupChunks(bundle, '/app/src/app/start.tsx')).toEqual([
      'client.js',
      'router.js',
      'runtime.js',
      'start.js',
    ]);
  });

  it('finds nothing when no chunk is built from the module', () => {
    expect(startupChunks(bundle, '/app/src/app/other.tsx')).toEqual([]);
  });
});
