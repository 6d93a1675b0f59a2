import type { palette as en } from "../en/palette";
import type { Translation } from "../translation";

export const palette: Translation<typeof en> = {
  title: "팔레트",
  search: "연산자 찾기",
  searchPlaceholder: "연산자 찾기…",
  noMatch: "“{{query}}”에 맞는 연산자가 없습니다.",
  tip: "캔버스로 끌어다 놓거나 더블클릭하세요.",
  category: {
    source: "소스",
    transformation: "변환 연산",
    window: "윈도우",
    state: "상태",
    join: "조인",
    output: "출력 연산",
  },
  structuredCategory: {
    source: "소스 (readStream)",
    transformation: "변환 연산",
    window: "이벤트 시간과 집계",
    state: "중복 제거",
    join: "조인",
    output: "싱크 (writeStream)",
  },
  facts: {
    inputs: "입력",
    params: "매개변수",
    noInput: "입력 없음 (소스)",
    named: "입력 {{count}}개: {{names}}",
    orMore: "입력 {{min}}개 이상",
    one: "입력 1개",
    several: "입력 {{max}}개",
    needsPairs: "(키, 값) 쌍 필요",
    output: "출력 연산",
    checkpoint: "체크포인트 필요",
  },
};
