/**
 * A least-recently-used cache under a byte budget: the indexed posting
 * lists of frequent pairs (的, 工作, 发展…) are used by almost every query,
 * and keeping them in memory spares reading and indexing up to a megabyte
 * each time.
 */
export class SizedCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private bytes = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  /** The value under `key`, made with `load` when not cached (values larger than a quarter of the budget are not kept). */
  get(key: string, load: () => T): T {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = load();
    const size = this.sizeOf(value);
    if (size > this.budget / 4) return value;
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldKey);
      this.bytes -= old.size;
    }
    return value;
  }

  /** How many bytes are held. */
  get size(): number {
    return this.bytes;
  }
}
