// CodeMirror (with its language modes) loads with the first code field shown, not with the page.
import { type ComponentProps, lazy, Suspense } from "react";
import type { CodeField as EagerCodeField } from "./CodeField";

const CodeField = lazy(() => import("./CodeField").then((m) => ({ default: m.CodeField })));

export function LazyCodeField(props: ComponentProps<typeof EagerCodeField>) {
  return (
    <Suspense fallback={<pre className="code-loading">{props.text}</pre>}>
      <CodeField {...props} />
    </Suspense>
  );
}
