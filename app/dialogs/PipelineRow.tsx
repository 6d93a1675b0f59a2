// One stored pipeline in the pipelines dialog, renamed in place.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useT } from "../i18n/useT";
import type { StoredPipelineInfo } from "../persistence/pipelineStorage";
import "../i18n/later/dialogs";

interface Props {
  info: StoredPipelineInfo;
  isCurrent: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function PipelineRow({ info, isCurrent, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const t = useT();
  const { i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(info.name);
  const finish = () => {
    setEditing(false);
    if (name.trim() && name !== info.name) onRename(name.trim());
  };

  return (
    <li className={`pipeline-row${isCurrent ? " is-current" : ""}`} data-testid="pipeline-row">
      {editing ? (
        <input
          aria-label={t("dialogs.pipelines.name")}
          value={name}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to rename
          autoFocus
          onChange={(e) => setName(e.target.value)}
          onBlur={finish}
          onKeyDown={(e) => e.key === "Enter" && finish()}
        />
      ) : (
        <div className="pipeline-row-name">
          <strong>{info.name}</strong>
          <span className="muted">
            {t("dialogs.pipelines.nodes", { count: info.nodeCount })} ·{" "}
            {new Date(info.updatedAt).toLocaleString(i18n.language)}
            {isCurrent ? ` · ${t("dialogs.pipelines.isOpen")}` : ""}
          </span>
        </div>
      )}
      <div className="pipeline-row-actions">
        {!isCurrent && (
          <button type="button" className="btn" onClick={onOpen}>
            {t("dialogs.pipelines.open")}
          </button>
        )}
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          {t("dialogs.pipelines.rename")}
        </button>
        <button type="button" className="btn" onClick={onDuplicate}>
          {t("dialogs.pipelines.duplicate")}
        </button>
        <button
          type="button"
          className={`btn${confirming ? " btn-danger" : ""}`}
          onClick={() => (confirming ? onDelete() : setConfirming(true))}
          onBlur={() => setConfirming(false)}
        >
          {confirming ? t("dialogs.pipelines.confirmDelete") : t("dialogs.pipelines.delete")}
        </button>
      </div>
    </li>
  );
}
