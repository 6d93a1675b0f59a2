// The lesson player's English, which loads with the lessons (the first screen has en/firstScreen/lessons.ts).
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { lessons } from "../en/lessons";
import { addEnglish } from "../i18n";

addEnglish({ lessons });
