import { describe, expect, it } from 'vitest';
import type { DocumentContext } from '../../src/documents/context.js';
import { documentRequest } from '../../src/documents/index.js';
import type { DocumentRequest } from '../../src/documents/input.js';
import {
  caseSubProcessors,
  descriptionView,
  knownSubProcessors,
  measuresOf,
  subProcessorViews,
} from '../../src/documents/views/common.js';
import { dpaPairs, dpaView } from '../../src/documents/views/dpa.js';
import { memoView } from '../../src/documents/views/memo.js';
import { sccGroups, sccView } from '../../src/documents/views/scc.js';
import type { AssessmentCase } from '../../src/domain/case.js';
import type { Assessment, FlowVerdict } from '../../src/domain/verdict.js';
import { sampleAssessment, sampleCase, sampleRequest } from './fixtures.js';
import { type Lang, langs } from './helpers.js';

/**
 * The document views (src/documents/views/) read directly: what each puts where, for the cases a rendered
 * document shows only in part (which onward recipient is a sub-processor, which flows share a document,
 * what is refused), in both languages. The approved texts (approved.test.ts) show the rendered whole.
 */

function contextOf(
  lang: Lang,
  request: Partial<DocumentRequest> = {},
  assessment: Assessment = sampleAssessment(lang),
): DocumentContext {
  return {
    lang,
    date: '2026-11-15',
    request: documentRequest.parse(sampleRequest(request)),
    assessment,
    tias: new Map(),
  };
}

/** The fixture case and verdicts with more flows from the US processor (moln) and their verdicts. */
function withOnward(lang: Lang, flows: AssessmentCase['flows'], kinds: Record<string, FlowVerdict['kind']>) {
  const caseBody = structuredClone(sampleCase);
  caseBody.parties.push(
    { id: 'revisor', name: 'Revisorerna LLP', country: 'US', type: 'company' },
    { id: 'norsk', name: 'Norsk Drift AS', country: 'NO', type: 'company' },
    { id: 'okand', name: 'Okänd Part', type: 'company' },
  );
  caseBody.flows.push(...flows);
  const assessment = sampleAssessment(lang);
  const like = assessment.flows.find((v) => v.id === 'support-1')!;
  for (const [id, kind] of Object.entries(kinds))
    assessment.flows.push({ ...structuredClone(like), id, kind, mechanism: 'none' });
  return { caseBody, assessment };
}

describe.each(langs)('which onward recipients are sub-processors (views/common.ts, %s)', (lang) => {
  const flows: AssessmentCase['flows'] = [
    { id: 'to-controller', from: 'moln', to: 'revisor', fromRole: 'processor', toRole: 'controller' },
    { id: 'to-processor', from: 'moln', to: 'analys', fromRole: 'processor', toRole: 'processor' },
    { id: 'to-processor-again', from: 'moln', to: 'analys', fromRole: 'processor', toRole: 'processor' },
    { id: 'as-controller', from: 'moln', to: 'japan', fromRole: 'controller', toRole: 'processor' },
    { id: 'to-norway', from: 'moln', to: 'norsk', fromRole: 'processor', toRole: 'processor' },
    { id: 'to-unknown', from: 'moln', to: 'okand', fromRole: 'processor', toRole: 'processor' },
  ];
  const kinds = {
    'to-controller': 'onward-transfer',
    'to-processor': 'onward-transfer',
    'to-processor-again': 'onward-transfer',
    'as-controller': 'transfer',
    'to-norway': 'undetermined',
    'to-unknown': 'undetermined',
  } as const;

  it('a processor’s sub-processors are the processors it passes data to as a processor, each once', () => {
    const { caseBody, assessment } = withOnward(lang, flows, kinds);
    const context = contextOf(lang, { case: caseBody }, assessment);
    const found = caseSubProcessors(context, 'moln');
    expect(found.map((s) => [s.entry.name, s.flowId, s.transfer])).toEqual([
      ['Supportbolaget Pvt Ltd', 'support-1', true],
      ['Analysbyrån LLC', 'to-processor', true],
      // Norway is in the EEA: an undetermined flow there is no transfer; a party of unknown country is no
      // transfer either (nothing says it is outside), and has no country.
      ['Norsk Drift AS', 'to-norway', false],
      ['Okänd Part', 'to-unknown', false],
    ]);
    expect(found[0]!.entry).toEqual({ name: 'Supportbolaget Pvt Ltd', country: 'IN' });
    expect(found[3]!.entry).toEqual({ name: 'Okänd Part' });
  });

  it('a module 1 importer’s onward recipients are all of them, whatever their role', () => {
    const { caseBody, assessment } = withOnward(lang, flows, kinds);
    const context = contextOf(lang, { case: caseBody }, assessment);
    expect(caseSubProcessors(context, 'moln', 'any').map((s) => s.entry.name)).toEqual([
      'Supportbolaget Pvt Ltd',
      'Revisorerna LLP',
      'Analysbyrån LLC',
      'Tokyo Data KK',
      'Norsk Drift AS',
      'Okänd Part',
    ]);
  });

  it('an undetermined flow to a party outside the EU/EEA is counted as a transfer, to review', () => {
    const { caseBody, assessment } = withOnward(
      lang,
      [{ id: 'to-us', from: 'moln', to: 'revisor', fromRole: 'processor', toRole: 'processor' }],
      { 'to-us': 'undetermined' },
    );
    assessment.flows.find((v) => v.id === 'support-1')!.kind = 'not-a-transfer';
    const context = contextOf(lang, { case: caseBody }, assessment);
    expect(caseSubProcessors(context, 'moln').map((s) => [s.entry.name, s.transfer])).toEqual([
      ['Supportbolaget Pvt Ltd', false],
      ['Revisorerna LLP', true],
    ]);
  });

  it.each([2, 3] as const)(
    'module %i: the importer’s onward recipient that is a controller is no sub-processor in Annex III, but an onward transfer to review (Clause 8.8)',
    (module) => {
      const { caseBody, assessment } = withOnward(lang, flows, kinds);
      if (module === 3) {
        // The US processor is then the exporter's importer under module 3 (from another processor).
        caseBody.flows.push({
          id: 'm3',
          from: 'drift',
          to: 'moln',
          fromRole: 'processor',
          toRole: 'processor',
        });
        const v = structuredClone(assessment.flows.find((f) => f.id === 'support-1')!);
        assessment.flows.push({
          ...v,
          id: 'm3',
          exporter: { id: 'drift', name: 'Driftbolaget AB', type: 'company', country: 'SE' },
          importer: { id: 'moln', name: 'Molnbolaget Inc.', type: 'company', country: 'US' },
        });
      }
      const flow = module === 2 ? 'moln-1' : 'm3';
      const context = contextOf(lang, { case: caseBody, flows: [flow] }, assessment);
      const [group, ...others] = sccGroups(context);
      expect(others).toHaveLength(0);
      expect(group!.module).toBe(module);
      const view = sccView(context, group!);
      const names = ['Supportbolaget Pvt Ltd', 'Analysbyrån LLC', 'Norsk Drift AS', 'Okänd Part'];
      expect(view.subProcessors?.map((s) => s.name)).toEqual(names);
      expect(view.subProcessorsKnown).toBe(true);
      // Clause 8.8 governs every onward transfer of a module 2 or 3 importer, whatever the recipient's role
      // (src/engine/chain.ts governingClauses); Clause 9 only those to sub-processors.
      expect(view.onwardTransfers.map((o) => o.name)).toEqual([
        'Supportbolaget Pvt Ltd',
        'Revisorerna LLP',
        'Analysbyrån LLC',
        'Tokyo Data KK',
      ]);
      expect(view.onwardTransfers[0]!.countryName).toBe(lang === 'sv' ? 'Indien' : 'India');
    },
  );

  it('module 1 lists every onward transfer of the importer; module 4 none', () => {
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push(
      { id: 'a-c', from: 'analys', to: 'kund', fromRole: 'controller', toRole: 'controller' },
      { id: 'k-x', from: 'kund', to: 'analys', fromRole: 'controller', toRole: 'controller' },
    );
    const assessment = sampleAssessment(lang);
    const like = assessment.flows.find((v) => v.id === 'analys-1')!;
    assessment.flows.push({ ...structuredClone(like), id: 'a-c', kind: 'onward-transfer' });
    assessment.flows.push({ ...structuredClone(like), id: 'k-x', kind: 'onward-transfer' });
    const one = contextOf(lang, { case: caseBody, flows: ['analys-1'] }, assessment);
    expect(sccView(one, sccGroups(one)[0]!).onwardTransfers).toEqual([
      { name: 'Kunden Corp.', countryName: lang === 'sv' ? 'USA' : 'United States of America' },
    ]);
    const four = contextOf(lang, { case: caseBody, flows: ['kund-1'] }, assessment);
    const view = sccView(four, sccGroups(four)[0]!);
    expect(view.module).toBe(4);
    expect(view.onwardTransfers).toEqual([]);
    // Module 4 has no Annex III: the request's list is taken as given, the case's flows add nothing.
    expect(view.subProcessors).toBeUndefined();
    expect(view.subProcessorsKnown).toBe(false);
  });

  it('Annex III: the request’s sub-processors first, then those only the case names, a name given twice once', () => {
    const context = contextOf(lang, {
      details: {
        flows: {
          'moln-1': {
            subProcessors: [
              { name: 'Backup Ltd', country: 'IE', contact: { name: 'Gus Gray' }, processing: 'Backups.' },
              { name: '  SUPPORTBOLAGET pvt ltd ', address: 'Bengaluru' },
            ],
          },
        },
      },
    });
    expect(knownSubProcessors(context, undefined, 'kommun')).toBeUndefined();
    expect(knownSubProcessors(context, [], 'kommun')).toEqual([]);
    const given = context.request.details!.flows!['moln-1']!.subProcessors!;
    const list = knownSubProcessors(context, given, 'moln')!;
    expect(list.map((e) => e.name)).toEqual(['Backup Ltd', '  SUPPORTBOLAGET pvt ltd ']);
    expect(knownSubProcessors(context, undefined, 'moln')).toEqual([
      { name: 'Supportbolaget Pvt Ltd', country: 'IN' },
    ]);
    expect(subProcessorViews(list, context)).toEqual([
      {
        name: 'Backup Ltd',
        address: undefined,
        countryName: lang === 'sv' ? 'Irland' : 'Ireland',
        contact: { name: 'Gus Gray', title: undefined, email: undefined, phone: undefined, given: true },
        processing: 'Backups.',
      },
      {
        name: '  SUPPORTBOLAGET pvt ltd ',
        address: 'Bengaluru',
        countryName: undefined,
        contact: { name: undefined, title: undefined, email: undefined, phone: undefined, given: false },
        processing: undefined,
      },
    ]);
    expect(subProcessorViews(undefined, context)).toBeUndefined();
    // A name the case gives with a stray space is the same sub-processor as the one the request names.
    const spaced = structuredClone(sampleCase);
    spaced.parties.find((p) => p.id === 'support')!.name = 'Supportbolaget Pvt Ltd ';
    const withSpace = contextOf(lang, { case: spaced });
    expect(knownSubProcessors(withSpace, [{ name: 'Supportbolaget Pvt Ltd' }], 'moln')).toEqual([
      { name: 'Supportbolaget Pvt Ltd' },
    ]);
  });
});

describe.each(langs)('Annex I.B and the measures (views/common.ts, %s)', (lang) => {
  const view = (flow: Partial<AssessmentCase['flows'][number]>, details: Record<string, unknown> = {}) => {
    const caseBody = structuredClone(sampleCase);
    Object.assign(caseBody.flows[0]!, { specialCategories: undefined }, flow);
    const context = contextOf(lang, {
      case: caseBody,
      details: { flows: { 'moln-1': details } },
    } as Partial<DocumentRequest>);
    return descriptionView(context, 'moln-1');
  };

  it('sensitive data: none, listed, expected from the case, or unknown', () => {
    expect(view({}, { sensitiveData: [] })).toMatchObject({
      sensitive: 'none',
      sensitiveCategories: undefined,
      sensitiveExpected: false,
    });
    expect(view({ specialCategories: true }, { sensitiveData: ['Hälsa'] })).toMatchObject({
      sensitive: 'listed',
      sensitiveCategories: ['Hälsa'],
      sensitiveExpected: false,
    });
    expect(view({ specialCategories: false })).toMatchObject({ sensitive: 'none', sensitiveExpected: false });
    expect(view({ specialCategories: true })).toMatchObject({
      sensitive: 'unknown',
      sensitiveExpected: true,
    });
    expect(view({})).toMatchObject({ sensitive: 'unknown', sensitiveExpected: false });
    // The case says none, the details list some: the details are the more specific.
    expect(view({ specialCategories: false }, { sensitiveData: ['Hälsa'] }).sensitive).toBe('listed');
  });

  it('personal identity numbers, children and frequency come from the case', () => {
    expect(view({ personnummer: true, children: true, occasional: true })).toMatchObject({
      personnummer: true,
      children: true,
      occasional: true,
    });
    expect(view({ personnummer: false, children: false, occasional: false })).toMatchObject({
      personnummer: false,
      children: false,
      occasional: false,
    });
    expect(view({})).toMatchObject({ personnummer: false, children: false, occasional: undefined });
  });

  it('every detail of the flow is carried as given', () => {
    const details = {
      dataSubjects: ['A'],
      dataCategories: ['B'],
      sensitiveSafeguards: ['C'],
      frequency: 'D',
      nature: 'E',
      purposes: ['F'],
      retention: 'G',
      subProcessorTransfers: 'H',
    };
    expect(view({}, details)).toMatchObject(details);
  });

  it('measures given for several flows are listed once each, in order', () => {
    const m = (area: string, description: string) => ({ area, description });
    const context = contextOf(lang, {
      details: {
        flows: {
          'moln-1': { measures: [m('Kryptering', 'AES'), m('Loggning', 'Allt')] },
          'analys-1': { measures: [m('Kryptering', 'AES'), m('Kryptering', 'TLS'), m('Loggning', 'AES')] },
          'kund-1': {},
        },
      },
    });
    expect(measuresOf(context, ['kund-1'])).toBeUndefined();
    expect(measuresOf(context, ['moln-1', 'kund-1', 'analys-1'])).toEqual([
      m('Kryptering', 'AES'),
      m('Loggning', 'Allt'),
      m('Kryptering', 'TLS'),
      m('Loggning', 'AES'),
    ]);
  });
});

describe.each(langs)('the data processing agreement’s parties and terms (views/dpa.ts, %s)', (lang) => {
  it('one agreement per controller and processor, for flows that call for an Art. 28 contract; none where module 2 SCCs serve', () => {
    const assessment = sampleAssessment(lang);
    const drift = assessment.flows.find((v) => v.id === 'drift-1')!;
    // A second flow between the same parties, with its roles only in the case (the verdict names none).
    const second = { ...structuredClone(drift), id: 'drift-2' };
    delete second.exporterRole;
    delete second.importerRole;
    // Module 3 SCCs do not serve as the controller's Art. 28 contract; but this flow is processor to
    // processor, so it calls for none here.
    const m3 = assessment.flows.find((v) => v.id === 'support-1')!;
    m3.obligations.push('art28-contract');
    // A flow calling for the contract without an importer named: nothing to draft.
    const nobody = { ...structuredClone(drift), id: 'drift-3' };
    delete nobody.importer;
    assessment.flows.push(second, nobody);
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push(
      { ...caseBody.flows.find((f) => f.id === 'drift-1')!, id: 'drift-2' },
      { ...caseBody.flows.find((f) => f.id === 'drift-1')!, id: 'drift-3' },
    );
    const context = contextOf(lang, { case: caseBody }, assessment);
    const pairs = dpaPairs(context);
    expect(pairs.map((p) => [p.controllerId, p.processorId, p.verdicts.map((v) => v.id)])).toEqual([
      ['kommun', 'drift', ['drift-1', 'drift-2']],
      ['kommun', 'japan', ['japan-1']],
    ]);
    const view = dpaView(context, pairs[0]!);
    expect(view.several).toBe(true);
    expect(view.flows.map((f) => [f.id, f.number])).toEqual([
      ['drift-1', 1],
      ['drift-2', 2],
    ]);
    expect(view.controller.name).toBe('Exempelby kommun');
    expect(view.processor.name).toBe('Driftbolaget AB');
    expect(view.controllerIsPublic).toBe(true);
    expect(view.adequacy).toBeUndefined();
    expect(dpaView(context, pairs[1]!)).toMatchObject({
      several: false,
      adequacy: {
        title:
          lang === 'sv'
            ? 'Kommissionens genomförandebeslut (EU) 2019/419 om Japan'
            : 'Commission Implementing Decision (EU) 2019/419 on Japan',
      },
    });
    // Roles the verdict gives win over the case's: a verdict that makes the importer a controller drafts no DPA.
    drift.importerRole = { role: 'controller', label: 'controller' };
    expect(dpaPairs(context).map((p) => p.verdicts.map((v) => v.id))).toEqual([['japan-1'], ['drift-2']]);
  });

  it('a processor under an adequacy decision: the decision, and its country as a sentence names it', () => {
    const caseBody = structuredClone(sampleCase);
    caseBody.parties.find((p) => p.id === 'japan')!.country = 'GB';
    const context = contextOf(lang, { case: caseBody, flows: ['japan-1'] });
    expect(dpaView(context, dpaPairs(context)[0]!).adequacy).toEqual({
      title:
        lang === 'sv'
          ? 'Kommissionens genomförandebeslut (EU) 2019/419 om Japan'
          : 'Commission Implementing Decision (EU) 2019/419 on Japan',
      country: lang === 'sv' ? 'Storbritannien' : 'the United Kingdom',
    });
    // A decision that does not cover the transfer is no footing.
    const assessment = sampleAssessment(lang);
    assessment.flows.find((v) => v.id === 'japan-1')!.adequacy!.covered = false;
    const uncovered = contextOf(lang, { flows: ['japan-1'] }, assessment);
    expect(dpaView(uncovered, dpaPairs(uncovered)[0]!).adequacy).toBeUndefined();
  });

  it('only where the SCCs are the footing do module 2 clauses stand in for the DPA; adequacy named only where it is the footing', () => {
    const assessment = sampleAssessment(lang);
    const moln = assessment.flows.find((v) => v.id === 'moln-1')!;
    // The footing is unresolved: the module 2 clauses are not (yet) in place, so the DPA is drafted.
    moln.mechanism = 'unresolved';
    // The Japanese processor's verdict has another footing here, though it carries an adequacy block and a
    // module 2 SCC block: a DPA, with no adequacy paragraph.
    const japan = assessment.flows.find((v) => v.id === 'japan-1')!;
    japan.scc = { ...moln.scc!, module: 2 };
    japan.mechanism = 'none';
    // A verdict without an exporter: nothing to draft.
    const noExporter = { ...structuredClone(assessment.flows.find((v) => v.id === 'drift-1')!), id: 'x-1' };
    delete noExporter.exporter;
    assessment.flows.push(noExporter);
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push({ ...caseBody.flows.find((f) => f.id === 'drift-1')!, id: 'x-1' });
    const context = contextOf(lang, { case: caseBody }, assessment);
    const pairs = dpaPairs(context);
    expect(pairs.map((p) => [p.controllerId, p.processorId])).toEqual([
      ['kommun', 'moln'],
      ['kommun', 'drift'],
      ['kommun', 'japan'],
    ]);
    expect(dpaView(context, pairs[2]!).adequacy).toBeUndefined();
  });

  it('the third-country instruction names the processor’s onward transfers only, not a sub-processor in the EU', () => {
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push(
      { id: 'drift-moln', from: 'drift', to: 'moln', fromRole: 'processor', toRole: 'processor' },
      { id: 'drift-lon', from: 'drift', to: 'lonebyran', fromRole: 'processor', toRole: 'processor' },
    );
    const assessment = sampleAssessment(lang);
    const like = assessment.flows.find((v) => v.id === 'support-1')!;
    assessment.flows.push({ ...structuredClone(like), id: 'drift-moln' });
    assessment.flows.push({
      ...structuredClone(like),
      id: 'drift-lon',
      kind: 'not-a-transfer',
      mechanism: 'none',
    });
    const context = contextOf(lang, { case: caseBody, flows: ['drift-1'] }, assessment);
    const view = dpaView(context, dpaPairs(context)[0]!);
    expect(view.onwardTransfers).toEqual([
      { name: 'Molnbolaget Inc.', countryName: lang === 'sv' ? 'USA' : 'United States of America' },
    ]);
    expect(view.subProcessors?.map((s) => s.name)).toEqual(['Molnbolaget Inc.', 'Svenska Lönebyrån AB']);
  });

  it('a Swedish public authority as controller: OSL 10 kap. 2 a § from 1 July 2023, not before; not for a company or a foreign authority', () => {
    const at = (asOf: string, party: Partial<AssessmentCase['parties'][number]>) => {
      const caseBody = structuredClone(sampleCase);
      Object.assign(caseBody.parties[0]!, party);
      const assessment = { ...sampleAssessment(lang), asOf };
      const context = contextOf(lang, { case: caseBody, flows: ['drift-1'] }, assessment);
      return dpaView(context, dpaPairs(context)[0]!);
    };
    expect(at('2026-11-01', {}).osl).toEqual({
      cites: '10 kap. 2 a § offentlighets- och sekretesslagen (2009:400); prop. 2022/23:97',
    });
    expect(at('2023-07-01', {}).osl).toBeDefined();
    expect(at('2023-06-30', {}).osl).toBeUndefined();
    expect(at('2026-11-01', { type: 'company' })).toMatchObject({
      osl: undefined,
      controllerIsPublic: false,
    });
    expect(at('2026-11-01', { country: 'FI' })).toMatchObject({ osl: undefined, controllerIsPublic: true });
    expect(at('2026-11-01', { country: undefined })).toMatchObject({
      osl: undefined,
      controllerIsPublic: true,
    });
    // The controller is not the case's first party: its own facts decide, not the municipality's.
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push({
      id: 'lon-drift',
      from: 'lonebyran',
      to: 'drift',
      fromRole: 'controller',
      toRole: 'processor',
    });
    const assessment = sampleAssessment(lang);
    assessment.flows.push({
      ...structuredClone(assessment.flows.find((v) => v.id === 'drift-1')!),
      id: 'lon-drift',
      exporter: { id: 'lonebyran', name: 'Svenska Lönebyrån AB', type: 'company', country: 'SE' },
    });
    const context = contextOf(lang, { case: caseBody, flows: ['lon-drift'] }, assessment);
    expect(dpaView(context, dpaPairs(context)[0]!)).toMatchObject({
      osl: undefined,
      controllerIsPublic: false,
    });
  });

  it('terms given for several flows of one agreement must agree; the refusal names the field and both flows', () => {
    const assessment = sampleAssessment(lang);
    assessment.flows.push({
      ...structuredClone(assessment.flows.find((v) => v.id === 'drift-1')!),
      id: 'drift-2',
    });
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push({ ...caseBody.flows.find((f) => f.id === 'drift-1')!, id: 'drift-2' });
    const terms = (a: object, b: object) => {
      const context = contextOf(
        lang,
        { case: caseBody, details: { flows: { 'drift-1': { dpa: a }, 'drift-2': { dpa: b } } } },
        assessment,
      );
      return () => dpaView(context, dpaPairs(context)[0]!);
    };
    expect(terms({ breachNoticeHours: 24 }, { duration: 'Ett år' })()).toMatchObject({
      breachNoticeHours: 24,
      duration: 'Ett år',
      mainAgreement: undefined,
    });
    expect(terms({ breachNoticeHours: 24 }, { breachNoticeHours: 24 })().breachNoticeHours).toBe(24);
    expect(terms({ breachNoticeHours: 24 }, { breachNoticeHours: 48 })).toThrow(
      expect.objectContaining({
        status: 400,
        field: 'details.flows.drift-2.dpa.breachNoticeHours',
        reason: 'differs from another flow of the same agreement',
        detail: {
          sv: 'Flödena drift-1 och drift-2 omfattas av samma personuppgiftsbiträdesavtal men anger olika värden för breachNoticeHours.',
          en: 'Flows drift-1 and drift-2 fall under the same data processing agreement but give different values for breachNoticeHours.',
        },
      }),
    );
  });
});

describe.each(langs)('the memo’s view of the verdicts (views/memo.ts, %s)', (lang) => {
  const sv = lang === 'sv';

  it('names each flow’s parties from the verdict, else from the case, else by id', () => {
    const assessment = sampleAssessment(lang);
    const [first, second] = assessment.flows;
    delete first!.exporter;
    delete first!.importer;
    second!.id = 'not-in-case';
    delete second!.exporter;
    delete second!.exporterRole;
    delete second!.importerRole;
    const third = { ...structuredClone(second!), id: 'also-not-in-case' };
    delete third.importer;
    assessment.flows.push(third);
    const caseBody = structuredClone(sampleCase);
    caseBody.flows[0]!.to = 'ghost';
    const view = memoView(contextOf(lang, { case: caseBody }, assessment));
    expect(view.flows[0]).toMatchObject({
      id: 'moln-1',
      number: 1,
      exporter: 'Exempelby kommun',
      importer: 'ghost',
      exporterCountry: undefined,
      exporterRole: sv ? 'personuppgiftsansvarig' : 'controller',
      importerRole: sv ? 'personuppgiftsbiträde' : 'processor',
    });
    expect(view.flows[1]).toMatchObject({
      number: 2,
      exporter: '',
      importer: 'Supportbolaget Pvt Ltd',
      exporterRole: undefined,
      importerRole: undefined,
    });
    expect(view.flows.at(-1)).toMatchObject({ id: 'also-not-in-case', exporter: '', importer: '' });
    expect(view.flows[2]).toMatchObject({
      number: 3,
      exporterCountry: sv ? 'Sverige' : 'Sweden',
      importerCountry: sv ? 'USA' : 'United States of America',
    });
  });

  it('counts flows, transfers, unresolved flows, flows to review and open questions', () => {
    const assessment = sampleAssessment(lang);
    const byId = (id: string) => assessment.flows.find((v) => v.id === id)!;
    byId('drift-1').kind = 'undetermined';
    byId('kund-1').mechanism = 'unresolved';
    byId('kund-1').kind = 'not-a-transfer';
    byId('kund-1').warnings = [{ code: 'x', message: 'x', review: false }];
    byId('analys-1').warnings = [
      { code: 'a', message: 'a', review: true },
      { code: 'b', message: 'b', review: true },
    ];
    const question = (id: string) => ({ machine: 'transfer', id, question: id, choices: [], cites: [] });
    byId('analys-1').openQuestions = [question('q1'), question('q2')];
    byId('japan-1').openQuestions = [{ ...question('q3'), field: 'flows[5].occasional' }];
    const view = memoView(contextOf(lang, {}, assessment));
    // Transfers: moln-1, analys-1 and japan-1, and the onward transfer support-1.
    expect(view.counts).toEqual({ flows: 6, transfers: 4, unresolved: 2, review: 2, openQuestions: 3 });
    expect(view.openQuestions).toEqual([
      { flow: 'analys-1', question: 'q1', field: undefined },
      { flow: 'analys-1', question: 'q2', field: undefined },
      { flow: 'japan-1', question: 'q3', field: 'flows[5].occasional' },
    ]);
    expect(view.flows.find((f) => f.id === 'kund-1')!.warnings).toEqual([{ message: 'x', review: false }]);
  });

  it('no derogation for a systematic flow; the Art. 28 contract not listed where the module 2 clauses are it', () => {
    const assessment = sampleAssessment(lang);
    const byId = (id: string) => assessment.flows.find((v) => v.id === id)!;
    for (const id of ['moln-1', 'analys-1', 'drift-1']) byId(id).derogations = ['49-1-a', '49-1-d'];
    byId('moln-1').warnings.push({ code: 'art28-met-by-scc', message: 'met' });
    byId('drift-1').derogations = [];
    byId('drift-1').warnings = [{ code: 'special-categories', message: 'Sensitive.', review: true }];
    const caseBody = structuredClone(sampleCase);
    for (const id of ['moln-1', 'drift-1']) caseBody.flows.find((f) => f.id === id)!.occasional = false;
    const view = memoView(contextOf(lang, { case: caseBody }, assessment));
    const flow = (id: string) => view.flows.find((f) => f.id === id)!;
    expect(flow('moln-1')).toMatchObject({ derogations: [], systematic: true, obligations: ['tia'] });
    // Occasional: listed; not said: listed too (the case does not say it is systematic).
    expect(flow('analys-1')).toMatchObject({ derogations: ['49-1-a', '49-1-d'], systematic: false });
    expect(flow('drift-1')).toMatchObject({
      derogations: [],
      systematic: false,
      obligations: ['art28-contract'],
    });
  });

  it('carries the trail, open questions and SCC choices, with their sources cited in the memo’s language', () => {
    const assessment = sampleAssessment(lang);
    const moln = assessment.flows[0]!;
    moln.scc!.choices = [{ id: 'c7', clause: 'Clause 7', text: 'Docking?', required: false }];
    moln.openQuestions = [
      {
        machine: 'transfer',
        id: 'q',
        question: 'Q?',
        help: 'Help.',
        choices: [],
        cites: ['GDPR Art. 44'],
        field: 'flows[0].x',
      },
    ];
    const view = memoView(contextOf(lang, {}, assessment));
    const flow = view.flows[0]!;
    expect(flow.scc).toEqual({
      module: 2,
      clause14: true,
      authority: sv ? 'Integritetsskyddsmyndigheten (IMY)' : 'Swedish Authority for Privacy Protection (IMY)',
      choices: [{ clause: 'Clause 7', text: 'Docking?', required: false }],
    });
    expect(flow.openQuestions).toEqual([
      {
        question: 'Q?',
        help: 'Help.',
        field: 'flows[0].x',
        cites: sv ? 'dataskyddsförordningen, artikel 44' : 'GDPR Art. 44',
      },
    ]);
    expect(flow.trail[1]).toEqual({
      question: sv ? 'Slutsats' : 'Conclusion',
      answer: sv ? 'Standardavtalsklausuler behövs.' : 'Standard contractual clauses are needed.',
      cites: sv ? 'dataskyddsförordningen, artikel 46.2 c' : 'GDPR Art. 46(2)(c)',
    });
    expect(view.flows.find((f) => f.id === 'drift-1')!.scc).toBeUndefined();
  });

  it('the legal data’s latest check date, and whether it is after the assessment date', () => {
    const at = (dataVersion: string) =>
      memoView(contextOf(lang, {}, { ...sampleAssessment(lang), dataVersion })).dataChecked;
    expect(at('test')).toBeUndefined();
    expect(at('adequacy@2026-10-20,dpf@2026-09-01')).toEqual({
      long: sv ? '20 oktober 2026' : '20 October 2026',
      afterAsOf: false,
    });
    expect(at('dpf@2026-11-01,adequacy@2026-10-20')).toEqual({
      long: sv ? '1 november 2026' : '1 November 2026',
      afterAsOf: false,
    });
    expect(at('adequacy@2026-10-20,dpf@2026-11-02')?.afterAsOf).toBe(true);
    expect(at('a@2026-10-20,b@2026-12-24,c@2026-09-01')?.long).toBe(
      sv ? '24 december 2026' : '24 December 2026',
    );
  });

  it('a chain: the first transfer, each onward step at its hop with its clauses, and its Clause 14 assessment', () => {
    const assessment = sampleAssessment(lang);
    const byId = (id: string) => assessment.flows.find((v) => v.id === id)!;
    const clause = (n: string) => `Decision (EU) 2021/914, Annex, Clause ${n} (module 2)`;
    byId('moln-1').onwardFlows = [
      {
        flow: 'support-1',
        clauses: [clause('8.8'), clause('9'), 'GDPR Art. 44'],
        onward: [
          {
            flow: 'missing',
            clauses: [],
            onward: [{ flow: 'japan-1', clauses: [clause('8.8')], onward: [] }],
          },
        ],
      },
    ] as unknown as FlowVerdict['onwardFlows'];
    byId('moln-1').tia = {
      status: 'open',
      conclusion: { text: 'Not yet.' },
      chain: {
        own: { status: 'complete', outcome: 'proceed' },
        legs: [
          { flow: 'support-1', status: 'open', destination: { code: 'IN' } },
          { flow: 'japan-1', status: 'complete', outcome: 'proceed' },
        ],
        weakest: 'support-1',
      },
    } as unknown as FlowVerdict['tia'];
    // A transfer without onward flows, and an onward flow, start no chain.
    byId('analys-1').onwardFlows = [];
    byId('support-1').onwardFlows = [
      { flow: 'japan-1', clauses: [], onward: [] },
    ] as unknown as FlowVerdict['onwardFlows'];
    byId('support-1').continues = { flows: ['moln-1'], clauses: [clause('8.8'), clause('9')] };
    const view = memoView(contextOf(lang, {}, assessment));
    expect(view.chains).toHaveLength(1);
    const [chain] = view.chains;
    expect(chain!.start).toBe('moln-1');
    const and = sv ? 'klausul 8.8 och klausul 9' : 'Clause 8.8 and Clause 9';
    expect(chain!.rows).toEqual([
      {
        hop: 1,
        flow: 'moln-1',
        from: 'Exempelby kommun',
        to: 'Molnbolaget Inc.',
        toCountry: sv ? 'USA' : 'United States of America',
        kind: 'transfer',
        module: 2,
        clauses: '',
      },
      {
        hop: 2,
        flow: 'support-1',
        from: 'Molnbolaget Inc.',
        to: 'Supportbolaget Pvt Ltd',
        toCountry: sv ? 'Indien' : 'India',
        kind: 'onward-transfer',
        module: 3,
        clauses: and,
      },
      {
        hop: 4,
        flow: 'japan-1',
        from: 'Exempelby kommun',
        to: 'Tokyo Data KK',
        toCountry: 'Japan',
        kind: 'transfer',
        module: undefined,
        clauses: sv ? 'klausul 8.8' : 'Clause 8.8',
      },
    ]);
    expect(chain!.tia).toEqual({
      status: 'open',
      own: { status: 'complete', outcome: 'proceed' },
      legs: [
        { flow: 'support-1', country: sv ? 'Indien' : 'India', status: 'open', outcome: undefined },
        { flow: 'japan-1', country: undefined, status: 'complete', outcome: 'proceed' },
      ],
      weakest: 'support-1',
      conclusion: 'Not yet.',
    });
    expect(view.flows.find((f) => f.id === 'support-1')!.continues).toEqual({
      flows: ['moln-1'],
      clauses: and,
    });
    expect(view.flows.find((f) => f.id === 'moln-1')!.continues).toBeUndefined();
    // A step whose verdict names no parties shows them empty; an assessment without its conclusion yet.
    delete byId('japan-1').exporter;
    delete byId('japan-1').importer;
    delete (byId('moln-1').tia as unknown as { conclusion?: unknown }).conclusion;
    const again = memoView(contextOf(lang, {}, assessment)).chains[0]!;
    expect(again.rows[2]).toMatchObject({ flow: 'japan-1', from: '', to: '', toCountry: undefined });
    expect(again.tia?.conclusion).toBeUndefined();
    // A chain whose assessment has no chain part shows none.
    byId('moln-1').tia = { status: 'open' } as unknown as FlowVerdict['tia'];
    expect(memoView(contextOf(lang, {}, assessment)).chains[0]!.tia).toBeUndefined();
  });

  it('the assumptions that touch the selected flows, naming only those', () => {
    const assessment = sampleAssessment(lang);
    assessment.assumptions = [
      { code: 'a', message: 'A', flows: ['moln-1', 'analys-1'] },
      { code: 'b', message: 'B', flows: ['analys-1'] },
    ] as Assessment['assumptions'];
    const view = memoView(contextOf(lang, { flows: ['moln-1', 'kund-1'] }, assessment));
    expect(view.assumptions).toEqual([{ message: 'A', flows: ['moln-1'] }]);
    expect(view.flows.map((f) => f.id)).toEqual(['moln-1', 'kund-1']);
  });
});

describe.each(langs)('the SCC execution document’s view (views/scc.ts, %s)', (lang) => {
  const sv = lang === 'sv';
  const twoFlows = (changes: (second: FlowVerdict) => void = () => {}) => {
    const assessment = sampleAssessment(lang);
    const second = { ...structuredClone(assessment.flows[0]!), id: 'moln-2' };
    changes(second);
    assessment.flows.push(second);
    const caseBody = structuredClone(sampleCase);
    caseBody.flows.push({ ...caseBody.flows[0]!, id: 'moln-2' });
    return { assessment, caseBody };
  };

  it('one document per exporter, importer and module, in the case’s order; other footings none', () => {
    const { assessment, caseBody } = twoFlows();
    // The same parties under another module: a document of its own.
    const m3 = { ...structuredClone(assessment.flows[0]!), id: 'moln-3' };
    m3.scc = { ...m3.scc!, module: 3 };
    const noImporter = { ...structuredClone(assessment.flows[0]!), id: 'moln-4' };
    delete noImporter.importer;
    const noExporter = { ...structuredClone(assessment.flows[0]!), id: 'moln-5' };
    delete noExporter.exporter;
    const noScc = { ...structuredClone(assessment.flows[0]!), id: 'moln-6' };
    delete noScc.scc;
    assessment.flows.push(m3, noImporter, noExporter, noScc);
    const context = contextOf(lang, { case: caseBody }, assessment);
    expect(
      sccGroups(context).map((g) => [g.module, g.exporterId, g.importerId, g.verdicts.map((v) => v.id)]),
    ).toEqual([
      [2, 'kommun', 'moln', ['moln-1', 'moln-2']],
      [3, 'moln', 'support', ['support-1']],
      [1, 'kommun', 'analys', ['analys-1']],
      [4, 'lonebyran', 'kund', ['kund-1']],
      [3, 'kommun', 'moln', ['moln-3']],
    ]);
    const view = sccView(context, sccGroups(context)[0]!);
    expect(view.several).toBe(true);
    expect(view.flows.map((f) => [f.id, f.number])).toEqual([
      ['moln-1', 1],
      ['moln-2', 2],
    ]);
    expect(sccView(context, sccGroups(context)[1]!).several).toBe(false);
  });

  it('choices given for several flows of one document must agree; the refusal names the field and both flows', () => {
    const { assessment, caseBody } = twoFlows();
    const draft = (a: object, b: object) => () => {
      const context = contextOf(
        lang,
        {
          case: caseBody,
          flows: ['moln-1', 'moln-2'],
          details: { flows: { 'moln-1': { scc: a }, 'moln-2': { scc: b } } },
        },
        assessment,
      );
      return sccView(context, sccGroups(context)[0]!);
    };
    expect(draft({ docking: true }, { courts: 'FI' })()).toMatchObject({
      clause7: true,
      clause18: { country: 'Finland', notEu: false },
    });
    expect(draft({ subProcessorNoticeDays: 30 }, { subProcessorNoticeDays: 30 })().clause9.days).toBe(30);
    expect(draft({ docking: true }, { docking: false })).toThrow(
      expect.objectContaining({
        status: 400,
        field: 'details.flows.moln-2.scc.docking',
        reason: 'differs from another flow of the same SCCs',
        detail: {
          sv: 'Flödena moln-1 och moln-2 omfattas av samma standardavtalsklausuler men anger olika val för docking.',
          en: 'Flows moln-1 and moln-2 fall under the same standard contractual clauses but give different choices for docking.',
        },
      }),
    );
  });

  it('the sub-processors, measures and assistance of several flows are put together, each once', () => {
    const { assessment, caseBody } = twoFlows();
    const context = contextOf(
      lang,
      {
        case: caseBody,
        flows: ['moln-1', 'moln-2'],
        details: {
          flows: {
            'moln-1': { subProcessors: [{ name: 'A Ltd' }], assistanceMeasures: 'Export tool.' },
            'moln-2': { subProcessors: [{ name: 'B Ltd' }], assistanceMeasures: 'Export tool.' },
          },
        },
      },
      assessment,
    );
    const view = sccView(context, sccGroups(context)[0]!);
    expect(view.subProcessors?.map((s) => s.name)).toEqual(['A Ltd', 'B Ltd', 'Supportbolaget Pvt Ltd']);
    expect(view.assistanceMeasures).toBe('Export tool.');
    const other = contextOf(
      lang,
      {
        case: caseBody,
        flows: ['moln-1', 'moln-2'],
        details: {
          flows: { 'moln-1': { assistanceMeasures: 'One.' }, 'moln-2': { assistanceMeasures: 'Two.' } },
        },
      },
      assessment,
    );
    expect(sccView(other, sccGroups(other)[0]!).assistanceMeasures).toBe('One.\nTwo.');
    // Module 4 has no Annex III of the case's onward flows, but keeps a list the request gives.
    const four = contextOf(lang, {
      flows: ['kund-1'],
      details: { flows: { 'kund-1': { subProcessors: [{ name: 'C Ltd' }] } } },
    });
    expect(sccView(four, sccGroups(four)[0]!)).toMatchObject({
      subProcessors: [{ name: 'C Ltd' }],
      subProcessorsKnown: true,
      assistanceMeasures: undefined,
    });
  });

  it('review points: the engine’s warnings for review that bear on the clauses, each once', () => {
    const { assessment, caseBody } = twoFlows((second) => {
      second.warnings = [
        { code: 'dpf-not-certified', message: assessment0Message(lang), review: true },
        { code: 'other', message: 'Check the clauses.', review: true },
        { code: 'adequacy-conditions', message: 'Adequacy.', review: true },
        { code: 'derogations-restrictive', message: 'Derogations.', review: true },
        { code: 'open-question', message: 'Open.', review: true },
        { code: 'derogation-conditions', message: 'Derogation.', review: true },
        { code: 'derogations-processor-exporter', message: 'Processor.', review: true },
        { code: 'alternative-conditions', message: 'Alternatives.', review: true },
        { code: 'note', message: 'A note.' },
      ];
    });
    const context = contextOf(lang, { case: caseBody, flows: ['moln-1', 'moln-2'] }, assessment);
    expect(sccView(context, sccGroups(context)[0]!).reviewPoints).toEqual([
      assessment0Message(lang),
      'Check the clauses.',
    ]);
  });

  it('Clause 14: said to be assessed only when every flow it applies to has a complete assessment', () => {
    const { assessment, caseBody } = twoFlows();
    const context = contextOf(lang, { case: caseBody, flows: ['moln-1', 'moln-2'] }, assessment);
    const view = () => sccView(context, sccGroups(context)[0]!);
    const tia = (status: string) => ({ status }) as never;
    expect(view()).toMatchObject({ clause14: true, clause14Assessed: false });
    context.tias = new Map([['moln-1', tia('complete')]]);
    expect(view().clause14Assessed).toBe(false);
    context.tias = new Map([
      ['moln-1', tia('complete')],
      ['moln-2', tia('open')],
    ]);
    expect(view().clause14Assessed).toBe(false);
    // A flow to which Clause 14 does not apply needs none.
    assessment.flows.find((v) => v.id === 'moln-2')!.scc!.clause14 = false;
    expect(view()).toMatchObject({ clause14: true, clause14Assessed: true });
    assessment.flows.find((v) => v.id === 'moln-1')!.scc!.clause14 = false;
    expect(view()).toMatchObject({ clause14: false, clause14Assessed: true });
  });

  it('Clauses 17 and 18: a law or forum outside the EU flagged for modules 1–3 only; Option 2 with the exporter’s own State flagged', () => {
    const at = (flow: string, scc: object, date = '2026-11-15') => {
      const context = {
        ...contextOf(lang, { flows: [flow], details: { flows: { [flow]: { scc } } } }),
        date,
      };
      return sccView(context, sccGroups(context)[0]!);
    };
    const us = sv ? 'USA' : 'the United States of America';
    expect(at('analys-1', { governingLaw: 'US', courts: 'NO' })).toMatchObject({
      clause17: { option: undefined, country: us, notEu: true, circular: false },
      clause18: { country: sv ? 'Norge' : 'Norway', notEu: true },
    });
    expect(at('kund-1', { governingLaw: 'US', courts: 'US' })).toMatchObject({
      clause17: { country: us, notEu: false },
      clause18: { country: us, notEu: false },
    });
    expect(at('analys-1', {})).toMatchObject({
      clause17: { country: undefined, notEu: false, circular: false },
      clause18: { country: undefined, notEu: false },
    });
    // Module 1 has no options in Clause 17: an option given is not carried.
    expect(at('analys-1', { governingLawOption: 'exporter', governingLaw: 'SE' }).clause17).toMatchObject({
      option: undefined,
      circular: false,
    });
    expect(at('moln-1', { governingLawOption: 'exporter', governingLaw: 'SE' }).clause17).toMatchObject({
      option: 'exporter',
      circular: true,
    });
    expect(at('moln-1', { governingLawOption: 'exporter', governingLaw: 'FI' }).clause17.circular).toBe(
      false,
    );
    expect(at('moln-1', { governingLawOption: 'named', governingLaw: 'SE' }).clause17.circular).toBe(false);
    expect(at('moln-1', { governingLawOption: 'exporter' }).clause17.circular).toBe(false);
    // The United Kingdom was a Member State until 31 January 2020.
    expect(at('moln-1', { governingLaw: 'GB', courts: 'GB' }, '2019-06-01')).toMatchObject({
      clause17: { notEu: false },
      clause18: { notEu: false },
    });
    expect(at('moln-1', { governingLaw: 'GB', courts: 'GB' })).toMatchObject({
      clause17: { notEu: true },
      clause18: { notEu: true },
    });
  });

  it('Clauses 17 and 18 name the country as a sentence does: “the law of the Netherlands”', () => {
    const context = contextOf(lang, {
      flows: ['moln-1'],
      details: {
        flows: { 'moln-1': { scc: { governingLawOption: 'named', governingLaw: 'NL', courts: 'US' } } },
      },
    });
    expect(sccView(context, sccGroups(context)[0]!)).toMatchObject({
      clause17: { country: sv ? 'Nederländerna' : 'the Netherlands', notEu: false },
      clause18: { country: sv ? 'USA' : 'the United States of America', notEu: true },
    });
  });

  it('the parts each module has: Clause 9 and Annex III in modules 2 and 3, Clause 13 and Annexes I.C and II in 1–3', () => {
    const view = (flow: string) => {
      const context = contextOf(lang, { flows: [flow] });
      return sccView(context, sccGroups(context)[0]!);
    };
    const parts = (v: ReturnType<typeof view>) => [
      v.module,
      v.exporterRole,
      v.importerRole,
      v.copyClause,
      v.clause9.applies,
      v.clause13.applies,
      v.annex,
    ];
    expect(parts(view('analys-1'))).toEqual([
      1,
      'controller',
      'controller',
      'module1',
      false,
      true,
      { ic: true, ii: true, iii: false },
    ]);
    expect(parts(view('moln-1'))).toEqual([
      2,
      'controller',
      'processor',
      'module2or3',
      true,
      true,
      { ic: true, ii: true, iii: true },
    ]);
    expect(parts(view('support-1'))).toEqual([
      3,
      'processor',
      'processor',
      'module2or3',
      true,
      true,
      { ic: true, ii: true, iii: true },
    ]);
    expect(parts(view('kund-1'))).toEqual([
      4,
      'processor',
      'controller',
      undefined,
      false,
      false,
      { ic: false, ii: false, iii: false },
    ]);
    expect(view('moln-1')).toMatchObject({
      publication: {
        citation: sv ? 'EUT L 199, 7.6.2021, s. 31' : 'OJ L 199, 7.6.2021, p. 31',
        eli: 'http://data.europa.eu/eli/dec_impl/2021/914/oj',
      },
      importerSubjectToGdpr: false,
      clause13: { case: 'member-state' },
    });
  });

  it('the supervisory authority’s two names, the abbreviation once', () => {
    const withAuthority = (name: string, nativeName: string) => {
      const assessment = sampleAssessment(lang);
      assessment.flows[0]!.scc!.supervisoryAuthority = {
        country: 'SE',
        id: 'x',
        name,
        nativeName,
        url: 'https://x',
      };
      assessment.flows[0]!.scc!.importerSubjectToGdpr = 'yes';
      const context = contextOf(lang, { flows: ['moln-1'] }, assessment);
      return sccView(context, sccGroups(context)[0]!);
    };
    expect(withAuthority('Authority (AB)', 'Myndighet (AB)').clause13.authority).toEqual({
      name: 'Authority',
      nativeName: 'Myndighet, AB',
      countryName: sv ? 'Sverige' : 'Sweden',
      url: 'https://x',
    });
    expect(withAuthority('Authority (AB)', 'Myndighet (CD)').clause13.authority).toMatchObject({
      name: 'Authority (AB)',
      nativeName: 'Myndighet (CD)',
    });
    expect(withAuthority('Authority (AB)', 'Myndighet').clause13.authority).toMatchObject({
      name: 'Authority (AB)',
      nativeName: 'Myndighet',
    });
    expect(withAuthority('Myndighet (AB)', 'Myndighet (AB)').clause13.authority).toMatchObject({
      name: 'Myndighet (AB)',
      nativeName: undefined,
    });
    // A name that already holds the native one in brackets prints it once (the Swedish name of the Dutch AP).
    expect(
      withAuthority(
        'Nederländernas dataskyddsmyndighet (Autoriteit Persoonsgegevens)',
        'Autoriteit Persoonsgegevens',
      ).clause13.authority,
    ).toMatchObject({
      name: 'Nederländernas dataskyddsmyndighet (Autoriteit Persoonsgegevens)',
      nativeName: undefined,
    });
    expect(withAuthority('Authority', 'Authority').importerSubjectToGdpr).toBe(true);
  });
  it('edge cases a lawyer would not see until they bite', () => {
    const { assessment, caseBody } = twoFlows((second) => {
      second.scc = { ...second.scc!, importerSubjectToGdpr: 'yes' };
    });
    // A verdict on another footing that still carries an SCC block (e.g. what the SCCs would need) is no SCC document.
    const other = {
      ...structuredClone(assessment.flows[0]!),
      id: 'moln-9',
      mechanism: 'unresolved' as const,
    };
    assessment.flows.push(other);
    // An exporter whose country the case does not give.
    caseBody.parties.push({ id: 'nowhere', name: 'Nowhere Ltd', type: 'company' });
    caseBody.flows.push({
      id: 'nowhere-1',
      from: 'nowhere',
      to: 'moln',
      fromRole: 'controller',
      toRole: 'processor',
    });
    assessment.flows.push({
      ...structuredClone(assessment.flows[0]!),
      id: 'nowhere-1',
      exporter: { id: 'nowhere', name: 'Nowhere Ltd', type: 'company' },
    });
    const context = contextOf(
      lang,
      {
        case: caseBody,
        details: {
          flows: {
            'moln-1': { assistanceMeasures: 'One.' },
            'nowhere-1': { scc: { governingLawOption: 'exporter' } },
          },
        },
      },
      assessment,
    );
    const groups = sccGroups(context);
    expect(groups.flatMap((g) => g.verdicts.map((v) => v.id))).not.toContain('moln-9');
    const both = sccView(context, groups[0]!);
    // One of the two flows' importer falls within the GDPR: the note is due.
    expect(both.importerSubjectToGdpr).toBe(true);
    // The other flow gives no assistance measures: the one text, nothing added.
    expect(both.assistanceMeasures).toBe('One.');
    // Option 2 without a law named, for an exporter of unknown country: nothing circular to flag.
    const nowhere = sccView(context, groups.find((g) => g.exporterId === 'nowhere')!);
    expect(nowhere.clause17).toMatchObject({ option: 'exporter', country: undefined, circular: false });
  });
});

function assessment0Message(lang: Lang): string {
  return sampleAssessment(lang).flows[0]!.warnings[0]!.message;
}
