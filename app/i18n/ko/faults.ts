import type { faults as en } from "../en/faults";
import type { Translation } from "../translation";

export const faults: Translation<typeof en> = {
  toggle: "장애 (시뮬레이션)",
  title: "시뮬레이션된 클러스터",
  simulatedNote:
    "시뮬레이션입니다: 익스큐터와 그 메모리, 미리 쓰기 로그는 엔진이 흉내 낸 클러스터이며 실제 머신이 아닙니다.",
  executor: "익스큐터 {{id}}",
  receivers: "리시버: {{nodes}}",
  noReceivers: "리시버 없음",
  lose: "익스큐터 장애 시뮬레이션",
  loseTitle: "다음 배치를 처리하는 동안 익스큐터 {{id}}를 잃습니다 (시뮬레이션)",
  pending: "다음 배치를 처리하는 동안 익스큐터 {{id}}를 잃습니다. 배치를 한 단계 실행하세요.",
  wal: "미리 쓰기 로그",
  walDoc:
    "spark.streaming.receiver.writeAheadLog.enable: 리시버가 각 블록을 저장하기 전에 체크포인트 디렉터리의 로그에 먼저 기록합니다. 다음 시작부터 적용됩니다.",
  walRunning: "이번 실행: 미리 쓰기 로그 {{state}}, 체크포인트 {{checkpoint}}.",
  on: "켜짐",
  off: "꺼짐",
  restartNote: "바꾼 내용을 적용하려면 정지한 뒤 다시 실행하세요.",
  report: {
    title: "배치 {{time}} 처리 중 익스큐터 {{id}}를 잃었습니다",
    replaced: "익스큐터 {{id}}가 대신 시작되어 태스크와 리시버가 그곳으로 옮겨졌습니다.",
    partitions: "잃은 캐시 파티션: {{count}}",
    shuffles: "잃은 셔플 출력: {{count}}",
    blocksLost: "잃은 리시버 블록: {{count}} (레코드 {{records}}개)",
    blocksReplayed: "잃었지만 미리 쓰기 로그에서 다시 읽은 리시버 블록: {{count}} (레코드 {{records}}개)",
    recomputed: "리니지로 다시 계산한 파티션: {{count}}",
    checkpoint: "마지막 체크포인트에서 읽은 파티션: {{count}}",
    failure: "배치가 실패했습니다: {{message}}",
  },
  compare: {
    waiting: "장애 없이 실행한 같은 파이프라인과 비교하는 중…",
    equal: "장애 뒤의 출력이 장애가 없을 때의 출력과 같습니다 (배치 {{count}}개 비교).",
    differs: "장애 뒤의 출력이 장애가 없을 때의 출력과 다릅니다: {{missing}}줄 빠짐, {{extra}}줄 더 있음.",
    batch: "{{time}}: {{state}}",
    same: "같음",
    different: "다름",
  },
  badge: {
    recomputed: "↻ {{count}}개 다시 계산",
    checkpoint: "체크포인트에서",
    wal: "로그에서",
    lost: "블록 잃음",
    cachedLost: "캐시 잃음",
  },
  lineage: "다시 계산한 출처",
};
