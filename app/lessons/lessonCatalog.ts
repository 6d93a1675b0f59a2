// The built-in lessons (public/lessons/index.json and one file each) and opening a lesson by id.
import { fetchPublicJson } from "./player/loadLessonPipeline";
import { type Lesson, LessonIndex, parseLesson } from "./schema";

let index: Promise<LessonIndex> | null = null;

export function lessonIndex(): Promise<LessonIndex> {
  index ??= fetchPublicJson("lessons/index.json").then((json) => {
    const parsed = LessonIndex.safeParse(json);
    if (!parsed.success) throw new Error(`lessons/index.json: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
  index.catch(() => {
    index = null;
  });
  return index;
}

export async function fetchLesson(file: string): Promise<Lesson> {
  const parsed = parseLesson(await fetchPublicJson(`lessons/${file}`));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]}`);
  return parsed.lesson;
}

/** A built-in lesson by id (or by number: "5"); undefined when there is none. */
export async function builtinLesson(idOrNumber: string): Promise<Lesson | undefined> {
  const entry = (await lessonIndex()).find((e) => e.id === idOrNumber || String(e.number) === idOrNumber);
  return entry ? fetchLesson(entry.file) : undefined;
}
