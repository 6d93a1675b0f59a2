// Korean titles and descriptions of public/examples/index.json, by file name.
export const koExamples: Record<string, { title: string; description: string }> = {
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
};
