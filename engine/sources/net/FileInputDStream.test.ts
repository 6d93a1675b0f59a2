import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { StreamingContext } from "../../scheduler/StreamingContext";
import { DropFolder } from "./DropFolder";
import type { FileInputDStream } from "./FileInputDStream";
import type { NetEnv } from "./NetEnv";
import { nodeNet } from "./nodeNet";
import { textFileStream } from "./streams";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Node's directories, on a wall clock the test sets. */
function netAt(clock: { now: number }): NetEnv {
  return { ...nodeNet(), now: () => clock.now };
}

describe("textFileStream on a real directory (Spark's FileInputDStream rules)", () => {
  it("takes only files that appear after start, each once, by modification time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dstream-files-"));
    dirs.push(dir);
    const clock = { now: 1_000_000 };
    const write = (name: string, text: string, modTimeMs: number) => {
      writeFileSync(join(dir, name), text);
      utimesSync(join(dir, name), modTimeMs / 1000, modTimeMs / 1000);
    };
    write("old.txt", "before start\n", clock.now - 5000);
    write("at-start.txt", "modified exactly at start\n", clock.now);
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: netAt(clock) });
    const stream = textFileStream(ssc, dir) as FileInputDStream;
    const batches: string[][] = [];
    const partitions: number[] = [];
    stream.foreachRDD((rdd) => {
      batches.push(rdd.collect());
      partitions.push(rdd.numPartitions);
    });
    ssc.start();
    write("a.txt", "a1\na2\n", clock.now + 500);
    write(".hidden", "never\n", clock.now + 500);
    write("later.txt", "from the future\n", clock.now + 5000);
    clock.now += 1000;
    await ssc.advance(1); // a.txt only: later.txt is modified after this batch's time
    write("b.txt", "b1", clock.now + 200);
    utimesSync(join(dir, "a.txt"), (clock.now + 300) / 1000, (clock.now + 300) / 1000); // touched again
    clock.now += 5000;
    await ssc.advance(1);
    clock.now += 1000;
    await ssc.advance(1);
    ssc.stop();
    expect(batches).toEqual([["a1", "a2"], ["b1", "from the future"], []]);
    expect(partitions).toEqual([1, 2, 0]);
    expect(stream.status().received).toBe(4);
    expect(stream.status().log).toContain("New files at time 1000 ms: a.txt");
  });

  it("forgets files older than the remember window (60 s rounded to batches)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dstream-files-"));
    dirs.push(dir);
    const clock = { now: 5_000_000 };
    const ssc = new StreamingContext({ batchIntervalMs: 7000, net: netAt(clock) });
    const stream = textFileStream(ssc, dir) as FileInputDStream;
    expect(stream.durationToRememberMs).toBe(63_000);
    const batches: string[][] = [];
    stream.foreachRDD((rdd) => batches.push(rdd.collect()));
    ssc.start();
    clock.now += 70_000;
    writeFileSync(join(dir, "stale.txt"), "too old\n");
    utimesSync(join(dir, "stale.txt"), (clock.now - 64_000) / 1000, (clock.now - 64_000) / 1000);
    writeFileSync(join(dir, "fresh.txt"), "fresh\n");
    utimesSync(join(dir, "fresh.txt"), (clock.now - 62_000) / 1000, (clock.now - 62_000) / 1000);
    await ssc.advance(1);
    ssc.stop();
    expect(batches).toEqual([["fresh"]]);
  });

  it("a directory that does not exist: reported on the node, the run goes on with empty batches", async () => {
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: nodeNet() });
    const stream = textFileStream(ssc, "/nonexistent/dstream-dir") as FileInputDStream;
    const batches: string[][] = [];
    stream.foreachRDD((rdd) => batches.push(rdd.collect()));
    ssc.start();
    await ssc.advance(2);
    ssc.stop();
    expect(batches).toEqual([[], []]);
    expect(stream.status().message).toBe("Error finding new files: /nonexistent/dstream-dir does not exist");
  });

  it("the browser's drop folder: a dropped file joins the next batch, a second drop of one name is a new file", async () => {
    const clock = { now: 100 };
    const ssc = new StreamingContext({ batchIntervalMs: 1000, net: netAt(clock) });
    const folder = new DropFolder(() => clock.now);
    const stream = textFileStream(ssc, folder);
    const batches: string[][] = [];
    stream.foreachRDD((rdd) => batches.push(rdd.collect()));
    ssc.start();
    clock.now += 10;
    expect(folder.add("words.txt", "x y\nz\n")).toBe("words.txt");
    await ssc.advance(1);
    clock.now += 10;
    expect(folder.add("words.txt", "again\n")).toBe("words.txt (2)");
    await ssc.advance(1);
    ssc.stop();
    expect(batches).toEqual([["x y", "z"], ["again"]]);
  });
});
