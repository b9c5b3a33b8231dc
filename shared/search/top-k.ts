/** A bounded min-heap of the best `size` results by score. */
export class TopK<T> {
  private readonly scores: number[] = [];
  private readonly items: T[] = [];
  constructor(private readonly size: number) {}

  /** True when a result scoring `score` would make the cut. */
  admits(score: number): boolean {
    return this.size > 0 && (this.scores.length < this.size || score > this.scores[0]!);
  }

  /** Offers a result; `item` is made only when it makes the cut. */
  offer(score: number, item: () => T): void {
    const { scores, items } = this;
    if (this.size === 0) return;
    if (scores.length < this.size) {
      let i = scores.length;
      scores.push(score);
      items.push(item());
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent]! <= scores[i]!) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (score <= scores[0]!) return;
    scores[0] = score;
    items[0] = item();
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < scores.length && scores[l]! < scores[m]!) m = l;
      if (r < scores.length && scores[r]! < scores[m]!) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }

  /** The items, best first. */
  sorted(): T[] {
    return this.items
      .map((item, i) => ({ item, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score)
      .map((x) => x.item);
  }
}
