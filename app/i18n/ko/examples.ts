// Korean titles and descriptions of public/examples/index.json and structured/index.json, by file
// name; a pipeline opened from the gallery takes them as its name and description, and a side-by-side
// comparison its title, explanation and side labels.
import type { ExampleTranslation } from "../exampleText";

export const koExamples: Record<string, ExampleTranslation> = {
  "socket-word-count.json": {
    title: "소켓 단어 세기",
    description:
      "기본 예제: 텍스트 줄을 단어로 나누고 (word, 1) 쌍으로 바꾼 뒤 reduceByKey로 배치마다 단어 수를 셉니다.",
  },
  "windowed-word-count.json": {
    title: "윈도우 단어 세기",
    description:
      "최근 6초 동안의 단어 수를 2초마다 reduceByKeyAndWindow와 역함수로 셉니다 (체크포인트가 필요합니다).",
  },
  "running-count.json": {
    title: "누적 단어 세기 (updateStateByKey)",
    description: "시작부터의 단어별 누적 합계를 updateStateByKey로 상태에 보관합니다 (체크포인트 사용).",
  },
  "sensor-average.json": {
    title: "윈도우별 센서 평균",
    description:
      "겹치지 않는 5초 윈도우마다 센서별 평균 측정값: reduceByKeyAndWindow로 키별 합과 개수를 구한 뒤 나눕니다.",
  },
  "click-join.json": {
    title: "클릭 스트림과 사용자 테이블 조인",
    description: "transform 안에서 배치마다 정적 테이블과 조인해 각 클릭에 사용자 등급을 붙입니다.",
  },
  "union.json": {
    title: "두 소스의 union",
    description: "두 텍스트 스트림을 union으로 하나로 합친 뒤 함께 셉니다.",
  },
  "backpressure.json": {
    title: "백프레셔 데모",
    description:
      "초당 30,000줄이 들어오지만 시뮬레이션된 1코어 클러스터는 1초 배치마다 약 2.1초가 걸립니다: 스케줄링 지연이 쌓이는 것을 본 뒤 백프레셔를 켜 보세요.",
  },
  "structured/windowed-word-count.json": {
    title: "워터마크를 쓰는 윈도우 단어 세기 (Structured Streaming)",
    description:
      "Structured Streaming 가이드의 예제: 5분마다 슬라이드하는 10분 이벤트 시간 윈도우로 단어를 세고 워터마크는 10분입니다. 이벤트 시간 그림에서 늦게 온 'donkey'가 버려지는 것을 보세요.",
    name: "워터마크를 쓰는 윈도우 단어 세기",
    documentDescription:
      "Structured Streaming 가이드의 워터마크 윈도우 단어 세기: 이벤트 시간이 붙은 단어를 5분마다 슬라이드하는 10분 윈도우로 세고, 10분보다 늦은 행은 버립니다. 데이터 없는 트리거가 워터마크를 12:11로 옮기므로, 다음에 오는 늦은 'donkey'(12:04)는 가이드의 그림처럼 버려집니다.",
  },
  "structured/side-by-side-late-data.json": {
    title: "나란히 보기: DStream 윈도우와 이벤트 시간 윈도우",
    description:
      "같은 시드의 센서 측정값을 처리 시간 기준의 DStream 윈도우와 워터마크를 쓰는 이벤트 시간 기준의 Structured Streaming 윈도우에 흘려 보냅니다: 늦게 온 측정값이 어디로 가는지 보세요.",
    comparison: {
      title: "늦게 온 센서 측정값: 처리 시간과 이벤트 시간",
      explanation:
        "둘 다 같은 시드의 측정값을 5초 윈도우로 셉니다: DStream 윈도우는 도착한 시점으로 묶으므로 늦은 측정값이 나중 윈도우에 집계되고, Structured Streaming은 발생한 시점으로 묶으며 1초 워터마크가 이미 지나간 윈도우의 측정값은 버립니다.",
      left: "DStream: 처리 시간 기준 reduceByKeyAndWindow",
      right: "Structured Streaming: 이벤트 시간 기준 window, 워터마크 1초",
    },
  },
};
