// The corpus of pipeline documents every exporter is checked on: the gallery's examples, the documents the
// tests export (captured once into testDocuments.jsonl), and one pipeline around every node kind with its
// defaults and with each optional param set. `exportCorpus.ts` writes all their exports to files, so a
// refactor of the exporters can be shown byte-identical with `diff -r`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalog } from "../../graph/catalog";
import type { ParamSpec, PipelineDocument } from "../../graph/types";
import { loadExamples, pipelineAround } from "../internals/examples.testkit";

export interface CorpusDocument {
  name: string;
  doc: PipelineDocument;
}

/** A set value for an optional param, by type (what a user would type). */
function sampleValue(p: ParamSpec): unknown {
  switch (p.param.type) {
    case "function":
      return p.name === "filterFunc" ? "([key, value]) => value > 0" : "(a, b) => a - b";
    case "duration":
      return 2000;
    case "number":
      return 3;
    case "json":
      return [
        ["a", 10],
        ["b", 20],
      ];
    case "string":
      return "sample";
    default:
      return p.default;
  }
}

function kindDocuments(): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  for (const spec of Object.values(catalog)) {
    const doc = pipelineAround(spec);
    out.push({ name: `kind-${spec.kind}`, doc: pipelineAround(spec) });
    const optionals = spec.params.filter((p) => p.optional);
    for (const p of optionals)
      out.push({
        name: `kind-${spec.kind}-${p.name}`,
        doc: pipelineAround(spec, { [p.name]: sampleValue(p) }),
      });
    if (optionals.length > 1)
      out.push({
        name: `kind-${spec.kind}-all`,
        doc: pipelineAround(spec, Object.fromEntries(optionals.map((p) => [p.name, sampleValue(p)]))),
      });
    // Every enum option, every boolean both ways.
    for (const p of spec.params) {
      if (p.param.type === "enum")
        for (const o of p.param.options)
          out.push({
            name: `kind-${spec.kind}-${p.name}-${o.value}`,
            doc: pipelineAround(spec, { [p.name]: o.value }),
          });
      if (p.param.type === "boolean")
        out.push({
          name: `kind-${spec.kind}-${p.name}-flip`,
          doc: pipelineAround(spec, { [p.name]: !p.default }),
        });
    }
    if (spec.category !== "source") {
      // Without a checkpoint directory, and with labels that collide with keywords of the three languages.
      out.push({
        name: `kind-${spec.kind}-nocheckpoint`,
        doc: { ...doc, settings: { ...doc.settings, checkpointDir: undefined } },
      });
      out.push({
        name: `kind-${spec.kind}-labels`,
        doc: {
          ...doc,
          name: "my pipeline: 2",
          nodes: doc.nodes.map((n, i) => ({ ...n, label: ["lambda", "val", "print"][i % 3] })),
        },
      });
    }
    // Every function param written in a way the translators cannot translate (a STUB).
    for (const p of spec.params)
      if (p.param.type === "function")
        out.push({
          name: `kind-${spec.kind}-${p.name}-stub`,
          doc: pipelineAround(spec, {
            [p.name]: "(...args) => { let n = 0; for (const a of args) n++; return n; }",
          }),
        });
    // Another batch interval, block interval and parallelism.
    out.push({
      name: `kind-${spec.kind}-settings`,
      doc: {
        ...doc,
        batchIntervalMs: spec.category === "source" ? 500 : 2000,
        blockIntervalMs: spec.category === "source" ? 100 : 250,
        settings: { ...doc.settings, defaultParallelism: 8, checkpointDir: undefined },
      },
    });
  }
  return out;
}

function testDocuments(): CorpusDocument[] {
  const text = readFileSync(join(import.meta.dirname, "testDocuments.jsonl"), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => ({ name: `test-${String(i).padStart(3, "0")}`, doc: JSON.parse(l) as PipelineDocument }));
}

export function corpus(): CorpusDocument[] {
  return [
    ...loadExamples().map(({ file, doc }) => ({ name: `example-${file.replace(/\.json$/, "")}`, doc })),
    ...testDocuments(),
    ...kindDocuments(),
  ];
}
