import type { widgets as en } from "../en/widgets";
import type { Translation } from "../translation";

export const widgets: Translation<typeof en> = {
  ready: "준비됨",
  noProblem: "검사에서 문제가 발견되지 않았습니다",
  showProblems: "인스펙터에서 문제 보기",
  save: {
    saved: "저장됨",
    saving: "저장 중…",
    unsaved: "저장 안 됨",
    error: "저장 실패",
    otherTab: "저장 안 됨 (다른 탭)",
    otherTabTitle: "저장 안 됨: 다른 탭에서 이 파이프라인을 저장했습니다. 어느 버전을 남길지 고르세요",
    where: "파이프라인은 이 브라우저(IndexedDB)에 저장됩니다",
  },
};
