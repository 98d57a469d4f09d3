// Run async work with a bounded number in flight, yielding results in input order (output stays deterministic).

export async function* orderedMap<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const width = Math.max(1, Math.floor(limit));
  const pending: Array<Promise<R>> = [];
  let next = 0;
  while (next < items.length && pending.length < width) pending.push(fn(items[next++]));
  while (pending.length > 0) {
    const result = await pending.shift()!;
    if (next < items.length) pending.push(fn(items[next++]));
    yield result;
  }
}
