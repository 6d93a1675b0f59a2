import type { explain as en } from "../en/explain";
import type { Translation } from "../translation";

export const explain: Translation<typeof en> = {
  noRdd:
    "이 배치 시간에는 RDD가 없습니다: 하위 윈도우는 슬라이드할 때만 계산하므로, 그 사이에는 Spark가 이 노드에 RDD를 요청하지 않습니다.",
  emptyWindow:
    "윈도우에 아직 배치가 없습니다: 윈도우는 최근 윈도우 길이 동안의 배치를 담는데, 아직 도착한 배치가 없습니다.",
  skippedBatch:
    "이 배치 시간에는 어떤 출력 연산에도 작업이 없었으므로 (윈도우는 슬라이드할 때만 내보냄) Spark가 이 배치를 건너뜁니다.",
  graphLocked:
    "시작된 StreamingContext에는 새 연산을 추가할 수 없습니다: Spark는 시작할 때 DStream 그래프를 고정하므로, 편집은 다음 실행을 기다립니다.",
  intervalLocked: "배치 간격은 StreamingContext가 시작될 때 고정됩니다: 바꾸려면 실행을 중지하세요.",
};
