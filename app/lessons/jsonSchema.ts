// The lesson format as JSON Schema, for teachers' editors ("$schema": "./lesson.schema.json").
import { z } from "zod";
import { Lesson } from "./schema";

export function lessonJsonSchema(): unknown {
  return z.toJSONSchema(Lesson, { io: "input", unrepresentable: "any" });
}
