import { alternateLinks, pageHtml, preloadFiles, splitHoisted } from './prerender';

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

const MANIFEST = {
  'src/features/reader/lesson-route.tsx': {
    file: 'assets/lesson-route-C.js',
    imports: ['_shared'],
  },
  _shared: { file: 'assets/shared-B.js' },
  'virtual:cirrus/lesson/es/cloud-benefits': { file: 'assets/cloud-benefits-D.js' },
  'src/features/reader/course-map-route.tsx': { file: 'assets/course-map-E.js' },
};

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

describe('preloadFiles', () => {
  it('preloads a lesson page, its imports and that lesson chunk in that language', () => {
    expect(preloadFiles('/es/lessons/cloud-benefits', MANIFEST)).toEqual([
      'assets/lesson-route-C.js',
      'assets/shared-B.js',
      'assets/cloud-benefits-D.js',
    ]);
  });

  it('preloads the course map on home and nothing on browser-only pages', () => {
    expect(preloadFiles('/en', MANIFEST)).toEqual(['assets/course-map-E.js']);
    expect(preloadFiles('/en/exam', MANIFEST)).toEqual([]);
  });
});

describe('pageHtml', () => {
  const page = {
    url: '/es/lessons/cloud-benefits',
    html: '<title>Beneficios · Cirrus</title><header>h</header><main>texto</main>',
    lang: 'es',
    preload: ['assets/lesson-route-C.js', 'assets/shared-B.js'],
    alternates: '',
  };

  it('fills the root, sets the language and puts page tags in <head> after the CSP', () => {
    const out = pageHtml(TEMPLATE, page, '/');
    expect(out).toContain('<html lang="es">');
    expect(out).toContain('<div id="root"><header>h</header><main>texto</main></div>');
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).toContain('<title>Beneficios · Cirrus</title>');
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<title>'));
  });

  it('adds modulepreload links only for files the template does not load already', () => {
    const out = pageHtml(TEMPLATE, page, '/');
    expect(out).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/lesson-route-C.js">',
    );
    expect(out.match(/shared-B\.js/g)).toHaveLength(1);
  });

  it('refuses markup the CSP would block: inline scripts and style attributes', () => {
    for (const html of ['<main><script>x()</script></main>', '<main style="color: red">x</main>'])
      expect(() => pageHtml(TEMPLATE, { ...page, html }, '/')).toThrow(/inline script or style/);
  });

  it('fails loudly when index.html has no empty root to fill', () => {
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), page, '/')).toThrow(
      /root/,
    );
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
