// The numbers behind the course map's practice summary. A chunk of its own because it needs the
// review scheduler, which a learner who has not answered anything yet never downloads.
import type { AnswerRecord } from '../../progress';
import { cardsFromLog, dueCount, latestAnswers } from '../engine';

export interface HomeStats {
  due: number;
  answered: number;
  correct: number;
}

export function homeStats(answers: readonly AnswerRecord[], dayEndMs: number): HomeStats {
  const latest = latestAnswers(answers);
  return {
    due: dueCount(cardsFromLog(answers), dayEndMs),
    answered: latest.size,
    correct: [...latest.values()].filter((a) => a.correct).length,
  };
}
