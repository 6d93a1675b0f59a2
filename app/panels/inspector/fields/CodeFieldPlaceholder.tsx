// What a code field shows while CodeMirror's chunk loads: the same box, gutter, font and line metrics as
// the editor (app.css mirrors CodeMirror's base theme and @uiw's light/dark themes), so the editor
// replaces it in place without a jump; only the syntax colours arrive with it.
import type { CSSProperties } from "react";

export function CodeFieldPlaceholder({ text, hasIssue }: { text: string; hasIssue: boolean }) {
  const lines = text.split("\n");
  const digits = { "--digits": String(lines.length).length } as CSSProperties;
  return (
    <div className={`code-field code-loading${hasIssue ? " has-error" : ""}`} aria-busy="true">
      <div className="code-loading-body" style={digits}>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a static text, numbered by position
          <div className="code-loading-line" key={i}>
            <span className="code-loading-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="code-loading-text">{line || "\u200b"}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
