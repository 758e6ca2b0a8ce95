/** English UI strings of the leaderboard element (term keys start with `mindLeaderboard`). */
export const leaderboardEn = {} as const;
