import { describe, expect, it } from 'vitest';
import { Utf8Writer } from '../../src/engine/utf8-writer.js';

/**
 * The answer's bytes, written piece by piece, are exactly the whole text encoded at once: Swedish letters
 * (two bytes), the flow index mark and other three-byte characters, surrogate pairs (four), pieces of bytes
 * copied in, and answers far larger than the writer's scratch buffer, one after another.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** Byte for byte (a Buffer comparison: toEqual on megabytes is slow). */
const same = (a: Uint8Array, b: Uint8Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

describe('Utf8Writer', () => {
  it('writes text and bytes in order, as the whole text encoded at once', () => {
    const out = new Utf8Writer();
    out.text('{"namn":"Åsa Öberg",');
    out.bytes(encode('"märke":"\uE000",'));
    out.text('"emoji":"🇸🇪"}');
    const bytes = out.done();
    expect(decode(bytes)).toBe('{"namn":"Åsa Öberg","märke":"\uE000","emoji":"🇸🇪"}');
    expect(bytes).toEqual(encode('{"namn":"Åsa Öberg","märke":"\uE000","emoji":"🇸🇪"}'));
  });

  it('grows past its scratch buffer for a large answer, in text of three-byte characters', () => {
    const piece = '\uE000'.repeat(100_000); // 300,000 bytes, more than the 256 KiB scratch
    const out = new Utf8Writer();
    out.text('[');
    out.text(piece);
    out.text(piece);
    out.text(']');
    const bytes = out.done();
    expect(bytes.length).toBe(2 + 600_000);
    expect(same(bytes, encode(`[${piece}${piece}]`))).toBe(true);
  });

  it('grows at once for one piece of bytes many times its scratch, and the next answer starts empty', () => {
    const big = encode('å'.repeat(3_000_000)); // 6 MB in one piece
    const out = new Utf8Writer();
    out.text('x');
    out.bytes(big);
    const first = out.done();
    expect(first.length).toBe(1 + big.length);
    expect(first[0]).toBe('x'.charCodeAt(0));
    expect(same(first.subarray(1), big)).toBe(true);

    const next = new Utf8Writer();
    next.text('ö');
    expect(next.done()).toEqual(encode('ö'));
  });

  it('after an answer larger than it keeps (8 MiB), the next answers are still whole', () => {
    const huge = new Uint8Array(9 * 1024 * 1024).fill(0x61);
    const out = new Utf8Writer();
    out.bytes(huge);
    expect(out.done().length).toBe(huge.length);
    const small = new Utf8Writer();
    small.text('ärende');
    small.bytes(encode('-1'));
    expect(decode(small.done())).toBe('ärende-1');
    // The same writer is used again from the start after `done`.
    small.text('två');
    expect(decode(small.done())).toBe('två');
  });
});
