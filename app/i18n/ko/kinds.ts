// Korean texts of the node kinds, by kind name and param name (the specs in engine/graph/kinds/*
// hold the English). API names (reduceByKey, StreamingContext) stay in English, as in the lecture.
import type { KindTranslation } from "../kindText";

export const koKinds: Record<string, KindTranslation> = {};
