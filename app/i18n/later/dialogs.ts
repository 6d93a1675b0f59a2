// The dialogs' English, which loads with the dialogs (the first screen has only en/firstScreen/dialogs.ts).
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { dialogs } from "../en/dialogs";
import { addEnglish } from "../i18n";

addEnglish({ dialogs });
