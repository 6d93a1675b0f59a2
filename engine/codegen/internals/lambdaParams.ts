// Destructured tuple parameters (`([word, count]) => ...`) cannot be written as-is in a Python lambda or a
// Scala Function2, so both emitters rename them to one parameter and read the parts by position.
import type { Pattern } from "./jsExpr";

export interface LambdaParams {
  names: string[];
  /** A destructured name -> its parameter and position path, e.g. count -> { root: "p0", path: [1] }. */
  bound: Map<string, { root: string; path: number[] }>;
  depth: number;
}

export function flattenParams(params: Pattern[], outer?: LambdaParams): LambdaParams {
  const bound = new Map(outer?.bound);
  const depth = outer ? outer.depth + 1 : 0;
  const names = params.map((p, i) => {
    if (p.type === "id") {
      bound.delete(p.name);
      return p.name;
    }
    const root = depth === 0 ? `p${i}` : `p${depth}_${i}`;
    const walk = (q: Pattern, path: number[]) => {
      if (q.type === "id") bound.set(q.name, { root, path });
      else
        q.items.forEach((item, j) => {
          walk(item, [...path, j]);
        });
    };
    walk(p, []);
    return root;
  });
  return { names, bound, depth };
}
