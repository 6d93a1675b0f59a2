// Export: the pipeline as TypeScript, PySpark, Scala or JSON (read-only, highlighted, with Copy and
// Download), which functions became stubs, and an image of the graph for slides.
import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { StreamLanguage } from "@codemirror/language";
import { scala } from "@codemirror/legacy-modes/mode/clike";
import CodeMirror from "@uiw/react-codemirror";
import { useMemo, useState } from "react";
import { useStudio } from "../../store";
import { Dialog } from "../Dialog";
import "./export.css";
import { EXPORT_TABS, type ExportTab, generateExport } from "./generate";
import { downloadBlob, pipelineToSvg, svgToPng } from "./graphImage";

const LANGUAGES = {
  ts: [javascript({ typescript: true })],
  pyspark: [python()],
  scala: [StreamLanguage.define(scala)],
  json: [javascript()],
};

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const doc = useStudio((s) => s.doc);
  const theme = useStudio((s) => s.theme);
  const showToast = useStudio((s) => s.showToast);
  const [tab, setTab] = useState<ExportTab>("ts");
  // Said inside the dialog: a toast would sit under the dialog's overlay.
  const [copyNotice, setCopyNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const result = useMemo(() => generateExport(tab, doc), [tab, doc]);
  const mime = EXPORT_TABS.find((t) => t.id === tab)!.mime;

  const copy = async () => {
    if (!result.ok) return;
    try {
      await navigator.clipboard.writeText(result.code);
      setCopyNotice({ ok: true, text: "Copied to the clipboard." });
    } catch {
      setCopyNotice({
        ok: false,
        text: "The browser refused clipboard access: select the code and copy it by hand.",
      });
    }
  };
  const download = () => result.ok && downloadBlob(result.filename, new Blob([result.code], { type: mime }));
  const image = async (format: "svg" | "png") => {
    const svg = pipelineToSvg(doc);
    const base = result.ok ? result.filename.replace(/\.[^.]+$/, "") : "pipeline";
    try {
      const blob = format === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg);
      downloadBlob(`${base.replace(/\.pipeline$/, "")}.${format}`, blob);
    } catch (e) {
      showToast(`The image could not be made: ${(e as Error).message}`);
    }
  };

  const footer = (
    <>
      <span className="export-image-buttons">
        Graph image:
        <button type="button" className="btn" onClick={() => void image("png")}>
          PNG
        </button>
        <button type="button" className="btn" onClick={() => void image("svg")}>
          SVG
        </button>
      </span>
      {copyNotice && (
        <span
          className={`export-copy-notice ${copyNotice.ok ? "is-ok" : "is-error"}`}
          role="status"
          data-testid="export-copy-notice"
        >
          {copyNotice.text}
        </span>
      )}
      <button
        type="button"
        className="btn"
        onClick={() => void copy()}
        disabled={!result.ok}
        data-copied={copyNotice?.ok ? "true" : undefined}
      >
        {copyNotice?.ok ? "Copied ✓" : "Copy"}
      </button>
      <button type="button" className="btn btn-primary" onClick={download} disabled={!result.ok}>
        Download
      </button>
    </>
  );

  return (
    <Dialog title="Export" onClose={onClose} wide footer={footer}>
      <div className="export-tabs" role="tablist" aria-label="Export format">
        {EXPORT_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={`export-tab${tab === t.id ? " is-active" : ""}`}
            onClick={() => {
              setTab(t.id);
              setCopyNotice(null);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {result.ok ? (
        <>
          <div
            className="export-code"
            role="tabpanel"
            aria-label={`${EXPORT_TABS.find((t) => t.id === tab)!.label} code`}
          >
            <CodeMirror
              value={result.code}
              editable={false}
              readOnly
              theme={theme === "dark" ? "dark" : "light"}
              extensions={LANGUAGES[tab]}
              basicSetup={{ foldGutter: false, highlightActiveLine: false }}
              height="420px"
            />
          </div>
          <ExportNote tab={tab} filename={result.filename} stubs={result.stubs} />
        </>
      ) : (
        <p className="export-error" role="alert">
          {result.error}
        </p>
      )}
    </Dialog>
  );
}

function ExportNote({
  tab,
  filename,
  stubs,
}: {
  tab: ExportTab;
  filename: string;
  stubs: { nodeId: string; label: string; param: string; reason: string }[];
}) {
  if (stubs.length > 0) {
    return (
      <div className="export-note is-warning" role="note">
        <strong>{stubs.length === 1 ? "1 function is a stub" : `${stubs.length} functions are stubs`}</strong>{" "}
        (marked <code>STUB</code>, with the original JavaScript in a comment): translate by hand.
        <ul>
          {stubs.map((s) => (
            <li key={`${s.nodeId}:${s.param}`}>
              <code>{s.label}</code> ({s.param}): {s.reason}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const hint: Record<ExportTab, string> = {
    ts: `Runs headless on the engine: npx tsx ${filename} [batches] [seed]`,
    pyspark: `Every function was translated. Run with: spark-submit ${filename}`,
    scala: "Every function was translated. Build with sbt against spark-streaming, then spark-submit.",
    json: "The pipeline document: open it again with Import, or run it with npx dstream-studio run.",
  };
  return (
    <p className="export-note" role="note">
      {hint[tab]}
    </p>
  );
}
