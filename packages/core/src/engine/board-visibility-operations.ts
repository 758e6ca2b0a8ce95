// The viewer's choice to be shown to others on the leaderboards, or hidden (issue 16).
import { MindError } from '../errors/mind-error.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import type { SellerSettings } from './stored-records.schema.js';

/**
 * Shows the viewer to others on every board (every challenge, every scope) or hides them, over
 * the directory's default; stored with their settings, so it is exported and erased with their
 * data. The boards are brought in line before the change is announced: a board read on that
 * announcement already ranks without (or with) them.
 * @throws MindError `MIND_INVALID_INPUT` when `visible` is not a boolean.
 */
export async function setBoardVisibility(context: EngineContext, visible: unknown): Promise<void> {
  if (typeof visible !== 'boolean') {
    throw new MindError('MIND_INVALID_INPUT', `visible must be true or false, got ${String(visible)}.`, {
      path: ['visible'],
    });
  }
  const id = context.viewer.id;
  await context.host.exclusive(id, async () => {
    const settings = await context.storage.get<SellerSettings>(COLLECTIONS.sellerSettings, id);
    const value: SellerSettings = {
      ...(settings ?? { sellerId: id }),
      boardVisibility: visible ? 'visible' : 'hidden',
    };
    await context.write([{ type: 'put', collection: COLLECTIONS.sellerSettings, value }], ['leaderboard'], () =>
      context.host.recheckSeller(id),
    );
  });
}
