import type { shortcuts as en } from "../en/shortcuts";
import type { Translation } from "../translation";

export const shortcuts: Translation<typeof en> = {
  delete: "선택한 노드와 연결선 삭제",
  copy: "선택한 노드 복사",
  paste: "붙여넣기",
  duplicate: "선택한 노드 복제",
  undo: "실행 취소",
  redo: "다시 실행",
  selectAll: "모든 노드 선택",
  deselect: "선택 해제, 메뉴 닫기",
  autoLayout: "왼쪽에서 오른쪽으로 자동 정렬",
  fitView: "파이프라인 전체를 화면에 맞추기",
  focusMode: "발표 모드: 옆 패널 숨기기",
  help: "이 도움말 보기",
  gesture: {
    add: { keys: "팔레트에서 끌어오기 / 더블클릭", label: "노드 추가" },
    connect: { keys: "핸들 → 핸들로 끌기", label: "출력을 입력에 연결" },
    select: { keys: "Shift+끌기 / Ctrl+클릭", label: "여러 노드 선택" },
    menu: { keys: "오른쪽 클릭", label: "노드, 연결선, 캔버스 메뉴" },
    zoom: { keys: "스크롤 / 캔버스 끌기", label: "확대·축소 / 이동" },
  },
};
