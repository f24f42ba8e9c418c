import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/documents/markup.js';
import { draftOne } from './helpers.js';

/** Issue 18, point 4: a value of several lines prints on several lines, its spaces as sent. */

describe('multi-line values', () => {
  it('the markup keeps a value’s line breaks and spaces, and still collapses the template’s own', () => {
    const [p] = parseMarkup('<p>Address:   <v>Storgatan 1\n753 10  Uppsala</v>  and more</p>');
    expect(p).toEqual({
      kind: 'paragraph',
      content: [{ text: 'Address: Storgatan 1' }, { text: '753 10  Uppsala and more', breakBefore: true }],
    });
    const [crlf] = parseMarkup('<p><v>a\r\n\r\nb\tc</v></p>');
    expect(crlf).toEqual({
      kind: 'paragraph',
      content: [{ text: 'a' }, { text: '', breakBefore: true }, { text: 'b\tc', breakBefore: true }],
    });
  });

  it('an address of two lines prints as two lines in the SCC, with its spaces', async () => {
    const doc = await draftOne('scc', 'en', {
      flows: ['moln-1'],
      details: { parties: { kommun: { address: 'Stadshuset\nStorgatan 1,  753 10 Uppsala' } } },
    });
    expect(doc.text).toContain('Stadshuset\nStorgatan 1,  753 10 Uppsala');
    expect(doc.xml).toMatch(/Stadshuset<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/>/);
  });
});
