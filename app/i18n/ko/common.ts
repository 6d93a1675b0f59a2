import type { common as en } from "../en/common";
import type { Translation } from "../translation";

export const common: Translation<typeof en> = {
  language: "언어",
  languageTitle: "스튜디오 화면의 언어",
  close: "닫기",
  cancel: "취소",
};
