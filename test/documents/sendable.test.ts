import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assessForDocuments } from '../../src/api/routes/documents.js';
import { documentRequest, draftDocuments, type RenderedDocument } from '../../src/documents/index.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import { fullDetails, sampleCaseWithTia } from './fixtures.js';
import { readDocx } from './read-docx.js';

/**
 * Issue 13: documents a lawyer can send to the other party as they are. Each test reads the DOCX back:
 * the text the parties sign (word/document.xml) and the drafter's Word comments (word/comments.xml).
 */

const langs = ['sv', 'en'] as const;
type Lang = (typeof langs)[number];

async function bundle(lang: Lang, caseBody: AssessmentCase = sampleCaseWithTia(), details = fullDetails) {
  const request = documentRequest.parse({ case: caseBody, details, documentDate: '2026-11-15' });
  return draftDocuments('bundle', request, assessForDocuments(request, lang), lang);
}

function read(doc: RenderedDocument) {
  const docx = readDocx(doc.bytes);
  const files = unzipSync(doc.bytes);
  const comments = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : '';
  return { ...docx, comments: comments.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'") };
}

const find = (docs: RenderedDocument[], kind: string, party: string) => {
  const doc = docs.find((d) => d.kind === kind && d.fileName.readable.includes(party));
  if (!doc) throw new Error(`no ${kind} for ${party}`);
  return read(doc);
};

describe.each(langs)('documents to send (%s)', (lang) => {
  const sv = lang === 'sv';

  it('point 1: Clause 14 says the assessment was made only when the TIA is complete', async () => {
    const docs = await bundle(lang);
    const open = find(docs, 'scc', 'Analys'); // the TIA of analys-1 has open questions
    const assessed = sv ? 'Parterna har bedömt lagar och praxis' : 'The parties have assessed the laws';
    expect(open.text).not.toContain(assessed);
    const pending = open.paragraphs.find((p) =>
      p.text.includes(sv ? 'klausul 14: bedömningen' : 'Clause 14: the assessment'),
    );
    expect(pending?.highlighted).toBe(true);
    expect(open.comments).toContain(
      sv ? 'Överföringsbedömningen (TIA) är inte klar' : 'transfer impact assessment is not complete',
    );
    // The complete TIA of moln-1 lets the SCCs say it.
    expect(find(docs, 'scc', 'Moln').text).toContain(assessed);
  });

  it('point 2: notes for the drafter are Word comments, never in the signed text of the SCCs and the DPA', async () => {
    const docs = await bundle(lang);
    for (const doc of docs.filter((d) => d.kind === 'scc' || d.kind === 'dpa')) {
      const { text, paragraphs, comments } = read(doc);
      expect(text).not.toMatch(/flows\[\d+\]|field in the case|fält i ärendet/);
      expect(text).not.toContain(sv ? 'Utkast framtaget med Tredjeland' : 'Draft prepared with Tredjeland');
      expect(text).not.toMatch(/49\.1 a|49\(1\)\(a\)|Att kontrollera före|To check before signing/);
      expect(paragraphs.filter((p) => p.style === 'Note')).toEqual([]);
      expect(comments).toContain(sv ? 'Utkast framtaget med Tredjeland' : 'Draft prepared with Tredjeland');
    }
  });

  it('point 4: Option 2 of Clause 17 with the exporter’s own Member State as fallback is flagged', async () => {
    const details = structuredClone(fullDetails);
    details.flows!['moln-1']!.scc = {
      ...details.flows!['moln-1']!.scc,
      governingLawOption: 'exporter',
      governingLaw: 'SE',
    };
    const scc = find(await bundle(lang, sampleCaseWithTia(), details), 'scc', 'Moln');
    expect(scc.comments).toContain(sv ? 'Reservlagen i alternativ 2' : 'The fallback in Option 2');
  });

  it('point 5: Annex I.B has the sub-processor row in modules 2 and 3 only', async () => {
    const docs = await bundle(lang);
    const row = sv ? 'Överföringar till underbiträden' : 'Transfers to sub-processors';
    expect(find(docs, 'scc', 'Analys').text).not.toContain(row); // module 1
    expect(find(docs, 'scc', 'Kunden').text).not.toContain(row); // module 4
    expect(find(docs, 'scc', 'Moln').text).toContain(row); // module 2
  });

  it('point 6: OJ reference, copy for data subjects, prevailing language and a case number', async () => {
    const docs = await bundle(lang);
    const m1 = find(docs, 'scc', 'Analys');
    const m2 = find(docs, 'scc', 'Moln');
    expect(m1.text).toContain(sv ? '(EUT L 199, 7.6.2021, s. 31)' : '(OJ L 199, 7.6.2021, p. 31)');
    expect(m1.text).toContain(sv ? '(klausul 8.2 c)' : '(Clause 8.2(c))');
    expect(m2.text).toContain(sv ? '(klausul 8.3)' : '(Clause 8.3)');
    expect(m1.text).toContain(sv ? 'har den svenska versionen företräde' : 'the English version prevails');
    for (const doc of docs.filter((d) => d.kind === 'scc' || d.kind === 'dpa'))
      expect(read(doc).text).toContain(sv ? 'Diarienummer: ' : 'Case number: ');
    const numbered = await bundle(lang, sampleCaseWithTia(), { ...fullDetails, caseNumber: 'KS 2026/123' });
    expect(find(numbered, 'scc', 'Moln').text).toContain(
      sv ? 'Diarienummer: KS 2026/123' : 'Case number: KS 2026/123',
    );
  });

  it('point 11 and Annex III: the DPA gives the controller’s obligations and rights, and the sub-processors and onward transfers the case knows', async () => {
    const withOnward = sampleCaseWithTia();
    withOnward.flows.push({
      id: 'drift-moln',
      from: 'drift',
      to: 'moln',
      fromRole: 'processor',
      toRole: 'processor',
    });
    const docs = await bundle(lang, withOnward);
    const dpa = find(docs, 'dpa', 'Drift');
    expect(dpa.text).toContain(
      sv
        ? 'Den personuppgiftsansvariges skyldigheter och rättigheter'
        : "The controller's obligations and rights",
    );
    expect(dpa.text).toMatch(
      sv
        ? /instruerar personuppgiftsbiträdet att överföra.*Molnbolaget Inc\. \(USA\)/
        : /instructs the processor to transfer.*Molnbolaget Inc\. \(United States/,
    );
    const annex = dpa.text.slice(dpa.text.lastIndexOf(sv ? 'Bilaga 3' : 'Annex 3'));
    expect(annex).toContain('Molnbolaget Inc.');
    expect(annex).not.toContain(sv ? 'underbiträdena (namn, adress' : 'the sub-processors (name, address');
    // Annex III of the module 2 SCCs: the sub-processor the request names, and the review note on Clauses 8.8 and 9(b).
    const scc = find(docs, 'scc', 'Moln');
    expect(scc.text.slice(scc.text.lastIndexOf(sv ? 'Bilaga III' : 'Annex III'))).toContain(
      'Supportbolaget Pvt Ltd',
    );
    expect(scc.comments).toMatch(sv ? /klausul 8\.8.*klausul 9 b/ : /Clause 8\.8.*Clause 9\(b\)/);
  });

  it('point 12: signature lines sit in one table row per line, so they stay level when a label wraps', async () => {
    const scc = find(await bundle(lang), 'scc', 'Analys');
    const rows = [...scc.xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    const label = sv ? 'Befattning: ' : 'Position: ';
    const row = rows.find((r) => r.includes(label));
    expect(row?.split(label).length).toBe(3); // both parties' lines in the same row
  });

  it('point 13: one language per document, one citation style', async () => {
    const docs = await bundle(lang);
    const all = docs.map((d) => read(d).text).join('\n');
    if (sv) {
      expect(all).not.toMatch(
        /Decision \(EU\)|Annex 2|Use Case|EDPB Recommendations|Clause 14\(b\)|Guarantee [A-D]|GDPR Art\./,
      );
      expect(all).toContain('genomförandebeslut (EU) 2023/1795');
      expect(all).toContain('bilaga 2, användningsfall 1');
      expect(all).toContain('klausul 14 b ii');
      expect(all).not.toContain('(personuppgiftsansvarig (PUA))');
      expect(find(docs, 'tia', 'Moln').text).toContain('Krypterat');
    } else {
      expect(find(docs, 'tia', 'Moln').text).toContain(
        'the laws and practices of the United States of America',
      );
      const scc = find(docs, 'scc', 'Moln').text;
      expect(scc).toContain('Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)');
      expect(scc).not.toMatch(/\(IMY\) \(/);
    }
  });

  it('point 7: TIA step 1 takes purpose, data categories and sensitive data from the document facts; what is missing is a placeholder that keeps the status open', async () => {
    const tia = find(await bundle(lang), 'tia', 'Moln');
    const cellAfter = (label: string) =>
      tia.paragraphs[tia.paragraphs.findIndex((p) => p.text === label) + 1];
    expect(cellAfter(sv ? 'Kategorier av personuppgifter' : 'Categories of personal data')?.text).toContain(
      'Namn och kontaktuppgifter',
    );
    expect(cellAfter(sv ? 'Ändamål' : 'Purpose')?.text).toContain('E-post och dokument');
    expect(cellAfter(sv ? 'Känsliga personuppgifter' : 'Sensitive personal data')?.text).toBe(
      sv ? 'Nej' : 'No',
    );
    expect(cellAfter(sv ? 'Sektor' : 'Sector')?.highlighted).toBe(true);
    expect(cellAfter('Status')?.text).toBe(
      sv
        ? 'Inte klar: uppgifter om överföringen saknas (se avsnitt 1)'
        : 'Not complete: facts of the transfer are missing (see section 1)',
    );
  });

  it('points 3 and 10: the memo says in words when the data were checked, lists no derogation for a systematic flow, and no Art. 28 contract where module 2 is it', async () => {
    const systematic = sampleCaseWithTia();
    systematic.flows[0]!.occasional = false; // moln-1: continuous hosting
    const memo = read((await bundle(lang, systematic)).find((d) => d.kind === 'memo')!);
    expect(memo.text).not.toMatch(/@\d{4}-\d{2}-\d{2}|dataversion|data version/);
    // The date in words (it moves whenever the legal data are checked again), and that it is after 1 November.
    expect(memo.text).toMatch(
      sv
        ? /De rättsliga uppgifterna kontrollerades senast den \d{1,2} (november|december) 2026, alltså efter bedömningsdagen/
        : /The legal data were last checked on \d{1,2} (November|December) 2026, that is after the assessment date/,
    );
    // The flow's own section, from its numbered heading (the map in words names the flows earlier on).
    const heading = (flow: string) => new RegExp(`\n\\d+\\. ${sv ? 'Flöde' : 'Flow'} ${flow}:`);
    const start = memo.text.search(heading('moln-1'));
    expect(start).toBeGreaterThan(0);
    const section = memo.text.slice(start, start + memo.text.slice(start).search(heading('support-1')));
    expect(section).toContain(
      sv
        ? 'Undantagen i särskilda situationer i artikel 49 är inte tillämpliga'
        : 'The derogations for specific situations in Article 49 do not apply',
    );
    expect(section).not.toMatch(sv ? /uttryckligen samtyckt/ : /explicitly consented/);
    expect(section).not.toContain(
      sv
        ? 'Personuppgiftsbiträdesavtal enligt artikel 28.3'
        : 'A data processing agreement under Article 28(3)',
    );
  });
});
