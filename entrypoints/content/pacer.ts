// When the page may have changed (its DOM, its address), the content script asks for a check. Requests
// are gathered: a check runs `settleMs` after the first of them, and never sooner than `minGapMs`
// after the previous check began, however often the page changes. A page that rewrites its text or
// its address every second is analysed once per `minGapMs`, and its last state is always analysed.

export interface Pacer {
  request(): void;
  stop(): void;
}

export function createPacer(
  run: () => Promise<unknown>,
  { settleMs, minGapMs }: { settleMs: number; minGapMs: number },
  now: () => number = () => performance.now(),
): Pacer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = -Infinity;
  let stopped = false;
  return {
    request() {
      if (timer !== undefined || stopped) return;
      const wait = Math.max(settleMs, lastStart + minGapMs - now());
      timer = setTimeout(() => {
        lastStart = now();
        void run().finally(() => {
          timer = undefined;
        });
      }, wait);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
