// The glossary's English, which loads with the glossary dialog.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { glossary } from "../en/glossary";
import { addEnglish } from "../i18n";

addEnglish({ glossary });
