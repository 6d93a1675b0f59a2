// What the studio explains where the student looks, and the lesson that explains it at length. The
// lesson's number is shown on the link ("Why? Lesson 5"); explanations.test.ts checks both against
// public/lessons/index.json.
export type Explained = "noRdd" | "emptyWindow" | "skippedBatch" | "graphLocked" | "intervalLocked";

export interface LessonRef {
  id: string;
  number: number;
}

const WINDOWS: LessonRef = { id: "windows", number: 5 };
const LIFECYCLE: LessonRef = { id: "lifecycle", number: 3 };

export const EXPLANATIONS: Record<Explained, LessonRef> = {
  noRdd: WINDOWS,
  emptyWindow: WINDOWS,
  skippedBatch: WINDOWS,
  graphLocked: LIFECYCLE,
  intervalLocked: LIFECYCLE,
};

/** The link that opens the lesson in the player (the lesson layer listens to the hash). */
export function lessonHref(lesson: LessonRef): string {
  return `#lesson=${encodeURIComponent(lesson.id)}`;
}
