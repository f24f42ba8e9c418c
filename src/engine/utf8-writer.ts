/**
 * An answer's UTF-8 written piece by piece into one growing buffer: no text of the whole answer is ever
 * made (a batch's is megabytes, which the engine would join and then encode again), and bytes made once
 * (the law profiles) are copied in. The pieces are cut at ASCII characters or at the flow index mark
 * (U+E000), never inside a surrogate pair, so the bytes are those of the whole text encoded at once.
 */
export class Utf8Writer {
  private buffer: Uint8Array;
  private at = 0;
  private static readonly encoder = new TextEncoder();

  constructor(capacity = 64 * 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  text(piece: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    this.reserve(piece.length * 3);
    this.at += Utf8Writer.encoder.encodeInto(piece, this.buffer.subarray(this.at)).written;
  }

  bytes(piece: Uint8Array): void {
    this.reserve(piece.length);
    this.buffer.set(piece, this.at);
    this.at += piece.length;
  }

  /** The bytes written, in a buffer of their own size. */
  done(): Uint8Array {
    return this.buffer.slice(0, this.at);
  }

  private reserve(length: number): void {
    if (this.at + length <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + length));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }
}
