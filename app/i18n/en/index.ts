// The English resources, one file per area of the UI (so that areas can be translated side by side).
import { common } from "./common";
import { lessons } from "./lessons";

export const en = { common, lessons };
export type Resources = typeof en;
