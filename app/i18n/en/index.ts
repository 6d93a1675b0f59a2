// The English resources, one file per area of the UI (so that areas can be translated side by side).
import { canvas } from "./canvas";
import { common } from "./common";
import { toolbar } from "./toolbar";

export const en = { canvas, common, toolbar };
export type Resources = typeof en;
