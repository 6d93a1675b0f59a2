// The English resources, one file per area of the UI (so that areas can be translated side by side).
import { canvas } from "./canvas";
import { common } from "./common";
import { dialogs } from "./dialogs";
import { glossary } from "./glossary";
import { shortcuts } from "./shortcuts";
import { toolbar } from "./toolbar";

export const en = { canvas, common, dialogs, glossary, shortcuts, toolbar };
export type Resources = typeof en;
