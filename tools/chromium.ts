// Which Chromium the tools drive: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium where it
// exists (machines that cannot download Playwright's browsers), else undefined = Playwright's own.
import { existsSync } from 'node:fs';

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
