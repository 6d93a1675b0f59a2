// The single attach point of the fluent DStream API: importing this module runs every operator file,
// each of which adds its method(s) to DStream.prototype (and declares them on the DStream interface).
// Add a new operator file here once. See README.md in this folder.
import "../sinks/ForEachDStream";
import "../sinks/print";
import "../sinks/saveAsObjectFiles";
import "../sinks/saveAsTextFiles";
import "./MappedDStream";
import "./FlatMappedDStream";
import "./FilteredDStream";
import "./GlommedDStream";
import "./MapPartitionedDStream";
import "./MapValuedDStream";
import "./FlatMapValuedDStream";
import "./UnionDStream";
import "./ShuffledDStream";
import "./TransformedDStream";
import "./joins";
import "./derived";
import "./windowState.fluent";
