// The params both Kafka source kinds share: what a consumer subscribes to and how a batch is cut.
import { intParam } from "../../catalog/params";
import type { ParamSpec } from "../../types";

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export const topicParam = (doc: string): ParamSpec => ({
  name: "topic",
  label: "Topic",
  param: { type: "string", placeholder: "words" },
  default: "words",
  doc,
  // Kafka's Topic.validate: legal characters are ASCII alphanumerics, '.', '_' and '-', at most 249.
  validate: (v) =>
    typeof v === "string" && TOPIC_NAME.test(v) && v !== "." && v !== ".."
      ? undefined
      : `Topic name "${String(v)}" is illegal: it contains a character other than ASCII alphanumerics, '.', '_' and '-', or is empty or longer than 249`,
});

export const consumerParams: ParamSpec[] = [
  {
    name: "groupId",
    label: "group.id",
    param: { type: "string", placeholder: "dstream-studio" },
    default: "dstream-studio",
    doc: "Kafka's group.id: the group's committed offsets are where a restarted stream starts.",
    validate: (v) =>
      typeof v === "string" && v.trim() !== ""
        ? undefined
        : "To use the group management or offset commit APIs, you must provide a valid group.id in the consumer configuration.",
  },
  {
    name: "autoOffsetReset",
    label: "auto.offset.reset",
    param: {
      type: "enum",
      options: [
        { value: "earliest", label: "earliest" },
        { value: "latest", label: "latest" },
      ],
    },
    default: "earliest",
    doc: "Where a partition without a committed offset starts: the oldest record (earliest) or only new ones (latest).",
  },
  intParam(
    "maxRatePerPartition",
    "maxRatePerPartition",
    0,
    "spark.streaming.kafka.maxRatePerPartition: at most this many records per second from each partition in a batch; 0 reads all that is there.",
    { min: 0, max: 10_000_000, unit: "records/s" },
  ),
  {
    name: "commitOffsets",
    label: "Commit offsets",
    param: { type: "boolean" },
    default: true,
    doc: "After each batch's outputs are done, commit its offset ranges (commitAsync), so a restart neither loses nor repeats a record.",
  },
];
