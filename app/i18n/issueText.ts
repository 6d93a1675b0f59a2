// The validator's findings come from the engine in English (engine/graph/validate*.ts). Spark's own
// messages ("No output operations registered, so nothing to execute", the checkpoint and slide
// duration errors) stay as Spark writes them; the studio's own sentences are translated here by
// their shape, the node names and numbers kept. issueText.test.ts runs the real validator over broken
// pipelines and fails when one of its sentences has no Korean here.
import type { PipelineIssue } from "../../engine/graph";
import { i18n } from "./i18n";

type Rule = [RegExp, string];

const KO_RULES: Rule[] = [
  [/^(.+) is a source and takes no input$/, "$1은(는) 소스라서 입력을 받지 않습니다"],
  [/^(.+) needs an input, has (\d+)$/, "$1에는 입력이 필요합니다 (현재 $2개)"],
  [/^(.+) needs at least (\d+) inputs, has (\d+)$/, "$1에는 입력이 $2개 이상 필요합니다 (현재 $3개)"],
  [
    /^(.+) needs (\d+) inputs \((.+)\), has (\d+): (.+) is not connected$/,
    "$1에는 입력 $2개($3)가 필요합니다 (현재 $4개): $5이(가) 연결되지 않았습니다",
  ],
  [
    /^(.+) takes one input; this edge is one too many$/,
    "$1은(는) 입력을 하나만 받습니다: 이 연결은 하나 더 많습니다",
  ],
  [
    /^(.+) takes (\d+) inputs; this edge is one too many$/,
    "$1은(는) 입력을 $2개 받습니다: 이 연결은 하나 더 많습니다",
  ],
  [/^(.+) has no input named "(.+)" \(inputs: (.+)\)$/, '$1에는 "$2"라는 입력이 없습니다 (입력: $3)'],
  [/^(.+) input "(.+)" is already connected$/, '$1의 입력 "$2"은(는) 이미 연결되어 있습니다'],
  [
    /^(.+) needs a stream of \[key, value\] pairs, but its input (.+) gives plain records$/,
    "$1에는 [key, value] 쌍의 스트림이 필요하지만 입력 $2은(는) 일반 레코드를 줍니다",
  ],
  [
    /^This connection closes a cycle: (.+)\. A DStream graph must be acyclic\.$/,
    "이 연결은 순환을 만듭니다: $1. DStream 그래프는 순환이 없어야 합니다.",
  ],
  [
    /^(.+) is a Structured Streaming kind; this is a DStream pipeline$/,
    "$1은(는) Structured Streaming 종류입니다: 이 파이프라인은 DStream 파이프라인입니다",
  ],
  [/^Unknown node kind "(.+)"$/, '알 수 없는 노드 종류 "$1"'],
  [
    /^Filter is only used with an inverse reduce function, as in Spark's reduceByKeyAndWindow\(f, invF, \.\.\.\)$/,
    "필터는 Spark의 reduceByKeyAndWindow(f, invF, ...)처럼 역 리듀스 함수가 있을 때만 쓰입니다",
  ],
  [
    /^Not connected to any output operation, so Spark never computes it$/,
    "어떤 출력 연산에도 연결되지 않아 Spark가 계산하지 않습니다",
  ],
  [/^(.+) is required$/, "$1: 값을 입력해야 합니다"],
];

const RULES: Record<string, Rule[]> = { ko: KO_RULES };

/** One validator message in the language; a message with no rule (Spark's own) stays as it is. */
export function translateIssueMessage(message: string, language: string = i18n.language): string {
  for (const [pattern, replacement] of RULES[language] ?? [])
    if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}

export function translateIssues(issues: PipelineIssue[], language: string = i18n.language): PipelineIssue[] {
  if (!RULES[language]) return issues;
  return issues.map((i) => {
    const message = translateIssueMessage(i.message, language);
    return message === i.message ? i : { ...i, message };
  });
}
