import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorityFor } from '../../src/data/index.js';
import { type DocumentKind, documentRequest, draftDocuments } from '../../src/documents/index.js';
import type { DocumentRequest } from '../../src/documents/input.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import type { Assessment, FlowVerdict } from '../../src/domain/verdict.js';
import { documentText } from './document-text.js';
import { fullDetails, sampleAssessment, sampleCase } from './fixtures.js';
import { type Lang, langs } from './helpers.js';

/**
 * Approved texts: the whole text of a small matrix of documents (every SCC module; Clause 13 with the
 * exporter in a Member State, with an Art. 27 representative and without one; the DPA and the memo), in
 * both languages, kept as plain text under test/documents/approved/ and compared line for line. A change
 * to what a document says fails here until someone has read the new text and approved it:
 *
 *   APPROVE=1 npx vitest run --project node test/documents/approved.test.ts
 *
 * writes the files anew; read the diff (`git diff test/documents/approved`) as a lawyer would before
 * committing it. The verdicts are built by hand (fixtures.ts), so the texts change only when the documents
 * do, not when the engine's wording does.
 */

const t = (lang: Lang, sv: string, en: string) => (lang === 'sv' ? sv : en);

interface Approved {
  name: string;
  kind: DocumentKind;
  request: Partial<DocumentRequest>;
  assessment: Assessment;
}

function authority(code: string, lang: Lang) {
  const a = authorityFor(code)!;
  return { country: code, id: a.id, name: a.name[lang], nativeName: a.nativeName, url: a.url };
}

/** The fixture case with some parties and flows added, and the hand-built verdicts with theirs. */
function extended(lang: Lang) {
  const caseBody: AssessmentCase = structuredClone(sampleCase);
  const assessment = sampleAssessment(lang);
  const verdictOf = (id: string) => assessment.flows.find((v) => v.id === id)!;
  const addVerdict = (like: string, changes: Partial<FlowVerdict>) => {
    const verdict = { ...structuredClone(verdictOf(like)), ...changes } as FlowVerdict;
    assessment.flows.push(verdict);
    return verdict;
  };
  const partyRef = (id: string) => {
    const p = caseBody.parties.find((x) => x.id === id)!;
    return { id, name: p.name, type: p.type, ...(p.country ? { country: p.country } : {}) };
  };
  return { caseBody, assessment, verdictOf, addVerdict, partyRef };
}

function cases(lang: Lang): Approved[] {
  const out: Approved[] = [];

  // Module 1, exporter in Sweden: every choice made; an onward transfer to a controller in the US and a
  // flow to a Swedish processor (no transfer) from the importer.
  {
    const x = extended(lang);
    const analys = x.caseBody.flows.find((f) => f.id === 'analys-1')!;
    Object.assign(analys, { personnummer: true, children: true });
    x.caseBody.flows.push(
      { id: 'analys-kund', from: 'analys', to: 'kund', fromRole: 'controller', toRole: 'controller' },
      { id: 'analys-drift', from: 'analys', to: 'drift', fromRole: 'controller', toRole: 'processor' },
    );
    x.addVerdict('analys-1', {
      id: 'analys-kund',
      kind: 'onward-transfer',
      exporter: x.partyRef('analys'),
      importer: x.partyRef('kund'),
    });
    x.addVerdict('drift-1', {
      id: 'analys-drift',
      exporter: x.partyRef('analys'),
      importer: x.partyRef('drift'),
    });
    out.push({
      name: 'scc-module1-member-state',
      kind: 'scc',
      assessment: x.assessment,
      request: {
        case: x.caseBody,
        flows: ['analys-1'],
        details: {
          caseNumber: 'KS 2026/117',
          parties: {
            kommun: fullDetails.parties!.kommun!,
            analys: {
              address: '500 Research Blvd, Austin, TX',
              registrationNumber: 'EIN 12-3456789',
              contact: { name: 'Erin Ek', email: 'erin@analys.example' },
              signatory: { name: 'Frank Fox', title: 'CEO' },
              activities: 'Statistisk analys på uppdrag.',
            },
          },
          flows: {
            'analys-1': {
              dataSubjects: ['Brukare inom hemtjänsten'],
              dataCategories: ['Ålder', 'Insatser'],
              sensitiveData: ['Uppgifter om hälsa'],
              sensitiveSafeguards: [
                'Pseudonymisering före överföringen',
                'Åtkomst endast för namngivna analytiker',
              ],
              nature: 'Statistisk bearbetning',
              purposes: ['Uppföljning av hemtjänstens kvalitet'],
              retention: 'Tolv månader',
              measures: [{ area: 'Pseudonymisering', description: 'Nyckeln stannar hos kommunen.' }],
              scc: {
                docking: true,
                disputeBody: true,
                disputeBodyName: 'Nämnden för dataskyddstvister',
                governingLaw: 'SE',
                courts: 'SE',
              },
            },
          },
        },
      },
    });
  }

  // Module 1, exporter outside the EU under Art. 3(2) with a representative in Finland; nothing chosen yet.
  {
    const x = extended(lang);
    x.caseBody.parties.push({
      id: 'webshop',
      name: 'Webshop Ltd',
      country: 'US',
      type: 'company',
      gdprBasis: 'targeting',
      representativeCountry: 'FI',
    });
    x.caseBody.flows.push({
      id: 'webshop-1',
      from: 'webshop',
      to: 'analys',
      fromRole: 'controller',
      toRole: 'controller',
    });
    const verdict = x.addVerdict('analys-1', {
      id: 'webshop-1',
      exporter: x.partyRef('webshop'),
      derogations: [],
    });
    verdict.scc = {
      ...verdict.scc!,
      clause13: 'representative',
      supervisoryAuthority: authority('FI', lang),
    };
    out.push({
      name: 'scc-module1-representative',
      kind: 'scc',
      assessment: x.assessment,
      request: { case: x.caseBody, flows: ['webshop-1'] },
    });
  }

  // Module 1, exporter outside the EU under Art. 3(2) without a representative: the parties name the authority.
  {
    const x = extended(lang);
    x.caseBody.parties.push({
      id: 'app',
      name: 'App Studio Inc.',
      country: 'CA',
      type: 'company',
      gdprBasis: 'targeting',
    });
    x.caseBody.flows.push({
      id: 'app-1',
      from: 'app',
      to: 'analys',
      fromRole: 'controller',
      toRole: 'controller',
      occasional: false,
    });
    const verdict = x.addVerdict('analys-1', { id: 'app-1', exporter: x.partyRef('app'), derogations: [] });
    verdict.scc = { ...verdict.scc!, clause13: 'no-representative', supervisoryAuthority: undefined };
    out.push({
      name: 'scc-module1-no-representative',
      kind: 'scc',
      assessment: x.assessment,
      request: {
        case: x.caseBody,
        flows: ['app-1'],
        details: { flows: { 'app-1': { sensitiveData: [], scc: { docking: false, disputeBody: false } } } },
      },
    });
  }

  // Module 2, exporter in Sweden: the fixture's full details; the importer's onward flows go to a processor
  // (a sub-processor, named in the request too), to another processor in the US (a sub-processor only the
  // case names) and to an auditor that is a controller (no sub-processor).
  {
    const x = extended(lang);
    x.caseBody.parties.push({ id: 'revisor', name: 'Revisorerna LLP', country: 'US', type: 'company' });
    x.caseBody.flows.push(
      { id: 'moln-revisor', from: 'moln', to: 'revisor', fromRole: 'processor', toRole: 'controller' },
      { id: 'moln-analys', from: 'moln', to: 'analys', fromRole: 'processor', toRole: 'processor' },
    );
    x.addVerdict('support-1', { id: 'moln-revisor', importer: x.partyRef('revisor') });
    x.addVerdict('support-1', { id: 'moln-analys', importer: x.partyRef('analys') });
    out.push({
      name: 'scc-module2-member-state',
      kind: 'scc',
      assessment: x.assessment,
      request: { case: x.caseBody, flows: ['moln-1'], details: fullDetails },
    });
  }

  // Module 2, exporter outside the EU without a representative; Option 2 of Clause 9 and of Clause 17,
  // courts outside the EU, an importer the GDPR reaches, and review points for the clauses and others.
  {
    const x = extended(lang);
    x.caseBody.parties.push({
      id: 'app',
      name: 'App Studio Inc.',
      country: 'CA',
      type: 'company',
      gdprBasis: 'targeting',
    });
    x.caseBody.flows.push({
      id: 'app-moln',
      from: 'app',
      to: 'moln',
      fromRole: 'controller',
      toRole: 'processor',
    });
    const verdict = x.addVerdict('moln-1', { id: 'app-moln', exporter: x.partyRef('app') });
    verdict.scc = {
      ...verdict.scc!,
      clause13: 'no-representative',
      supervisoryAuthority: undefined,
      importerSubjectToGdpr: 'yes',
    };
    verdict.warnings = [
      {
        code: 'dpf-not-certified',
        message: t(lang, 'Mottagaren är inte certifierad.', 'The importer is not certified.'),
        review: true,
      },
      {
        code: 'derogation-conditions',
        message: t(lang, 'Undantagens villkor.', 'The derogations’ conditions.'),
        review: true,
      },
      { code: 'plain-note', message: t(lang, 'En upplysning.', 'A note.') },
    ];
    out.push({
      name: 'scc-module2-no-representative',
      kind: 'scc',
      assessment: x.assessment,
      request: {
        case: x.caseBody,
        flows: ['app-moln'],
        details: {
          flows: {
            'app-moln': {
              subProcessors: [],
              scc: {
                subProcessorOption: 'general',
                governingLawOption: 'exporter',
                governingLaw: 'FI',
                courts: 'US',
              },
            },
          },
        },
      },
    });
  }

  // Module 3, a Swedish processor to a sub-processor in India: Option 2 of Clause 17 falling back on the
  // exporter's own Member State; Option 1 of Clause 9 without the number of days.
  {
    const x = extended(lang);
    x.caseBody.flows.push({
      id: 'drift-support',
      from: 'drift',
      to: 'support',
      fromRole: 'processor',
      toRole: 'processor',
    });
    x.addVerdict('support-1', { id: 'drift-support', exporter: x.partyRef('drift') });
    out.push({
      name: 'scc-module3-member-state',
      kind: 'scc',
      assessment: x.assessment,
      request: {
        case: x.caseBody,
        flows: ['drift-support'],
        details: {
          flows: {
            'drift-support': {
              scc: {
                subProcessorOption: 'specific',
                governingLawOption: 'exporter',
                governingLaw: 'SE',
                courts: 'SE',
              },
            },
          },
        },
      },
    });
  }

  // Module 3, the fixture's onward flow from the US processor to India, with a representative in Ireland.
  {
    const x = extended(lang);
    const verdict = x.verdictOf('support-1');
    verdict.scc = {
      ...verdict.scc!,
      clause13: 'representative',
      supervisoryAuthority: authority('IE', lang),
    };
    out.push({
      name: 'scc-module3-representative',
      kind: 'scc',
      assessment: x.assessment,
      request: {
        flows: ['support-1'],
        details: {
          flows: { 'support-1': { scc: { governingLawOption: 'named', governingLaw: 'NO', courts: 'IE' } } },
        },
      },
    });
  }

  // Module 4: a Swedish processor back to its controller in the US; the law and courts of the US.
  out.push({
    name: 'scc-module4',
    kind: 'scc',
    assessment: sampleAssessment(lang),
    request: {
      flows: ['kund-1'],
      details: {
        flows: {
          'kund-1': {
            frequency: t(lang, 'Varje månad', 'Monthly'),
            scc: { docking: false, disputeBody: false, governingLaw: 'US', courts: 'US' },
          },
        },
      },
    },
  });

  // The DPA of a Swedish municipality and its Swedish processor, which passes data on to a US processor.
  {
    const x = extended(lang);
    x.caseBody.flows.push({
      id: 'drift-moln',
      from: 'drift',
      to: 'moln',
      fromRole: 'processor',
      toRole: 'processor',
    });
    x.addVerdict('support-1', {
      id: 'drift-moln',
      exporter: x.partyRef('drift'),
      importer: x.partyRef('moln'),
    });
    out.push({
      name: 'dpa-public-authority',
      kind: 'dpa',
      assessment: x.assessment,
      request: {
        case: x.caseBody,
        flows: ['drift-1'],
        details: {
          caseNumber: 'KS 2026/118',
          parties: { kommun: fullDetails.parties!.kommun! },
          flows: {
            'drift-1': {
              dataSubjects: ['Anställda'],
              measures: [{ area: 'Loggning', description: 'All åtkomst loggas.' }],
              subProcessors: [{ name: 'Backup AB', country: 'SE', processing: 'Säkerhetskopior.' }],
              dpa: {
                mainAgreement: 'Avtal om drift, dnr 2026/55',
                subjectMatter: 'Drift av verksamhetssystem',
                duration: 'Avtalstiden',
                breachNoticeHours: 36,
                subProcessorAuthorisation: 'general',
                subProcessorNoticeDays: 45,
              },
            },
          },
        },
      },
    });
  }

  // The DPA of a processor in Japan, covered by the adequacy decision; nothing given but the case.
  out.push({
    name: 'dpa-adequacy',
    kind: 'dpa',
    assessment: sampleAssessment(lang),
    request: { flows: ['japan-1'] },
  });

  // The memo of every flow of the fixture.
  {
    const x = extended(lang);
    x.assessment.dataVersion = 'adequacy@2026-10-20,dpf@2026-11-26';
    const drift = x.verdictOf('drift-1');
    drift.derogations = ['49-1-a'];
    x.caseBody.flows.find((f) => f.id === 'drift-1')!.occasional = false;
    x.verdictOf('moln-1').warnings.push({
      code: 'art28-met-by-scc',
      message: t(lang, 'Klausulerna uppfyller artikel 28.', 'The Clauses meet Article 28.'),
    });
    x.verdictOf('moln-1').onwardFlows = [
      {
        flow: 'support-1',
        clauses: [
          'Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)',
          'Decision (EU) 2021/914, Annex, Clause 9 (module 2)',
        ],
        onward: [],
      },
    ];
    x.verdictOf('support-1').continues = {
      flows: ['moln-1'],
      clauses: ['Decision (EU) 2021/914, Annex, Clause 8.8 (module 2)'],
    };
    x.verdictOf('analys-1').openQuestions = [
      {
        machine: 'transfer',
        id: 'occasional',
        question: t(lang, 'Sker överföringen tillfälligt?', 'Is the transfer occasional?'),
        help: t(lang, 'Tillfälligt: inte regelbundet.', 'Occasional: not regular.'),
        choices: [],
        cites: ['EDPB Guidelines 2/2018, section 2.1'],
        field: 'flows[2].occasional',
      },
    ];
    x.assessment.assumptions = [
      {
        code: 'assumed',
        message: t(lang, 'Antaget: ingen anställd.', 'Assumed: no employee.'),
        flows: ['kund-1', 'no-such-flow'],
      },
    ] as Assessment['assumptions'];
    out.push({ name: 'memo', kind: 'memo', assessment: x.assessment, request: { case: x.caseBody } });
  }
  return out;
}

const folder = new URL('./approved/', import.meta.url);

describe.each(langs)('approved texts (%s)', (lang) => {
  it.each(cases(lang).map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const request = documentRequest.parse({ case: sampleCase, documentDate: '2026-11-15', ...c.request });
    const [doc, ...rest] = await draftDocuments(
      c.kind,
      request,
      { assessment: c.assessment, tias: new Map() },
      lang,
    );
    expect(rest).toHaveLength(0);
    const text = documentText(doc!.bytes);
    const file = new URL(`${name}.${lang}.txt`, folder);
    if (process.env.APPROVE === '1') {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, text);
    }
    expect(existsSync(file), `${name}.${lang}.txt is approved (APPROVE=1 writes it)`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
