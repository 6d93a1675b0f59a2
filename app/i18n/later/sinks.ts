// The Tables and saved-files panes' English, which loads with those panes.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { sinks } from "../en/sinks";
import { addEnglish } from "../i18n";

addEnglish({ sinks });
