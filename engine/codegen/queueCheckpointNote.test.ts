// Generated sources become queueStreams in the PySpark and Scala exports. Spark warns but runs when such
// a context writes checkpoints, and fails when it is recovered from one: the export says so, only when
// checkpointing is on.
import { describe, expect, it } from "vitest";
import { loadExamples } from "./internals/examples.testkit";
import { toPySpark } from "./pyspark";
import { toScala } from "./scala";

const example = (file: string) => loadExamples().find((e) => e.file === file)!.doc;
const NOTE = "queueStream can't be recovered from a checkpoint";

describe("queueStream stand-ins under checkpointing", () => {
  it("carry the recovery note when the pipeline checkpoints", () => {
    const doc = example("windowed-word-count.json");
    expect(doc.settings.checkpointDir).toBeTruthy();
    expect(toPySpark(doc).code).toContain(`# ${NOTE}`);
    expect(toScala(doc).code).toContain(`// ${NOTE}`);
  });

  it("stay quiet without checkpointing", () => {
    const doc = example("socket-word-count.json");
    expect(doc.settings.checkpointDir).toBeUndefined();
    expect(toPySpark(doc).code).not.toContain(NOTE);
    expect(toScala(doc).code).not.toContain(NOTE);
  });
});
