// The first load carries only part of the English catalog (en/firstScreen/); the rest of an area comes
// with the modules that show it, each importing i18n/later/<area>. This test finds every key a module
// names (t("live.batches.title"), a `live.realWorld.state.${…}` template, catalogStrings("structured.plot"))
// and fails when some of that text is not on the first screen and the module does not import the
// area's later/ module: that text would show as its raw key.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { enFirstScreen } from "./en/firstScreen";

const APP = join(import.meta.dirname, "..");
const LATER_AREAS = readdirSync(join(import.meta.dirname, "later")).map((f) => f.replace(/\.ts$/, ""));

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`),
  );
const allKeys = keysOf(en as Tree);
const firstScreenKeys = new Set(keysOf(enFirstScreen as Tree));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The catalog keys a literal stands for: a key, its plural forms and subtree, or a template's prefix. */
function keysNamed(literal: string, template: boolean): string[] {
  if (template) return allKeys.filter((k) => k.startsWith(literal));
  return allKeys.filter((k) => k === literal || k.startsWith(`${literal}_`) || k.startsWith(`${literal}.`));
}

/** For each file, the later areas whose text it names beyond the first screen's but does not import. */
function missingImports(): string[] {
  const out: string[] = [];
  const literal = new RegExp(`(["'\`])((?:${LATER_AREAS.join("|")})\\.[\\w.]*)(\\$\\{)?`, "g");
  for (const path of sourceFiles(APP)) {
    const file = relative(APP, path);
    if (/^i18n\/(en|ko|later)\//.test(file)) continue;
    const source = readFileSync(path, "utf8");
    const areas = new Set<string>();
    for (const m of source.matchAll(literal)) {
      const later = keysNamed(m[2], m[3] !== undefined).filter((k) => !firstScreenKeys.has(k));
      if (later.length > 0) areas.add(m[2].split(".")[0]);
    }
    for (const area of areas)
      if (!new RegExp(`import "[./]*(i18n/)?later/${area}";`).test(source)) out.push(`${file}: ${area}`);
  }
  return out.sort();
}

describe("English that loads later", () => {
  it("is imported by every module that shows it", () => {
    expect(missingImports()).toEqual([]);
  });

  it("together with the first screen's is the whole catalog", () => {
    const later = new Set(LATER_AREAS);
    const covered = allKeys.filter((k) => firstScreenKeys.has(k) || later.has(k.split(".")[0]));
    expect(covered).toEqual(allKeys);
  });
});
