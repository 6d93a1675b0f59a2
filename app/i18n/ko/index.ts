// The Korean resources; the lecture's vocabulary (see glossary) and Spark's API names kept in English.
import type { Resources } from "../en";
import type { Translation } from "../translation";
import { canvas } from "./canvas";
import { common } from "./common";
import { dialogs } from "./dialogs";
import { glossary } from "./glossary";
import { shortcuts } from "./shortcuts";
import { toolbar } from "./toolbar";

export const ko: Translation<Resources> = { canvas, common, dialogs, glossary, shortcuts, toolbar };
