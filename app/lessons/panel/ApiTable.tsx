// The lecture's table of Spark's two streaming APIs, DStream against Structured Streaming, with the
// lesson that shows each row running.
import { useT } from "../../i18n/useT";
import "../../i18n/later/lessons";

const ROWS = ["age", "basis", "processing", "eventTime"] as const;

export function ApiTable() {
  const t = useT();
  return (
    <section className="lesson-tools" aria-label={t("lessons.apiTable")}>
      <h4>{t("lessons.apiTable")}</h4>
      <table className="lesson-api-table" data-testid="api-table">
        <thead>
          <tr>
            <th scope="col">DStream</th>
            <th scope="col">Structured Streaming</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row} data-row={row}>
              <td>{t(`lessons.apiTableRows.${row}.dstream`)}</td>
              <td>{t(`lessons.apiTableRows.${row}.structured`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
