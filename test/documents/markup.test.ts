import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/documents/blocks.js';
import { MarkupError, parseMarkup } from '../../src/documents/markup.js';

describe('the template markup', () => {
  it('reads blocks, inline emphasis and placeholders', () => {
    const blocks = parseMarkup(`
      <title>Avtal</title>
      <h2>Del   två</h2>
      <p>Text med <b>fet</b> och <i>kursiv</i> stil, <ph>adress</ph>.</p>
      <note>Anmärkning</note>
      <pagebreak/>
    `);
    expect(blocks).toEqual([
      { kind: 'title', content: [{ text: 'Avtal' }] },
      { kind: 'heading', level: 2, content: [{ text: 'Del två' }] },
      {
        kind: 'paragraph',
        content: [
          { text: 'Text med ' },
          { text: 'fet', bold: true },
          { text: ' och ' },
          { text: 'kursiv', italic: true },
          { text: ' stil, ' },
          { text: 'adress', placeholder: true },
          { text: '.' },
        ],
      },
      { kind: 'note', content: [{ text: 'Anmärkning' }] },
      { kind: 'pageBreak' },
    ]);
    expect(placeholdersOf(blocks)).toEqual(['adress']);
  });

  it('collapses whitespace as HTML does and keeps line breaks as breaks', () => {
    const [p] = parseMarkup('<p>  ett\n   två <br/> tre  </p>');
    expect(p).toEqual({
      kind: 'paragraph',
      content: [{ text: 'ett två' }, { text: 'tre', breakBefore: true }],
    });
  });

  it('undoes exactly the escaping Handlebars does, so user text comes out as typed', () => {
    const [p] = parseMarkup(
      '<p>&amp; &lt;b&gt; &quot;x&quot; &#x27;y&#x27; &#x60;z&#x60; a&#x3D;b {{x}} 😀 \u200fשלום\u200f</p>',
    );
    expect(p).toEqual({
      kind: 'paragraph',
      content: [{ text: '& <b> "x" \'y\' `z` a=b {{x}} 😀 \u200fשלום\u200f' }],
    });
  });

  it('reads lists with one level of nesting, tables with a header row, and signature blocks', () => {
    const blocks = parseMarkup(`
      <ol><li>ett<ul><li>a</li><li>b</li></ul></li><li>två</li></ol>
      <table cols="30,70"><tr><th>K</th><th>V</th></tr><tr><th>namn</th><td>värde</td></tr></table>
      <signatures><signer><sh>För A</sh><sl>Ort och datum</sl></signer></signatures>
    `);
    expect(blocks[0]).toEqual({
      kind: 'list',
      ordered: true,
      items: [
        {
          content: [{ text: 'ett' }],
          children: { ordered: false, items: [{ content: [{ text: 'a' }] }, { content: [{ text: 'b' }] }] },
        },
        { content: [{ text: 'två' }] },
      ],
    });
    expect(blocks[1]).toEqual({
      kind: 'table',
      columns: [30, 70],
      header: [[{ text: 'K', bold: true }], [{ text: 'V', bold: true }]],
      rows: [[[{ text: 'namn', bold: true }], [{ text: 'värde' }]]],
    });
    expect(blocks[2]).toEqual({
      kind: 'signatures',
      signers: [{ heading: [{ text: 'För A' }], lines: [[{ text: 'Ort och datum' }]] }],
    });
  });

  it('refuses markup a template got wrong, so a template bug cannot pass silently', () => {
    for (const bad of [
      'loose text',
      '<p>unclosed',
      '<p>a</h1>',
      '<p>R&D</p>',
      '<p><li>x</li></p>',
      '<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul>',
      '<table cols="50"><tr><td>a</td><td>b</td></tr></table>',
      '<blink>x</blink>',
    ]) {
      expect(() => parseMarkup(bad), bad).toThrow(MarkupError);
    }
  });
});
