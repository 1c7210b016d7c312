// Earlier stored formats: how to read each one and how to bring it up to the current shape.
import * as v from 'valibot';
import { normalizeProgress } from './merge';
import {
  IdSchema,
  TimeSchema,
  asRecord,
  reportUnknownKeys,
  salvageItems,
  type SalvageContext,
} from './salvage';
import {
  ANSWER_MODES,
  CONFIDENCES,
  INITIAL_GENERATION,
  type AnswerRecord,
  type ProgressData,
} from './types';

/**
 * Version 0, as zustand's default JSON storage wrote it: read lessons as a plain list (no
 * dates), answers as objects with long keys, no mock exams.
 */
export interface V0State {
  lessonsRead: string[];
  answers: V0Answer[];
}

const V0AnswerSchema = v.object({
  answerId: IdSchema,
  questionId: IdSchema,
  selectedOptions: v.array(IdSchema),
  isCorrect: v.boolean(),
  confidence: v.optional(v.picklist(CONFIDENCES)),
  // Answers from before modes existed were all practice.
  mode: v.optional(v.picklist(ANSWER_MODES), 'practice'),
  answeredAt: TimeSchema,
});

export type V0Answer = v.InferOutput<typeof V0AnswerSchema>;

export function salvageV0(state: unknown, ctx: SalvageContext): V0State {
  const record = asRecord(state);
  if (record === undefined) {
    ctx.issue('state: not an object');
    return { lessonsRead: [], answers: [] };
  }
  reportUnknownKeys(record, ['lessonsRead', 'answers'], 'state', ctx);
  return {
    lessonsRead: salvageItems(record.lessonsRead, 'state.lessonsRead', IdSchema, (id) => id, ctx),
    answers: salvageItems(record.answers, 'state.answers', V0AnswerSchema, (a) => a, ctx),
  };
}

/**
 * v0 kept no read dates, so lessons count as first read when the migration runs: the
 * learner had read them by then, and no earlier date can be known.
 */
export function migrateV0(state: V0State, now: number): ProgressData {
  const lessonsRead = Object.fromEntries(state.lessonsRead.map((id) => [id, now]));
  const answers = state.answers.map((a): AnswerRecord => ({
    id: a.answerId,
    questionId: a.questionId,
    selected: a.selectedOptions,
    correct: a.isCorrect,
    ...(a.confidence === undefined ? {} : { confidence: a.confidence }),
    mode: a.mode,
    at: a.answeredAt,
  }));
  return normalizeProgress({
    generation: INITIAL_GENERATION,
    lessonsRead,
    lessonChangedAt: { ...lessonsRead },
    answers,
    exams: [],
    activeExams: {},
    discardedExamIds: [],
  });
}

export function decodeV0(state: unknown, ctx: SalvageContext): ProgressData {
  return migrateV0(salvageV0(state, ctx), ctx.now);
}
