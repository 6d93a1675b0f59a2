// Finds UI text that does not go through t(): parses every .tsx under app/ with the TypeScript
// compiler and reports JSX text, user-visible attributes (title, aria-label, placeholder, alt, label)
// and the label/title fields of .tsx data tables that are string literals with letters. API names,
// endonyms and the product's name are allowed (ALLOWED); anything else must be a key in en/ and ko/.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname, "..");

/** Words that are the same in every language: Spark's and the studio's API names, formats, brands. */
const ALLOWED = new Set([
  "DStream Studio",
  "English",
  "한국어",
  "JSON",
  "PNG",
  "SVG",
  "TypeScript",
  "PySpark",
  "Scala",
  "Spark",
  "RDD",
  "DStream",
  "StreamingContext",
  "Ctrl",
  "Shift",
  "Alt",
  "Esc",
  "Enter",
  "Tab",
  "ms",
  "s",
  "max",
  "ℹ",
]);

const VISIBLE_ATTRIBUTES = new Set([
  "title",
  "aria-label",
  "placeholder",
  "alt",
  "label",
  "aria-description",
]);
/** Fields of object literals in .tsx files that end up on screen (toolbar/menu/tab tables). */
const VISIBLE_FIELDS = new Set(["label", "title", "placeholder", "hint", "description", "ariaLabel"]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith(".tsx") && !e.name.endsWith(".test.tsx") ? [path] : [];
  });
}

const hasLetters = (s: string) => /\p{L}/u.test(s);
function isAllowed(text: string): boolean {
  // Code samples (a JSON document, a function) are code in every language.
  if (/^\s*[{[(]/.test(text) && /[:=]/.test(text)) return true;
  // Surrounding punctuation and symbols (·, …, :) do not make a string translatable.
  const s = text
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, "")
    .trim();
  if (!hasLetters(s)) return true;
  if (ALLOWED.has(s)) return true;
  // API calls and identifiers shown as code: `reduceByKey`, `ssc.start()`, `map`.
  return /^[A-Za-z_$][\w$.]*(\(\))?$/.test(s) && /[a-z][A-Z]|\.|\(\)/.test(s);
}

/** String pieces of an expression that would be shown: not call arguments (t("key")) nor comparisons. */
function shownStrings(node: ts.Node, out: { text: string; node: ts.Node }[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    out.push({ text: node.text, node });
    return;
  }
  if (ts.isTemplateExpression(node)) {
    out.push({ text: node.head.text, node });
    for (const span of node.templateSpans) {
      out.push({ text: span.literal.text, node: span });
      shownStrings(span.expression, out);
    }
    return;
  }
  if (ts.isCallExpression(node) || ts.isElementAccessExpression(node)) return;
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken
    )
      return;
  }
  if (ts.isConditionalExpression(node)) {
    shownStrings(node.whenTrue, out);
    shownStrings(node.whenFalse, out);
    return;
  }
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  ts.forEachChild(node, (child) => shownStrings(child, out));
}

function findUntranslated(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (isAllowed(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${relative(APP, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const pieces: { text: string; node: ts.Node }[] = [];
      shownStrings(node.expression, pieces);
      for (const p of pieces) report(p.node, p.text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init, init.text);
      else if (init && ts.isJsxExpression(init) && init.expression) {
        const pieces: { text: string; node: ts.Node }[] = [];
        shownStrings(init.expression, pieces);
        for (const p of pieces) report(p.node, p.text);
      }
    } else if (
      ts.isPropertyAssignment(node) &&
      VISIBLE_FIELDS.has(node.name.getText(sf)) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      report(node.initializer, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Files still being translated; this list only shrinks, and must be empty. */
const PENDING = new Set<string>([]);

describe("untranslated UI strings", () => {
  it("finds JSX text, visible attributes and table labels that are literals", () => {
    const sample = `const A = [{ label: "Examples" }];
      export const B = () => <div title="Hello" aria-label={x ? "Yes" : t("k")}>Some text {"more"} {t("ok")}</div>;`;
    expect(findUntranslated(join(APP, "x.tsx"), sample).map((f) => f.split(": ")[1])).toEqual([
      '"Examples"',
      '"Hello"',
      '"Yes"',
      '"Some text"',
      '"more"',
    ]);
  });

  it("lets API names, symbols and the product's name through", () => {
    const sample = `export const B = () => <p title="reduceByKey">DStream Studio · {"×"} <code>ssc.start()</code></p>;`;
    expect(findUntranslated(join(APP, "x.tsx"), sample)).toEqual([]);
  });

  it("no component under app/ shows a string that is not translated", () => {
    const found = tsxFiles(APP)
      .filter((f) => !PENDING.has(relative(APP, f)))
      .flatMap((f) => findUntranslated(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
});
