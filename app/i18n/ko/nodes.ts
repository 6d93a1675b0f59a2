import type { nodes as en } from "../en/nodes";
import type { Translation } from "../translation";

export const nodes: Translation<typeof en> = {
  rename: "{{title}}\n더블클릭해 이름 바꾸기",
  labelInput: "노드 이름",
  unknownKind: '알 수 없는 종류 "{{kind}}"',
  input: "{{title}} 입력",
  namedInput: "{{title}} {{name}} 입력",
  output: "{{title}} 출력",
  live: {
    waiting: "{{batches}} 대기 중 ({{records}})",
    waitingTitle: "대기 중이거나 처리 중인 배치 (한 번에 작업 묶음 하나씩)",
    noRdd: "RDD 없음: 윈도우의 슬라이드를 기다림",
    noRddReason:
      "이 배치 시간에는 어떤 작업도 이 노드의 RDD를 필요로 하지 않았습니다: 하위 윈도우는 슬라이드할 때(슬라이드 간격마다)만 계산하므로, 그때까지 Spark는 여기서 RDD를 만들지 않습니다.",
    windowHolds: "윈도우에 담긴 배치: {{times}}",
    holdsNone: "아직 담긴 배치 없음",
    holdsOne: "{{time}} 배치 담음",
    holdsRange: "{{first}} … {{last}} 배치 담음 ({{batches}})",
    state: "상태: {{keys}}",
  },
  token: "{{source}}의 {{time}} RDD: {{records}}, {{partitions}} (클릭하면 레코드 보기)",
};
