// CodeMirror for function params (JavaScript) and JSON params, with the validator's error shown inline
// at its line and column.
import { javascript } from "@codemirror/lang-javascript";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useEffect, useState } from "react";
import type { PipelineIssue } from "../../../../engine/graph/types";
import { useStudio } from "../../../store";

const EXTENSIONS = [javascript({ typescript: true }), lintGutter(), EditorView.lineWrapping];
const SETUP = {
  lineNumbers: true,
  foldGutter: false,
  highlightActiveLine: false,
  autocompletion: false,
} as const;

interface Props {
  id: string;
  label: string;
  text: string;
  onText: (text: string) => void;
  issue?: PipelineIssue | { message: string };
}

function toDiagnostic(view: EditorView, issue: PipelineIssue): Diagnostic {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(issue.line ?? 1, 1), doc.lines));
  const from = Math.min(line.from + Math.max((issue.column ?? 1) - 1, 0), line.to);
  return {
    from,
    to: Math.min(Math.max(from + 1, line.to), doc.length),
    severity: issue.severity,
    message: issue.message,
  };
}

export function CodeField({ id, label, text, onText, issue }: Props) {
  const theme = useStudio((s) => s.theme);
  const [view, setView] = useState<EditorView | null>(null);

  useEffect(() => {
    if (!view) return;
    const located =
      issue && "severity" in issue && issue.line !== undefined ? [toDiagnostic(view, issue)] : [];
    view.dispatch(setDiagnostics(view.state, located));
  }, [view, issue]);

  return (
    <div className={`code-field${issue ? " has-error" : ""}`} id={id} data-testid={`code-${label}`}>
      <CodeMirror
        value={text}
        onChange={onText}
        onCreateEditor={setView}
        extensions={EXTENSIONS}
        basicSetup={SETUP}
        theme={theme}
        minHeight="44px"
        maxHeight="260px"
        aria-label={label}
      />
    </div>
  );
}
