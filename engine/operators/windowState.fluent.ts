// Owned by helper E2: fluent methods of the window and state operators (window, reduceByKeyAndWindow,
// updateStateByKey, mapWithState, ...). Imported once from engine/operators/index.ts.
export {};
