import { alternateUrls } from './alternates';

describe('alternateUrls', () => {
  it('points every language and x-default at the same page', () => {
    const { canonical, alternates } = alternateUrls(
      '/es/lessons/cloud-benefits',
      'https://cirrus.example',
      '/',
    );
    expect(canonical).toBe('https://cirrus.example/es/lessons/cloud-benefits');
    expect(alternates).toEqual([
      { hreflang: 'en', href: 'https://cirrus.example/en/lessons/cloud-benefits' },
      { hreflang: 'es', href: 'https://cirrus.example/es/lessons/cloud-benefits' },
      { hreflang: 'x-default', href: 'https://cirrus.example/en/lessons/cloud-benefits' },
    ]);
  });

  it('keeps the base path and drops a trailing slash', () => {
    const { canonical, alternates } = alternateUrls('/en/', 'http://localhost:4173', '/cirrus/');
    expect(canonical).toBe('http://localhost:4173/cirrus/en');
    expect(alternates.map((a) => a.href)).toEqual([
      'http://localhost:4173/cirrus/en',
      'http://localhost:4173/cirrus/es',
      'http://localhost:4173/cirrus/en',
    ]);
  });
});
