import type { notices as en } from "../en/notices";
import type { Translation } from "../translation";

export const notices: Translation<typeof en> = {
  run: {
    workerUnavailable: "이 페이지에서는 엔진 워커를 쓸 수 없습니다.",
    cannotStart_one: "파이프라인에 오류가 {{count}}개 있어 시작할 수 없습니다: {{message}}",
    cannotStart_other: "파이프라인에 오류가 {{count}}개 있어 시작할 수 없습니다: {{message}}",
    nodeError: "{{node}}: {{message}} (실행이 일시정지됨)",
    batchIntervalLocked:
      "StreamingContext가 시작되면 배치 간격은 고정됩니다 (Spark와 같음): 실행을 중지한 뒤 바꾸세요.",
    blockIntervalLocked:
      "StreamingContext가 시작되면 블록 간격은 고정됩니다 (Spark의 리시버는 시작할 때 spark.streaming.blockInterval을 읽습니다): 실행을 중지한 뒤 바꾸세요.",
    refusedFunctions:
      "이 파이프라인의 함수를 실행하지 않기로 했습니다 (공유 링크나 파일에서 온 파이프라인): 실행이나 한 배치를 누르면 다시 묻습니다.",
  },
  edits: {
    batchInterval: "배치 간격",
    blockInterval: "블록 간격",
    nodeAdded: "{{node}} 추가됨",
    nodeRemoved: "{{node}} 삭제됨",
    kindChanged: "{{node}}의 종류가 이제 {{kind}}",
    edgeAdded: "연결 {{edge}} 추가됨",
    edgeRemoved: "연결 {{edge}} 삭제됨",
  },
  document: {
    unknownKind: '알 수 없는 노드 종류 "{{kind}}".',
    validatorLoad: "검사기를 불러올 수 없습니다: {{message}}",
    validatorFailed: "검사기가 실패했습니다: {{message}}",
    restoreFailed: "마지막 파이프라인을 복원할 수 없습니다: {{message}}",
  },
  storage: {
    failed: "{{action}} 수 없습니다: {{reason}}.",
    action: {
      save: "파이프라인을 이 브라우저에 저장할",
      store: '"{{name}}"을(를) 이 브라우저에 저장할',
      duplicate: "파이프라인을 복제할",
      rename: "파이프라인 이름을 바꿀",
      delete: "파이프라인을 삭제할",
      keepMine: "내 버전을 유지할",
      dropCopy: "저장되지 않은 사본을 지울 (사본은 파이프라인 목록에 남습니다)",
      loadTheirs: "다른 탭의 버전을 불러올",
    },
    full: "이 브라우저에서 스튜디오가 쓸 수 있는 저장 공간이 가득 찼습니다. 더 필요 없는 파이프라인을 삭제하거나 이 파이프라인을 JSON으로 내보낸 뒤 다시 시도하세요",
    refused: "브라우저 저장소가 거부했습니다",
    cannot: {
      open: "{{what}}을(를) 열 수 없습니다: {{problem}}",
      duplicate: "{{what}}을(를) 복제할 수 없습니다: {{problem}}",
      rename: "{{what}}의 이름을 바꿀 수 없습니다: {{problem}}",
      reopen: "{{what}}을(를) 다시 열 수 없습니다: {{problem}}",
    },
    thisPipeline: "이 저장된 파이프라인",
    namedPipeline: '저장된 파이프라인 "{{name}}"',
    gone: "이 브라우저에 더 이상 저장되어 있지 않습니다.",
    damaged: "{{error}}. 저장된 그대로 두었으며 다른 파이프라인은 영향을 받지 않습니다.",
    damagedMore_one:
      "{{error}} (외 {{count}}개). 저장된 그대로 두었으며 다른 파이프라인은 영향을 받지 않습니다.",
    damagedMore_other:
      "{{error}} (외 {{count}}개). 저장된 그대로 두었으며 다른 파이프라인은 영향을 받지 않습니다.",
    unreadable: "읽을 수 없는 파이프라인 {{id}}",
    copyName: "{{name}} (사본)",
    unsavedCopyName: "{{name}} (저장되지 않은 사본)",
    sharedName: "{{name}} (공유 {{n}})",
    otherTabCopied:
      '여기서 저장할 때 다른 탭에 {{name}}의 저장되지 않은 편집이 있었습니다: 파이프라인 목록에 "{{copy}}"(으)로 남겨 두었습니다.',
    aPipeline: "한 파이프라인",
    copyKept: '그동안의 편집은 파이프라인 목록의 "{{copy}}"에 남아 있습니다.',
    tablesBlocked: "다른 탭이 테이블 데이터베이스를 막고 있습니다",
  },
  share: {
    cannotOpen: "이 공유 링크를 열 수 없습니다: {{reason}}",
    opened: '공유된 파이프라인 "{{name}}"을(를) 열었습니다.',
  },
  worker: {
    failed: "엔진 워커가 실패했습니다",
    couldNotLoad: "엔진을 불러올 수 없습니다: {{message}}",
    sandboxTitle: "엔진 샌드박스",
    stopped: "{{where}}엔진이 {{seconds}}초 동안 응답하지 않았습니다 (무한 루프인가요?). {{after}}",
    whileLoading: "파이프라인을 불러오는 중에 ",
    whileLoadingAt: '노드 "{{node}}"에서 파이프라인을 불러오는 중에 ',
    whileRunning: '노드 "{{node}}"을(를) 실행하는 중에 ',
    restartedFix: "엔진을 다시 시작했습니다. 파이프라인을 고친 뒤 다시 실행하세요.",
    restartedReloaded: "엔진을 다시 시작하고 파이프라인을 다시 불러왔습니다.",
    restarted: "엔진을 다시 시작했습니다.",
  },
  connection: {
    unknownEnd: "이 연결의 한쪽 끝이 알 수 없는 노드입니다.",
    selfLoop: "{{to}}은(는) 자기 자신에게 입력할 수 없습니다: DStream 그래프에는 순환이 없습니다.",
    fromOutput: "{{from}}은(는) 출력 연산입니다: 이어 붙일 DStream을 돌려주지 않습니다.",
    toSource: "{{to}}은(는) 소스입니다: 입력 스트림을 받지 않습니다.",
    duplicate: "{{from}}은(는) 이미 {{to}}에 연결되어 있습니다.",
    inputTaken: "{{to}}의 {{handle}} 입력은 이미 연결되어 있습니다: 정확히 두 스트림({{names}})을 받습니다.",
    inputsFull_one:
      "{{to}}은(는) 입력 스트림을 하나만 받으며 이미 연결되어 있습니다: 기존 연결을 먼저 지우세요.",
    inputsFull_other:
      "{{to}}은(는) 입력 스트림을 {{count}}개 받으며 모두 연결되어 있습니다: 기존 연결을 먼저 지우세요.",
    cycle: "{{from}}을(를) {{to}}에 연결하면 순환이 생깁니다: DStream 그래프는 순환이 없어야 합니다.",
    needsPairs:
      "{{to}}에는 (키, 값) 쌍의 스트림이 필요하지만 {{from}}은(는) 일반 레코드를 만듭니다: 먼저 쌍으로 바꾸세요. 예: map((w) => [w, 1]).",
  },
  field: {
    numberRequired: "숫자를 입력해야 합니다.",
    notANumber: '"{{text}}"은(는) 숫자가 아닙니다.',
    wholeNumber: "정수여야 합니다.",
    atLeast: "{{min}} 이상이어야 합니다.",
    atMost: "{{max}} 이하여야 합니다.",
    durationRequired: "시간을 입력해야 합니다.",
    positiveSeconds: "0보다 큰 초 단위 숫자를 입력하세요.",
    jsonRequired: "JSON을 입력해야 합니다.",
    invalidJson: "올바른 JSON이 아닙니다: {{message}}",
  },
  export: {
    notYet: "이 파이프라인은 아직 내보낼 수 없습니다: {{message}}.",
  },
};
