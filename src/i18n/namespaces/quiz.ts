// Registers the `quiz` namespace; imported by the lazy chunks that show quiz or progress strings.
import { registerNamespace } from '../index';
import en from '../locales/en/quiz.json';
import es from '../locales/es/quiz.json';

registerNamespace('quiz', { en, es });
