import type { sinks as en } from "../en/sinks";
import type { Translation } from "../translation";

export const sinks: Translation<typeof en> = {
  tables: {
    tab: "테이블",
    empty:
      "아직 테이블이 없습니다: foreachRDD → database 노드가 배치마다 이 브라우저의 IndexedDB에 여기로 씁니다.",
    note: "이 브라우저의 IndexedDB입니다. 행은 배치 시간을 키로 가집니다: 다시 쓰인 배치(재실행, 재처리)는 자기 행을 교체하므로 배치마다 행 묶음은 정확히 하나입니다.",
    listLabel: "테이블",
    summary: "{{rows}}행, 배치 {{batches}}개",
    writtenBy: "{{node}} 노드가 씀, 마지막 배치 {{time}}",
    column: {
      batchTime: "배치 시간(ms)",
      idx: "#",
      key: "키",
      value: "값",
      record: "레코드",
    },
    range: "{{total}}행 중 {{from}}–{{to}}행",
    noRows: "테이블에 행이 없습니다.",
    first: "처음",
    previous: "이전",
    next: "다음",
    last: "마지막",
    clear: "테이블 비우기",
    confirmClear: "{{table}}의 {{rows}}행을 모두 지울까요?",
    confirm: "지우기",
    cancel: "취소",
    writeError: "배치 {{time}}을(를) {{table}}에 쓰지 못했습니다: {{message}}",
    readError: "테이블을 읽지 못했습니다: {{message}}",
  },
  savedFiles: {
    zip_one: "모두 zip으로 내려받기 (배치 {{count}}개)",
    zip_other: "모두 zip으로 내려받기 (배치 {{count}}개)",
    zipTitle:
      "이번 실행의 배치 디렉터리 전부를 Spark의 구조로: prefix-TIME_IN_MS.suffix/part-00000 ... 그리고 _SUCCESS",
    sampled_one:
      "배치 {{count}}개는 1000줄이 넘었습니다: zip에는 앞의 1000줄만 있고, 완성되지 않은 Spark 출력이므로 _SUCCESS가 없습니다.",
    sampled_other:
      "배치 {{count}}개는 1000줄이 넘었습니다: zip에는 앞의 1000줄만 있고, 완성되지 않은 Spark 출력이므로 _SUCCESS가 없습니다.",
  },
};
