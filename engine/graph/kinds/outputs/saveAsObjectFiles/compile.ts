// saveAsObjectFiles: Spark's layout in the engine's file system, in the engine's object-file form (see
// engine/sinks/saveAsObjectFiles.ts).
import { OBJECT_FILES } from "../../../../sinks/saveAsObjectFiles";
import type { AnyStream, BuildContext } from "../../../compileContext";
import { compileSaveAsFiles } from "../compileSaveAsFiles";

export const compileSaveAsObjectFiles = (ctx: BuildContext): AnyStream =>
  compileSaveAsFiles(ctx, OBJECT_FILES);
