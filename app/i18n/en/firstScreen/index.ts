// The English the page carries from the start: the areas the first screen (toolbar, palette, canvas,
// inspector, run panel's frame, toasts and notices) can show, and the first-screen parts of the others.
// The rest of each of those areas comes with the feature that shows it (i18n/later/), so the first load
// does not carry the lessons', dialogs', panes' and glossary's text. en/index.ts is the whole catalog.
import { canvas } from "../canvas";
import { common } from "../common";
import { explain } from "../explain";
import { inspector } from "../inspector";
import { nodes } from "../nodes";
import { notices } from "../notices";
import { palette } from "../palette";
import { runPanel } from "../runPanel";
import { toolbar } from "../toolbar";
import { units } from "../units";
import { widgets } from "../widgets";
import { dialogsOnFirstScreen } from "./dialogs";
import { lessonsOnFirstScreen } from "./lessons";
import { liveOnFirstScreen } from "./live";
import { sinksOnFirstScreen } from "./sinks";
import { structuredOnFirstScreen } from "./structured";

export const enFirstScreen = {
  canvas,
  common,
  dialogs: dialogsOnFirstScreen,
  explain,
  inspector,
  lessons: lessonsOnFirstScreen,
  live: liveOnFirstScreen,
  nodes,
  notices,
  palette,
  runPanel,
  sinks: sinksOnFirstScreen,
  structured: structuredOnFirstScreen,
  toolbar,
  units,
  widgets,
};
