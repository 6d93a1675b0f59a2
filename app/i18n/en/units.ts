// Counts with their noun ("1 record", "25 records"); the number is formatted by the caller.
export const units = {
  record_one: "{{n}} record",
  record_other: "{{n}} records",
  partition_one: "{{n}} partition",
  partition_other: "{{n}} partitions",
  batch_one: "{{n}} batch",
  batch_other: "{{n}} batches",
  key_one: "{{n}} key",
  key_other: "{{n}} keys",
  node_one: "{{n}} node",
  node_other: "{{n}} nodes",
  error_one: "{{n}} error",
  error_other: "{{n}} errors",
  warning_one: "{{n}} warning",
  warning_other: "{{n}} warnings",
};
