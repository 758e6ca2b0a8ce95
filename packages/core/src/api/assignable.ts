// Compile-time checks that a schema's inferred type and a type written elsewhere describe the same
// shape, so one cannot drift from the other without failing `tsc`. Types only: nothing at run time.

/**
 * `true` when `A` and `B` are assignable to each other and have the same keys: a field added,
 * removed, retyped or made optional on either side makes it `false` (`readonly` aside).
 */
export type SameShape<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** Fails to compile unless `T` is `true`. */
export type Assert<T extends true> = T;
