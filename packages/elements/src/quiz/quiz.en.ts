/** English UI strings of the quiz element (term keys start with `mindQuiz`). */
export const quizEn = {} as const;
