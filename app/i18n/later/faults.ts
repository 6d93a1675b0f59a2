// The fault model's English (its panel, the lineage overlay, the lesson's fault tool), which loads with them.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { faults } from "../en/faults";
import { addEnglish } from "../i18n";

addEnglish({ faults });
