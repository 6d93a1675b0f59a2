import type { canvas as en } from "../en/canvas";
import type { Translation } from "../translation";

export const canvas: Translation<typeof en> = {
  edgeLabel: "{{source}}에서 {{target}}(으)로 가는 연결",
  layingOut: "배치하는 중…",
  dismiss: "닫기",
  conflict: {
    changedElsewhere: "이 파이프라인이 다른 탭에서 바뀌었습니다.",
    keptAs: '여기서 바꾼 내용은 선택할 때까지 "{{name}}"(으)로 보관됩니다.',
    keptAsCopy: "여기서 바꾸는 내용은 선택할 때까지 사본으로 보관됩니다.",
    loadTheirs: "다른 탭의 버전 불러오기",
    keepMine: "내 버전 유지",
  },
  menu: {
    node: "노드 메뉴",
    edge: "연결선 메뉴",
    pane: "캔버스 메뉴",
    delete: "삭제",
    duplicate: "복제",
    copy: "복사",
    paste: "붙여넣기",
    autoLayout: "자동 정렬",
    fitView: "화면에 맞추기",
  },
  empty: {
    title: "스트리밍 파이프라인 만들기",
    body: "팔레트에서 <strong>소스</strong>를 끌어다 놓고(또는 더블클릭), 변환 연산을 추가한 뒤 출력 → 입력 핸들을 연결하세요. 마지막은 <code>print</code> 같은 출력 연산으로 끝냅니다.",
    openExample: "예제 열기",
  },
  title: {
    ariaLabel: "파이프라인 (열린 파이프라인: {{name}})",
    tooltip: "{{name}}\n파이프라인: 새로 만들기, 열기, 이름 바꾸기, 복제, 삭제",
  },
};
