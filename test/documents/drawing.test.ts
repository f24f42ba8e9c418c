import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/documents/blocks.js';
import { fastDocx } from '../../src/documents/docx/fast.js';
import { stampLearner } from '../../src/documents/docx/learn.js';
import { stockDocx } from '../../src/documents/docx/stock.js';
import { documentRequest } from '../../src/documents/index.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import { transferMapDrawing } from '../../src/map/drawing.js';
import type { MapFlow, TransferMapInput } from '../../src/map/transfer-map.js';
import { sampleRequest } from './fixtures.js';
import { draftOne, engineAssessed, headings } from './helpers.js';
import { parseXml, type XmlElement } from './read-docx.js';

/**
 * The transfer map in the memo: a DrawingML group of boxes and lines. The fast path writes the XML itself;
 * here it is held to what docx (ShapeGroupRun) writes for the same drawing, and the memo is read back.
 */

/**
 * docx numbers the shapes of a group from a counter of the whole process (docPropertiesUniqueNumericId), so
 * the same document packed twice differs there. The fast path numbers them from 2 in each document (the
 * group is 1); the stock side is renumbered the same way before the byte-for-byte comparison.
 */
function renumberShapes(xml: string): string {
  let id = 1;
  return xml.replace(/<wps:cNvPr id="\d+"/g, () => `<wps:cNvPr id="${++id}"`);
}

function parts(bytes: Uint8Array, renumber = false): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => {
      const text = strFromU8(data);
      return [path, renumber && path === 'word/document.xml' ? renumberShapes(text) : text];
    }),
  );
}

const hostile = '& < > " \' {{x}} 😀 \u200fשלום\u200f \u0007bell';

const places: Record<string, { name: string; side: 'eea' | 'third' }> = {
  SE: { name: 'Sverige', side: 'eea' },
  DE: { name: 'Tyskland', side: 'eea' },
  US: { name: 'USA', side: 'third' },
  IN: { name: 'Indien', side: 'third' },
};
const place = (code: string | undefined) =>
  code
    ? (places[code] ?? { name: code, side: 'third' as const })
    : { name: 'Internationell organisation', side: 'third' as const };

const schoolMap: TransferMapInput = {
  lang: 'sv',
  parties: [
    { id: 'p1', name: `Exempel kommun ${hostile}`, country: 'SE' },
    { id: 'p2', name: 'Skolplattform Inc.', country: 'US' },
    { id: 'p3', name: 'Helpdesk Services Pvt Ltd', country: 'IN' },
    { id: 'p4', name: 'Arkivet', country: 'SE' },
  ],
  flows: [
    { id: 'f1', from: 'p1', to: 'p2', kind: 'transfer', mechanism: 'scc', sccModule: 2 },
    { id: 'f2', from: 'p2', to: 'p3', kind: 'onward-transfer', mechanism: 'scc', originatingFlows: ['f1'] },
    { id: 'f3', from: 'p1', to: 'p4', kind: 'not-a-transfer', mechanism: 'none' },
    { id: 'f4', from: 'p3', to: 'p1', kind: 'transfer', mechanism: 'none', derogations: ['a'] },
  ],
  place,
};

const modelOf = (input: TransferMapInput): DocumentModel => ({
  lang: input.lang,
  title: 'Karta',
  date: '2026-12-05',
  id: 'TL-TEST',
  blocks: [
    { kind: 'paragraph', content: [{ text: 'Före' }] },
    { kind: 'drawing', name: 'map', drawing: transferMapDrawing(input) },
    { kind: 'paragraph', content: [{ text: 'Efter' }] },
  ],
});

describe('the map as a drawing in a document', () => {
  it('is written by the fast path as docx writes it, byte for byte (shape numbers aside)', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const model = modelOf({ ...schoolMap, lang });
      const fast = parts(await fastDocx(model, stampLearner));
      expect(fast['word/document.xml']).toContain('<wpg:wgp>');
      expect(fast).toEqual(parts(await stockDocx(model), true));
    }
  });

  it('matches docx for any case the map can draw', async () => {
    const party = fc.record({
      name: fc.string({ minLength: 1, maxLength: 40 }),
      country: fc.constantFrom('SE', 'DE', 'US', 'IN', undefined),
    });
    const flow = fc.record({
      from: fc.nat(5),
      to: fc.nat(5),
      kind: fc.constantFrom('not-a-transfer', 'transfer', 'onward-transfer', 'undetermined') as fc.Arbitrary<
        MapFlow['kind']
      >,
      mechanism: fc.constantFrom('none', 'adequacy', 'scc', 'unresolved') as fc.Arbitrary<
        MapFlow['mechanism']
      >,
      derogations: fc.array(fc.constantFrom('a', 'b'), { maxLength: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(party, { minLength: 1, maxLength: 6 }),
        fc.array(flow, { maxLength: 6 }),
        fc.constantFrom('sv' as const, 'en' as const),
        async (parties, flows, lang) => {
          const input: TransferMapInput = {
            lang,
            parties: parties.map((p, i) => ({ id: `p${i}`, name: p.name, country: p.country })),
            flows: flows.map((f, i) => ({
              id: `f${i}`,
              from: `p${f.from % parties.length}`,
              to: `p${f.to % parties.length}`,
              kind: f.kind,
              mechanism: f.mechanism,
              derogations: f.derogations,
              originatingFlows: f.kind === 'onward-transfer' ? ['f0'] : undefined,
            })),
            place,
          };
          const model = modelOf(input);
          expect(parts(await fastDocx(model, stampLearner))).toEqual(parts(await stockDocx(model), true));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('draws nothing for a drawing the view lacks', async () => {
    const model: DocumentModel = { ...modelOf(schoolMap), blocks: [{ kind: 'drawing', name: 'map' }] };
    expect(parts(await fastDocx(model, stampLearner))['word/document.xml']).not.toContain('<w:drawing>');
  });
});

const school: AssessmentCase = {
  asOf: '2026-11-01',
  parties: [
    { id: 'kommun', name: 'Exempel kommun', country: 'SE', type: 'public-authority' },
    { id: 'saas', name: 'SkolSaaS Inc.', country: 'US', type: 'company' },
    { id: 'helpdesk', name: 'Helpdesk India Pvt Ltd', country: 'IN', type: 'company' },
  ],
  flows: [
    { id: 'f1', from: 'kommun', to: 'saas', fromRole: 'controller', toRole: 'processor', how: 'hosting' },
    {
      id: 'f2',
      from: 'saas',
      to: 'helpdesk',
      fromRole: 'processor',
      toRole: 'processor',
      how: 'remote-access',
    },
  ],
};

/** The elements named `local` (any namespace) under `node`, in document order. */
function elements(node: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    if (n.local === local) found.push(n);
    for (const child of n.children) if (typeof child !== 'string') walk(child);
  };
  walk(node);
  return found;
}
const textOf = (node: XmlElement): string =>
  node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

describe.each(['sv', 'en'] as const)('the memo of the school case (%s)', (lang) => {
  it('holds the transfer map: a group naming every party and flow, with its text alternative beside it', async () => {
    const request = documentRequest.parse(sampleRequest({ case: school, details: {} }));
    const doc = await draftOne('memo', lang, { case: school, details: {} }, engineAssessed(request, lang));
    const en = lang === 'en';
    expect(headings(doc)).toContain(en ? 'Map of the transfers' : 'Karta över överföringarna');

    const groups = elements(parseXml(doc.xml), 'wgp');
    expect(groups).toHaveLength(1);
    const shapeTexts = elements(groups[0]!, 'txbxContent').map(textOf);
    for (const name of ['Exempel kommun', 'SkolSaaS Inc.', 'Helpdesk India Pvt Ltd'])
      expect(shapeTexts).toContain(name);
    expect(shapeTexts).toEqual(expect.arrayContaining(['f1', 'f2', en ? 'EU/EEA' : 'EU/EES']));
    expect(shapeTexts).toContain(en ? 'Onward transfer' : 'Vidareöverföring');

    // The text alternative: in the picture's alt text, and in words beside it for every reader.
    const docPr = elements(parseXml(doc.xml), 'docPr')[0]!;
    const description = Object.entries(docPr.attributes).find(([k]) => k.endsWith('descr'))?.[1] ?? '';
    expect(description).toContain(en ? 'f2: Onward transfer (after f1)' : 'f2: Vidareöverföring (efter f1)');
    expect(description).toContain('Helpdesk India Pvt Ltd');
    const words = doc.paragraphs.find((p) => p.text.startsWith(en ? 'The map in words:' : 'Kartan i ord:'));
    expect(words?.text).toContain(description);
    expect(description).toContain(en ? 'f1: SCC module 2' : 'f1: SCC modul 2');
  });
});
