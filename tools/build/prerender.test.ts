import { alternateLinks, pageHtml, pagePreloads, splitHoisted } from './prerender';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-B.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('splitHoisted', () => {
  it('moves the page title and meta tags React writes first out of the body', () => {
    const html =
      '<title>Lesson · Cirrus</title><meta name="description" content="A &amp; B"/><header>x</header><title>not hoisted</title>';
    expect(splitHoisted(html)).toEqual({
      head: '<title>Lesson · Cirrus</title><meta name="description" content="A &amp; B"/>',
      body: '<header>x</header><title>not hoisted</title>',
    });
  });

  it('leaves a page without hoisted tags alone', () => {
    expect(splitHoisted('<header>x</header>')).toEqual({ head: '', body: '<header>x</header>' });
  });
});

describe('pagePreloads', () => {
  const manifest = {
    'src/app/start.tsx': { file: 'assets/start.js', imports: ['_react'] },
    _react: { file: 'assets/react.js' },
    'src/features/quiz/ui/practice-route.tsx': { file: 'assets/practice.js', imports: ['_react'] },
    'src/features/progress/runtime.ts': { file: 'assets/runtime.js' },
    'virtual:cirrus/questions/index': { file: 'assets/questions-index.js' },
    'virtual:cirrus/questions/es/1': { file: 'assets/questions-es-1.js' },
    'src/features/reader/lesson-route.tsx': { file: 'assets/lesson-route.js', imports: ['_react'] },
    'virtual:cirrus/lesson/es/cloud-benefits': { file: 'assets/cloud-benefits-es.js' },
    'src/features/reader/course-map-route.tsx': {
      file: 'assets/course-map.js',
      imports: ['_react'],
    },
    'src/features/quiz/ui/home-summary.tsx': {
      file: 'assets/home-summary.js',
      imports: ['_react', '_labels'],
    },
    _labels: { file: 'assets/quiz-labels.js' },
    'src/features/simulator/ui/home-card.tsx': { file: 'assets/home-card.js', imports: ['_react'] },
  };

  it('preloads the app, the route, progress and the bank index (no texts) for a quiz page', () => {
    expect(pagePreloads('/es/practice', manifest)).toEqual([
      'assets/start.js',
      'assets/react.js',
      'assets/practice.js',
      'assets/runtime.js',
      'assets/questions-index.js',
    ]);
  });

  it('preloads the app, the route and the lesson itself for a lesson, in its language', () => {
    expect(pagePreloads('/es/lessons/cloud-benefits', manifest)).toEqual([
      'assets/start.js',
      'assets/react.js',
      'assets/lesson-route.js',
      'assets/cloud-benefits-es.js',
      'assets/runtime.js',
    ]);
  });

  it('preloads the course map and the cards it loads at once on home', () => {
    expect(pagePreloads('/en', manifest)).toEqual([
      'assets/start.js',
      'assets/react.js',
      'assets/course-map.js',
      'assets/home-summary.js',
      'assets/quiz-labels.js',
      'assets/home-card.js',
      'assets/runtime.js',
    ]);
  });

  it('fails the build when a chunk a page needs is not in it', () => {
    expect(() => pagePreloads('/en/lessons/renamed', manifest)).toThrow(
      '/en/lessons/renamed: no chunk virtual:cirrus/lesson/en/renamed in the build to preload',
    );
  });

  it('preloads just the app and saved progress for a page with no route chunk of its own', () => {
    expect(pagePreloads('/es/unknown', manifest)).toEqual([
      'assets/start.js',
      'assets/react.js',
      'assets/runtime.js',
    ]);
  });
});

describe('pageHtml', () => {
  const page = {
    url: '/es/lessons/cloud-benefits',
    html: '<title>Beneficios · Cirrus</title><header>h</header><main>texto</main>',
    lang: 'es',
    alternates: '',
  };

  it('fills the root, sets the language and puts page tags in <head> after the CSP', () => {
    const out = pageHtml(TEMPLATE, page);
    expect(out).toContain('<html lang="es">');
    expect(out).toContain('<div id="root"><header>h</header><main>texto</main></div>');
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('<title>Beneficios · Cirrus</title>');
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<title>'));
  });

  it('keeps dollar signs in page text as text', () => {
    const html = "<main>Lambda costs $0.20 per 1M requests; $& and $' stay</main>";
    expect(pageHtml(TEMPLATE, { ...page, html })).toContain(
      '<div id="root"><main>Lambda costs $0.20 per 1M requests; $& and $\' stay</main></div>',
    );
  });

  it('lists the chunks to preload on the root, under the base path, not as <link> tags', () => {
    const preload = ['assets/start.js', 'assets/practice.js'];
    const out = pageHtml(TEMPLATE, { ...page, preload }, '/cirrus/');
    expect(out).toContain(
      '<div id="root" data-preload="/cirrus/assets/start.js /cirrus/assets/practice.js"><header>',
    );
    expect(out.match(/modulepreload/g)).toHaveLength(1); // the build's own link only
    expect(pageHtml(TEMPLATE, page)).toContain('<div id="root"><header>');
  });

  it('refuses markup the CSP would block: inline scripts and style attributes', () => {
    for (const html of ['<main><script>x()</script></main>', '<main style="color: red">x</main>'])
      expect(() => pageHtml(TEMPLATE, { ...page, html })).toThrow(/inline script or style/);
  });

  it('fails loudly when index.html has no empty root to fill', () => {
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), page)).toThrow(/root/);
  });
});

describe('alternateLinks', () => {
  it('writes canonical and hreflang links only when the site address is known', () => {
    expect(alternateLinks('/en/glossary', undefined, '/')).toBe('');
    const links = alternateLinks('/en/glossary', 'https://cirrus.example/', '/');
    expect(links).toContain('<link rel="canonical" href="https://cirrus.example/en/glossary">');
    expect(links).toContain(
      '<link rel="alternate" hreflang="es" href="https://cirrus.example/es/glossary">',
    );
    expect(links).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://cirrus.example/en/glossary">',
    );
  });
});
