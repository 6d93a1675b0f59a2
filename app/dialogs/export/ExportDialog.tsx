// Export: the pipeline as TypeScript, PySpark, Scala or JSON (read-only, highlighted, with Copy and
// Download), which functions became stubs, and an image of the graph for slides.

import { javascript } from "@codemirror/lang-javascript";
import { python } from "@codemirror/lang-python";
import { StreamLanguage } from "@codemirror/language";
import { scala } from "@codemirror/legacy-modes/mode/clike";
import CodeMirror from "@uiw/react-codemirror";
import { useMemo, useState } from "react";
import { Trans } from "react-i18next";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { pipelineModeOf } from "../../structured/mode";
import { Dialog } from "../Dialog";
import "./export.css";
import { EXPORT_TABS, type ExportTab, generateExport } from "./generate";
import { downloadBlob, pipelineToSvg, svgToPng } from "./graphImage";
import "../../i18n/later/dialogs";

const LANGUAGES = {
  ts: [javascript({ typescript: true })],
  pyspark: [python()],
  scala: [StreamLanguage.define(scala)],
  json: [javascript()],
};

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const doc = useStudio((s) => s.doc);
  const theme = useStudio((s) => s.theme);
  const showToast = useStudio((s) => s.showToast);
  const [tab, setTab] = useState<ExportTab>("ts");
  // Said inside the dialog: a toast would sit under the dialog's overlay.
  const [copyNotice, setCopyNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const result = useMemo(() => generateExport(tab, doc), [tab, doc]);
  const mime = EXPORT_TABS.find((et) => et.id === tab)!.mime;

  const copy = async () => {
    if (!result.ok) return;
    try {
      await navigator.clipboard.writeText(result.code);
      setCopyNotice({ ok: true, text: t("dialogs.export.copiedNotice") });
    } catch {
      setCopyNotice({
        ok: false,
        text: t("dialogs.export.clipboardRefused"),
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
      showToast(t("dialogs.export.imageFailed", { message: (e as Error).message }));
    }
  };

  const footer = (
    <>
      <span className="export-image-buttons">
        {t("dialogs.export.graphImage")}
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
        {copyNotice?.ok ? t("dialogs.export.copied") : t("dialogs.export.copy")}
      </button>
      <button type="button" className="btn btn-primary" onClick={download} disabled={!result.ok}>
        {t("dialogs.export.download")}
      </button>
    </>
  );

  return (
    <Dialog title={t("dialogs.export.title")} onClose={onClose} wide footer={footer}>
      <div className="export-tabs" role="tablist" aria-label={t("dialogs.export.format")}>
        {EXPORT_TABS.map((et) => (
          <button
            key={et.id}
            type="button"
            role="tab"
            aria-selected={tab === et.id}
            className={`export-tab${tab === et.id ? " is-active" : ""}`}
            onClick={() => {
              setTab(et.id);
              setCopyNotice(null);
            }}
          >
            {et.label}
          </button>
        ))}
      </div>
      {result.ok ? (
        <>
          <div
            className="export-code"
            role="tabpanel"
            aria-label={t("dialogs.export.code", {
              language: EXPORT_TABS.find((et) => et.id === tab)!.label,
            })}
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
          <ExportNote
            tab={tab}
            filename={result.filename}
            stubs={result.stubs}
            structured={pipelineModeOf(doc) === "structured"}
          />
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
  structured,
}: {
  tab: ExportTab;
  filename: string;
  stubs: { nodeId: string; label: string; param: string; reason: string }[];
  /** A Structured Streaming program builds against spark-sql, a DStream one against spark-streaming. */
  structured: boolean;
}) {
  const t = useT();
  if (stubs.length > 0) {
    return (
      <div className="export-note is-warning" role="note">
        <strong>{t("dialogs.export.stubs", { count: stubs.length })}</strong>{" "}
        <Trans i18nKey="dialogs.export.stubsNote" components={{ code: <code /> }} />
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
    ts: t("dialogs.export.hintTs", { filename }),
    pyspark: t("dialogs.export.hintPyspark", { filename }),
    scala: t(structured ? "dialogs.export.hintScalaStructured" : "dialogs.export.hintScala"),
    json: t("dialogs.export.hintJson"),
  };
  return (
    <p className="export-note" role="note">
      {hint[tab]}
    </p>
  );
}
