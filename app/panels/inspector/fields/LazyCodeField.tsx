// CodeMirror (with its language modes) loads with the first code field shown, not with the page; until
// then a look-alike of the editor holds its place.
import { type ComponentProps, lazy, Suspense } from "react";
import type { CodeField as EagerCodeField } from "./CodeField";
import { CodeFieldPlaceholder } from "./CodeFieldPlaceholder";

const CodeField = lazy(() => import("./CodeField").then((m) => ({ default: m.CodeField })));

export function LazyCodeField(props: ComponentProps<typeof EagerCodeField>) {
  return (
    <Suspense fallback={<CodeFieldPlaceholder text={props.text} hasIssue={!!props.issue} />}>
      <CodeField {...props} />
    </Suspense>
  );
}
