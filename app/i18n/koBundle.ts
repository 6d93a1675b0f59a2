// Everything Korean, in one chunk the page fetches only when Korean is chosen (i18n.ts's loader).
import { ko } from "./ko";
import { koExamples } from "./ko/examples";
import { koKinds } from "./ko/kinds";
import { koStructuredKinds } from "./ko/structuredKinds";

export const koBundle = {
  translation: ko,
  kinds: { ...koKinds, ...koStructuredKinds },
  examples: koExamples,
};
