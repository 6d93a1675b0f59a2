import type { units as en } from "../en/units";
import type { Translation } from "../translation";

// Korean has no plural: the _one and _other forms are the same.
export const units: Translation<typeof en> = {
  record_one: "레코드 {{n}}개",
  record_other: "레코드 {{n}}개",
  partition_one: "파티션 {{n}}개",
  partition_other: "파티션 {{n}}개",
  batch_one: "배치 {{n}}개",
  batch_other: "배치 {{n}}개",
  key_one: "키 {{n}}개",
  key_other: "키 {{n}}개",
  node_one: "노드 {{n}}개",
  node_other: "노드 {{n}}개",
  error_one: "오류 {{n}}개",
  error_other: "오류 {{n}}개",
  warning_one: "경고 {{n}}개",
  warning_other: "경고 {{n}}개",
  block_one: "블록 {{n}}개",
  block_other: "블록 {{n}}개",
  stage_one: "스테이지 {{n}}개",
  stage_other: "스테이지 {{n}}개",
  row_one: "행 {{n}}개",
  row_other: "행 {{n}}개",
};
