// CodeMirror (with its language modes) loads with the first code field shown, not with the page; until
// then a look-alike of the editor holds its place.
import { type ComponentProps, lazy, Suspense } from "react";
import { loadFunctionChecker } from "../../../store/deferredFunctionCheck";
import type { CodeField as EagerCodeField } from "./CodeField";
import { CodeFieldPlaceholder } from "./CodeFieldPlaceholder";

// The syntax check of functions (sucrase) loads with the first code field too, so its errors show there.
const CodeField = lazy(() =>
  Promise.all([import("./CodeField"), loadFunctionChecker()]).then(([m]) => ({ default: m.CodeField })),
);

export function LazyCodeField(props: ComponentProps<typeof EagerCodeField>) {
  return (
    <Suspense fallback={<CodeFieldPlaceholder text={props.text} hasIssue={!!props.issue} />}>
      <CodeField {...props} />
    </Suspense>
  );
}
