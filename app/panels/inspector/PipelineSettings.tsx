// The inspector when nothing is selected: the pipeline's name, batch interval and cluster settings.

import type { ParamSpec, PipelineSettings as Settings } from "../../../engine/graph/types";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { BatchIntervalField } from "./BatchIntervalField";
import { BlockIntervalField } from "./BlockIntervalField";
import { ParamControl } from "./ParamControl";

const int = (min: number, max: number, unit?: string) =>
  ({ type: "number", integer: true, min, max, unit }) as const;

// Labels and docs are the i18n resources' inspector.settings.<key>; the specs give the controls.
const FIELDS: { key: keyof Settings | "checkpoint"; spec: ParamSpec }[] = [
  {
    key: "checkpoint",
    spec: {
      name: "checkpoint",
      label: "",
      param: { type: "boolean" },
      default: false,
      doc: "",
    },
  },
  {
    key: "defaultParallelism",
    spec: {
      name: "defaultParallelism",
      label: "",
      param: int(1, 64, "partitions"),
      default: 2,
      doc: "",
    },
  },
  {
    key: "executors",
    spec: {
      name: "executors",
      label: "",
      param: int(1, 64),
      default: 2,
      doc: "",
    },
  },
  {
    key: "coresPerExecutor",
    spec: {
      name: "coresPerExecutor",
      label: "",
      param: int(1, 32),
      default: 2,
      doc: "",
    },
  },
  {
    key: "backpressure",
    spec: {
      name: "backpressure",
      label: "",
      param: { type: "boolean" },
      default: false,
      doc: "",
    },
  },
  {
    key: "seed",
    spec: {
      name: "seed",
      label: "",
      param: { type: "seed" },
      default: 42,
      doc: "",
    },
  },
];

/** The settings listed in FIELDS, by their resource key. */
type SettingKey =
  | "checkpoint"
  | "defaultParallelism"
  | "executors"
  | "coresPerExecutor"
  | "backpressure"
  | "seed";

export function PipelineSettings() {
  const t = useT();
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
          {t("inspector.pipelineName")}
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
          {t("inspector.description")}
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
            {t(`inspector.settings.${key as SettingKey}.label`)}
          </label>
          <ParamControl
            id={`setting-${key}`}
            spec={{ ...spec, label: t(`inspector.settings.${key as SettingKey}.label`) }}
            value={settingValue(key)}
            onChange={(v) => setValue(key, v)}
          />
          <p className="field-help">{t(`inspector.settings.${key as SettingKey}.doc`)}</p>
        </div>
      ))}
    </div>
  );
}
