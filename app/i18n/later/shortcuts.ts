// The keyboard shortcuts' English, which loads with the help dialog.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { shortcuts } from "../en/shortcuts";
import { addEnglish } from "../i18n";

addEnglish({ shortcuts });
