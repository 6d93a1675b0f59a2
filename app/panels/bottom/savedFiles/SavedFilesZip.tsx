// "Download all (.zip)": every batch directory saveAsTextFiles wrote in this run, in Spark's layout.
import { useState } from "react";
import { useT } from "../../../i18n/useT";
import type { OutputFile } from "../../../store/run/data/runData";
import { textFilesZip } from "./textFilesZip";
import "./savedFiles.css";
import "../../../i18n/later/sinks";

function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/zip" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SavedFilesZip({ files }: { files: readonly OutputFile[] }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const sampled = files.filter((f) => f.truncated).length;
  return (
    <div className="saved-files-zip">
      <button
        type="button"
        className="btn"
        disabled={busy}
        title={t("sinks.savedFiles.zipTitle")}
        onClick={async () => {
          setBusy(true);
          try {
            downloadBytes("saveAsTextFiles.zip", await textFilesZip(files));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("sinks.savedFiles.zip", { count: files.length })}
      </button>
      {sampled > 0 && <span className="muted">{t("sinks.savedFiles.sampled", { count: sampled })}</span>}
    </div>
  );
}
