// The run panel's panes' English (charts, batches, receivers, records...), which loads with the panes.
// Importing this module adds them (i18n.ts's addEnglish): every module that shows them imports it, so the
// text arrives with the code and is there before its first render.
import { live } from "../en/live";
import { addEnglish } from "../i18n";

addEnglish({ live });
