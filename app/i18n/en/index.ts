// The English resources, one file per area of the UI (so that areas can be translated side by side).
import { canvas } from "./canvas";
import { common } from "./common";
import { dialogs } from "./dialogs";
import { explain } from "./explain";
import { faults } from "./faults";
import { glossary } from "./glossary";
import { inspector } from "./inspector";
import { lessons } from "./lessons";
import { live } from "./live";
import { nodes } from "./nodes";
import { notices } from "./notices";
import { palette } from "./palette";
import { runPanel } from "./runPanel";
import { shortcuts } from "./shortcuts";
import { sinks } from "./sinks";
import { structured } from "./structured";
import { toolbar } from "./toolbar";
import { units } from "./units";
import { widgets } from "./widgets";

export const en = {
  canvas,
  common,
  dialogs,
  explain,
  faults,
  glossary,
  inspector,
  lessons,
  live,
  nodes,
  notices,
  palette,
  runPanel,
  shortcuts,
  sinks,
  structured,
  toolbar,
  units,
  widgets,
};
export type Resources = typeof en;
