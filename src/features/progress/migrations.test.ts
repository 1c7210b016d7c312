import { decodeStored, encodeStored } from './codec';
import { EXPECTED_V0, EXPECTED_V1, MIGRATED_AT } from './fixtures/expected';
import { CURRENT_VERSION, type ProgressData } from './types';

const fixtures = import.meta.glob<string>('./fixtures/v*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const EXPECTED: Record<number, ProgressData> = { 0: EXPECTED_V0, 1: EXPECTED_V1 };

function fixture(version: number): string {
  const text = fixtures[`./fixtures/v${version}.json`];
  if (text === undefined) throw new Error(`missing fixture v${version}`);
  return text;
}

function decoded(text: string) {
  const outcome = decodeStored(text, MIGRATED_AT);
  if (outcome.kind !== 'data') throw new Error(`unexpected ${outcome.kind}`);
  return outcome;
}

describe('stored-version fixtures', () => {
  it('has a fixture and an expected decoding for every version up to the current one', () => {
    for (let version = 0; version <= CURRENT_VERSION; version++) {
      expect(fixture(version).length).toBeGreaterThan(0);
      expect(EXPECTED[version]).toBeDefined();
    }
    expect(Object.keys(fixtures)).toHaveLength(CURRENT_VERSION + 1);
  });

  for (let version = 0; version <= CURRENT_VERSION; version++) {
    it(`reads v${version} into the current shape with nothing dropped`, () => {
      const outcome = decoded(fixture(version));
      expect(outcome.ctx.issues).toEqual([]);
      expect(outcome.version).toBe(version);
      expect(outcome.data).toEqual(EXPECTED[version]);
      // And the migrated state is something the current version writes and reads back.
      expect(decoded(encodeStored(outcome.data)).data).toEqual(EXPECTED[version]);
    });
  }

  it('treats only current-version text as needing no backup', () => {
    // Fixtures are pretty-printed for review; the app stores them minified.
    const minified = (version: number) => JSON.stringify(JSON.parse(fixture(version)));
    expect(decoded(minified(CURRENT_VERSION)).canonical).toBe(true);
    for (let version = 0; version < CURRENT_VERSION; version++) {
      expect(decoded(minified(version)).canonical).toBe(false);
    }
  });

  it('migrates v0 answers without mode to practice and keeps the rest', () => {
    const [, second] = decoded(fixture(0)).data.answers;
    expect(second?.mode).toBe('practice');
    expect(second && 'confidence' in second).toBe(false);
  });

  it('drops only the bad items of a damaged v0 state', () => {
    const v0 = JSON.parse(fixture(0)) as { state: { lessonsRead: unknown[]; answers: unknown[] } };
    v0.state.lessonsRead.push(42);
    v0.state.answers.push({ answerId: 'broken', questionId: 7 });
    const outcome = decoded(JSON.stringify(v0));
    expect(outcome.ctx.issueCount).toBe(2);
    expect(outcome.data).toEqual(EXPECTED_V0);
  });
});
