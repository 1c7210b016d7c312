import { paths, preferredLanguage, switchLanguagePath } from './paths';

describe('paths', () => {
  it('builds language-prefixed URLs', () => {
    expect(paths.home('es')).toBe('/es');
    expect(paths.lesson('en', 'serverless-computing', 'how-lambda-works')).toBe(
      '/en/lessons/serverless-computing#how-lambda-works',
    );
    expect(paths.lesson('es', 'serverless-computing')).toBe('/es/lessons/serverless-computing');
  });
});

describe('switchLanguagePath', () => {
  const loc = { pathname: '/en/lessons/serverless-computing', search: '?x=1', hash: '#aws-lambda' };
  it('keeps the page, the query and the hash', () => {
    expect(switchLanguagePath(loc, 'es')).toBe('/es/lessons/serverless-computing?x=1#aws-lambda');
  });
  it('prefers the section being read over the URL hash', () => {
    expect(switchLanguagePath(loc, 'es', 'containers')).toBe(
      '/es/lessons/serverless-computing?x=1#containers',
    );
  });
  it('works on the home page', () => {
    expect(switchLanguagePath({ pathname: '/es', search: '', hash: '' }, 'en')).toBe('/en');
  });
  it('drops the trailing slash a static host may add (/en/lessons/x/)', () => {
    const slash = { pathname: '/en/lessons/cloud-benefits/', search: '', hash: '' };
    expect(switchLanguagePath(slash, 'es')).toBe('/es/lessons/cloud-benefits');
    expect(switchLanguagePath({ pathname: '/en/', search: '', hash: '' }, 'es')).toBe('/es');
  });
});

describe('preferredLanguage', () => {
  it('uses the saved language first', () => {
    expect(preferredLanguage('en', ['es-MX'])).toBe('en');
  });
  it('falls back to the first supported browser language', () => {
    expect(preferredLanguage(null, ['fr-FR', 'es-419', 'en'])).toBe('es');
    expect(preferredLanguage(null, ['de', 'en-GB'])).toBe('en');
    expect(preferredLanguage(null, ['de'])).toBe('en');
    expect(preferredLanguage(null, [])).toBe('en');
  });
});

describe('quiz paths', () => {
  it('builds practice scopes as query parameters', () => {
    expect(paths.practice('en')).toBe('/en/practice');
    expect(paths.practice('es', { task: '3.3' })).toBe('/es/practice?task=3.3');
    expect(paths.practice('en', { lesson: 'compute-services' })).toBe(
      '/en/practice?lesson=compute-services',
    );
    expect(paths.examResult('en', 'x1-abc')).toBe('/en/exam/x1-abc');
  });
});
