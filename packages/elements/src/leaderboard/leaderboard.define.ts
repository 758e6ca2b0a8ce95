import { defineElement } from '../shared/base/define.js';
import { MindLeaderboard } from './leaderboard.element.js';

defineElement('mind-leaderboard', MindLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'mind-leaderboard': MindLeaderboard;
  }
}

export { MindLeaderboard };
