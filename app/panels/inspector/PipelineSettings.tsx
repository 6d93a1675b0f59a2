// The inspector when nothing is selected: the pipeline's name, batch interval and cluster settings.
import type { ParamSpec, PipelineSettings as Settings } from "../../../engine/graph/types";
import { useStudio } from "../../store";
import { BatchIntervalField } from "./BatchIntervalField";
import { BlockIntervalField } from "./BlockIntervalField";
import { ParamControl } from "./ParamControl";

const int = (min: number, max: number, unit?: string) =>
  ({ type: "number", integer: true, min, max, unit }) as const;

const FIELDS: { key: keyof Settings | "checkpoint"; spec: ParamSpec }[] = [
  {
    key: "checkpoint",
    spec: {
      name: "checkpoint",
      label: "Checkpointing",
      param: { type: "boolean" },
      default: false,
      doc: "ssc.checkpoint(dir): required by updateStateByKey, mapWithState and windows with an inverse function.",
    },
  },
  {
    key: "defaultParallelism",
    spec: {
      name: "defaultParallelism",
      label: "Default parallelism",
      param: int(1, 64, "partitions"),
      default: 2,
      doc: "Partitions per RDD when an operator doesn't set its own (spark.default.parallelism).",
    },
  },
  {
    key: "executors",
    spec: {
      name: "executors",
      label: "Executors",
      param: int(1, 64),
      default: 2,
      doc: "Simulated executors: with cores per executor, how many tasks run at once.",
    },
  },
  {
    key: "coresPerExecutor",
    spec: {
      name: "coresPerExecutor",
      label: "Cores per executor",
      param: int(1, 32),
      default: 2,
      doc: "Simulated cores on each executor (spark.executor.cores).",
    },
  },
  {
    key: "backpressure",
    spec: {
      name: "backpressure",
      label: "Backpressure",
      param: { type: "boolean" },
      default: false,
      doc: "spark.streaming.backpressure.enabled: a PID rate estimator slows receivers when batches fall behind.",
    },
  },
  {
    key: "seed",
    spec: {
      name: "seed",
      label: "Seed",
      param: { type: "seed" },
      default: 42,
      doc:
        "Seed for generated sources that don't set their own seed: the same seed gives the same run. " +
        "The CLI's --seed S instead reseeds every source, own seeds included (S, S+1, … in graph order).",
    },
  },
];

export function PipelineSettings() {
  const doc = useStudio((s) => s.doc);
  const { setSettings, setBackpressure, setPipelineMeta } = useStudio.getState();

  const settingValue = (key: (typeof FIELDS)[number]["key"]) =>
    key === "checkpoint" ? doc.settings.checkpointDir !== undefined : doc.settings[key];
  const setValue = (key: (typeof FIELDS)[number]["key"], v: unknown) => {
    if (key === "checkpoint") setSettings({ checkpointDir: v ? "checkpoint" : undefined });
    // Applied to the running engine at once, as the status bar's toggle does (Spark's rate controller).
    else if (key === "backpressure") setBackpressure(v === true);
    else setSettings({ [key]: v });
  };

  return (
    <div className="pipeline-settings" data-testid="pipeline-settings">
      <div className="field">
        <label className="field-label" htmlFor="pipeline-name">
          Pipeline name
        </label>
        <input
          id="pipeline-name"
          type="text"
          value={doc.name}
          onChange={(e) => setPipelineMeta({ name: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="pipeline-description">
          Description
        </label>
        <textarea
          id="pipeline-description"
          rows={3}
          value={doc.description ?? ""}
          onChange={(e) => setPipelineMeta({ description: e.target.value })}
        />
      </div>
      <BatchIntervalField />
      <BlockIntervalField />
      {FIELDS.map(({ key, spec }) => (
        <div className="field" key={key}>
          <label className="field-label" htmlFor={`setting-${key}`}>
            {spec.label}
          </label>
          <ParamControl
            id={`setting-${key}`}
            spec={spec}
            value={settingValue(key)}
            onChange={(v) => setValue(key, v)}
          />
          <p className="field-help">{spec.doc}</p>
        </div>
      ))}
    </div>
  );
}
