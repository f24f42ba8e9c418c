import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../src/data/schema.js';
import {
  authorityTexts,
  dpfExitTexts,
  eeaIncorporationTexts,
  partyTypeNames,
  reasons,
  swedishTexts,
  texts,
} from '../../src/engine/texts.js';

/**
 * Approved texts: every sentence the engine writes for a lawyer (src/engine/texts.ts), whole, in English and
 * Swedish, for each of its variants (with and without a note, one item, two, three; each relationship, each
 * kind of data, each place of the importer's staff). They are kept as plain text under
 * test/engine/approved/ and compared line for line, so that a sentence cut short, a citation dropped, a
 * list joined wrongly or the wrong variant chosen fails here until someone has read the new text and
 * approved it:
 *
 *   APPROVE=1 npx vitest run --project node test/engine/texts-approved.test.ts
 *
 * writes the files anew; read the diff (`git diff test/engine/approved`) as a lawyer would before committing
 * it. The arguments are given here, not taken from data/, so a text changes only when its wording does.
 */

const L = (en: string, sv: string): Localized => ({ en, sv });

const japan = L(
  'Commission Implementing Decision (EU) 2019/419 (Japan)',
  'Kommissionens genomförandebeslut (EU) 2019/419 (Japan)',
);
const note = L('the official text was not read', 'den officiella texten har inte lästs');
const norway = L('Norway', 'Norge');
const iceland = L('Iceland', 'Island');
const liechtenstein = L('Liechtenstein', 'Liechtenstein');
const setI = L('Decision 2001/497/EC (set I)', 'Beslut 2001/497/EG (set I)');
const setII = L('Decision 2004/915/EC (set II)', 'Beslut 2004/915/EG (set II)');
const processors = L('Decision 2010/87/EU (processors)', 'Beslut 2010/87/EU (biträden)');
// A condition ends with a full stop, which the list drops; one inside it (Art. 45) stays.
const condition = (n: number) => L(`Condition ${n} of Art. 45 holds.`, `Villkor ${n} i art. 45 gäller.`);
const exclusion = (n: number) => L(`Exclusion ${n}`, `Undantag ${n}.`);
const pending = (n: number, unconfirmed: boolean) => ({
  title: L(`Case T-${n}/25`, `Mål T-${n}/25`),
  summary: L(`An action for annulment (${n}).`, `En talan om ogiltigförklaring (${n}).`),
  from: `2025-0${n}-01`,
  sources: [`Source ${n}a`, `Source ${n}b`],
  unconfirmed,
});
const provision = {
  title: L('Public Access to Information and Secrecy Act', 'Offentlighets- och sekretesslagen'),
  text: L('Secrecy may follow the data.', 'Sekretess kan följa med uppgifterna.'),
  cites: ['OSL 10:2 a', 'SFS 2009:400'],
};

/**
 * Each variant of each text, by a name that says which. Made inside each test, not when the file loads, so
 * that a mutation run's per-test coverage credits the texts to these tests (test/MUTATION.md).
 */
const variants = (): [string, Localized][] => [
  ...Object.entries(partyTypeNames).map(([type, name]): [string, Localized] => [
    `partyTypeNames.${type}`,
    name,
  ]),
  [
    'openQuestion, with the field',
    texts.openQuestion(L('Is the importer listed?', 'Är importören listad?'), 'parties[1].dpf'),
  ],
  [
    'openQuestion, without a field',
    texts.openQuestion(L('Is the importer listed?', 'Är importören listad?'), undefined),
  ],
  ['importerSubjectToGdpr, establishment', texts.importerSubjectToGdpr('establishment')],
  ['importerSubjectToGdpr, targeting', texts.importerSubjectToGdpr('targeting')],
  ['importerSubjectToGdpr, basis not given', texts.importerSubjectToGdpr(undefined)],
  ['importerGdprUnknown', texts.importerGdprUnknown],
  ['adequacyConditions, one condition', texts.adequacyConditions(japan, [condition(1)], [])],
  [
    'adequacyConditions, two conditions and two exclusions',
    texts.adequacyConditions(japan, [condition(1), condition(2)], [exclusion(1), exclusion(2)]),
  ],
  ['adequacyConditions, exclusions only', texts.adequacyConditions(japan, [], [exclusion(1)])],
  ['adequacyConditions, neither', texts.adequacyConditions(japan, [], [])],
  ['unconfirmedDecision, with a note', texts.unconfirmedDecision(japan, note)],
  ['unconfirmedDecision, without a note', texts.unconfirmedDecision(japan, undefined)],
  ['gdprNotYetInEeaEfta, one state', texts.gdprNotYetInEeaEfta([norway], '2018-07-20')],
  ['gdprNotYetInEeaEfta, two states', texts.gdprNotYetInEeaEfta([iceland, norway], '2018-07-20')],
  ['unconfirmedTerritory, with a note', texts.unconfirmedTerritory('GG', note)],
  ['unconfirmedTerritory, without a note', texts.unconfirmedTerritory('GG', undefined)],
  ...(['hr', 'non-hr', 'unstated'] as const).map((kind): [string, Localized] => [
    `texts.dpfUnknown, ${kind}`,
    texts.dpfUnknown(kind, 'https://www.dataprivacyframework.gov/list', 'Acme Inc.'),
  ]),
  ['derogationsRestrictive', texts.derogationsRestrictive],
  ['occasionalUnknown', texts.occasionalUnknown],
  ['derogationConditions, 49-1-a only (nothing further)', texts.derogationConditions(['49-1-a'])],
  ['derogationConditions, second subparagraph', texts.derogationConditions(['49-1-second'])],
  ['derogationConditions, (d)', texts.derogationConditions(['49-1-d'])],
  ['derogationConditions, (g)', texts.derogationConditions(['49-1-g'])],
  [
    'derogationConditions, (a), (d), (g) and second subparagraph',
    texts.derogationConditions(['49-1-a', '49-1-d', '49-1-g', '49-1-second']),
  ],
  ['derogationsProcessorExporter', texts.derogationsProcessorExporter],
  ['alternativeConditions, none listed', texts.alternativeConditions([])],
  ['alternativeConditions, BCR', texts.alternativeConditions(['bcr'])],
  ['alternativeConditions, Art. 46(3)(b)', texts.alternativeConditions(['art46-3b'])],
  ['alternativeConditions, BCR and Art. 46(3)(b)', texts.alternativeConditions(['bcr', 'art46-3b'])],
  ['publicPowersUnknown', texts.publicPowersUnknown],
  [
    'organisationNotIdentified, one',
    texts.organisationNotIdentified([
      L('the European Patent Organisation', 'Europeiska patentorganisationen'),
    ]),
  ],
  [
    'organisationNotIdentified, two',
    texts.organisationNotIdentified([
      L('the European Patent Organisation', 'Europeiska patentorganisationen'),
      L('the OECD', 'OECD'),
    ]),
  ],
  ['dpfNonProfit', texts.dpfNonProfit('parties[1].dpf')],
  ['internationalOrganisation', texts.internationalOrganisation],
  ['specialCategories', texts.specialCategories],
  ['collectedByProcessorAbroad', texts.collectedByProcessorAbroad],
  ['processingAbroad', texts.processingAbroad],
  ['tiaOpenForOnward, one flow', texts.tiaOpenForOnward(['f2'])],
  ['tiaOpenForOnward, two flows', texts.tiaOpenForOnward(['f2', 'f3'])],
  ['onwardGdprStatusAssumed', texts.onwardGdprStatusAssumed],
  [
    'onwardGovernedBy, one origin',
    texts.onwardGovernedBy([{ id: 'f1', instrument: texts.instrumentOfOrigin.module1 }]),
  ],
  [
    'onwardGovernedBy, two origins',
    texts.onwardGovernedBy([
      { id: 'f1', instrument: texts.instrumentOfOrigin.adequacy },
      { id: 'f2', instrument: texts.instrumentOfOrigin.unsettled },
    ]),
  ],
  ...Object.entries(texts.instrumentOfOrigin).map(([k, v]): [string, Localized] => [
    `instrumentOfOrigin.${k}`,
    v,
  ]),
  ...(['staff-abroad', 'importer-abroad', 'both-abroad'] as const).map((where): [string, Localized] => [
    `importerStaffElsewhere, ${where}`,
    texts.importerStaffElsewhere(where, 'ACME', L('the United States', 'USA'), L('India', 'Indien')),
  ]),
  [
    'interimArrangement, one condition',
    texts.interimArrangement(
      japan,
      L('A summary.', 'En sammanfattning.'),
      { from: '2020-01-01', until: '2020-12-31' },
      [condition(1)],
    ),
  ],
  [
    'interimArrangement, two conditions',
    texts.interimArrangement(
      japan,
      L('A summary.', 'En sammanfattning.'),
      { from: '2020-01-01', until: '2020-12-31' },
      [condition(1), exclusion(2)],
    ),
  ],
  ['interimArrangementUnsettled', texts.interimArrangementUnsettled(japan)],
  [
    'sccBefore2021, sets for the relationship',
    texts.sccBefore2021(
      '2021-01-10',
      '2021-06-27',
      [setI, setII, processors],
      [setI, setII],
      texts.sccRelationships['controller-controller'],
    ),
  ],
  [
    'sccBefore2021, none for the relationship',
    texts.sccBefore2021(
      '2021-01-10',
      '2021-06-27',
      [setI, setII, processors],
      [],
      texts.sccRelationships['processor-processor'],
    ),
  ],
  [
    'earlierSccTransition, new contracts still possible',
    texts.earlierSccTransition([setI, setII], '2021-09-27', '2022-12-27', true),
  ],
  [
    'earlierSccTransition, no longer',
    texts.earlierSccTransition([processors], '2021-09-27', '2022-12-27', false),
  ],
  ...Object.entries(texts.sccRelationships).map(([k, v]): [string, Localized] => [
    `sccRelationships.${k}`,
    v,
  ]),
  ['jointControllersModule1', texts.jointControllersModule1],
  ['art28MetByScc', texts.art28MetByScc],
  ['authorityRegional', texts.authorityRegional(L('Germany', 'Tyskland'), ['BfDI', 'BayLDA', 'HmbBfDI'])],
  ['authorityOfDataSubjects', texts.authorityOfDataSubjects],
  ['reasons.covered', reasons.covered('2026-11-01', L('Japan', 'Japan'))],
  ...(['hr', 'non-hr', 'unstated'] as const).flatMap((kind): [string, Localized][] => [
    [`reasons.coveredDpf, ${kind}`, reasons.coveredDpf('2026-11-01', kind)],
    [`reasons.notDpfCertified, ${kind}`, reasons.notDpfCertified(kind)],
    [`reasons.dpfUnknown, ${kind}`, reasons.dpfUnknown(kind)],
  ]),
  ['reasons.outOfScope, one kind', reasons.outOfScope(['company'], 'public-authority')],
  ['reasons.outOfScope, two kinds', reasons.outOfScope(['company', 'non-profit'], 'individual')],
  [
    'reasons.outOfScope, three kinds',
    reasons.outOfScope(['company', 'public-authority', 'non-profit'], 'international-organisation'),
  ],
  ['authorityTexts.establishmentElsewhere', authorityTexts.establishmentElsewhere],
  ['eeaIncorporationTexts.unknown, with a note', eeaIncorporationTexts.unknown(japan, liechtenstein, note)],
  ['eeaIncorporationTexts.unknown, not recorded', eeaIncorporationTexts.unknown(japan, norway, undefined)],
  [
    'dpfExitTexts.warning, module 2 with a TIA, two pending (one unconfirmed)',
    dpfExitTexts.warning({ module: 2, tia: true }, [pending(1, false), pending(2, true)]),
  ],
  [
    'dpfExitTexts.warning, module 1 without a TIA, nothing pending',
    dpfExitTexts.warning({ module: 1, tia: false }, []),
  ],
  [
    'dpfExitTexts.warning, module not settled, one pending',
    dpfExitTexts.warning(undefined, [pending(3, false)]),
  ],
  ['swedishTexts.provision, confirmed', swedishTexts.provision({ ...provision, confidence: 'confirmed' })],
  [
    'swedishTexts.provision, unconfirmed with a note',
    swedishTexts.provision({ ...provision, confidence: 'unconfirmed', confidenceNote: note }),
  ],
  [
    'swedishTexts.provision, unconfirmed without a note',
    swedishTexts.provision({ ...provision, confidence: 'unconfirmed' }),
  ],
  // A note on a confirmed provision is not said to be a doubt.
  [
    'swedishTexts.provision, confirmed with a note',
    swedishTexts.provision({ ...provision, confidence: 'confirmed', confidenceNote: note }),
  ],
];

const dir = new URL('./approved/', import.meta.url);
const fileOf = (lang: 'en' | 'sv') => new URL(`texts.${lang}.txt`, dir);
const textOf = (lang: 'en' | 'sv') =>
  `${variants()
    .map(([name, text]) => `## ${name}\n${text[lang]}\n`)
    .join('\n')}`;

describe("the engine's sentences, as approved (test/engine/approved/texts.*.txt)", () => {
  if (process.env.APPROVE === '1') {
    mkdirSync(dir, { recursive: true });
    for (const lang of ['en', 'sv'] as const) writeFileSync(fileOf(lang), textOf(lang));
  }

  it('names each variant once', () => {
    const names = variants().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['en', 'sv'] as const)('%s: every variant says what was approved, word for word', (lang) => {
    expect(existsSync(fileOf(lang))).toBe(true);
    const approved = readFileSync(fileOf(lang), 'utf8').split('\n');
    const now = textOf(lang).split('\n');
    // Line by line, so that a failure names the variant and shows the two sentences.
    for (let i = 0; i < Math.max(approved.length, now.length); i += 1) {
      const heading = now.slice(0, i + 1).findLast((line) => line.startsWith('## '));
      expect(now[i], `line ${i + 1} (${heading})`).toBe(approved[i]);
    }
  });
});
