// foreachRDD rows in a table; saveAsTextFiles parts as files to download.
import { formatBatchTime } from "../../charts/format";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { recordToText } from "../../store/run/data/recordToText";
import { downloadText, fileNameOf } from "./download";
import { SavedFilesZip } from "./savedFiles/SavedFilesZip";
import "../../i18n/later/live";

const SHOWN_ROWS = 50;
const RECORDS_PER_ROW = 20;

export function OutputsPane() {
  const t = useT();
  const outputs = useStudio((s) => s.outputs);
  const files = useStudio((s) => s.files);
  if (outputs.length === 0 && files.length === 0) {
    return <p className="bottom-empty">{t("live.outputs.empty")}</p>;
  }
  return (
    <div className="outputs-pane">
      {outputs.length > 0 && (
        <table className="batch-table" data-testid="foreach-table">
          <thead>
            <tr>
              <th>{t("live.outputs.node")}</th>
              <th>{t("live.outputs.batchTime")}</th>
              <th>{t("live.outputs.records")}</th>
            </tr>
          </thead>
          <tbody>
            {outputs
              .slice(-SHOWN_ROWS)
              .reverse()
              .map((o) => (
                <tr key={`${o.nodeId}-${o.batchTimeMs}`}>
                  <td>{o.nodeId}</td>
                  <td className="mono">{formatBatchTime(o.batchTimeMs)}</td>
                  <td className="mono records-cell">
                    {o.records.slice(0, RECORDS_PER_ROW).map(recordToText).join(", ")}
                    {(o.truncated || o.records.length > RECORDS_PER_ROW) && " …"}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {files.length > 0 && <SavedFilesZip files={files} />}
      {files.length > 0 && (
        <ul className="file-list" data-testid="output-files">
          {files
            .slice(-SHOWN_ROWS)
            .reverse()
            .map((f) => (
              <li key={f.path}>
                <span className="mono">{f.path}</span>
                <span className="muted">
                  {t("live.outputs.lines", { count: f.lines.length })}
                  {f.truncated ? t("live.outputs.sample") : ""}
                </span>
                <button
                  type="button"
                  onClick={() => downloadText(fileNameOf(f.path), `${f.lines.join("\n")}\n`)}
                >
                  {t("live.outputs.download")}
                </button>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
