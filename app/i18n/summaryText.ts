// A node card's one-line summary comes from the engine's spec in English ("5 lines/s · 30 words");
// its words are a small fixed vocabulary of units and phrases, translated here piece by piece (the
// numbers, API names and the user's values stay). summaryText.test.ts runs every kind's summary
// through it and fails on an English word left over.

import { summarize } from "../../engine/graph";
import type { NodeKindSpec } from "../../engine/graph/types";
import { i18n } from "./i18n";

type Rule = [RegExp, string];

/** English summary pieces and their Korean, longest first where one contains another. */
const KO_RULES: Rule[] = [
  [/\brunning state per key\b/g, "키별 누적 상태"],
  [/\bdrop files here\b/g, "여기에 파일을 넣으세요"],
  [/\ball columns\b/g, "모든 열"],
  [/\bno timeout\b/g, "타임아웃 없음"],
  [/\btimeout (\S+)/g, "타임아웃 $1"],
  [/\bsnapshots\b/g, "스냅숏"],
  [/(\d+) triggers of lines\b/g, "트리거 $1개 분량의 줄"],
  [/(\d+) queued batches\b/g, "대기 배치 $1개"],
  [/^first (\S+)/g, "처음 $1개"],
  [/^every (\S+)/g, "$1마다"],
  [/^table · (\S+) rows\/batch/g, "테이블 · 배치당 $1행"],
  [/^table (.+)$/g, "테이블 $1"],
  [/^simulated · /g, "시뮬레이션 · "],
  [/ \(objects\)$/g, " (객체)"],
  [/\brecords\/s\b/g, "레코드/초"],
  [/\brec\/s\b/g, "레코드/초"],
  [/\blines\/s\b/g, "줄/초"],
  [/\brows\/s\b/g, "행/초"],
  [/\bclicks\/s\b/g, "클릭/초"],
  [/\bticks\/s\b/g, "틱/초"],
  [/(\d+) partitions\b/g, "파티션 $1개"],
  [/(\d+) sensors\b/g, "센서 $1개"],
  [/(\d+) words\b/g, "단어 $1개"],
  [/(\d+) users\b/g, "사용자 $1명"],
  [/(\d+) symbols\b/g, "종목 $1개"],
  [/(\d+) batches\b/g, "배치 $1개"],
  [/(\d+) rows\b/g, "행 $1개"],
  [/\(inv\)/g, "(역함수)"],
  // A join: "inner on sensorId".
  [/^(\w+) on (.+)$/g, "$1 · $2 기준"],
];

const RULES: Record<string, Rule[]> = { ko: KO_RULES };

/** The English summary in the given language. */
export function translateSummary(summary: string, language: string): string {
  const rules = RULES[language];
  if (!rules || summary === "") return summary;
  return rules.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), summary);
}

/** A node card's summary in the UI's language of the moment. */
export function summaryText(
  spec: NodeKindSpec,
  params: Record<string, unknown>,
  batchIntervalMs: number,
  language: string = i18n.language,
): string {
  return translateSummary(summarize(spec, params, batchIntervalMs), language);
}
