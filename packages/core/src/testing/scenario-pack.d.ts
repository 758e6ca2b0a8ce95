/** Instants the scenario is built around (UTC). Paris springs forward on 2027-03-28. */
export declare const SCENARIO_TIME: {
  /** A Friday; the challenge is open, the Platinum line has not started yet. */
  readonly start: number;
  /** 09:00 in Paris (CET, UTC+1) on 2027-03-26: the first Platinum nugget. */
  readonly firstPlatinumRelease: number;
  /** 09:00 in Paris (CEST, UTC+2) on 2027-03-28, the day clocks go forward: the second one. */
  readonly secondPlatinumRelease: number;
};
/** The content pack, as authored. */
export declare function scenarioPack(): Record<string, unknown>;
/** The directory: three partners, six sellers (one opted out), a coach and a manager. */
export declare function scenarioDirectory(): Record<string, unknown>;
//# sourceMappingURL=scenario-pack.d.ts.map
