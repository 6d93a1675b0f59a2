// What the window operations share: every window and slide is a multiple of the batch interval.
import { isEmptyParam } from "../../catalog/params";

export const windowed = { category: "window", inputs: { min: 1, max: 1 } } as const;

export const hasInverse = (p: Record<string, unknown>) => !isEmptyParam(p.invFn);
