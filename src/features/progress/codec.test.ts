import fc from 'fast-check';
import { assertStorable, decodeStored, encodeState, encodeStored } from './codec';
import { EXPECTED_V1 } from './fixtures/expected';
import { parseJsonSalvaging } from './json-salvage';
import { createProgressStore, pickData } from './store';
import { progressArb, seededRandom, PROPERTY_TIMEOUT } from './test-support';
import { emptyProgress, type ProgressData } from './types';

const NOW = 1_732_000_000_000;

function decode(text: string) {
  const outcome = decodeStored(text, NOW);
  if (outcome.kind !== 'data') throw new Error(`unexpected ${outcome.kind}`);
  return outcome;
}

describe('encodeStored / decodeStored', () => {
  it(
    'round-trips every valid state exactly, as canonical text',
    () => {
      fc.assert(
        fc.property(progressArb(), (data) => {
          const text = encodeStored(data);
          const outcome = decode(text);
          expect(outcome.ctx.issues).toEqual([]);
          expect(outcome.canonical).toBe(true);
          expect(outcome.data).toEqual(data);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('reports a newer version without decoding it', () => {
    const text = JSON.stringify({ version: 2, state: { whatever: true } });
    expect(decodeStored(text, NOW)).toEqual({ kind: 'newer', version: 2 });
  });

  it('treats text that is not JSON as empty progress that needs a backup', () => {
    const outcome = decode('this is not JSON');
    expect(outcome.data).toEqual(emptyProgress());
    expect(outcome.canonical).toBe(false);
    expect(outcome.ctx.issueCount).toBeGreaterThan(0);
  });

  it('drops a bad answer record, not the log', () => {
    const stored = JSON.parse(encodeStored(EXPECTED_V1)) as { state: { a: unknown[] } };
    stored.state.a[1] = ['broken', 'not-an-index', [], 0, 1];
    const outcome = decode(JSON.stringify(stored));
    expect(outcome.ctx.issues).toEqual(['state.a[1]: invalid']);
    expect(outcome.data.answers.map((a) => a.id)).toEqual(['m3c4d5e0-a1b2c3', 'm3c4d600-q1w2e3']);
    expect(outcome.data.exams).toEqual(EXPECTED_V1.exams);
  });

  it('drops only the bad lesson entries', () => {
    const stored = JSON.parse(encodeStored(EXPECTED_V1)) as {
      state: { l: Record<string, unknown> };
    };
    stored.state.l.broken = 'yesterday';
    const outcome = decode(JSON.stringify(stored));
    expect(outcome.ctx.issues).toEqual(['state.l.broken: invalid']);
    expect(outcome.data.lessonsRead).toEqual(EXPECTED_V1.lessonsRead);
  });

  it('keeps every other field when one has the wrong shape', () => {
    const stored = JSON.parse(encodeStored(EXPECTED_V1)) as { state: Record<string, unknown> };
    stored.state.e = { not: 'a list' };
    const outcome = decode(JSON.stringify(stored));
    expect(outcome.ctx.issues).toEqual(['state.e: not a list']);
    expect(outcome.data).toEqual({ ...EXPECTED_V1, exams: [] });
  });

  it('reads the state even when the version number is damaged', () => {
    const text = encodeStored(EXPECTED_V1).replace('"version":1', '"version":"1"');
    const outcome = decode(text);
    expect(outcome.data).toEqual(EXPECTED_V1);
    expect(outcome.canonical).toBe(false);
  });

  it('salvages a truncated text up to the cut, and every intact answer after damage', () => {
    const text = encodeStored(EXPECTED_V1);
    const cut = text.indexOf('["m3c4d600');
    const truncated = decode(text.slice(0, cut + 10));
    expect(truncated.data.answers.map((a) => a.id)).toEqual(['m3c4d5e0-a1b2c3', 'm3c4d5f0-z9y8x7']);
    expect(truncated.data.exams).toEqual(EXPECTED_V1.exams);
    expect(truncated.data.lessonsRead).toEqual(EXPECTED_V1.lessonsRead);

    // Damage in the middle of the log: the answers after it still come back.
    const damaged = text.replace('["m3c4d5f0-z9y8x7",1', '["m3c4d5f0-z9y8x7",1}');
    const outcome = decode(damaged);
    expect(outcome.data.answers.map((a) => a.id)).toEqual(['m3c4d5e0-a1b2c3', 'm3c4d600-q1w2e3']);
  });

  it('recovers fields that come after damage early in the text', () => {
    const text = encodeStored(EXPECTED_V1).replace('"g":[1731500000000,', '"g":[1731500000000,,');
    const outcome = decode(text);
    expect(outcome.data).toEqual({ ...EXPECTED_V1, generation: { at: 0, id: '' } });
  });
});

describe('parseJsonSalvaging', () => {
  it('parses valid JSON like JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonSalvaging(text).value).toEqual(JSON.parse(text));
      }),
    );
  });

  it(
    'keeps the complete part of any prefix and never throws',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), (value, n) => {
          const text = JSON.stringify(value);
          const cut = text.slice(0, n % (text.length + 1));
          expect(() => parseJsonSalvaging(cut)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('does not trust a number cut short by the end of the text', () => {
    const result = parseJsonSalvaging('[1,2,17316');
    expect(result.value).toEqual([1, 2]);
    expect(result.damagedAt).not.toBeNull();
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parseJsonSalvaging('['.repeat(100_000))).not.toThrow();
  });
});

describe('assertStorable', () => {
  it('refuses data that would not read back', () => {
    const bad = { ...emptyProgress(), lessonsRead: { l: 1.5 }, lessonChangedAt: { l: 1.5 } };
    expect(() => assertStorable(bad)).toThrow(/refusing/);
    expect(() => assertStorable(EXPECTED_V1)).not.toThrow();
  });
});

describe('stored size', () => {
  // Question ids as the content uses them ("<task>-<slug>"), 2-option answers, real answer ids.
  const TASKS = ['1.1', '1.2', '2.3', '3.3', '3.5', '4.1'];
  const SLUGS = ['lambda-image-resize', 'ec2-full-os-control', 'shared-responsibility-patching'];
  const OPTIONS = [
    'general-purpose',
    'compute-optimized',
    'memory-optimized',
    'storage-optimized',
    'lambda',
  ];

  function tenThousandAnswers(): ProgressData {
    const random = seededRandom(7);
    let time = 1_732_000_000_000;
    const { store } = createProgressStore({
      now: () => (time += 37_000),
      random,
      getStorage: () => null,
    });
    const questions = TASKS.flatMap((task) => SLUGS.map((slug) => `${task}-${slug}`));
    for (let i = 0; i < 10_000; i++) {
      const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
      store.getState().recordAnswer({
        questionId: pick(questions),
        selected: [pick(OPTIONS), pick(OPTIONS)],
        correct: random() < 0.6,
        confidence: random() < 0.5 ? 'sure' : 'unsure',
        mode: 'practice',
      });
    }
    return pickData(store.getState());
  }

  it(
    'keeps 10,000 answers within 1 MiB of stored text',
    () => {
      const data = tenThousandAnswers();
      const text = encodeStored(data);
      expect(data.answers).toHaveLength(10_000);
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(1024 * 1024);
      expect(decode(text).data).toEqual(data);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'interns question and option ids once',
    () => {
      const state = encodeState(tenThousandAnswers());
      expect(state.s.length).toBeLessThan(30);
    },
    PROPERTY_TIMEOUT,
  );
});
