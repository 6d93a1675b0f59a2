// Times and durations are plain milliseconds. Spark prints a Time as "1000 ms" and a Duration the same way.
export const formatMs = (ms: number): string => `${ms} ms`;

export const isMultipleOf = (durationMs: number, ofMs: number): boolean =>
  ofMs !== 0 && durationMs % ofMs === 0;

/**
 * Spark's WindowedDStream checks (used by every windowed operator): window and slide must be multiples of
 * the parent's slide duration. Messages are Spark's, with durations printed as Spark prints them.
 */
export function checkWindowDurations(windowMs: number, slideMs: number, parentSlideMs: number): void {
  if (!isMultipleOf(windowMs, parentSlideMs)) {
    throw new Error(
      `The window duration of windowed DStream (${formatMs(windowMs)}) must be a multiple of the slide ` +
        `duration of parent DStream (${formatMs(parentSlideMs)})`,
    );
  }
  if (!isMultipleOf(slideMs, parentSlideMs)) {
    throw new Error(
      `The slide duration of windowed DStream (${formatMs(slideMs)}) must be a multiple of the slide ` +
        `duration of parent DStream (${formatMs(parentSlideMs)})`,
    );
  }
}
