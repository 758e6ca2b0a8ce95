import { z } from '../content/zod.js';
import { ResourceSchema, TopicSchema } from '../content/resource.schema.js';
import { readonlyArray } from './reply-fields.js';

/** The pack's topics and resources, to name topics and link the resources verdicts point to. */
export const CatalogSchema = z.object({
  topics: readonlyArray(TopicSchema),
  resources: readonlyArray(ResourceSchema),
});
