// The question bank inside React: `use()` suspends until it has loaded (the page frame shows the
// loading state). Set-up pages read the index only; a session reads the texts in its language.
import { use } from 'react';
import { useLang } from '../../../i18n';
import {
  loadQuestionBank,
  loadQuestionIndex,
  type QuestionBank,
  type QuestionIndex,
} from '../bank';

export function useQuestionIndex(): QuestionIndex {
  return use(loadQuestionIndex());
}

export function useQuestionBank(): QuestionBank {
  return use(loadQuestionBank(useLang()));
}

/**
 * Starts loading the texts once the learner shows intent (pointer over or focus in a set-up form),
 * so a session usually starts without a loading state, while a page that is only looked at does
 * not parse the texts.
 */
export function usePrefetchBank(): { onPointerEnter: () => void; onFocus: () => void } {
  const lang = useLang();
  const prefetch = () => void loadQuestionBank(lang).catch(() => undefined);
  return { onPointerEnter: prefetch, onFocus: prefetch };
}
