import type { Inline, Signer } from '../blocks.js';

/**
 * The rows of a pair of signature blocks, each row a list of cells' paragraphs: the headings, then one row
 * per line to sign or fill in. A row per line keeps the two columns' lines level when a label wraps.
 */
export function signatureRows<P>(
  pair: readonly (Signer | undefined)[],
  paragraph: (kind: 'signatureHeading' | 'signatureLine' | 'signatureLabel', content: readonly Inline[]) => P,
): P[][][] {
  const lines = Math.max(...pair.map((signer) => signer?.lines.length ?? 0));
  return [
    pair.map((signer) => [paragraph('signatureHeading', signer?.heading ?? [])]),
    ...Array.from({ length: lines }, (_, i) =>
      pair.map((signer) => {
        const line = signer?.lines[i];
        return line
          ? [paragraph('signatureLine', []), paragraph('signatureLabel', line)]
          : [paragraph('signatureLabel', [])];
      }),
    ),
  ];
}
