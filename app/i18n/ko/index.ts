// The Korean resources; the lecture's vocabulary (see glossary) and Spark's API names kept in English.
import type { Resources } from "../en";
import type { Translation } from "../translation";
import { common } from "./common";
import { lessons } from "./lessons";

export const ko: Translation<Resources> = { common, lessons };
