/** Gives the event loop a turn (between steps of a long build or merge). */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs a build generator, yielding to the event loop at each of its steps. */
export async function drive<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await breathe();
  }
}
