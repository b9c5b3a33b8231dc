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

  /**
   * The value under `key`, made with `load` when not cached (values larger
   * than a quarter of the budget are not kept). A value may grow while
   * cached (a list whose positions were read since): its size is measured
   * again on each hit.
   */
  get(key: string, load: () => T): T {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      const size = this.sizeOf(hit.value);
      this.bytes += size - hit.size;
      hit.size = size;
      if (size > this.budget / 4) this.bytes -= size;
      else this.entries.set(key, hit);
      this.evict();
      return hit.value;
    }
    const value = load();
    const size = this.sizeOf(value);
    if (size > this.budget / 4) return value;
    this.entries.set(key, { value, size });
    this.bytes += size;
    this.evict();
    return value;
  }

  /** The value under `key` if it is cached (then used most recently), without making it. */
  peek(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  /** Drops the least recently used values until the budget holds. */
  private evict(): void {
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldKey);
      this.bytes -= old.size;
    }
  }

  /** Drops every value whose key starts with `prefix`. */
  forget(prefix: string): void {
    for (const [key, entry] of this.entries)
      if (key.startsWith(prefix)) {
        this.entries.delete(key);
        this.bytes -= entry.size;
      }
  }

  /** How many bytes are held. */
  get size(): number {
    return this.bytes;
  }
}
