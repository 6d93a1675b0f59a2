// The Korean resources must say everything the English ones say: the same keys, the same
// {{variables}} and the same <tags> (Trans components), so no text falls back or loses a value.
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ko } from "./ko";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const tags = (s: string) => [...s.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => m[0]).sort();

const enFlat = flatten(en as Tree);
const koFlat = flatten(ko as Tree);

describe("en and ko resources", () => {
  it("have the same keys", () => {
    expect([...koFlat.keys()].sort()).toEqual([...enFlat.keys()].sort());
  });

  it("use the same interpolation variables and tags in every string", () => {
    const mismatches = [...enFlat].flatMap(([key, english]) => {
      const korean = koFlat.get(key) ?? "";
      // English's singular may spell the number out ("1 batch"); Korean has one form that shows it.
      const used = (s: string) => variables(s).filter((v) => !(key.endsWith("_one") && v === "count"));
      const same =
        JSON.stringify(used(english)) === JSON.stringify(used(korean)) &&
        JSON.stringify(tags(english)) === JSON.stringify(tags(korean));
      return same ? [] : [`${key}: ${english} | ${korean}`];
    });
    expect(mismatches).toEqual([]);
  });

  it("translate every string (no empty Korean text, no English copied over)", () => {
    const suspicious = [...koFlat].filter(
      ([key, korean]) =>
        korean.trim() === "" || (korean === enFlat.get(key) && /[a-z]{4,} [a-z]{4,}/.test(korean)),
    );
    expect(suspicious).toEqual([]);
  });

  it("the checks catch a missing variable", () => {
    expect(variables("Kept as {{name}} for {{ n, number }}")).toEqual(["n", "name"]);
    expect(tags("Drag a <strong>source</strong> <br/>")).toEqual(["</strong>", "<br/>", "<strong>"]);
  });
});
