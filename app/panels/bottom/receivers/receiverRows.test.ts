import { describe, expect, it } from "vitest";
import type { BatchInfoMessage } from "../../../../engine/protocol/messages";
import { receiverRows } from "./receiverRows";

const batch = (t: number, lines: number): BatchInfoMessage => ({
  batchTimeMs: t,
  numRecords: lines,
  submissionTimeMs: t,
  inputByNode: { lines },
});

describe("receiverRows", () => {
  it("gives each receiver its events/sec per batch, their average, status and last error", () => {
    const rows = receiverRows(
      [
        {
          nodeId: "lines",
          streamId: 0,
          active: false,
          executorId: "1",
          lastErrorMessage: "down",
          lastErrorTimeMs: 2000,
        },
      ],
      [batch(1000, 10), batch(2000, 30), batch(3000, 0)],
      2000,
      (id) => `label ${id}`,
      2,
    );
    expect(rows).toEqual([
      {
        nodeId: "lines",
        name: "label lines",
        streamId: 0,
        active: false,
        executorId: "1",
        rates: [15, 0],
        avgRate: 7.5,
        lastErrorTimeMs: 2000,
        lastErrorMessage: "down",
        lastError: undefined,
      },
    ]);
  });
});
