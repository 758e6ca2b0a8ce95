import { createContext } from '@lit/context';
import type { MindshareApi } from '@mindshare/core';

/**
 * The Mindshare API that `<mind-provider>` gives every element below it. The key comes from
 * `Symbol.for`, so two copies of the library on one page (the CDN bundle and an npm build) still
 * find each other's provider.
 */
export const mindshareContext = createContext<MindshareApi | undefined>(Symbol.for('mindshare:api'));
