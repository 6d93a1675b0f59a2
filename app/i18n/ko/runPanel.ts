import type { runPanel as en } from "../en/runPanel";
import type { Translation } from "../translation";

export const runPanel: Translation<typeof en> = {
  panel: "실행 패널",
  resize: "실행 패널 크기 조절",
  live: "실시간 시뮬레이션",
  noBatches: "아직 배치가 없습니다: 실행이나 한 배치를 누르세요.",
  firstBatchComing: "실행 중: 첫 배치가 아직 끝나지 않았습니다.",
  loading: "불러오는 중…",
  expand: "실행 패널 펼치기",
  collapse: "실행 패널 접기",
  expandTitle: "차트, 배치, 출력 보기",
  collapseTitle: "실행 패널 숨기기: 캔버스를 넓게",
  tab: {
    charts: "차트",
    batches: "배치",
    receivers: "리시버",
    records: "레코드",
    console: "콘솔",
    outputs: "출력",
    errors: "오류",
  },
};
