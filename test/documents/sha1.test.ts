import { createHash } from 'node:crypto';
import { hashedId } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1Hex, sha1HexAsync } from '../../src/documents/sha1.js';

/** Document ids hash with sha1.ts rather than docx (which the Worker no longer carries): the same digest. */
describe('sha1Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('agrees with Node and with docx for any text, across block boundaries and beyond ASCII', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 })),
        (text) => {
          const expected = createHash('sha1').update(text, 'utf8').digest('hex');
          expect(sha1Hex(text)).toBe(expected);
          expect(hashedId(text)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
    for (let length = 50; length <= 130; length++) {
      const text = 'å'.repeat(length);
      expect(sha1Hex(text)).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
  });

  it('gives the same digest through Web Crypto (the request path) as in JavaScript (tests, benchmarks)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        expect(await sha1HexAsync(text)).toBe(sha1Hex(text));
      }),
      { numRuns: 200 },
    );
  });
});
