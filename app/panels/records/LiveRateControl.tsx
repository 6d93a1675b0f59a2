// The "Live" input rate of a source: a log-scale slider (1 .. 1M records/s) and a number field.
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import "../../i18n/later/live";

const MAX_EXP = 6; // 10^6 records/s

export function rateOf(params: Record<string, unknown>): number | undefined {
  for (const key of ["rate", "ratePerSecond", "recordsPerSecond"]) {
    const v = params[key];
    if (typeof v === "number") return v;
  }
  return undefined;
}

export function LiveRateControl({ nodeId, unit }: { nodeId: string; unit?: string }) {
  const t = useT();
  const shownUnit = unit ?? t("live.records.recordsPerSecond");
  const rate = useStudio((s) => {
    const node = s.doc.nodes.find((n) => n.id === nodeId);
    return node ? rateOf(node.params) : undefined;
  });
  const setInputRate = useStudio((s) => s.setInputRate);
  if (rate === undefined) return null;
  const exp = Math.log10(Math.max(rate, 1));
  return (
    <label className="live-rate">
      <span>{t("live.records.inputRate")}</span>
      <input
        type="range"
        aria-label={t("live.records.inputRateLog")}
        min={0}
        max={MAX_EXP}
        step={0.05}
        value={exp}
        onChange={(e) => setInputRate(nodeId, Math.round(10 ** Number(e.target.value)))}
      />
      <input
        type="number"
        aria-label={t("live.records.inputRateUnit", { unit: shownUnit })}
        min={0}
        value={rate}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v) && v >= 0) setInputRate(nodeId, v);
        }}
      />
      <span className="muted">{shownUnit}</span>
    </label>
  );
}
