import { defineElement } from '../internal/define.js';
import { MindLeaderboard } from './leaderboard.element.js';

defineElement('mind-leaderboard', MindLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'mind-leaderboard': MindLeaderboard;
  }
}

export { MindLeaderboard };
