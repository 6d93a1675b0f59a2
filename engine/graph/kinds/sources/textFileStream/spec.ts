// The textFileStream node kind as plain data: new files of a directory, one record per line. In Node a
// real directory is watched (Spark's FileInputDStream rules); in the browser, files dropped on the node
// (or picked from a folder) while it runs stand for new files in that directory.
import { defineKind } from "../../../catalog/defineKind";
import { source } from "../common";

export const textFileStream = defineKind({
  ...source,
  kind: "textFileStream",
  label: "textFileStream",
  sparkMethod: "StreamingContext.textFileStream",
  doc: "Lines of the files that appear in a directory (StreamingContext.textFileStream); in the browser, drop files on the node while it runs.",
  output: "plain",
  needsCheckpoint: false,
  realWorld: { urls: () => [] },
  params: [
    {
      name: "directory",
      label: "Directory",
      param: { type: "string", placeholder: "incoming/" },
      default: "incoming/",
      doc: "The monitored directory (Node and Spark); in the browser, the files you drop on the node stand for it.",
      validate: (v) => (String(v).trim() === "" ? "The directory is required" : undefined),
    },
  ],
  summary: (p) => `${p.directory} · drop files here`,
});
