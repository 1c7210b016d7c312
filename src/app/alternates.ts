// Keeps <head> pointing search engines at this page's address and at its other language:
// `<link rel="canonical">` and one `<link rel="alternate" hreflang>` per language, plus x-default
// (English). Pre-rendered pages carry them when the build knows the site's address
// (CIRRUS_SITE_URL); this fills them in at run time from wherever the app is served.
import { useEffect } from 'react';
import { alternateUrls } from '../shared/alternates';

function upsertLink(selector: string, attrs: Record<string, string>) {
  let link = document.head.querySelector<HTMLLinkElement>(selector);
  if (!link) {
    link = document.createElement('link');
    document.head.append(link);
  }
  for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
}

export function useAlternateLinks(pathname: string) {
  useEffect(() => {
    const { canonical, alternates } = alternateUrls(
      pathname,
      window.location.origin,
      import.meta.env.BASE_URL,
    );
    upsertLink('link[rel="canonical"]', { rel: 'canonical', href: canonical });
    for (const { hreflang, href } of alternates)
      upsertLink(`link[rel="alternate"][hreflang="${hreflang}"]`, {
        rel: 'alternate',
        hreflang,
        href,
      });
  }, [pathname]);
}
