// readStream.text / csv / json over a directory of the engine's file system: each new file is read
// once, oldest first, at most maxFilesPerTrigger a trigger.
import { defineKind } from "../../../catalog/defineKind";
import { intParam } from "../../../catalog/params";
import { enumParam, schemaParam, structuredSource, textParam } from "../common";

export const files = defineKind({
  ...structuredSource,
  kind: "structured.files",
  label: "readStream (files)",
  sparkMethod: "DataStreamReader.text / csv / json",
  doc: "Spark's file source: new files in a directory, read in order of modification time; text gives a value column, csv and json the schema's columns.",
  params: [
    enumParam(
      "format",
      "Format",
      ["text", "csv", "json"],
      "json",
      "The files' format (DataStreamReader.format).",
    ),
    textParam("path", "Directory", "input", "The directory watched for new files."),
    schemaParam(
      "eventTime TIMESTAMP, word STRING",
      "The files' columns (csv and json need one, as in Spark; text ignores it).",
    ),
    intParam(
      "maxFilesPerTrigger",
      "Max files per trigger",
      1,
      "Files read per trigger at most (option maxFilesPerTrigger); empty reads every new file.",
      { min: 1, max: 100_000, optional: true },
    ),
  ],
  summary: (p) => `${p.format} · ${p.path}`,
});
