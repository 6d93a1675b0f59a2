// A node's title on the card; double-click renames it in place (Enter keeps, Escape cancels).

import { useState } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";

export function NodeTitle({
  nodeId,
  title,
  placeholder,
}: {
  nodeId: string;
  title: string;
  placeholder: string;
}) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const setLabel = useStudio((s) => s.setLabel);

  if (draft === null) {
    return (
      <span
        className="stream-node-title"
        onDoubleClick={() => setDraft(title)}
        title={t("nodes.rename", { title })}
      >
        {title}
      </span>
    );
  }
  const finish = (keep: boolean) => {
    if (keep && draft !== title) {
      useStudio.getState().breakCoalescing();
      setLabel(nodeId, draft);
    }
    setDraft(null);
  };
  return (
    <input
      className="stream-node-title-input nodrag nopan"
      aria-label={t("nodes.labelInput")}
      value={draft}
      placeholder={placeholder}
      // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this node
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") finish(true);
        if (e.key === "Escape") finish(false);
      }}
    />
  );
}
