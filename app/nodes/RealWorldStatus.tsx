// What a real source or sink shows on its card while a pipeline runs: its connection state (connected,
// reconnecting, closed), what it received (or sent), the last record, and the latest problem in a
// user's words. A textFileStream node is also where files are dropped (or picked): they become new files
// of its directory, part of the next batch.
import { type DragEvent, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import "./realWorld.css";

const MAX_FILE_BYTES = 20_000_000;

async function readFiles(list: FileList | File[]): Promise<{ name: string; text: string }[]> {
  const files = [...list].filter((f) => f.size <= MAX_FILE_BYTES);
  return Promise.all(
    files.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })),
  );
}

export function RealWorldStatus({
  nodeId,
  kind,
  isOutput,
}: {
  nodeId: string;
  kind: string;
  isOutput: boolean;
}) {
  const t = useT();
  const status = useStudio((s) => s.sourceStatuses[nodeId]);
  const running = useStudio((s) => s.runState === "running" || s.runState === "paused");
  const send = useStudio((s) => s.sendToEngine);
  const [over, setOver] = useState(false);
  const [skipped, setSkipped] = useState(0);
  const picker = useRef<HTMLInputElement>(null);
  const folderPicker = useRef<HTMLInputElement>(null);
  const dropTarget = kind === "textFileStream";

  const addFiles = async (list: FileList | File[]) => {
    const files = await readFiles(list);
    setSkipped(list.length - files.length);
    if (files.length > 0) send({ type: "addFiles", nodeId, files }, true);
  };
  const onDrop = (e: DragEvent) => {
    if (!dropTarget) return;
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void addFiles(e.dataTransfer.files);
  };

  return (
    <div
      className={`real-world-status${over ? " is-drop-target" : ""}`}
      data-testid="source-status"
      data-state={status?.state ?? "idle"}
      onDragOver={(e) => {
        if (!dropTarget) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="real-world-line">
        <span className={`real-world-state is-${status?.state ?? "idle"}`}>
          {t(`live.realWorld.state.${status?.state ?? "idle"}`)}
        </span>
        {status && (
          <span className="real-world-count">
            {t(isOutput ? "live.realWorld.sent" : "live.realWorld.received", {
              n: status.received.toLocaleString("en-US"),
            })}
            {status.dropped > 0 ? t("live.realWorld.dropped", { n: status.dropped }) : ""}
          </span>
        )}
      </div>
      {status && status.lastRecords.length > 0 && (
        <div className="real-world-last" title={status.lastRecords.join("\n")}>
          {status.lastRecords.at(-1)}
        </div>
      )}
      {status?.message && (
        <div className="real-world-message" role="status" title={status.log.join("\n")}>
          {status.message}
        </div>
      )}
      {dropTarget && (
        <div className="real-world-drop nodrag">
          {running ? t("live.realWorld.dropHere") : t("live.realWorld.runThenDrop")}
          <button type="button" disabled={!running} onClick={() => picker.current?.click()}>
            {t("live.realWorld.pickFiles")}
          </button>{" "}
          <button type="button" disabled={!running} onClick={() => folderPicker.current?.click()}>
            {t("live.realWorld.folder")}
          </button>
          {skipped > 0 && <span>{t("live.realWorld.tooBig", { n: skipped })}</span>}
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            data-testid="drop-files-input"
            onChange={(e) =>
              e.target.files && void addFiles(e.target.files).then(() => (e.target.value = ""))
            }
          />
          <input
            ref={folderPicker}
            type="file"
            multiple
            hidden
            {...{ webkitdirectory: "" }}
            onChange={(e) =>
              e.target.files && void addFiles(e.target.files).then(() => (e.target.value = ""))
            }
          />
        </div>
      )}
    </div>
  );
}
