/** How long a move waits for a frame before it gives up on one (a page hidden meanwhile draws none). */
const FRAME_WAIT_MS = 100;

/**
 * Moves focus for an element at the next frame rather than in the middle of its update. `focus()`
 * brings style and layout up to date at once (to check that the target can take focus, and to
 * scroll it into view); called from `updated()`, that is a second pass over a page the frame is
 * about to lay out anyway. Called just before that frame is rendered, it is the frame's own pass.
 * The latest target wins, and focus does not move if the user moved it meanwhile.
 */
export class FrameFocus {
  #target: HTMLElement | undefined;
  #moved: Promise<void> | undefined;

  /** Focuses `target` at the next frame (at once in a hidden page, which draws none). */
  to(target: HTMLElement): void {
    this.#target = target;
    if (document.visibilityState === 'hidden') return this.#move();
    this.#moved ??= new Promise((resolve) => {
      const root = target.getRootNode() as Document | ShadowRoot;
      const before = [document.activeElement, root.activeElement];
      const move = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timeout);
        this.#moved = undefined;
        if (document.activeElement === before[0] && root.activeElement === before[1]) this.#move();
        this.#target = undefined;
        resolve();
      };
      const frame = requestAnimationFrame(move);
      const timeout = setTimeout(move, FRAME_WAIT_MS);
    });
  }

  /** Resolves once the pending move, if any, is made. */
  get moved(): Promise<void> {
    return this.#moved ?? Promise.resolve();
  }

  #move(): void {
    const target = this.#target;
    this.#target = undefined;
    if (target?.isConnected) target.focus();
  }
}
