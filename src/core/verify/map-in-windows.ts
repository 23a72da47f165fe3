/**
 * Runs an async function over items a window at a time: inside a window the
 * synchronous parts run back to back and the awaits (WebCrypto signature
 * checks) overlap; windows keep the number of live intermediates, and so the
 * garbage collector's work, small.
 */
export const VERIFY_WINDOW = 64;

/** fn over every item, VERIFY_WINDOW at a time, results in input order. */
export async function mapInWindows<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, size = VERIFY_WINDOW): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  }
  return out;
}
