// Text to lines, as Java's BufferedReader.readLine (Spark's SocketReceiver.bytesToLines): "\n", "\r\n"
// and "\r" end a line; the terminator is not part of it; the last unterminated piece waits for more.
// A line longer than `maxLineChars` is not kept whole: it is dropped once it ends (counted and reported),
// so one runaway sender cannot fill memory; its first characters are kept for the report.

export const DEFAULT_MAX_LINE_CHARS = 1_000_000;

export interface DroppedLine {
  /** How long the line was (characters), or at least this long when it never ended. */
  length: number;
  start: string;
}

export class LineFramer {
  #partial = "";
  /** The current line is over the limit: its characters are being skipped until its end. */
  #skipping = 0;
  #skipStart = "";
  #pendingCR = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onDropped: (dropped: DroppedLine) => void,
    readonly maxLineChars = DEFAULT_MAX_LINE_CHARS,
  ) {}

  push(text: string): void {
    let from = 0;
    if (this.#pendingCR && text.startsWith("\n")) from = 1; // the "\n" of a "\r\n" split across pieces
    this.#pendingCR = false;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.#append(text.slice(from, i));
      this.#endLine();
      if (c === 13) {
        if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
        else if (i + 1 === text.length) this.#pendingCR = true;
      }
      from = i + 1;
    }
    if (from < text.length) this.#append(text.slice(from));
  }

  /** The stream ended: an unterminated last line is still a line (readLine returns it). */
  end(): void {
    if (this.#partial !== "" || this.#skipping > 0) this.#endLine();
    this.#pendingCR = false;
  }

  /** Characters received and not yet a line (bounded by maxLineChars). */
  get pendingChars(): number {
    return this.#partial.length;
  }

  #append(piece: string): void {
    if (piece === "") return;
    if (this.#skipping > 0) {
      this.#skipping += piece.length;
      return;
    }
    if (this.#partial.length + piece.length > this.maxLineChars) {
      this.#skipStart = (this.#partial + piece.slice(0, 80)).slice(0, 80);
      this.#skipping = this.#partial.length + piece.length;
      this.#partial = "";
      return;
    }
    this.#partial += piece;
  }

  #endLine(): void {
    if (this.#skipping > 0) {
      this.onDropped({ length: this.#skipping, start: this.#skipStart });
      this.#skipping = 0;
      this.#skipStart = "";
      return;
    }
    const line = this.#partial;
    this.#partial = "";
    this.onLine(line);
  }
}
