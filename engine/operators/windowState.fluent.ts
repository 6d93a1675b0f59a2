// Owned by helper E2: the window and state operators. Each file attaches its own fluent methods to
// DStream.prototype (window, reduceByKeyAndWindow, reduceByWindow, countByWindow, countByValueAndWindow,
// groupByKeyAndWindow, updateStateByKey, mapWithState); importing this module runs them all.
// Imported once from engine/operators/index.ts.
import "./WindowedDStream";
import "./reduceByKeyAndWindow";
import "./windowDerived";
import "./StateDStream";
import "./MapWithStateDStream";
