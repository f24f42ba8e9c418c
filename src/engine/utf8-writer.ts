/**
 * An answer's UTF-8 written piece by piece: no text of the whole answer is ever made (a batch's is
 * megabytes, which would be joined and then encoded again), and bytes made once (the law profiles) are
 * copied in. The pieces are cut at ASCII characters or at the flow index mark (U+E000), never inside a
 * surrogate pair, so the bytes are those of the whole text encoded at once.
 *
 * Pieces go into one scratch buffer kept between answers (allocating and growing a fresh one per answer
 * cost more than the encoding, measured); `done` copies the answer out at its own size. A writer is
 * used from start to `done` within one synchronous call, so two never share the scratch at once.
 */
const encoder = new TextEncoder();
let scratch = new Uint8Array(256 * 1024);
/** A scratch grown past this for a large batch is let go after it, not kept. */
const scratchKept = 8 * 1024 * 1024;

export class Utf8Writer {
  private at = 0;

  text(piece: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    this.reserve(piece.length * 3);
    this.at += encoder.encodeInto(piece, scratch.subarray(this.at)).written;
  }

  bytes(piece: Uint8Array): void {
    this.reserve(piece.length);
    scratch.set(piece, this.at);
    this.at += piece.length;
  }

  /** The bytes written, in a buffer of their own size. */
  done(): Uint8Array {
    const out = scratch.slice(0, this.at);
    if (scratch.length > scratchKept) scratch = new Uint8Array(256 * 1024);
    this.at = 0;
    return out;
  }

  private reserve(length: number): void {
    if (this.at + length <= scratch.length) return;
    const grown = new Uint8Array(Math.max(scratch.length * 2, this.at + length));
    grown.set(scratch.subarray(0, this.at));
    scratch = grown;
  }
}
