import { describe, expect, it } from "vitest";
import { murmur2, partitionForKey } from "./murmur2";

// Values from Kafka's own UtilsTest.testMurmur2, checked against kafka-clients' Utils.murmur2 on the JVM.
describe("murmur2", () => {
  const cases: [string, number][] = [
    ["21", -973932308],
    ["foobar", -790332482],
    ["a-little-bit-long-string", -985981536],
    ["a-little-bit-longer-string", -1486304829],
    ["lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971],
    ["abc", 479470107],
  ];
  it.each(cases)("hashes %s as Kafka does", (text, expected) => {
    expect(murmur2(new TextEncoder().encode(text))).toBe(expected);
  });

  it("puts a key in the partition of toPositive(hash) % n", () => {
    expect(partitionForKey("foobar", 3)).toBe((-790332482 & 0x7fffffff) % 3);
  });
});
