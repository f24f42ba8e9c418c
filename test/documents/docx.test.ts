import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, Inline } from '../../src/documents/blocks.js';
import { fastDocx } from '../../src/documents/docx/fast.js';
import { stampLearner } from '../../src/documents/docx/learn.js';
import { layoutKey, StampError } from '../../src/documents/docx/stamps.js';
import { stockDocx } from '../../src/documents/docx/stock.js';
import { docxStamps } from '../../src/documents/generated/stamps.js';
import { dosDateTime } from '../../src/documents/zip.js';
import { readDocx } from './read-docx.js';

/** Every part of two packages as text, to compare them part by part. */
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const templatesDir = join(import.meta.dirname, '../../templates');

/** The fast path, learning from docx the table layouts the build did not (these tests make up their own). */
const fast = (model: DocumentModel) => fastDocx(model, stampLearner);

const hostile = '& < > " \' {{x}} {{{y}}} 😀 \u200fשלום\u200f \u0007bell';

const sample: DocumentModel = {
  lang: 'sv',
  title: `Titel ${hostile}`,
  date: '2026-03-04',
  id: 'TL-TEST-0000-0001',
  blocks: [
    { kind: 'title', content: [{ text: 'Titel' }] },
    {
      kind: 'heading',
      level: 1,
      content: [{ text: 'Rubrik' }],
      comment: [[{ text: `Till den som granskar ${hostile}` }], [{ text: 'andra stycket', bold: true }]],
    },
    { kind: 'heading', level: 3, content: [] },
    { kind: 'paragraph', content: [{ text: 'förankrad' }], comment: [[{ text: 'kommentar två' }]] },
    { kind: 'paragraph', content: [], comment: [[{ text: 'på ett tomt stycke' }]] },
    {
      kind: 'paragraph',
      content: [
        { text: hostile },
        { text: 'fet', bold: true },
        { text: 'adress', placeholder: true },
        { text: 'rad två', breakBefore: true, italic: true },
      ],
    },
    { kind: 'paragraph', content: [] },
    { kind: 'note', content: [{ text: 'anmärkning' }] },
    {
      kind: 'list',
      ordered: true,
      items: [
        { content: [{ text: 'ett' }], children: { ordered: true, items: [{ content: [{ text: 'a' }] }] } },
      ],
    },
    {
      kind: 'list',
      ordered: false,
      items: [{ content: [{ text: 'punkt' }], children: { ordered: false, items: [{ content: [] }] } }],
    },
    { kind: 'list', ordered: true, items: [{ content: [{ text: 'ny lista' }] }] },
    {
      kind: 'table',
      columns: [30, 70],
      header: [[{ text: 'K', bold: true }], [{ text: 'V', bold: true }]],
      rows: [
        [[{ text: 'kort' }], [{ text: 'rad' }]],
        [[{ text: 'lång' }], [{ text: 'x'.repeat(2000) }]],
      ],
    },
    { kind: 'table', columns: [1, 2, 1], rows: [[[{ text: 'a' }], [], [{ text: 'c', placeholder: true }]]] },
    {
      kind: 'signatures',
      signers: [1, 2, 3].map((n) => ({
        heading: [{ text: `Part ${n}` }],
        lines: [[{ text: 'Underskrift' }], []],
      })),
    },
    { kind: 'pageBreak' },
  ],
};

describe('the fast path', () => {
  it('writes the same package as docx itself, part for part and byte for byte', async () => {
    expect(parts(await fast(sample))).toEqual(parts(await stockDocx(sample)));
    const english = { ...sample, lang: 'en' as const };
    expect(parts(await fast(english))).toEqual(parts(await stockDocx(english)));
  });

  it('matches docx for the constructs issue 13 added: one signer alone (the TIA approval), a form of empty cells (the Clause 7 accession), a line break before bold text', async () => {
    const model: DocumentModel = {
      ...sample,
      blocks: [
        { kind: 'heading', level: 1, content: [{ text: 'Godkännande' }] },
        {
          kind: 'signatures',
          signers: [
            {
              heading: [{ text: 'Bedömningen godkänns', bold: true }],
              lines: [
                [{ text: 'Godkänd av' }],
                [{ text: 'Datum' }],
                [{ text: 'Diarienummer: ' }, { text: 'diarienummer', placeholder: true }],
              ],
            },
          ],
        },
        {
          kind: 'table',
          columns: [32, 68],
          rows: [
            [[{ text: 'Namn', bold: true }], []],
            [[{ text: 'Roll', bold: true }], []],
          ],
        },
        {
          kind: 'paragraph',
          content: [
            { text: 'medlemsavgift)' },
            { text: 'Skyddsåtgärder:', bold: true, breakBefore: true },
            { text: ' Endast behörig personal' },
          ],
        },
      ],
    };
    expect(parts(await fast(model))).toEqual(parts(await stockDocx(model)));
    expect(parts(await fast({ ...model, lang: 'en' }))).toEqual(
      parts(await stockDocx({ ...model, lang: 'en' })),
    );
  });

  it('matches docx for any blocks', async () => {
    const text = fc.string({ maxLength: 30 }).filter((s) => !/[{}]/.test(s));
    const inline: fc.Arbitrary<Inline> = fc.record(
      {
        text,
        bold: fc.boolean(),
        italic: fc.boolean(),
        placeholder: fc.boolean(),
        breakBefore: fc.boolean(),
      },
      { requiredKeys: ['text'] },
    );
    const content = fc.array(inline, { maxLength: 3 });
    const comment = fc.array(fc.array(inline, { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 2,
    });
    const block: fc.Arbitrary<Block> = fc.oneof(
      fc.record(
        { kind: fc.constant('paragraph' as const), content, comment },
        { requiredKeys: ['kind', 'content'] },
      ),
      fc.record(
        {
          kind: fc.constant('heading' as const),
          level: fc.constantFrom(1 as const, 2 as const, 3 as const),
          content,
          comment,
        },
        { requiredKeys: ['kind', 'level', 'content'] },
      ),
      fc.record({ kind: fc.constant('note' as const), content }),
      fc.record({
        kind: fc.constant('list' as const),
        ordered: fc.boolean(),
        items: fc.array(
          fc.record(
            {
              content,
              children: fc.record({
                ordered: fc.boolean(),
                items: fc.array(fc.record({ content }), { maxLength: 2 }),
              }),
            },
            { requiredKeys: ['content'] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      fc.integer({ min: 1, max: 3 }).chain((width) =>
        fc.record(
          {
            kind: fc.constant('table' as const),
            columns: fc.constant(Array.from({ length: width }, (_, i) => 10 + i * 5)),
            header: fc.array(content, { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(content, { minLength: width, maxLength: width }), { maxLength: 3 }),
          },
          { requiredKeys: ['kind', 'columns', 'rows'] },
        ),
      ),
      fc.record({
        kind: fc.constant('signatures' as const),
        signers: fc.array(fc.record({ heading: content, lines: fc.array(content, { maxLength: 2 }) }), {
          maxLength: 3,
        }),
      }),
      fc.constant({ kind: 'pageBreak' as const }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(block, { maxLength: 6 }),
        fc.constantFrom('sv' as const, 'en' as const),
        async (blocks, lang) => {
          const model: DocumentModel = { lang, title: 'T', date: '2026-01-01', id: 'X', blocks };
          expect(parts(await fast(model))).toEqual(parts(await stockDocx(model)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes drafter comments as Word comments: a comments part, anchors around the text, dated by the document', async () => {
    const doc = readDocx(await fast(sample));
    const comments = doc.part('word/comments.xml');
    expect(comments).toContain('w:author="Tredjeland"');
    expect(comments).toContain('w:date="2026-03-04T00:00:00.000Z"');
    expect(comments).toContain('andra stycket');
    expect(doc.xml).toMatch(/<w:commentRangeStart w:id="1"\/>.*förankrad.*<w:commentRangeEnd w:id="1"\/>/s);
    expect(doc.text).not.toContain('Till den som granskar');
    expect(doc.part('[Content_Types].xml')).toContain('/word/comments.xml');
    // A document without comments has no comments part, as before.
    const plain = { ...sample, blocks: sample.blocks.map((b) => ({ ...b, comment: undefined })) };
    expect(Object.keys(readDocx(await fast(plain as DocumentModel)).files)).not.toContain(
      'word/comments.xml',
    );
  });

  it('keeps text that looks like docx placeholders literal, where docx itself would replace it', async () => {
    const model: DocumentModel = {
      ...sample,
      blocks: [{ kind: 'paragraph', content: [{ text: '{numbers-0} {bullets-0}' }] }, sample.blocks[6]!],
    };
    expect(readDocx(await fast(model)).text).toContain('{numbers-0} {bullets-0}');
  });

  it('without a learner (as in the Worker) takes every table layout of the templates from the build, and refuses any other', async () => {
    const cols = new Set<string>();
    for (const lang of ['sv', 'en'])
      for (const name of readdirSync(join(templatesDir, lang)))
        for (const [, c] of readFileSync(join(templatesDir, lang, name), 'utf8').matchAll(
          /<table cols="([^"]+)"/g,
        ))
          cols.add(c!);
    expect(cols.size).toBeGreaterThan(0);
    for (const c of cols) {
      const columns = c.split(',').map(Number);
      for (const header of [true, false]) {
        const table: Block = {
          kind: 'table',
          columns,
          ...(header ? { header: [columns.map(() => ({ text: 'H' }))] } : {}),
          rows: [columns.map(() => [{ text: 'x' }])],
        };
        expect(docxStamps?.tables[layoutKey(columns, header)]).toBeDefined();
        await expect(fastDocx({ ...sample, blocks: [table] })).resolves.toBeInstanceOf(Uint8Array);
      }
    }
    const unknown: Block = { kind: 'table', columns: [7, 11, 13, 17], rows: [[[], [], [], []]] };
    await expect(fastDocx({ ...sample, blocks: [unknown] })).rejects.toThrow(StampError);
  });
});

describe('a rendered package', () => {
  it('is the same bytes each time, with zip timestamps and core properties from the document date', async () => {
    const first = await fast(sample);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await fast(sample)).toEqual(first);
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect({ time: view.getUint16(10, true), date: view.getUint16(12, true) }).toEqual(
      dosDateTime('2026-03-04'),
    );
    const core = readDocx(first).part('docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:identifier>TL-TEST-0000-0001</dc:identifier>');
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
  });

  it('uses real Word styles, list numbering, a table style, and a header and footer with page n of m', async () => {
    const doc = readDocx(await fast(sample));
    const styles = doc.part('word/styles.xml');
    for (const id of [
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'ListParagraph',
      'TableGrid',
      'Header',
      'Footer',
      'Note',
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(doc.paragraphs.find((p) => p.text === 'Rubrik')?.style).toBe('Heading1');
    expect(doc.xml).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(doc.xml).toContain('<w:tblHeader/>');
    const numbering = doc.part('word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    // Two numbered lists, each starting at 1, and the shared bulleted list.
    expect(numbering.match(/<w:num w:numId=/g)).toHaveLength(4);
    expect(doc.part('word/header1.xml')).toContain('Titel &amp; &lt; &gt;');
    const footer = doc.part('word/footer1.xml');
    expect(footer).toContain('4 mars 2026 · Dokument-id TL-TEST-0000-0001');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toMatch(/Sida <.*> av </);
  });

  it('highlights placeholders and writes them as "[att fylla i: …]" / "[to be completed: …]"', async () => {
    const sv = readDocx(await fast(sample));
    expect(sv.paragraphs.find((p) => p.highlighted)?.text).toContain('[att fylla i: adress]');
    const en = readDocx(await fast({ ...sample, lang: 'en' }));
    expect(en.text).toContain('[to be completed: adress]');
  });

  it('writes hostile text literally: markup characters escaped, control characters dropped, the rest kept', async () => {
    const doc = readDocx(await fast(sample));
    expect(doc.text).toContain('& < > " \' {{x}} {{{y}}} 😀 \u200fשלום\u200f bell');
    expect(doc.xml).not.toContain('\u0007');
    expect(doc.xml).toContain('&amp; &lt; &gt; &quot; &apos;');
  });
});
