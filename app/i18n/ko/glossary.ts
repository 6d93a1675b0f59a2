import type { glossary as en } from "../en/glossary";
import type { Translation } from "../translation";

export const glossary: Translation<typeof en> = {
  title: "용어집",
  intro: "강의에 나오는 용어를 한국어와 영어로 모았습니다.",
  search: "용어 찾기",
  korean: "한국어",
  english: "영어",
  definition: "뜻",
  terms: {
    batchProcessing: {
      term: "배치 처리",
      definition:
        "고정된 과거 데이터를 한 번에 처리하는 방식으로, 데이터 생성 시점과 처리 시점 사이의 간격이 큽니다.",
    },
    streamProcessing: {
      term: "스트림 처리",
      definition:
        "시작과 끝이 정해지지 않은 채 끊임없이 들어오는 데이터를 처리해, 새 데이터가 올 때마다 새 결과를 만드는 방식입니다.",
    },
    microBatch: {
      term: "마이크로 배치",
      definition:
        "배치 간격 동안 도착한 레코드를 모은 작은 배치로, 하나의 작업으로 처리되며 Spark Streaming은 스트림을 이들의 연속으로 실행합니다.",
    },
    batchInterval: {
      term: "배치 간격",
      definition:
        "StreamingContext가 입력을 새 배치로 자르는 주기(두 번째 인자, 예: 3초)로, 배치 크기와 지연 시간을 정합니다.",
    },
    dstream: {
      term: "DStream (Discretized Stream)",
      definition: "Spark Streaming의 스트림으로, 배치 간격마다 하나씩 만들어지는 RDD의 시퀀스입니다.",
    },
    rdd: {
      term: "RDD",
      definition:
        "Spark의 변경할 수 없고 파티션으로 나뉜 레코드 모음으로, DStream의 각 배치가 RDD 하나입니다.",
    },
    streamingContext: {
      term: "StreamingContext",
      definition:
        "Spark Streaming 프로그램의 시작점으로, 시작·대기·종료하며 시작된 뒤에는 새 연산을 추가할 수 없고 종료된 뒤에는 재시작할 수 없습니다.",
    },
    transformation: {
      term: "변환 연산 (transformation)",
      definition:
        "하나 이상의 DStream에서 새 DStream을 만드는 연산(map, filter, reduceByKey)으로, 출력 연산이 필요로 할 때까지 실행되지 않습니다.",
    },
    outputOperation: {
      term: "출력 연산 (output operation)",
      definition:
        "DStream의 데이터를 외부로 보내는 연산(print, saveAsTextFiles, foreachRDD)으로, RDD의 action처럼 배치를 실제로 실행시킵니다.",
    },
    window: {
      term: "윈도우",
      definition: "최근 몇 개 배치의 레코드를 함께 묶은 것으로, 윈도우 길이와 슬라이드 간격으로 정합니다.",
    },
    slideInterval: {
      term: "슬라이드 간격",
      definition: "윈도우 연산이 결과를 내는 주기로, 윈도우 길이처럼 배치 간격의 배수여야 합니다.",
    },
    state: {
      term: "상태",
      definition: "누적 개수처럼 배치를 넘어 키별로 보관하는 값입니다(updateStateByKey, mapWithState).",
    },
    checkpoint: {
      term: "체크포인트",
      definition:
        "상태와 메타데이터를 신뢰할 수 있는 저장소에 저장해, 상태가 있는 스트림이 장애 뒤에 복구되게 하는 것입니다.",
    },
    source: {
      term: "소스",
      definition: "Kafka, TCP 소켓, HDFS/S3의 파일처럼 스트림의 입력 데이터가 들어오는 곳입니다.",
    },
    receiver: {
      term: "리시버",
      definition: "소스의 레코드를 받아 다음 배치를 위한 블록으로 저장하는, 계속 실행되는 태스크입니다.",
    },
    sink: {
      term: "싱크",
      definition: "HDFS, 데이터베이스, 콘솔처럼 스트림의 결과가 적재되는 곳입니다.",
    },
    eventTime: {
      term: "이벤트 시간",
      definition: "데이터 소스가 레코드에 기록한 타임스탬프, 즉 레코드가 생성된 시간입니다.",
    },
    processingTime: {
      term: "처리 시간",
      definition:
        "레코드가 스트리밍 애플리케이션에 도착한 시간으로, DStream은 처리 시간 기준으로만 동작합니다.",
    },
    watermark: {
      term: "워터마크",
      definition:
        "이벤트 시간 데이터가 얼마나 늦게 도착해도 집계에 포함되는지 정하는 기준으로(Structured Streaming), 그보다 오래된 상태는 버립니다.",
    },
    structuredStreaming: {
      term: "Structured Streaming",
      definition:
        "DataFrame 기반의 구조적 API를 쓰는 Spark의 새 스트리밍 API로, 이벤트 시간 기준 처리와 연속형 처리를 지원합니다.",
    },
    continuousProcessing: {
      term: "연속형 처리",
      definition:
        "배치를 기다리지 않고 레코드가 도착하는 대로 하나씩 처리하는 방식으로, 지연 시간은 매우 짧지만 부하가 큽니다.",
    },
    latency: {
      term: "지연 시간",
      definition:
        "레코드가 도착해서 결과가 나오기까지의 시간으로, 마이크로 배치에서는 배치가 닫히기를 기다리는 시간도 포함합니다.",
    },
    throughput: {
      term: "처리량",
      definition: "초당 처리하는 레코드 수입니다.",
    },
    schedulingDelay: {
      term: "스케줄링 지연",
      definition: "배치가 앞선 배치들이 끝나기를 기다려 시작하기까지 걸린 시간입니다.",
    },
    backpressure: {
      term: "백프레셔",
      definition:
        "배치 처리가 배치 간격보다 오래 걸릴 때 입력 속도를 낮춰 지연이 더 쌓이지 않게 하는 것입니다.",
    },
    partition: {
      term: "파티션",
      definition: "RDD를 나눈 한 조각으로, 태스크 하나가 처리합니다.",
    },
    lineage: {
      term: "리니지",
      definition: "RDD를 만든 변환 연산의 연결로, 잃어버린 파티션을 다시 계산하는 데 쓰입니다.",
    },
    writeAheadLog: {
      term: "미리 쓰기 로그 (write-ahead log)",
      definition: "받은 데이터를 처리하기 전에 먼저 기록해 두어 장애가 나도 남게 하는 로그입니다.",
    },
  },
};
