// Times the content script's main-thread work with performance marks. Every synchronous step is
// measured as `crosscheck:<step>`; the e2e test sums these measures and checks they stay small.

export function timed<T>(step: string, work: () => T): T {
  const start = `crosscheck:${step}:start`;
  performance.mark(start);
  try {
    return work();
  } finally {
    performance.measure(`crosscheck:${step}`, start);
    performance.clearMarks(start);
  }
}

/** Gives the page's main thread back between steps, so no step joins another into one long task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
