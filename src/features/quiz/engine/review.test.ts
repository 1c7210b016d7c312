import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createRng, shuffled } from '../../../shared/random';
import {
  cardsFromLog,
  dueCount,
  dueQuestions,
  gradeFor,
  reviewAfterAnswer,
  type ReviewCard,
} from './review';
import { CONFIDENCES, type AnswerLogEntry } from './types';

const DAY = 86_400_000;
const t0 = Date.UTC(2025, 5, 2, 9, 30);

const must = (card: ReviewCard | undefined): ReviewCard => {
  if (!card) throw new Error('expected a card');
  return card;
};

describe('grading answers for FSRS', () => {
  it('maps wrong → Again, guessed → Hard, unsure → Good, sure → Easy', () => {
    expect(gradeFor({ correct: false, confidence: 'sure' })).toBe(Rating.Again);
    expect(gradeFor({ correct: true, confidence: 'guessed' })).toBe(Rating.Hard);
    expect(gradeFor({ correct: true, confidence: 'unsure' })).toBe(Rating.Good);
    expect(gradeFor({ correct: true, confidence: 'sure' })).toBe(Rating.Easy);
    expect(gradeFor({ correct: true })).toBe(Rating.Good);
  });
});

describe('reviewAfterAnswer', () => {
  it('brings a wrong answer back within a day', () => {
    const card = must(reviewAfterAnswer(undefined, { correct: false }, t0));
    expect(card.due).toBeGreaterThan(t0);
    expect(card.due).toBeLessThanOrEqual(t0 + DAY);
  });

  it('only starts reviewing questions answered wrong or without being sure', () => {
    expect(reviewAfterAnswer(undefined, { correct: true, confidence: 'sure' }, t0)).toBeUndefined();
    expect(reviewAfterAnswer(undefined, { correct: true }, t0)).toBeUndefined();
    expect(reviewAfterAnswer(undefined, { correct: true, confidence: 'unsure' }, t0)).toBeDefined();
    expect(
      reviewAfterAnswer(undefined, { correct: true, confidence: 'guessed' }, t0),
    ).toBeDefined();
  });

  it('waits longer the surer a right answer was', () => {
    const dues = (card: ReviewCard | undefined, at: number) => [
      must(reviewAfterAnswer(card, { correct: false }, at)).due,
      must(reviewAfterAnswer(card, { correct: true, confidence: 'guessed' }, at)).due,
      must(reviewAfterAnswer(card, { correct: true, confidence: 'unsure' }, at)).due,
      must(reviewAfterAnswer(card, { correct: true, confidence: 'sure' }, at)).due,
    ];
    const afterMiss = must(reviewAfterAnswer(undefined, { correct: false }, t0));
    for (const [card, at] of [
      [afterMiss, afterMiss.due],
      [afterMiss, t0 + 3 * DAY],
    ] as const) {
      const [again, hard, good, easy] = dues(card, at);
      expect(hard).toBeGreaterThan(again ?? 0);
      expect(good).toBeGreaterThan(hard ?? 0);
      expect(easy).toBeGreaterThan(good ?? 0);
    }
  });

  it('stores a card that survives JSON unchanged in effect', () => {
    const card = must(reviewAfterAnswer(undefined, { correct: false }, t0));
    const restored = JSON.parse(JSON.stringify(card)) as ReviewCard;
    expect(restored).toEqual(card);
    const later = t0 + 2 * DAY;
    expect(reviewAfterAnswer(restored, { correct: true, confidence: 'unsure' }, later)).toEqual(
      reviewAfterAnswer(card, { correct: true, confidence: 'unsure' }, later),
    );
  });
});

describe('cardsFromLog', () => {
  const entryArb = fc.record(
    {
      questionId: fc.constantFrom('q-a', 'q-b', 'q-c', 'q-d'),
      correct: fc.boolean(),
      confidence: fc.constantFrom(...CONFIDENCES),
      // Whole minutes over ~60 days, so equal timestamps happen and tie-breaking is exercised.
      at: fc.integer({ min: 0, max: 60 * 24 * 60 }).map((m) => t0 + m * 60_000),
    },
    { requiredKeys: ['questionId', 'correct', 'at'] },
  );
  const logArb = fc
    .array(entryArb, { maxLength: 40 })
    .map((entries): AnswerLogEntry[] => entries.map((e, i) => ({ id: `e${i}`, ...e })));
  const sortedLog = (log: readonly AnswerLogEntry[]) =>
    log.slice().sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));

  it('rebuilds the same cards from a shuffled-then-sorted log, a shuffled one, or one merged with overlap', () => {
    fc.assert(
      fc.property(logArb, fc.integer(), (log, seed) => {
        const expected = cardsFromLog(sortedLog(log));
        const mixed = shuffled(log, createRng(seed));
        expect(cardsFromLog(sortedLog(mixed))).toEqual(expected);
        expect(cardsFromLog(mixed)).toEqual(expected);
        // Two tabs each hold part of the log plus a shared prefix; their union (with repeats) replays the same.
        const half = Math.floor(mixed.length / 2);
        expect(
          cardsFromLog([...mixed.slice(0, half + 3), ...mixed.slice(Math.max(0, half - 3))]),
        ).toEqual(expected);
      }),
    );
  });

  it('matches answering one at a time with cards stored as JSON in between', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        let stored: Record<string, ReviewCard> = {};
        for (const entry of sortedLog(log)) {
          const next = reviewAfterAnswer(stored[entry.questionId], entry, entry.at);
          if (next)
            stored = JSON.parse(JSON.stringify({ ...stored, [entry.questionId]: next })) as Record<
              string,
              ReviewCard
            >;
        }
        expect(Object.fromEntries(cardsFromLog(log))).toEqual(stored);
      }),
    );
  });

  it('makes a card only for questions that needed review', () => {
    const log: AnswerLogEntry[] = [
      { id: '1', questionId: 'sure-right', correct: true, confidence: 'sure', at: t0 },
      { id: '2', questionId: 'missed', correct: false, at: t0 + 1 },
      { id: '3', questionId: 'missed', correct: true, confidence: 'sure', at: t0 + 2 * DAY },
    ];
    const cards = cardsFromLog(log);
    expect([...cards.keys()]).toEqual(['missed']);
    expect(cards.get('missed')?.reps).toBe(2);
  });
});

describe('due reviews', () => {
  const log: AnswerLogEntry[] = [
    { id: '1', questionId: 'wrong-early', correct: false, at: t0 },
    { id: '2', questionId: 'wrong-later', correct: false, at: t0 + 3_600_000 },
    { id: '3', questionId: 'unsure', correct: true, confidence: 'unsure', at: t0 },
  ];
  const cards = cardsFromLog(log);

  it('lists what is due, most overdue first', () => {
    expect(dueQuestions(cards, t0)).toEqual([]);
    expect(dueQuestions(cards, t0 + DAY + 3_600_000)).toEqual(['wrong-early', 'wrong-later']);
    expect(dueCount(cards, t0 + DAY + 3_600_000)).toBe(2);
    expect(dueQuestions(cards, t0 + 365 * DAY)).toEqual(['wrong-early', 'wrong-later', 'unsure']);
    expect(dueCount(cards, t0 + 365 * DAY)).toBe(3);
  });
});
