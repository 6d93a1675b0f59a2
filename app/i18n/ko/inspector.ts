import type { inspector as en } from "../en/inspector";
import type { Translation } from "../translation";

export const inspector: Translation<typeof en> = {
  title: "인스펙터",
  node: "노드",
  selection: "선택",
  pipeline: "파이프라인",
  selectedNodes: "{{nodes}} 선택됨. Ctrl+D로 복제, Delete로 삭제합니다.",
  selectedNodesAndEdges: "{{nodes}}와 {{edges}} 선택됨. Ctrl+D로 복제, Delete로 삭제합니다.",
  edges_one: "연결선 {{count}}개",
  edges_other: "연결선 {{count}}개",
  unknownKind: "알 수 없는 노드 종류 “{{kind}}”: 이 파이프라인에는 더 새 버전의 앱이 필요합니다.",
  label: "이름",
  labelHelp: "캔버스에 보이는 노드 이름이자, 내보낸 코드의 변수 이름입니다.",
  optional: "선택 사항",
  located: " ({{line}}행 {{column}}열)",
  problems: "문제",
  problemsCount: "문제 ({{count}})",
  pipelineName: "파이프라인 이름",
  description: "설명",
  on: "켬",
  off: "끔",
  randomSeed: "무작위 {{label}}",
  newSeed: "새 무작위 시드",
  inBatches: "배치 간격 단위",
  timesBatch: "{{multiple}} × 배치",
  mustBeMultiple: "Spark의 요구대로 배치 간격({{seconds}}초)의 배수여야 합니다.",
  batchInterval: "배치 간격",
  numberRequired: "숫자를 입력하세요.",
  batchLocked: "바꾸려면 실행을 중지하세요 (Spark는 StreamingContext를 만들 때 배치 간격을 고정합니다).",
  batchHelp: "StreamingContext에 주는 마이크로 배치 간격입니다. 윈도우 길이와 슬라이드 간격은 그 배수입니다.",
  blockInterval: "블록 간격",
  blockTooltip:
    "spark.streaming.blockInterval: 리시버는 간격마다 레코드를 블록 하나로 자르고, 블록 하나가 배치의 파티션(태스크) 하나가 되므로 배치당 파티션 수 = 배치 간격 / 블록 간격입니다. Spark의 기본값은 200 ms이며, 가이드는 약 50 ms 이상을 권합니다.",
  blockLocked: "바꾸려면 실행을 중지하세요 (Spark의 리시버는 시작할 때 이 값을 읽습니다).",
  blockHelp: "리시버는 간격마다 블록(파티션 하나)을 자릅니다: {{rule}}.",
  blockRule_one: "{{batch}} ms / {{block}} ms {{approx}} 리시버당 배치마다 파티션 {{count}}개",
  blockRule_other: "{{batch}} ms / {{block}} ms {{approx}} 리시버당 배치마다 파티션 {{count}}개",
  blockRequired: "블록 간격을 입력하세요 (Spark의 기본값은 200 ms).",
  blockWhole: "밀리초 단위의 양의 정수여야 합니다.",
  blockMax: "{{max}} ms 이하여야 합니다.",
  settings: {
    checkpoint: {
      label: "체크포인트",
      doc: "ssc.checkpoint(dir): updateStateByKey, mapWithState, 역함수를 쓰는 윈도우에 필요합니다.",
    },
    defaultParallelism: {
      label: "기본 병렬도",
      doc: "연산자가 따로 정하지 않을 때 RDD당 파티션 수 (spark.default.parallelism).",
    },
    executors: {
      label: "익스큐터",
      doc: "시뮬레이션된 익스큐터 수: 익스큐터당 코어 수와 함께 동시에 실행되는 태스크 수를 정합니다.",
    },
    coresPerExecutor: {
      label: "익스큐터당 코어",
      doc: "각 익스큐터의 시뮬레이션된 코어 수 (spark.executor.cores).",
    },
    backpressure: {
      label: "백프레셔",
      doc: "spark.streaming.backpressure.enabled: 배치가 밀리면 PID 속도 추정기가 리시버를 늦춥니다.",
    },
    seed: {
      label: "시드",
      doc: "자체 시드가 없는 생성 소스의 시드: 같은 시드면 같은 실행이 나옵니다. CLI의 --seed S는 자체 시드까지 포함해 모든 소스의 시드를 다시 정합니다 (그래프 순서로 S, S+1, …).",
    },
  },
};
