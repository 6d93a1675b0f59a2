// One stored pipeline in the pipelines dialog, renamed in place.
import { useState } from "react";
import type { StoredPipelineInfo } from "../persistence/pipelineStorage";

interface Props {
  info: StoredPipelineInfo;
  isCurrent: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function PipelineRow({ info, isCurrent, onOpen, onRename, onDuplicate, onDelete }: Props) {
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
          aria-label="Pipeline name"
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
            {info.nodeCount} nodes · {new Date(info.updatedAt).toLocaleString()}
            {isCurrent ? " · open" : ""}
          </span>
        </div>
      )}
      <div className="pipeline-row-actions">
        {!isCurrent && (
          <button type="button" className="btn" onClick={onOpen}>
            Open
          </button>
        )}
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          Rename
        </button>
        <button type="button" className="btn" onClick={onDuplicate}>
          Duplicate
        </button>
        <button
          type="button"
          className={`btn${confirming ? " btn-danger" : ""}`}
          onClick={() => (confirming ? onDelete() : setConfirming(true))}
          onBlur={() => setConfirming(false)}
        >
          {confirming ? "Confirm delete" : "Delete"}
        </button>
      </div>
    </li>
  );
}
