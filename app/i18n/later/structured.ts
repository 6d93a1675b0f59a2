// The Structured Streaming views' English, which loads with those views.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { structured } from "../en/structured";
import { addEnglish } from "../i18n";

addEnglish({ structured });
