// The English resources, one file per area of the UI (so that areas can be translated side by side).
import { common } from "./common";

export const en = { common };
export type Resources = typeof en;
