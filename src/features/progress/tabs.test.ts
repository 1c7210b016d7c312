import fc from 'fast-check';
import { decodeStored, encodeStored } from './codec';
import { createProgressStore, pickData, type ProgressStore } from './store';
import {
  SharedStorage,
  seededRandom,
  tickingClock,
  type FakeTab,
  PROPERTY_TIMEOUT,
} from './test-support';
import { STORAGE_KEY, type ActiveExam } from './types';

type Tab = 0 | 1;
type Command =
  | { kind: 'answer' | 'start' | 'finish' | 'discard' | 'reset' | 'restart'; tab: Tab }
  | { kind: 'read' | 'unread'; tab: Tab; lesson: string }
  | { kind: 'examAnswer' | 'flag'; tab: Tab; question: number }
  | { kind: 'deliver'; tab: Tab; count: number };

const tabArb = fc.constantFrom<Tab>(0, 1);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('answer' as const), tab: tabArb }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('read' as const, 'unread' as const),
      tab: tabArb,
      lesson: fc.constantFrom('iam', 'vpc', 'ec2'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('start' as const, 'finish' as const, 'discard' as const),
      tab: tabArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('examAnswer' as const, 'flag' as const),
      tab: tabArb,
      question: fc.nat(2),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      tab: tabArb,
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('reset' as const, 'restart' as const),
      tab: tabArb,
    }),
  },
);

const QUESTIONS = ['3.3-lambda-image-resize', '2.3-iam-root-user', '4.1-savings-plans'];
const BY_DOMAIN = {
  '1': { correct: 0, total: 0 },
  '2': { correct: 1, total: 1 },
  '3': { correct: 0, total: 1 },
  '4': { correct: 0, total: 1 },
};

function newestActive(progress: ProgressStore): ActiveExam | undefined {
  return Object.values(progress.store.getState().activeExams).sort(
    (a, b) => b.updatedAt - a.updatedAt,
  )[0];
}

describe('two tabs over one storage (property)', () => {
  it(
    'never lose an answer, whatever the interleaving of actions and storage events',
    () => {
      fc.assert(
        fc.property(
          fc.array(commandArb, { minLength: 1, maxLength: 40 }),
          fc.nat(),
          (commands, seed) => {
            const shared = new SharedStorage();
            const clock = tickingClock();
            const open = (i: number): [FakeTab, ProgressStore] => {
              const tab = shared.tab();
              const progress = createProgressStore({
                getStorage: () => tab.storage,
                subscribeToStorage: tab.subscribe,
                now: clock,
                random: seededRandom(seed * 2 + i),
              });
              progress.start();
              return [tab, progress];
            };
            const tabs = [open(0), open(1)] as const;

            const recorded: { id: string; at: number }[] = [];
            const finished: { id: string; at: number }[] = [];
            let resetAt = 0;

            for (const command of commands) {
              const [tab, progress] = tabs[command.tab];
              const state = progress.store.getState();
              const active = newestActive(progress);
              switch (command.kind) {
                case 'answer': {
                  const { id, at } = state.recordAnswer({
                    questionId: QUESTIONS[recorded.length % 3] ?? '',
                    selected: ['a', 'b'],
                    correct: recorded.length % 2 === 0,
                    mode: 'practice',
                  });
                  recorded.push({ id, at });
                  break;
                }
                case 'read':
                  state.markLessonRead(command.lesson);
                  break;
                case 'unread':
                  state.unmarkLessonRead(command.lesson);
                  break;
                case 'start':
                  state.startExam({ questionIds: QUESTIONS, deadline: 2e12, extraTime: false });
                  break;
                case 'examAnswer':
                  if (active)
                    state.answerExamQuestion(active.id, QUESTIONS[command.question] ?? '', ['a']);
                  break;
                case 'flag':
                  if (active)
                    state.flagExamQuestion(active.id, QUESTIONS[command.question] ?? '', true);
                  break;
                case 'finish': {
                  const exam =
                    active &&
                    state.finishExam(active.id, {
                      scorePercent: 33,
                      estimatedScaled: 500,
                      byDomain: BY_DOMAIN,
                    });
                  if (exam) finished.push({ id: exam.id, at: exam.finishedAt });
                  break;
                }
                case 'discard':
                  if (active) state.discardExam(active.id);
                  break;
                case 'reset':
                  state.resetProgress();
                  resetAt = progress.store.getState().generation.at;
                  break;
                case 'restart':
                  progress.start()();
                  progress.start();
                  break;
                case 'deliver':
                  for (let i = 0; i < command.count; i++) tab.deliverOne();
                  break;
              }
            }
            shared.settle();

            const stored = decodeStored(shared.get(STORAGE_KEY) ?? '', 0);
            if (stored.kind !== 'data') throw new Error('stored data unreadable');
            expect(stored.canonical).toBe(true);
            for (const [, progress] of tabs) {
              const data = pickData(progress.store.getState());
              expect(encodeStored(data)).toBe(encodeStored(stored.data));
              const ids = new Set(data.answers.map((answer) => answer.id));
              expect(ids.size).toBe(data.answers.length);
              for (const answer of recorded)
                if (answer.at > resetAt) expect(ids).toContain(answer.id);
              const examIds = data.exams.map((exam) => exam.id);
              for (const exam of finished)
                if (exam.at > resetAt) expect(examIds).toContain(exam.id);
              expect(progress.statusStore.getState().mode).toBe('ok');
            }
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
