// Sinks in Chromium. The database sink: a word count into a "foreachRDD → database" node; the page writes each
// batch to IndexedDB (the engine's sandboxed worker has no storage) and the Tables tab browses it. Run
// again from batch 0 (the same batch times written a second time, as a replay would), the table still
// holds exactly one row set per batch: the rows the engine computes in Node for the same document.
// saveAsTextFiles: the Outputs tab's zip holds exactly the files the engine writes in Node, in Spark's layout.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { compilePipeline } from "../engine/graph/compile";
import { parsePipeline } from "../engine/graph/schema";
import { encodePipeline } from "../engine/graph/share";
import type { PipelineDocument } from "../engine/graph/types";
import { rowsOf } from "../engine/sinks/db/DatabaseSink";
import { allowSharedPipeline } from "./consent";
import { collectErrors } from "./editorHelpers";

const STEPS = 3;
const TABLE = "word_counts";

function wordCountIntoDatabase(): PipelineDocument {
  const doc = JSON.parse(
    readFileSync(new URL("../public/examples/socket-word-count.json", import.meta.url), "utf8"),
  ) as PipelineDocument;
  // Enough lines a batch for more than one page of rows (50 a page).
  const lines = doc.nodes.find((n) => n.id === "lines")!;
  lines.params = { ...lines.params, rate: 30 };
  doc.nodes = doc.nodes.filter((n) => n.kind !== "print");
  doc.edges = doc.edges.filter((e) => doc.nodes.some((n) => n.id === e.target));
  doc.nodes.push({
    id: "db",
    kind: "saveToDatabase",
    label: "db",
    position: { x: 900, y: 200 },
    params: { table: TABLE, file: "studio.db" },
  });
  doc.edges.push({ id: "e-wordCounts-db", source: "wordCounts", target: "db" });
  return doc;
}

type Row = { batchTime: number; idx: number; key: string | null; value: string; record: string };

/** The rows the engine writes for the same document and seed, computed in Node. */
async function expectedRows(doc: PipelineDocument): Promise<Row[]> {
  const parsed = parsePipeline(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const rows = new Map<number, Row[]>();
  const compiled = compilePipeline(parsed.doc, {
    database: () => ({
      description: "expected",
      writeBatch: (_table, t, records) => rows.set(t, rowsOf(t, records)),
    }),
  });
  compiled.ssc.start();
  await compiled.ssc.advance(STEPS);
  compiled.ssc.stop();
  return [...rows.values()].flat();
}

/** Every row of the table, read from IndexedDB in the page. */
function storedRows(page: Page): Promise<Row[]> {
  return page.evaluate(
    (table) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open("dstream-studio-tables");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("rows")) return resolve([]);
          const range = IDBKeyRange.bound([table, -Infinity, -Infinity], [table, Infinity, Infinity]);
          const req = db.transaction("rows").objectStore("rows").getAll(range);
          req.onsuccess = () => {
            db.close();
            resolve((req.result as (Row & { table: string })[]).map(({ table: _t, ...row }) => row));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    TABLE,
  );
}

function plantRow(page: Page, row: Row): Promise<void> {
  return page.evaluate(
    ({ table, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("dstream-studio-tables");
        open.onsuccess = () => {
          const tx = open.result.transaction("rows", "readwrite");
          tx.objectStore("rows").put({ table, ...row });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table: TABLE, row },
  );
}

const panel = (page: Page) => page.getByRole("region", { name: "Live simulation" });

async function stepBatches(page: Page) {
  const step = page.getByRole("button", { name: "Step", exact: true });
  for (let i = 1; i <= STEPS; i++) {
    await step.click();
    await expect.poll(async () => Number(await panel(page).getAttribute("data-completed-batches"))).toBe(i);
  }
}

test("a word count into IndexedDB: one row set per batch after a rerun, browsed a page at a time", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const doc = wordCountIntoDatabase();
  const expected = await expectedRows(doc);
  expect(new Set(expected.map((r) => r.batchTime))).toEqual(new Set([1000, 2000, 3000]));
  expect(expected.length).toBeGreaterThan(50);

  await page.goto(`/#p=${encodePipeline(doc)}`);
  await allowSharedPipeline(page);
  await expect(page.getByTestId("node-db")).toBeVisible();
  await stepBatches(page);
  await expect.poll(() => storedRows(page)).toEqual(expected);

  // A row batch 2000 does not write now (as a longer earlier attempt of that batch would have left).
  await plantRow(page, { batchTime: 2000, idx: 999, key: "stale", value: "1", record: "(stale,1)" });
  expect(await storedRows(page)).toHaveLength(expected.length + 1);
  // Run it again from batch 0: batches 1000-3000 are written a second time and replace their rows whole.
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await stepBatches(page);
  await expect.poll(() => storedRows(page)).toEqual(expected);

  await panel(page).getByRole("tab", { name: "Tables" }).click();
  const pane = page.getByTestId("tables-pane");
  await expect(pane.locator("[data-table]")).toHaveText([`${TABLE}${expected.length} rows, 3 batches`]);
  await expect(pane.getByTestId("table-summary")).toContainText(`${expected.length} rows, 3 batches`);
  const rows = pane.getByTestId("table-rows").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator("td")).toHaveText([
    "1000",
    "0",
    expected[0].key ?? "",
    expected[0].value,
    expected[0].record,
  ]);
  await expect(pane.getByTestId("table-range")).toHaveText(`Rows 1–50 of ${expected.length}`);
  await pane.getByRole("button", { name: "Last" }).click();
  const lastFrom = Math.floor((expected.length - 1) / 50) * 50;
  await expect(pane.getByTestId("table-range")).toHaveText(
    `Rows ${lastFrom + 1}–${expected.length} of ${expected.length}`,
  );
  await expect(rows).toHaveCount(expected.length - lastFrom);
  await expect(rows.last().locator("td").last()).toHaveText(expected.at(-1)!.record);
  await expect(rows.last().locator("td").first()).toHaveText("3000");

  await pane.getByRole("button", { name: "Clear table" }).click();
  await pane.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(panel(page).getByText(/No tables yet/)).toBeVisible();
  expect(await storedRows(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("saveAsTextFiles downloads as one zip in Spark's layout, holding the files the engine writes", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const doc = JSON.parse(
    readFileSync(new URL("../public/examples/socket-word-count.json", import.meta.url), "utf8"),
  ) as PipelineDocument;
  doc.nodes.push({
    id: "files",
    kind: "saveAsTextFiles",
    label: "files",
    position: { x: 900, y: 350 },
    params: { prefix: "output/counts", suffix: "txt" },
  });
  doc.edges.push({ id: "e-wordCounts-files", source: "wordCounts", target: "files" });

  const parsed = parsePipeline(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const { ssc } = compilePipeline(parsed.doc);
  ssc.start();
  await ssc.advance(STEPS);
  ssc.stop();
  const expected = Object.fromEntries(
    ssc.fileSystem.list("output/").map((p) => [p, ssc.fileSystem.readFile(p)]),
  );
  expect(Object.keys(expected)).toContain("output/counts-3000.txt/part-00001");

  await page.goto(`/#p=${encodePipeline(doc)}`);
  await allowSharedPipeline(page);
  await expect(page.getByTestId("node-files")).toBeVisible();
  await stepBatches(page);
  await panel(page)
    .getByRole("tab", { name: /^Outputs/ })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel(page).getByRole("button", { name: "Download all as zip (3 batches)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("saveAsTextFiles.zip");
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const entries = Object.fromEntries(Object.entries(zip).map(([p, bytes]) => [p, strFromU8(bytes)]));
  expect(entries).toEqual(expected);
  expect(
    Object.keys(entries)
      .filter((p) => p.startsWith("output/counts-1000.txt/"))
      .sort(),
  ).toEqual([
    "output/counts-1000.txt/_SUCCESS",
    "output/counts-1000.txt/part-00000",
    "output/counts-1000.txt/part-00001",
  ]);
  expect(errors).toEqual([]);
});
