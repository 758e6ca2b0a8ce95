import { defineElement } from '../shared/base/define.js';
import { MindQuiz } from './quiz.element.js';

defineElement('mind-quiz', MindQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'mind-quiz': MindQuiz;
  }
}

export { MindQuiz };
