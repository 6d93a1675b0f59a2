// Korean texts of the Structured Streaming kinds (engine/graph/kinds/structured/*/spec.ts hold the
// English). Spark's API names (select, withWatermark, writeStream) and option names stay in English.
import type { KindTranslation, ParamTranslation } from "../kindText";

const schema: ParamTranslation = {
  label: "스키마",
  doc: "행의 컬럼을 DDL 문자열로 (이름 타입, ...).",
};
const seed: ParamTranslation = {
  label: "시드",
  doc: "생성기의 시드: 같은 시드면 배치마다 같은 레코드가 나옵니다.",
};
const rate: ParamTranslation = {
  label: "속도",
  doc: "리시버가 시뮬레이션 시간 1초마다 만드는 레코드 수 (Spark의 리시버 입력 속도).",
};
const condition: ParamTranslation = {
  label: "조건",
  doc: "Spark SQL 불리언 식, 예: value > 3 AND word != 'the'.",
};

export const koStructuredKinds: Record<string, KindTranslation> = {
  "structured.memoryStream": {
    doc: '손으로 넣는 행, 트리거마다 배치 하나 (Spark의 MemoryStream). 타임스탬프는 "2026-12-02 12:07:00" (UTC) 또는 epoch 밀리초로 씁니다.',
    params: {
      schema,
      batches: {
        label: "트리거별 행",
        doc: "트리거의 JSON 배열, 각 트리거는 행의 배열입니다. 행은 스키마 순서의 값 배열이거나 컬럼 이름별 객체이고, null은 그 트리거 전에 아무것도 넣지 않는다는 뜻입니다.",
      },
    },
  },
  "structured.socket": {
    doc: "Spark의 소켓 소스 (텍스트 줄, 컬럼 value STRING), 여기 적은 줄을 트리거마다 배열 하나씩 보냅니다. includeTimestamp를 켜면 timestamp 컬럼에 각 줄의 도착 시각이 담깁니다.",
    params: {
      lines: {
        label: "트리거별 줄",
        doc: "트리거의 JSON 배열, 각 트리거는 줄의 배열입니다 (그 트리거 전에 소켓이 보내는 것).",
      },
      includeTimestamp: {
        label: "타임스탬프 포함",
        doc: "도착 시각을 담은 timestamp 컬럼을 더합니다 (옵션 includeTimestamp).",
      },
    },
  },
  "structured.rate": {
    doc: "Spark의 rate 소스: 초마다 rowsPerSecond개의 행, 컬럼은 timestamp (TIMESTAMP)와 value (BIGINT, 0부터).",
    params: {
      rowsPerSecond: { label: "초당 행 수", doc: "초마다 만드는 행 수 (옵션 rowsPerSecond)." },
    },
  },
  "structured.sensorReadings": {
    doc: "시드가 있는 센서 측정값: sensorId STRING, value DOUBLE, eventTime TIMESTAMP. 일부는 늦게 도착해, 이벤트 시간이 도착 시각보다 뒤처집니다.",
    params: {
      seed,
      rate,
      sensors: { label: "센서 수", doc: "서로 다른 센서의 수." },
      outOfOrderFraction: { label: "순서 어긋남", doc: "이벤트 시간이 뒤처지는 측정값의 비율." },
      maxLatenessMs: {
        label: "최대 지연",
        doc: "늦은 측정값의 이벤트 시간이 도착 시각보다 최대 얼마나 뒤처질 수 있는지.",
      },
    },
  },
  "structured.clickStream": {
    doc: "시드가 있는 페이지 클릭: userId STRING, page STRING, eventTime TIMESTAMP.",
    params: {
      seed,
      rate,
      users: { label: "사용자 수", doc: "서로 다른 사용자의 수." },
      pages: { label: "페이지 수", doc: "서로 다른 페이지의 수." },
    },
  },
  "structured.files": {
    label: "readStream (파일)",
    doc: "Spark의 파일 소스: 디렉터리의 새 파일을 수정 시각 순서로 읽습니다. text는 value 컬럼 하나, csv와 json은 스키마의 컬럼을 줍니다.",
    params: {
      format: {
        label: "형식",
        doc: "파일 형식 (DataStreamReader.format).",
        options: { text: "text", csv: "csv", json: "json" },
      },
      path: { label: "디렉터리", doc: "새 파일을 지켜보는 디렉터리." },
      schema: {
        label: "스키마",
        doc: "파일의 컬럼 (Spark처럼 csv와 json에는 필요하고, text는 무시합니다).",
      },
      maxFilesPerTrigger: {
        label: "트리거당 최대 파일 수",
        doc: "트리거마다 읽는 파일 수의 상한 (옵션 maxFilesPerTrigger); 비우면 새 파일을 모두 읽습니다.",
      },
    },
  },
  "structured.staticTable": {
    label: "정적 DataFrame",
    doc: "스트림-정적 조인에 쓰는 정적 DataFrame (spark.createDataFrame(rows, schema)); 트리거마다 전체를 읽습니다.",
    params: {
      schema: { label: "스키마", doc: "테이블의 컬럼, DDL 문자열로." },
      rows: {
        label: "행",
        doc: "행의 JSON 배열 (스키마 순서의 배열, 또는 컬럼 이름별 객체).",
      },
    },
  },
  "structured.select": {
    doc: "각 행을 새 컬럼으로 투영합니다 (Dataset.selectExpr): 별칭을 붙일 수 있는 Spark SQL 식, 예: explode(split(value, ' ')) AS word.",
    params: {
      exprs: { label: "컬럼", doc: "쉼표로 구분한 Spark SQL 식, 각각 AS 이름을 붙일 수 있습니다." },
    },
  },
  "structured.where": {
    doc: "Spark SQL 조건이 참인 행만 남깁니다 (Dataset.where); null은 거짓으로 칩니다.",
    params: { condition },
  },
  "structured.filter": {
    doc: "Spark SQL 조건이 참인 행만 남깁니다 (Dataset.filter, where와 같음).",
    params: { condition: { label: "조건", doc: "Spark SQL 불리언 식." } },
  },
  "structured.withColumn": {
    doc: "Spark SQL 식으로 계산한 컬럼을 더하거나, 같은 이름의 컬럼을 바꿉니다 (Dataset.withColumn).",
    params: {
      colName: { label: "컬럼", doc: "새 컬럼의 이름." },
      expr: { label: "식", doc: "행의 컬럼에 대한 Spark SQL 식." },
    },
  },
  "structured.withWatermark": {
    doc: "이벤트 시간 컬럼과 지연 한도를 선언합니다 (Dataset.withWatermark): 워터마크 = 지금까지 본 가장 큰 이벤트 시간 - 지연 한도, 다음 트리거부터 적용됩니다.",
    params: {
      eventTime: { label: "이벤트 시간 컬럼", doc: "TIMESTAMP 컬럼." },
      delayThreshold: { label: "지연 한도", doc: "행이 얼마나 늦게 도착해도 되는지, 예: 10 minutes." },
    },
  },
  "structured.groupBy": {
    doc: "그룹별로 행을 집계합니다 (groupBy(...).agg): 윈도우 컬럼이 있으면 이벤트 시간 윈도우 (window(col, windowDuration, slideDuration))와 키별로.",
    params: {
      windowColumn: {
        label: "윈도우 기준",
        doc: "window(...)의 TIMESTAMP 컬럼; 비우면 키로만 그룹을 나눕니다.",
      },
      windowDuration: { label: "윈도우", doc: "윈도우 길이, 예: 10 minutes." },
      slideDuration: {
        label: "슬라이드",
        doc: "윈도우가 시작하는 간격; 비우면 텀블링 윈도우 (슬라이드 = 길이).",
      },
      keys: { label: "키", doc: "쉼표로 구분한 그룹 컬럼이나 식 (윈도우 뒤에)." },
      aggs: {
        label: "집계",
        doc: "쉼표로 구분한 집계: count(*), count(col), sum(col), avg(col), min(col), max(col), 각각 AS 이름을 붙일 수 있습니다.",
      },
    },
  },
  "structured.dropDuplicates": {
    doc: "어느 트리거에서든 이미 본 컬럼 값(또는 지정한 컬럼)의 행을 버립니다 (Dataset.dropDuplicates); 지정한 이벤트 시간 컬럼에 워터마크가 있으면 오래된 키는 지웁니다.",
    params: {
      columns: { label: "컬럼", doc: "쉼표로 구분한 컬럼 이름; 비우면 모든 컬럼." },
    },
  },
  "structured.join": {
    doc: "스트리밍 DataFrame을 정적 DataFrame과 같은 이름의 컬럼으로 조인합니다 (Dataset.join(right, usingColumns, joinType)); 트리거마다 그 행들이 정적 테이블 전체와 만납니다.",
    params: {
      on: { label: "조인 컬럼", doc: "양쪽에 모두 있는, 쉼표로 구분한 컬럼 이름." },
      how: {
        label: "조인 종류",
        doc: "Spark의 joinType; 스트리밍 쪽에 Spark가 두지 않는 상태가 필요한 외부 조인은 거절됩니다.",
        options: {
          inner: "inner",
          left_outer: "left_outer",
          right_outer: "right_outer",
          full_outer: "full_outer",
          left_semi: "left_semi",
          left_anti: "left_anti",
        },
      },
    },
  },
  "structured.writeStream": {
    doc: "스트리밍 쿼리를 시작합니다 (DataStreamWriter): 출력 모드 (append, update, complete), 트리거 (처리 시간 마이크로 배치, once, availableNow, continuous)와 싱크.",
    params: {
      outputMode: {
        label: "출력 모드",
        doc: "append: 다시는 바뀌지 않는 행만; update: 이 트리거에서 바뀐 행; complete: 결과 테이블 전체.",
        options: { append: "append", update: "update", complete: "complete" },
      },
      trigger: {
        label: "트리거",
        doc: "트리거가 도는 때: 간격마다 (마이크로 배치), 한 번, 지금 있는 데이터를 다 처리할 때까지, 또는 연속형 처리 (레코드 하나씩).",
        options: {
          processingTime: "processingTime",
          once: "once",
          availableNow: "availableNow",
          continuous: "continuous",
        },
      },
      interval: {
        label: "간격",
        doc: "처리 시간 트리거의 간격, 또는 연속형 처리의 체크포인트 간격.",
      },
      format: {
        label: "싱크",
        doc: "console은 트리거마다 행을 출력하고, memory는 queryName 이름의 테이블에 보관합니다.",
        options: { console: "console", memory: "memory" },
      },
      queryName: { label: "쿼리 이름", doc: "쿼리의 이름 (queryName); memory 싱크의 테이블 이름." },
      numRows: { label: "보일 행 수", doc: "console 싱크가 트리거마다 출력하는 행 수 (옵션 numRows)." },
      truncate: {
        label: "자르기",
        doc: "console 싱크가 20자보다 긴 값을 자릅니다 (옵션 truncate).",
      },
    },
  },
};
