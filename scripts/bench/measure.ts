/** Runs `task` `runs` times and returns the median duration in milliseconds and the last result. */
export function measure<T>(task: () => T, runs: number): { ms: number; result: T } {
  const durations: number[] = [];
  let result = task();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = task();
    durations.push(performance.now() - start);
  }
  return { ms: percentile(durations, 50), result };
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
