// What the studio tells the user outside a component's own text: toasts and notices of the store,
// storage, the engine worker, refused connections and field values, share links.
export const notices = {
  run: {
    workerUnavailable: "The engine worker is not available in this page.",
    cannotStart_one: "The pipeline has {{count}} error and cannot start: {{message}}",
    cannotStart_other: "The pipeline has {{count}} errors and cannot start: {{message}}",
    nodeError: "{{node}}: {{message}} (the run is paused)",
    batchIntervalLocked:
      "The batch interval is fixed once a streaming context has started (as in Spark): stop the run, then change it.",
    blockIntervalLocked:
      "The block interval is fixed once a streaming context has started (Spark's receivers read spark.streaming.blockInterval when they start): stop the run, then change it.",
    refusedFunctions:
      "You chose not to run this pipeline's functions (it came from a share link or a file): Run or Step asks again.",
  },
  edits: {
    batchInterval: "batch interval",
    blockInterval: "block interval",
    nodeAdded: "{{node}} added",
    nodeRemoved: "{{node}} removed",
    kindChanged: "{{node}} is now {{kind}}",
    edgeAdded: "edge {{edge}} added",
    edgeRemoved: "edge {{edge}} removed",
  },
  document: {
    unknownKind: 'Unknown node kind "{{kind}}".',
    validatorLoad: "The validator could not load: {{message}}",
    validatorFailed: "The validator failed: {{message}}",
    restoreFailed: "Could not restore the last pipeline: {{message}}",
  },
  storage: {
    failed: "Could not {{action}}: {{reason}}.",
    action: {
      save: "save the pipeline in this browser",
      store: 'store "{{name}}" in this browser',
      duplicate: "duplicate the pipeline",
      rename: "rename the pipeline",
      delete: "delete the pipeline",
      keepMine: "keep your version",
      dropCopy: "remove the unsaved copy (it stays in your pipelines)",
      loadTheirs: "load their version",
    },
    full: "this browser's storage for the studio is full. Delete pipelines you no longer need, or export this one as JSON, then try again",
    refused: "the browser's storage refused it",
    cannot: {
      open: "Cannot open {{what}}: {{problem}}",
      duplicate: "Cannot duplicate {{what}}: {{problem}}",
      rename: "Cannot rename {{what}}: {{problem}}",
      reopen: "Cannot reopen {{what}}: {{problem}}",
    },
    thisPipeline: "this saved pipeline",
    namedPipeline: 'the saved pipeline "{{name}}"',
    gone: "it is no longer stored in this browser.",
    damaged: "{{error}}. It is kept as it was; your other pipelines are not affected.",
    damagedMore_one:
      "{{error}} (and {{count}} more). It is kept as it was; your other pipelines are not affected.",
    damagedMore_other:
      "{{error}} (and {{count}} more). It is kept as it was; your other pipelines are not affected.",
    unreadable: "Unreadable pipeline {{id}}",
    copyName: "{{name}} (copy)",
    unsavedCopyName: "{{name}} (unsaved copy)",
    sharedName: "{{name}} (shared {{n}})",
    otherTabCopied:
      'Another tab had unsaved edits to {{name}} when it was saved here; they are kept as "{{copy}}" in your pipelines.',
    aPipeline: "a pipeline",
    copyKept: 'Your edits made meanwhile stay in "{{copy}}" in your pipelines.',
    tablesBlocked: "The tables database is blocked by another tab",
  },
  share: {
    cannotOpen: "This share link cannot be opened: {{reason}}",
    opened: 'Opened the shared pipeline "{{name}}".',
  },
  worker: {
    failed: "The engine worker failed",
    couldNotLoad: "The engine could not be loaded: {{message}}",
    sandboxTitle: "Engine sandbox",
    stopped: "The engine stopped answering for {{seconds}} s{{where}} (an endless loop?). {{after}}",
    whileLoading: " while loading the pipeline",
    whileLoadingAt: ' while loading the pipeline at node "{{node}}"',
    whileRunning: ' while running node "{{node}}"',
    restartedFix: "It was restarted; fix the pipeline and run it again.",
    restartedReloaded: "It was restarted and the pipeline reloaded.",
    restarted: "It was restarted.",
  },
  connection: {
    unknownEnd: "One end of this connection is not a known node.",
    selfLoop: "{{to}} cannot feed itself: a DStream graph has no cycles.",
    fromOutput: "{{from}} is an output operation: it returns no DStream to connect from.",
    toSource: "{{to}} is a source: it takes no input stream.",
    duplicate: "{{from}} is already connected to {{to}}.",
    inputTaken: "{{to}}'s {{handle}} input is already connected: it takes exactly two streams ({{names}}).",
    inputsFull_one: "{{to}} takes one input stream and already has it: delete the existing edge first.",
    inputsFull_other:
      "{{to}} takes {{count}} input streams and already has them: delete an existing edge first.",
    cycle: "Connecting {{from}} to {{to}} would make a cycle: a DStream graph must be acyclic.",
    needsPairs:
      "{{to}} needs a stream of (key, value) pairs, but {{from}} produces plain records: map them to pairs first, e.g. map((w) => [w, 1]).",
  },
  field: {
    numberRequired: "A number is required.",
    notANumber: '"{{text}}" is not a number.',
    wholeNumber: "Must be a whole number.",
    atLeast: "Must be at least {{min}}.",
    atMost: "Must be at most {{max}}.",
    durationRequired: "A duration is required.",
    positiveSeconds: "Enter a positive number of seconds.",
    jsonRequired: "JSON is required.",
    invalidJson: "Not valid JSON: {{message}}",
  },
  export: {
    notYet: "This pipeline cannot be exported yet: {{message}}.",
  },
};
