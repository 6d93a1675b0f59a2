// Import RDDs from here: this module attaches the actions and the shuffle/pair methods to RDD.prototype.
import "./actions";
import "./pairOps";

export { BlockRDD } from "./BlockRDD";
export { CoalescedRDD } from "./CoalescedRDD";
export { CoGroupedRDD } from "./CoGroupedRDD";
export { defaultCompare } from "./compare";
export { EmptyRDD, ParallelCollectionRDD } from "./ParallelCollectionRDD";
export { type Dependency, type Emit, MapPartitionsRDD, type Partitioner, RDD, samePartitioner } from "./RDD";
export { type Aggregator, ShuffledRDD } from "./ShuffledRDD";
export { SortedRDD } from "./SortedRDD";
export { PartitionerAwareUnionRDD, UnionRDD, unionOf } from "./UnionRDD";
