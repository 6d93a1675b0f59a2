// saveAsTextFiles: Spark's layout in the engine's file system, records as Scala prints them.
import { TEXT_FILES } from "../../../../sinks/saveAsTextFiles";
import type { AnyStream, BuildContext } from "../../../compileContext";
import { compileSaveAsFiles } from "../compileSaveAsFiles";

export const compileSaveAsTextFiles = (ctx: BuildContext): AnyStream => compileSaveAsFiles(ctx, TEXT_FILES);
