// Prints the closing "N passed, N failed" line from the Vitest log and the Playwright JSON report.
import { existsSync, readFileSync } from 'node:fs';

const [logFile, e2eFile, statusArg] = process.argv.slice(2);
const status = Number(statusArg ?? 1);
let passed = 0;
let failed = 0;

// Vitest's summary line, e.g. "      Tests  120 passed | 2 failed (122)" (ANSI colours stripped).
const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '') : '';
const vitest = /^\s*Tests\s+(.*)$/m.exec(log);
if (vitest) {
  passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
}

if (existsSync(e2eFile)) {
  const report = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += report.stats?.expected ?? 0;
  failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
}

// A step that failed without a runner count (typecheck, lint, build) still counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
