import { DirectorySchema, SellerSchema, type Directory } from './directory.schema.js';
import { memoized, quickArray, quickObject, UNSURE, viaSchema } from './quick-parse.js';

/**
 * The directory as {@link DirectorySchema} parses it, when the input is a valid directory in
 * plain JSON form; undefined when only the schema can tell (invalid, or unusual: objects with
 * another prototype, fields that are not enumerable). About twice as fast as the schema on
 * 100 000 sellers, because the strings that repeat from seller to seller (partner ids, regions,
 * teams, roles, locales, zones, privacy choices) are each checked once, by the schema's own field.
 */
export function quickParseDirectory(input: unknown): Directory | undefined {
  // Fresh caches per call: one directory's strings say nothing about the next one's.
  const seller = SellerSchema.shape;
  const parse = quickObject(DirectorySchema, {
    sellers: quickArray(
      DirectorySchema.shape.sellers,
      quickObject(SellerSchema, {
        partnerId: memoized(viaSchema(seller.partnerId)),
        region: memoized(viaSchema(seller.region)),
        team: memoized(viaSchema(seller.team)),
        role: memoized(viaSchema(seller.role)),
        locale: memoized(viaSchema(seller.locale)),
        timeZone: memoized(viaSchema(seller.timeZone)),
        privacy: memoized(viaSchema(seller.privacy)),
      }),
    ),
  });
  const directory = parse(input);
  return directory === UNSURE ? undefined : directory;
}
