// Finds English sentences that reach the user without going through t(): string tables, toasts,
// notices, refusals and field messages written as literals in .ts and .tsx files under app/ (JSX text
// and attributes are untranslated.test.ts's). A literal counts when it reads as words ("Cannot open
// the pipeline: …", "3 late rows dropped"); code does not: CSS classes, selectors, markup, keys and
// identifiers, compared strings, t()'s keys, and errors thrown for developers (new Error(…)).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname, "..");

/** Folders whose strings are not the UI's: the catalog itself, and the test harness. */
const NOT_UI = [/^i18n\/(en|ko)\//, /^testing\//];

/**
 * Files another part of the work still has to move to the catalog; this list only shrinks (it is empty
 * now: a file that needs it again says so here, with why).
 */
const PENDING = new Set<string>([]);

/** Names and words that are the same in every language (a kind's API name, a format, a brand). */
const SAME_IN_EVERY_LANGUAGE = new Set(["DStream", "Structured Streaming", "DStream Studio"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

/** A literal's text with its ${…} holes as "…". */
function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `…${s.literal.text}`).join("");
  return undefined;
}

/** Reads as English words: at least two words (one of them lowercase), and nothing that is code. */
function readsAsWords(text: string): boolean {
  const s = text.trim();
  if (SAME_IN_EVERY_LANGUAGE.has(s)) return false;
  // Markup, CSS, selectors, code samples, URLs, paths and keys.
  if (
    /[<>{};=]|\bvar\(|:\/\/|^[.#[]|\.(json|ts|tsx|css|js)\b|\b[a-z]+-(src|uri|action)\b|'(none|self)'/.test(s)
  )
    return false;
  // A media query: "(prefers-color-scheme: dark)".
  if (/^\([a-z-]+: [a-z-]+\)$/.test(s)) return false;
  const tokens = s.split(/\s+/).filter(Boolean);
  // CSS classes built from a template ("status status-…", "toast is-…") or a class and its variant
  // ("btn btn-icon", "dag-edge dag-edge-shuffle").
  if (tokens.some((w) => /^[a-z][\w]*-(…)?$/.test(w) || /^(is|cat|has)-/.test(w))) return false;
  if (tokens.some((w) => tokens.some((v) => v !== w && v.startsWith(`${w}-`)))) return false;
  const words = tokens.filter((w) => /^[(“"']?[A-Za-z][a-z]*(-[a-z]+)*(['’]s)?[)”"',.:;!?]*$/.test(w));
  const lowercase = words.filter((w) => /^[(“"']?[a-z]{2,}/.test(w));
  return words.length >= 2 && lowercase.length >= 1;
}

/** Literals whose place makes them code, not text: keys, comparisons, selectors, developer errors. */
function isCodePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent))
    return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    if (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken ||
      op === ts.SyntaxKind.InKeyword
    )
      return true;
  }
  // Attributes (className, data-*): untranslated.test.ts checks the visible ones.
  for (let up: ts.Node | undefined = parent; up && !ts.isJsxElement(up); up = up.parent)
    if (ts.isJsxAttribute(up)) return true;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    const callee = parent.expression.getText();
    // t("key"), console.*, DOM queries, and errors for developers (never shown as they are).
    if (/(^|\.)(t|i18n\.t|querySelector(All)?|closest|matches|getElementById|require)$/.test(callee))
      return true;
    if (/^console\./.test(callee)) return true;
    // A schema's .describe("…") documents the lesson file format in lesson.schema.json, a reference
    // for teachers' editors written in English like the format's README; the studio never shows it.
    if (/\.describe$/.test(callee)) return true;
    if (ts.isNewExpression(parent) && /Error$/.test(callee)) return true;
  }
  return false;
}

function findEnglish(file: string, source: string): string[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // JSX text is untranslated.test.ts's.
    if (ts.isJsxText(node)) return;
    const text = textOf(node);
    if (text !== undefined && !isCodePosition(node) && readsAsWords(text)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push(`${relative(APP, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("English sentences outside the catalog", () => {
  it("finds a string table, a toast and a refusal written in English", () => {
    const sample = `
      export const S = { title: "Per-record latency", steps: (n: number) => \`\${n} steps so far\` };
      store.showToast(\`Cannot open \${name}: it is damaged.\`);
      const refuse = (r: string) => ({ ok: false, reason: r });
      refuse("One end of this connection is not a known node.");`;
    expect(findEnglish(join(APP, "x.ts"), sample).map((f) => f.split(": ").slice(1).join(": "))).toEqual([
      '"Per-record latency"',
      '"… steps so far"',
      '"Cannot open …: it is damaged."',
      '"One end of this connection is not a known node."',
    ]);
  });

  it("lets code through: classes, selectors, keys, comparisons, t() and developer errors", () => {
    const sample = `
      const a = \`status status-\${x}\`; const b = "1px solid var(--border)";
      el.querySelector("input, textarea, select"); t("notices.run.cannot start now");
      if (mode === "late rows dropped") throw new Error("index.html has no root element");
      const c = { "some key here": 1 }; const d = \`<svg width="\${w}">\`;
      const e = "reduceByKeyAndWindow"; const f = "Structured Streaming";
      const g = z.number().describe("Pause once this many batches have completed");`;
    expect(findEnglish(join(APP, "x.ts"), sample)).toEqual([]);
  });

  it("no .ts or .tsx file under app/ holds an English sentence for the user", () => {
    const found = sourceFiles(APP)
      .map((f) => [f, relative(APP, f)] as const)
      .filter(([, rel]) => !NOT_UI.some((r) => r.test(rel)) && !PENDING.has(rel))
      .flatMap(([f]) => findEnglish(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("every pending file still has something to move (else it leaves the list)", () => {
    const done = [...PENDING].filter(
      (rel) => findEnglish(join(APP, rel), readFileSync(join(APP, rel), "utf8")).length === 0,
    );
    expect(done).toEqual([]);
  });
});
