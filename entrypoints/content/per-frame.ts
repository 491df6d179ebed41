// Pointer work once per frame, for the newest pointer position. A page's frame can see several
// mousemoves (Firefox does not always line them up with frames, a busy page delays its frames): the
// work must run for the last of them, where the pointer came to rest, not for the first one that
// asked for the frame, or the hover card shows (or stays hidden) for a place the pointer has left.

/** Returns `push(value)`: `run` is called on the next frame with the newest value pushed before it. */
export function perFrame<T>(
  run: (latest: T) => void,
  nextFrame: (callback: () => void) => unknown = (callback) => requestAnimationFrame(callback),
): (value: T) => void {
  let waiting = false;
  let latest: T;
  return (value) => {
    latest = value;
    if (waiting) return;
    waiting = true;
    nextFrame(() => {
      waiting = false;
      run(latest);
    });
  };
}
