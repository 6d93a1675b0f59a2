// Writes public/lessons/lesson.schema.json from the zod schema: npx tsx app/lessons/writeJsonSchema.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lessonJsonSchema } from "./jsonSchema";

writeFileSync(
  join(import.meta.dirname, "../../public/lessons/lesson.schema.json"),
  `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`,
);
