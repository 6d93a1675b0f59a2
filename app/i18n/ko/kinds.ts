// Korean texts of the node kinds, by kind name and param name (the specs in engine/graph/kinds/*
// hold the English). API names (reduceByKey, StreamingContext) stay in English, as in the lecture.
import type { KindTranslation, ParamTranslation } from "../kindText";

const seed: ParamTranslation = {
  label: "시드",
  doc: "생성기의 시드: 같은 시드면 배치마다 같은 레코드가 나옵니다.",
};
const rate: ParamTranslation = {
  label: "속도",
  doc: "리시버가 시뮬레이션 시간 1초마다 만드는 레코드 수 (Spark의 리시버 입력 속도).",
};
const numPartitions: ParamTranslation = {
  label: "파티션",
  doc: "셔플 뒤의 파티션 수 (Spark의 numPartitions 인자); 비우면 기본 병렬도를 씁니다.",
};
const windowMs: ParamTranslation = {
  label: "윈도우",
  doc: "윈도우 길이 (Spark의 windowDuration): 배치 간격의 배수여야 합니다.",
};
const slideMs: ParamTranslation = {
  label: "슬라이드",
  doc: "슬라이드 간격 (Spark의 slideDuration): 배치 간격의 배수이며, 비우면 배치마다 슬라이드합니다.",
};
const slideMsRequired: ParamTranslation = {
  label: "슬라이드",
  doc: "슬라이드 간격 (Spark의 slideDuration): 배치 간격의 배수여야 합니다.",
};
const reduceValues: ParamTranslation = {
  label: "리듀스",
  doc: "두 값에 대한 결합·교환 법칙을 만족하는 함수.",
};
const reduceRecords: ParamTranslation = {
  label: "리듀스",
  doc: "두 레코드에 대한 결합·교환 법칙을 만족하는 함수.",
};
const initialState: ParamTranslation = {
  label: "초기 상태",
  doc: "시작할 때 쓸 [key, state] 쌍의 JSON 배열 (선택 사항, Spark의 initialRDD / StateSpec.initialState).",
};
const prefix: ParamTranslation = { label: "접두사", doc: "배치마다 만드는 디렉터리의 경로 접두사." };

const storageOptions: Record<string, string> = {
  MEMORY_ONLY_SER: "메모리, 직렬화 (DStream 기본값)",
  MEMORY_ONLY: "메모리, 역직렬화",
  MEMORY_ONLY_2: "메모리, 역직렬화, 복제 2개",
  MEMORY_ONLY_SER_2: "메모리, 직렬화, 복제 2개",
  MEMORY_AND_DISK: "메모리와 디스크",
  MEMORY_AND_DISK_SER: "메모리와 디스크, 직렬화",
  MEMORY_AND_DISK_2: "메모리와 디스크, 복제 2개",
  MEMORY_AND_DISK_SER_2: "메모리와 디스크, 직렬화, 복제 2개",
  DISK_ONLY: "디스크만",
  DISK_ONLY_2: "디스크만, 복제 2개",
  OFF_HEAP: "오프힙 메모리",
};
const groupId: ParamTranslation = {
  label: "group.id",
  doc: "Kafka의 group.id: 재시작한 스트림은 그룹이 커밋한 오프셋에서 시작합니다.",
};
const autoOffsetReset: ParamTranslation = {
  label: "auto.offset.reset",
  doc: "커밋된 오프셋이 없는 파티션의 시작점: 가장 오래된 레코드(earliest) 또는 새 레코드만(latest).",
  options: { earliest: "earliest", latest: "latest" },
};
const maxRatePerPartition: ParamTranslation = {
  label: "maxRatePerPartition",
  doc: "spark.streaming.kafka.maxRatePerPartition: 배치에서 파티션마다 초당 최대 레코드 수; 0이면 있는 만큼 모두 읽습니다.",
};
const commitOffsets: ParamTranslation = {
  label: "오프셋 커밋",
  doc: "배치의 출력 연산이 끝나면 그 오프셋 범위를 커밋해(commitAsync), 재시작해도 레코드를 잃거나 반복하지 않습니다.",
};
const topic: ParamTranslation = { label: "토픽", doc: "구독할 토픽 (ConsumerStrategies.Subscribe)." };

export const koKinds: Record<string, KindTranslation> = {
  textLines: {
    doc: "StreamingContext.socketTextStream(nc -lk 9999)처럼 일정한 속도로 도착하는 텍스트 줄.",
    params: {
      lines: {
        label: "줄",
        doc: "소켓으로 보내는 텍스트로, 한 줄이 레코드 하나이며 끝나면 처음부터 반복합니다.",
      },
      rate,
      host: { label: "호스트", doc: "내보낸 코드의 socketTextStream 호스트." },
      port: { label: "포트", doc: "내보낸 코드의 socketTextStream 포트." },
    },
  },
  queueStream: {
    doc: "큐에 넣은 RDD를 배치마다 하나씩 공급합니다 (StreamingContext.queueStream); 안쪽 JSON 배열 하나가 배치 하나입니다.",
    params: {
      batches: { label: "배치", doc: "배치들의 JSON 배열로, 각 배치는 레코드 배열입니다 (Spark의 RDD 큐)." },
      oneAtATime: {
        label: "하나씩",
        doc: "배치마다 큐에서 RDD 하나를 꺼냅니다 (Spark의 oneAtATime); 끄면 첫 배치에서 모두 꺼냅니다.",
      },
      defaultRDD: {
        label: "기본 RDD",
        doc: "큐가 비었을 때 돌려주는 RDD의 레코드 (Spark의 defaultRDD); 비우면 빈 배치가 됩니다.",
      },
    },
  },
  randomWords: {
    doc: "Zipf 분포의 무작위 단어 줄을 내보내는 사용자 정의 리시버 (StreamingContext.receiverStream).",
    params: {
      seed,
      rate,
      vocabularySize: { label: "어휘 수", doc: "줄에 쓰이는 서로 다른 단어의 수." },
      zipfExponent: {
        label: "Zipf 지수",
        doc: "단어 빈도의 치우침: 0이면 균등하고, 클수록 상위 단어가 많이 나옵니다.",
      },
      wordsPerLine: { label: "줄당 단어 수", doc: "한 줄의 단어 수." },
    },
  },
  sensorReadings: {
    doc: "이벤트 타임스탬프가 붙은 센서 측정값을 내보내는 사용자 정의 리시버 (StreamingContext.receiverStream); 일부는 순서가 뒤바뀝니다.",
    params: {
      seed,
      rate,
      sensors: { label: "센서 수", doc: "서로 다른 센서의 수." },
      outOfOrderFraction: { label: "순서 어긋남", doc: "이벤트 시간이 뒤처지는 측정값의 비율." },
    },
  },
  clickStream: {
    doc: "이벤트 타임스탬프가 붙은 사용자별 페이지 클릭을 내보내는 사용자 정의 리시버 (StreamingContext.receiverStream).",
    params: {
      seed,
      rate,
      users: { label: "사용자 수", doc: "서로 다른 사용자의 수." },
      pages: { label: "페이지 수", doc: "서로 다른 페이지의 수." },
    },
  },
  stockTicker: {
    doc: "주식 체결을 내보내는 사용자 정의 리시버 (StreamingContext.receiverStream): 종목마다 가격이 시드 있는 랜덤 워크를 따르며, 이벤트 타임스탬프가 붙고 일부는 순서가 뒤바뀝니다.",
    params: {
      seed,
      rate,
      symbols: {
        label: "종목",
        doc: "쉼표나 공백으로 구분한 종목 코드; 각 종목은 자기 가격에서 시작합니다.",
      },
      volatility: { label: "변동성", doc: "체결 하나의 로그 수익률 표준편차 (0.01: 체결마다 약 1%)." },
      outOfOrderFraction: { label: "순서 어긋남", doc: "이벤트 시간이 뒤처지는 체결의 비율 (최대 5초)." },
    },
  },
  staticTable: {
    label: "정적 테이블",
    doc: "배치마다 같은 RDD로 돌려주는 정적 테이블 (sc.parallelize, ConstantInputDStream)로, 스트림과 조인할 때 씁니다.",
    params: {
      rows: {
        label: "행",
        doc: "한 번만 병렬화하는 [key, value] 행의 JSON 배열 (SparkContext.parallelize).",
      },
    },
  },
  map: {
    doc: "모든 레코드에 함수를 적용합니다 (DStream.map); [key, value]를 돌려주면 쌍 스트림이 됩니다.",
    params: { fn: { label: "함수", doc: "레코드마다 한 번 호출됩니다 (DStream.map)." } },
  },
  flatMap: {
    doc: "각 레코드를 0개 이상의 레코드로 바꿉니다 (DStream.flatMap).",
    params: { fn: { label: "함수", doc: "출력 레코드의 배열(또는 이터러블)을 돌려줍니다." } },
  },
  filter: {
    doc: "조건 함수가 true를 돌려주는 레코드만 남깁니다 (DStream.filter).",
    params: { fn: { label: "조건", doc: "true이면 레코드를 남깁니다." } },
  },
  glom: { doc: "각 파티션을 배열 레코드 하나로 바꿉니다 (DStream.glom)." },
  mapPartitions: {
    doc: "각 파티션의 레코드 전체에 한 번에 함수를 적용합니다 (DStream.mapPartitions).",
    params: {
      fn: { label: "함수", doc: "파티션 하나의 레코드를 받아 그 파티션의 출력 레코드를 돌려줍니다." },
    },
  },
  repartition: {
    doc: "각 RDD를 정한 수의 파티션으로 다시 나눕니다 (DStream.repartition).",
    params: { numPartitions: { label: "파티션", doc: "출력 RDD 하나의 파티션 수." } },
  },
  union: { doc: "둘 이상의 스트림의 레코드를 배치별로 합칩니다 (DStream.union / StreamingContext.union)." },
  count: { doc: "각 배치의 레코드 수를 레코드 하나짜리 RDD로 셉니다 (DStream.count)." },
  countByValue: {
    doc: "배치의 서로 다른 레코드마다 개수를 세어 [record, count] 쌍으로 만듭니다 (DStream.countByValue).",
    params: { numPartitions },
  },
  reduce: {
    doc: "결합 법칙을 만족하는 함수로 각 배치의 레코드를 레코드 하나로 줄입니다 (DStream.reduce).",
    params: { fn: reduceRecords },
  },
  reduceByKey: {
    doc: "결합 법칙을 만족하는 함수로 배치 안에서 키별 값을 합칩니다 (PairDStreamFunctions.reduceByKey).",
    params: { fn: reduceValues, numPartitions },
  },
  groupByKey: {
    doc: "배치 안에서 키별 값을 [key, values[]]로 묶습니다 (PairDStreamFunctions.groupByKey).",
    params: { numPartitions },
  },
  combineByKey: {
    doc: "세 함수로 만들고 더하고 합치는 컴바이너로 키별 값을 결합합니다 (PairDStreamFunctions.combineByKey).",
    params: {
      createCombiner: { label: "컴바이너 만들기", doc: "키의 첫 값을 컴바이너로 바꿉니다." },
      mergeValue: { label: "값 더하기", doc: "파티션 안에서 컴바이너에 값을 더합니다." },
      mergeCombiners: { label: "컴바이너 합치기", doc: "서로 다른 파티션의 컴바이너 둘을 합칩니다." },
      numPartitions,
    },
  },
  mapValues: {
    doc: "키는 두고 모든 쌍의 값에 함수를 적용합니다 (PairDStreamFunctions.mapValues).",
    params: { fn: { label: "함수", doc: "값마다 한 번 호출됩니다." } },
  },
  flatMapValues: {
    doc: "각 값을 0개 이상의 값으로 바꾸고, 각각을 키와 짝짓습니다 (PairDStreamFunctions.flatMapValues).",
    params: { fn: { label: "함수", doc: "값의 배열(또는 이터러블)을 돌려줍니다." } },
  },
  transform: {
    doc: "모든 배치에 RDD→RDD 함수를 적용합니다 (DStream.transform); 정적 테이블과 조인할 수도 있습니다.",
    params: {
      fn: {
        label: "함수",
        doc: "배치의 RDD, 배치 시간, 정적 테이블(RDD 또는 undefined)을 받아 RDD를 돌려줍니다.",
      },
      table: {
        label: "정적 테이블",
        doc: "한 번만 병렬화해 `table`로 넘기는 JSON 행 (선택 사항, SparkContext.parallelize), 예: rdd.join(table).",
      },
    },
  },
  transformWith: {
    doc: "두 스트림의 같은 배치 RDD를 함수로 결합합니다 (DStream.transformWith).",
    params: { fn: { label: "함수", doc: "두 배치의 RDD와 배치 시간을 받아 RDD를 돌려줍니다." } },
  },
  cache: {
    doc: "계산된 각 배치의 RDD를 기본 수준 MEMORY_ONLY_SER로 보관합니다 (DStream.cache, persist()와 같음).",
  },
  persist: {
    doc: "계산된 각 배치의 RDD를 정한 저장 수준으로 보관합니다 (DStream.persist(level)); 시뮬레이션은 모든 수준을 메모리에 둡니다.",
    params: {
      storageLevel: {
        label: "저장 수준",
        doc: "Spark의 StorageLevel; 인자 없는 DStream.persist()는 MEMORY_ONLY_SER를 씁니다.",
        options: storageOptions,
      },
    },
  },
  checkpoint: {
    doc: "스트림을 보관하고 간격마다 RDD를 체크포인트합니다 (DStream.checkpoint); 체크포인트 디렉터리가 필요합니다.",
    params: {
      intervalMs: {
        label: "간격",
        doc: "RDD를 체크포인트하는 주기 (Spark의 checkpoint interval): 입력의 슬라이드 간격의 배수.",
      },
    },
  },
  join: {
    doc: "두 스트림의 쌍을 키로 내부 조인합니다: [k, [v, w]] (PairDStreamFunctions.join).",
    params: { numPartitions },
  },
  leftOuterJoin: {
    doc: "키로 왼쪽 외부 조인합니다: [k, [v, w | undefined]] (PairDStreamFunctions.leftOuterJoin).",
    params: { numPartitions },
  },
  rightOuterJoin: {
    doc: "키로 오른쪽 외부 조인합니다: [k, [v | undefined, w]] (PairDStreamFunctions.rightOuterJoin).",
    params: { numPartitions },
  },
  fullOuterJoin: {
    doc: "키로 완전 외부 조인하며, 없는 쪽은 undefined입니다 (PairDStreamFunctions.fullOuterJoin).",
    params: { numPartitions },
  },
  cogroup: {
    doc: "두 스트림의 값을 키별로 묶습니다: [k, [V[], W[]]] (PairDStreamFunctions.cogroup).",
    params: { numPartitions },
  },
  window: {
    doc: "슬라이드마다, 최근 윈도우 길이 동안의 배치를 합친 RDD를 만듭니다 (DStream.window).",
    params: { windowMs, slideMs },
  },
  countByWindow: {
    doc: "슬라이딩 윈도우 안의 레코드 수를 셉니다 (DStream.countByWindow); 점진적으로 계산하므로 체크포인트가 필요합니다.",
    params: { windowMs, slideMs: slideMsRequired },
  },
  reduceByWindow: {
    doc: "슬라이딩 윈도우 안의 모든 레코드를 하나로 줄입니다 (DStream.reduceByWindow); 역함수로 점진적으로 계산합니다.",
    params: {
      fn: reduceRecords,
      invFn: {
        label: "역 리듀스",
        doc: "윈도우를 떠나는 레코드를 빼는 리듀스의 역함수 (선택 사항, 체크포인트 필요).",
      },
      windowMs,
      slideMs: slideMsRequired,
    },
  },
  reduceByKeyAndWindow: {
    doc: "슬라이딩 윈도우에서 키별 값을 줄입니다 (PairDStreamFunctions.reduceByKeyAndWindow); 역함수로 점진적으로 계산합니다.",
    params: {
      fn: reduceValues,
      invFn: {
        label: "역 리듀스",
        doc: "선택 사항인 역함수 (예: (a, b) => a - b): 윈도우를 떠나는 배치를 뺍니다; 체크포인트가 필요합니다.",
      },
      windowMs,
      slideMs,
      numPartitions,
      filterFunc: {
        label: "필터",
        doc: "역함수가 있을 때만 쓰는 선택 사항: true를 돌려주는 쌍만 남깁니다 (예: 개수 0 버리기).",
      },
    },
  },
  countByValueAndWindow: {
    doc: "슬라이딩 윈도우에서 서로 다른 레코드마다 개수를 세어 [record, count]로 만듭니다 (DStream.countByValueAndWindow); 체크포인트가 필요합니다.",
    params: { windowMs, slideMs: slideMsRequired, numPartitions },
  },
  groupByKeyAndWindow: {
    doc: "슬라이딩 윈도우에서 키별 값을 [key, values[]]로 묶습니다 (PairDStreamFunctions.groupByKeyAndWindow).",
    params: { windowMs, slideMs, numPartitions },
  },
  updateStateByKey: {
    doc: "배치마다 키의 새 값으로 키별 상태를 갱신합니다 (PairDStreamFunctions.updateStateByKey); undefined를 돌려주면 키를 지웁니다.",
    params: {
      fn: {
        label: "갱신",
        doc: "새 값이나 상태가 있는 모든 키에 대해, 새 값이 없어도 호출됩니다; undefined를 돌려주면 키를 버립니다.",
      },
      initialState,
      numPartitions,
    },
  },
  mapWithState: {
    doc: "각 쌍을 그 키의 State에 접근하며 변환합니다 (StateSpec을 쓰는 PairDStreamFunctions.mapWithState); 유휴 타임아웃을 둘 수 있습니다.",
    params: {
      fn: {
        label: "매핑",
        doc: "StateSpec.function: 상태를 읽고 갱신합니다 (exists/get/getOption/update/remove/isTimingOut); undefined면 아무것도 내보내지 않습니다.",
      },
      timeoutMs: {
        label: "타임아웃",
        doc: "유휴 타임아웃 (선택 사항, StateSpec.timeout): 이 시간 동안 데이터가 없는 키는 지워집니다.",
      },
      initialState,
      numPartitions,
      stateSnapshots: {
        label: "상태 스냅샷",
        doc: "매핑한 레코드 대신 배치마다 모든 키의 [key, state]를 내보냅니다 (MapWithStateDStream.stateSnapshots).",
      },
    },
  },
  print: {
    doc: "배치마다 배치 시간과 처음 레코드들을 Spark의 형식으로 콘솔에 출력합니다 (DStream.print).",
    params: { num: { label: "레코드 수", doc: "배치마다 출력하는 레코드 수 (Spark의 num, 기본값 10)." } },
  },
  foreachRDD: {
    doc: "각 배치의 RDD를 모아 표로 보여줍니다 (rdd.collect()를 쓰는 DStream.foreachRDD).",
    params: { limit: { label: "배치당 행 수", doc: "표에 배치마다 남기는 행 수." } },
  },
  saveAsTextFiles: {
    doc: '각 배치를 "prefix-TIME_IN_MS[.suffix]"라는 이름의 텍스트 파일로 씁니다 (DStream.saveAsTextFiles).',
    params: { prefix, suffix: { label: "접미사", doc: "파일 접미사 (선택 사항)." } },
  },
  saveAsObjectFiles: {
    doc: '각 배치를 "prefix-TIME_IN_MS[.suffix]"라는 이름의 직렬화된 레코드 파일로 씁니다 (DStream.saveAsObjectFiles); 시뮬레이션: Spark는 Java 직렬화 객체의 SequenceFile을 쓰지만 여기서는 JSON 줄을 씁니다.',
    params: {
      prefix,
      suffix: { label: "접미사", doc: "디렉터리 접미사 (선택 사항, Spark의 기본값은 없음)." },
    },
  },
  socketTextStream: {
    doc: "실제 소켓에서 읽는 줄 (StreamingContext.socketTextStream): Node에서는 TCP host:port, 브라우저에서는 피더의 WebSocket(npx dstream-studio feed)이며, Spark처럼 리시버를 재시작합니다.",
    params: {
      host: { label: "호스트", doc: "Spark(그리고 Node에서는 이 노드)가 접속하는 호스트." },
      port: { label: "포트", doc: "TCP 포트 (nc -lk 9999 또는 npx dstream-studio feed)." },
      webSocketUrl: {
        label: "WebSocket (브라우저)",
        doc: "TCP를 열 수 없는 브라우저에서 스튜디오가 접속하는 곳: 피더의 WebSocket (--ws-port).",
      },
      storageLevel: {
        label: "저장 수준",
        doc: "받은 블록을 보관하는 곳 (socketTextStream의 Spark 기본값: MEMORY_AND_DISK_SER_2); 엔진은 메모리에 둡니다.",
        options: storageOptions,
      },
    },
  },
  textFileStream: {
    doc: "디렉터리에 새로 나타나는 파일의 줄 (StreamingContext.textFileStream); 브라우저에서는 실행 중에 파일을 노드에 끌어다 놓습니다.",
    params: {
      directory: {
        label: "디렉터리",
        doc: "감시하는 디렉터리 (Node와 Spark); 브라우저에서는 노드에 끌어다 놓은 파일이 그 역할을 합니다.",
      },
    },
  },
  httpStream: {
    doc: "HTTP 스트림의 레코드: Server-Sent Events(각 이벤트의 data) 또는 줄 단위 JSON(줄마다 파싱); Spark는 사용자 정의 Receiver(StreamingContext.receiverStream)로 읽습니다.",
    params: {
      url: {
        label: "URL",
        doc: "스트림의 URL; 브라우저에서 쓰려면 서버가 다른 출처를 허용해야 합니다 (Access-Control-Allow-Origin: *, 피더의 /sse와 /ndjson처럼).",
      },
      format: {
        label: "형식",
        doc: "SSE: 각 이벤트의 data가 텍스트 레코드 하나; NDJSON: 각 줄을 JSON으로 파싱 (잘못된 줄은 버리고 알립니다).",
        options: { sse: "Server-Sent Events (text/event-stream)", ndjson: "줄 단위 JSON (NDJSON)" },
      },
    },
  },
  kafkaDirectStream: {
    label: "Kafka 다이렉트 스트림",
    doc: "Kafka 토픽을 읽습니다 (KafkaUtils.createDirectStream, spark-streaming-kafka-0-10): 토픽 파티션마다 RDD 파티션 하나, 배치마다 오프셋 범위. 브라우저에서는 피더를 거칩니다.",
    params: {
      bootstrapServers: {
        label: "bootstrap.servers",
        doc: "Kafka의 bootstrap.servers: 브로커의 host:port, 쉼표로 구분 (Node에서 직접 읽음).",
      },
      topic,
      feederUrl: {
        label: "피더 (브라우저)",
        doc: "브라우저에서: 스튜디오 대신 브로커를 읽는 `dstream-studio feed --from kafka://host:port/topic`의 WebSocket.",
      },
      groupId,
      autoOffsetReset,
      maxRatePerPartition,
      commitOffsets,
    },
  },
  kafkaSimulated: {
    label: "Kafka 토픽 (시뮬레이션)",
    doc: "시뮬레이션: 시드 있는 프로듀서가 채우는 메모리 속 토픽 위의 Kafka 다이렉트 스트림 (KafkaUtils.createDirectStream); 브로커 없음. 토픽 파티션마다 RDD 파티션 하나, 배치마다 오프셋.",
    params: {
      topic: { label: "토픽", doc: "시뮬레이션 토픽의 이름." },
      partitions: {
        label: "파티션",
        doc: "토픽의 파티션 수: 각 파티션이 모든 배치의 RDD 파티션 하나입니다.",
      },
      rate,
      numKeys: {
        label: "키 수",
        doc: "서로 다른 레코드 키 (user-0, user-1, ...; 몇 개는 자주 나옴); 같은 키는 늘 같은 파티션으로 갑니다.",
      },
      seed,
      groupId,
      autoOffsetReset,
      maxRatePerPartition,
      commitOffsets,
    },
  },
  saveToDatabase: {
    label: "foreachRDD → 데이터베이스",
    doc: "각 배치를 테이블의 행으로 씁니다. 배치 시간을 키로 써서 다시 실행한 배치는 자기 행을 바꿉니다 (멱등적·트랜잭션 쓰기를 하는 foreachRDD): Node에서는 SQLite, 브라우저에서는 IndexedDB.",
    params: {
      table: { label: "테이블", doc: "테이블 이름: 영문자, 숫자, _." },
      file: {
        label: "SQLite 파일 (Node)",
        doc: "Node와 내보낸 코드의 SQLite 데이터베이스 파일 (JDBC jdbc:sqlite:FILE); 브라우저는 IndexedDB를 씁니다.",
      },
    },
  },
  sendBatches: {
    label: "foreachRDD → HTTP / WebSocket",
    doc: '각 배치를 JSON 메시지 하나 {"batchTime", "records"}로 보냅니다: HTTP POST 또는 WebSocket 메시지 (HTTP 클라이언트를 쓰는 foreachRDD); 실패는 노드에 표시되고 실행은 계속됩니다.',
    params: {
      url: {
        label: "URL",
        doc: "POST는 http(s)://, WebSocket은 ws(s)://; 브라우저에서 HTTP 서버는 다른 출처를 허용해야 합니다 (CORS).",
      },
    },
  },
};
