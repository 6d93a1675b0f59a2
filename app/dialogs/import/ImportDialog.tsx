// Import a pipeline document from a JSON file or pasted text. It is validated first; a bad document
// shows every problem here and changes nothing. A good one opens as a new pipeline, so the current one
// stays in the pipelines list.

import { type ChangeEvent, useId, useState } from "react";
import { sharedPipelineInHash } from "../../../engine/graph";
import { decodePipeline, pipelineFromJson } from "../../../engine/graph/documentIO";
import { useCanvasCommands } from "../../canvas/useCanvasCommands";
import { useT } from "../../i18n/useT";
import { openDocumentAsNew } from "../../persistence/pipelines";
import { setTrust } from "../../persistence/pipelineTrust";
import { useStudio } from "../../store";
import { Dialog } from "../Dialog";
import { requestRunConsent } from "../share/runConsent";
import "../export/export.css";
import { hasStackedNodes } from "./needsLayout";
import "../../i18n/later/dialogs";

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const showToast = useStudio((s) => s.showToast);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const textId = useId();
  const { openLaidOut } = useCanvasCommands();

  const importText = async (json: string, source: string) => {
    // A pasted share link works too: its hash holds the pipeline.
    const link = json.trim().startsWith("{")
      ? undefined
      : sharedPipelineInHash(json.trim().replace(/^[^#]*/, ""));
    const result = link ? decodePipeline(link) : pipelineFromJson(json);
    if (!result.ok) {
      setErrors([t("dialogs.import.invalid", { source }), ...result.errors]);
      return;
    }
    // Someone else's pipeline: its functions are shown and nothing runs until the user allows it.
    const open = () => openDocumentAsNew(result.doc, (newId) => setTrust(newId, "ask"));
    // Stacked cards are laid out before the canvas shows them, as the examples gallery does.
    const id = await (hasStackedNodes(result.doc) ? openLaidOut(open) : open());
    showToast(t("dialogs.import.imported", { name: result.doc.name }), "info");
    onClose();
    void requestRunConsent({ pipelineId: id, doc: result.doc, reason: "opened" });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      await importText(await file.text(), file.name);
    } catch (err) {
      setErrors([t("dialogs.import.unreadable", { file: file.name, message: (err as Error).message })]);
    }
    e.target.value = "";
  };

  const footer = (
    <>
      <label className="btn">
        {t("dialogs.import.chooseFile")}
        <input type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} />
      </label>
      <button
        type="button"
        className="btn btn-primary"
        disabled={text.trim() === ""}
        onClick={() => void importText(text, t("dialogs.import.pastedText"))}
      >
        {t("dialogs.import.import")}
      </button>
    </>
  );

  return (
    <Dialog title={t("dialogs.import.title")} onClose={onClose} footer={footer}>
      <label htmlFor={textId}>{t("dialogs.import.prompt")}</label>
      <textarea
        id={textId}
        className="import-text"
        value={text}
        spellCheck={false}
        placeholder='{ "version": 1, "name": "…", "batchIntervalMs": 1000, "nodes": [...], "edges": [...] }'
        onChange={(e) => {
          setText(e.target.value);
          setErrors([]);
        }}
      />
      {errors.length > 0 && (
        <div className="import-errors" role="alert">
          {errors[0]}
          <ul>
            {errors.slice(1, 11).map((m) => (
              <li key={m}>{m}</li>
            ))}
            {errors.length > 11 && <li>{t("dialogs.import.more", { count: errors.length - 11 })}</li>}
          </ul>
        </div>
      )}
      <p className="muted">{t("dialogs.import.opensAsNew")}</p>
    </Dialog>
  );
}
