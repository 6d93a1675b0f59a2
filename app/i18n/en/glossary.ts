// The lecture's terms, each with one sentence (the glossary dialog shows English and Korean side by side).
export const glossary = {
  title: "Glossary",
  intro: "The terms of the lecture, in Korean and English.",
  search: "Filter terms",
  korean: "Korean",
  english: "English",
  definition: "Definition",
  terms: {
    batchProcessing: {
      term: "batch processing",
      definition:
        "Processing a fixed set of past data all at once, with a large gap between when data is made and when it is processed.",
    },
    streamProcessing: {
      term: "stream processing",
      definition:
        "Processing data that keeps arriving without a defined start or end, producing a new result as new data comes in.",
    },
    microBatch: {
      term: "micro-batch",
      definition:
        "A small batch of the records that arrived during one batch interval, processed as one job; Spark Streaming runs a stream as a sequence of them.",
    },
    batchInterval: {
      term: "batch interval",
      definition:
        "How often the StreamingContext cuts the input into a new batch (its second argument, e.g. 3 seconds); it sets batch size and latency.",
    },
    dstream: {
      term: "DStream (discretized stream)",
      definition: "Spark Streaming's stream: a sequence of RDDs, one per batch interval.",
    },
    rdd: {
      term: "RDD",
      definition: "Spark's immutable, partitioned collection of records; each batch of a DStream is one RDD.",
    },
    streamingContext: {
      term: "StreamingContext",
      definition:
        "The entry point of a Spark Streaming program: it is started, awaited and stopped, takes no new operations once started, and cannot be restarted after stop.",
    },
    transformation: {
      term: "transformation",
      definition:
        "An operation that makes a new DStream from one or more DStreams (map, filter, reduceByKey); nothing runs until an output operation needs it.",
    },
    outputOperation: {
      term: "output operation",
      definition:
        "An operation that sends a DStream's data out (print, saveAsTextFiles, foreachRDD); like an RDD action, it makes the batches run.",
    },
    window: {
      term: "window",
      definition:
        "The records of the last few batches taken together, described by a window length and a slide interval.",
    },
    slideInterval: {
      term: "slide interval",
      definition:
        "How often a window operation produces a result; like the window length, it must be a multiple of the batch interval.",
    },
    state: {
      term: "state",
      definition:
        "Values kept per key across batches (updateStateByKey, mapWithState), such as a running count.",
    },
    checkpoint: {
      term: "checkpoint",
      definition:
        "State and metadata saved to reliable storage so that a stateful stream can recover after a failure.",
    },
    source: {
      term: "source",
      definition: "Where a stream's input comes from, such as Kafka, a TCP socket or files in HDFS/S3.",
    },
    receiver: {
      term: "receiver",
      definition:
        "A long-running task that collects a source's records and stores them as blocks for the next batch.",
    },
    sink: {
      term: "sink",
      definition: "Where a stream's results go, such as HDFS, a database or the console.",
    },
    eventTime: {
      term: "event time",
      definition: "The time a record was made, as written in the record by its source.",
    },
    processingTime: {
      term: "processing time",
      definition:
        "The time a record arrived at the streaming application; DStreams work only in processing time.",
    },
    watermark: {
      term: "watermark",
      definition:
        "How late event-time data may arrive and still be counted (Structured Streaming); older state is dropped.",
    },
    structuredStreaming: {
      term: "Structured Streaming",
      definition:
        "Spark's newer streaming API on DataFrames, with event-time processing and continuous processing.",
    },
    continuousProcessing: {
      term: "continuous processing",
      definition:
        "Processing each record as it arrives instead of waiting for a batch: very low latency, at a higher cost per record.",
    },
    latency: {
      term: "latency",
      definition:
        "The time from a record's arrival to its result; in micro-batches it includes waiting for the batch to close.",
    },
    throughput: {
      term: "throughput",
      definition: "How many records are processed per second.",
    },
    schedulingDelay: {
      term: "scheduling delay",
      definition: "How long a batch waited for the previous ones to finish before it could start.",
    },
    backpressure: {
      term: "backpressure",
      definition:
        "Lowering the input rate when batches take longer than the batch interval, so that delay stops growing.",
    },
    partition: {
      term: "partition",
      definition: "One slice of an RDD, processed by one task.",
    },
    lineage: {
      term: "lineage",
      definition: "The chain of transformations that made an RDD, used to recompute lost partitions.",
    },
    writeAheadLog: {
      term: "write-ahead log",
      definition:
        "A log where received data is written before it is processed, so that it survives a failure.",
    },
  },
};
