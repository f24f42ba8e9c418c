import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { type MechanismOutput, mechanismMachine } from '../../machines/mechanism.js';
import { type Question, type RunResult, runQuestionnaire } from '../../machines/questionnaire.js';
import { type RolesOutput, rolesMachine } from '../../machines/roles.js';
import { type SccModuleOutput, sccModuleMachine } from '../../machines/sccModule.js';
import { type TransferOutput, transferMachine } from '../../machines/transfer.js';

/** Answers looked up by question id, as the engine gives them. */
function run<T>(machine: AnyStateMachine, answers: Record<string, string>): RunResult<T> {
  return runQuestionnaire<T>(machine, undefined, (question) => {
    const value = answers[question.id];
    return value === undefined ? undefined : { value };
  });
}

function done<T>(machine: AnyStateMachine, answers: Record<string, string>): T {
  const result = run<T>(machine, answers);
  if (result.status !== 'done') throw new Error(`expected done, got ${result.status} at ${result.state}`);
  return result.output;
}

describe('roles (EDPB Guidelines 07/2020)', () => {
  it('a party deciding purposes alone is controller', () => {
    expect(done<RolesOutput>(rolesMachine, { decidesPurposes: 'yes', jointDecision: 'no' }).role).toBe(
      'controller',
    );
  });
  it('converging decisions make joint controllers', () => {
    expect(done<RolesOutput>(rolesMachine, { decidesPurposes: 'yes', jointDecision: 'yes' }).role).toBe(
      'joint-controller',
    );
  });
  it('a processor using data for its own purposes is a controller for that processing (Art. 28(10))', () => {
    const out = done<RolesOutput>(rolesMachine, {
      decidesPurposes: 'no',
      decidesEssentialMeans: 'no',
      processesOnBehalf: 'yes',
      ownPurposes: 'yes',
    });
    expect(out).toEqual({ role: 'controller', outcome: 'controllerByArt28_10' });
  });
  it('a processor engaged by a processor is a sub-processor', () => {
    const answers = {
      decidesPurposes: 'no',
      decidesEssentialMeans: 'no',
      processesOnBehalf: 'yes',
      ownPurposes: 'no',
    };
    expect(done<RolesOutput>(rolesMachine, { ...answers, engagedBy: 'processor' }).role).toBe(
      'sub-processor',
    );
    expect(done<RolesOutput>(rolesMachine, { ...answers, engagedBy: 'controller' }).role).toBe('processor');
  });
  it('essential means without purposes and alone is sent to legal review, not guessed', () => {
    const out = done<RolesOutput>(rolesMachine, {
      decidesPurposes: 'no',
      decidesEssentialMeans: 'yes',
      jointDecision: 'no',
    });
    expect(out.role).toBe('undetermined');
  });
  it('stops open at the first question it cannot answer', () => {
    const result = run<RolesOutput>(rolesMachine, { decidesPurposes: 'no' });
    expect(result.status).toBe('open');
    if (result.status === 'open') expect(result.question.id).toBe('decidesEssentialMeans');
  });
});

describe('transfer (EDPB Guidelines 05/2021)', () => {
  const eu = { senderRole: 'controller', senderSubjectToGdpr: 'establishment', disclosure: 'transmission' };
  it('all three criteria met: transfer', () => {
    const out = done<TransferOutput>(transferMachine, { ...eu, recipientLocation: 'third-country' });
    expect(out).toMatchObject({ kind: 'transfer', basis: 'establishment', destination: 'third-country' });
  });
  it('an international organisation is an importer wherever its seat is', () => {
    expect(
      done<TransferOutput>(transferMachine, { ...eu, recipientLocation: 'international-organisation' }).kind,
    ).toBe('transfer');
  });
  it('Example 1: a data subject sending their own data makes no transfer', () => {
    const out = done<TransferOutput>(transferMachine, { senderRole: 'data-subject' });
    expect(out).toEqual({ kind: 'not-a-transfer', outcome: 'notTransferDataSubject' });
  });
  it('Example 5: remote access by the exporter’s own employee is no transfer', () => {
    const out = done<TransferOutput>(transferMachine, { ...eu, disclosure: 'own-employee' });
    expect(out.outcome).toBe('notTransferSameEntity');
  });
  it('remote access by another party counts as making available', () => {
    const out = done<TransferOutput>(transferMachine, {
      ...eu,
      disclosure: 'remote-access',
      recipientLocation: 'third-country',
    });
    expect(out).toMatchObject({ kind: 'transfer', disclosure: 'remote-access' });
  });
  it('Example 2: an Art. 3(2) controller using a processor outside the EU transfers', () => {
    const out = done<TransferOutput>(transferMachine, {
      ...eu,
      senderSubjectToGdpr: 'targeting',
      recipientLocation: 'third-country',
    });
    expect(out).toMatchObject({ kind: 'transfer', basis: 'targeting' });
  });
  it('a party outside the GDPR that got the data through a transfer makes an onward transfer', () => {
    const out = done<TransferOutput>(transferMachine, {
      ...eu,
      senderSubjectToGdpr: 'no',
      receivedThroughTransfer: 'yes',
      recipientLocation: 'third-country',
    });
    expect(out.kind).toBe('onward-transfer');
  });
  it('a disclosure into the EEA is no onward transfer', () => {
    const out = done<TransferOutput>(transferMachine, {
      ...eu,
      senderSubjectToGdpr: 'no',
      receivedThroughTransfer: 'yes',
      recipientLocation: 'eea',
    });
    expect(out).toMatchObject({ kind: 'not-a-transfer', outcome: 'notOnwardIntoEea' });
  });
  it('a party outside the GDPR with no incoming transfer makes no transfer', () => {
    const out = done<TransferOutput>(transferMachine, {
      ...eu,
      senderSubjectToGdpr: 'no',
      receivedThroughTransfer: 'no',
    });
    expect(out.outcome).toBe('notTransferOutsideGdpr');
  });
  it('Example 12: a recipient in the EU is no importer', () => {
    expect(done<TransferOutput>(transferMachine, { ...eu, recipientLocation: 'eea' }).outcome).toBe(
      'notTransferRecipientInEea',
    );
  });
});

describe('caveats where the law is not stated', () => {
  // Moved from test/engine/legal-findings.test.ts: a question's help text, not a case.
  it('a self-employed contractor is usually another party; one under direct authority may count as staff', () => {
    const { question } = transferMachine.root.states.disclosure!.meta as { question: Question };
    expect(question.help?.en).toMatch(/usually/);
    expect(question.help?.en).toMatch(/Art\. 29/);
    expect(question.help?.sv).toMatch(/vanligen/);
    expect(question.help?.sv).toMatch(/artikel 29/);
  });
});

describe('mechanism (Art. 45, 46, 49)', () => {
  const noAdequacy = {
    adequacyInForce: 'no',
    exporterPublicBody: 'no',
    importerKind: 'company',
    sameGroup: 'no',
    occasional: 'unknown',
  };
  it('an answer it did not offer on public powers or on occasional counts as unknown: Art. 49(3) stays closed', () => {
    // The wizard drives the machine answer by answer; an unclear answer must not open consent or the
    // contract derogations to a public authority (Art. 49(3)), nor be taken as "not occasional".
    const actor = createActor(mechanismMachine).start();
    for (const value of ['no', 'yes', 'public-body', 'perhaps', 'perhaps'])
      actor.send({ type: 'ANSWER', value });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toMatchObject({
      mechanism: 'scc',
      publicPowers: 'unknown',
      occasional: 'unknown',
      derogations: ['49-1-d', '49-1-e', '49-1-f', '49-1-g'],
    });
  });
  it('adequacy in force and in scope: adequacy, nothing else offered', () => {
    const out = done<MechanismOutput>(mechanismMachine, { adequacyInForce: 'yes', importerInScope: 'yes' });
    expect(out).toMatchObject({ mechanism: 'adequacy', covered: true, alternatives: [], derogations: [] });
  });
  it('Canada: a public body is outside the decision, so SCCs', () => {
    const out = done<MechanismOutput>(mechanismMachine, {
      ...noAdequacy,
      adequacyInForce: 'yes',
      importerInScope: 'no',
      importerKind: 'public-body',
    });
    expect(out).toMatchObject({
      mechanism: 'scc',
      adequacy: 'general',
      covered: false,
      notCoveredBecause: 'importer-out-of-scope',
    });
  });
  it('US: DPF certification decides; not knowing it never gives adequacy', () => {
    const dpf = { ...noAdequacy, adequacyInForce: 'yes-dpf', importerInScope: 'yes' };
    expect(done<MechanismOutput>(mechanismMachine, { ...dpf, dpfCertification: 'yes' }).mechanism).toBe(
      'adequacy',
    );
    expect(done<MechanismOutput>(mechanismMachine, { ...dpf, dpfCertification: 'no' })).toMatchObject({
      mechanism: 'scc',
      notCoveredBecause: 'not-dpf-certified',
    });
    expect(done<MechanismOutput>(mechanismMachine, { ...dpf, dpfCertification: 'unknown' })).toMatchObject({
      mechanism: 'scc',
      notCoveredBecause: 'dpf-status-unknown',
    });
  });
  it('BCRs only within one group and never to a public exporter; the public-sector instruments only between public bodies', () => {
    expect(done<MechanismOutput>(mechanismMachine, noAdequacy).alternatives).toEqual(['derogation']);
    const group = { ...noAdequacy, sameGroup: 'yes' };
    expect(done<MechanismOutput>(mechanismMachine, group).alternatives).toEqual(['bcr', 'derogation']);
    const publicExporter = { ...group, exporterPublicBody: 'yes', publicPowers: 'no' };
    expect(done<MechanismOutput>(mechanismMachine, publicExporter).alternatives).toEqual(['derogation']);
    const publicBodies = done<MechanismOutput>(mechanismMachine, {
      ...noAdequacy,
      exporterPublicBody: 'yes',
      importerKind: 'public-body',
      publicPowers: 'no',
    });
    expect(publicBodies.alternatives).toEqual(['art46-2a', 'art46-3b', 'derogation']);
    const privateExporter = done<MechanismOutput>(mechanismMachine, {
      ...noAdequacy,
      importerKind: 'public-body',
    });
    expect(privateExporter.alternatives).toEqual(['derogation']);
  });
  it('Art. 49(3) closes (a), (b), (c) and the second subparagraph to public powers', () => {
    const out = done<MechanismOutput>(mechanismMachine, {
      ...noAdequacy,
      exporterPublicBody: 'yes',
      publicPowers: 'yes',
    });
    expect(out.derogations).toEqual(['49-1-d', '49-1-e', '49-1-f', '49-1-g']);
  });
  it('regular transfers lose (b), (c), (e) and the second subparagraph (recital 111, Art. 49(1))', () => {
    const out = done<MechanismOutput>(mechanismMachine, { ...noAdequacy, occasional: 'no' });
    expect(out.derogations).toEqual(['49-1-a', '49-1-d', '49-1-f', '49-1-g']);
  });
  it('both limits together leave (d), (f) and (g)', () => {
    const out = done<MechanismOutput>(mechanismMachine, {
      ...noAdequacy,
      exporterPublicBody: 'yes',
      publicPowers: 'yes',
      occasional: 'no',
    });
    expect(out.derogations).toEqual(['49-1-d', '49-1-f', '49-1-g']);
  });
  it('does not ask about public powers when the exporter is no public body', () => {
    const result = run<MechanismOutput>(mechanismMachine, noAdequacy);
    expect(result.status).toBe('done');
    expect(result.trail.map((s) => s.id)).not.toContain('publicPowers');
  });
});

describe('SCC module (Decision (EU) 2021/914)', () => {
  const base = { exporterEstablishment: 'member-state', importerSubjectToGdpr: 'no' };
  const module = (exporter: string, importer: string, extra: Record<string, string> = {}) =>
    done<SccModuleOutput>(sccModuleMachine, {
      ...base,
      sccExporterRole: exporter,
      sccImporterRole: importer,
      ...extra,
    });

  it('picks module 1 to 4 from the roles', () => {
    expect(module('controller', 'controller').module).toBe(1);
    expect(module('controller', 'joint-controller').module).toBe(1);
    expect(module('controller', 'processor').module).toBe(2);
    expect(module('processor', 'processor').module).toBe(3);
    expect(module('processor', 'controller', { combinesWithEuData: 'no' }).module).toBe(4);
  });
  it('Clause 9 options only in modules 2 and 3; Clause 13 not in module 4', () => {
    const m2 = module('controller', 'processor');
    expect(m2.subProcessorOptions).toBe(true);
    expect(m2.choices.map((c) => c.id)).toContain('clause-9-option');
    expect(m2.choices.map((c) => c.id)).toContain('annex-III');
    const m1 = module('controller', 'controller');
    expect(m1.subProcessorOptions).toBe(false);
    expect(m1.choices.map((c) => c.id)).not.toContain('clause-9-option');
    const m4 = module('processor', 'controller', { combinesWithEuData: 'no' });
    expect(m4.clause13).toBeUndefined();
    expect(m4.choices.map((c) => c.id)).toEqual([
      'clause-7',
      'clause-11-body',
      'clause-17',
      'clause-18',
      'annex-I-A',
      'annex-I-B',
    ]);
  });
  it('Clause 14 in module 4 only when EU-collected data are combined', () => {
    expect(module('processor', 'controller', { combinesWithEuData: 'yes' }).clause14).toBe(true);
    expect(module('processor', 'controller', { combinesWithEuData: 'no' }).clause14).toBe(false);
    expect(module('controller', 'processor').clause14).toBe(true);
  });
  it('module 4 does not ask the Clause 13 question; modules 1-3 do not ask about combination', () => {
    const m4 = run<SccModuleOutput>(sccModuleMachine, {
      ...base,
      sccExporterRole: 'processor',
      sccImporterRole: 'controller',
    });
    expect(m4.status).toBe('open');
    if (m4.status === 'open') expect(m4.question.id).toBe('combinesWithEuData');
    for (const [exporter, importer] of [
      ['controller', 'controller'],
      ['controller', 'joint-controller'],
      ['controller', 'processor'],
      ['processor', 'processor'],
    ] as const) {
      const asked = { sccExporterRole: exporter, sccImporterRole: importer };
      // Without the exporter's establishment, modules 1-3 stop at the Clause 13 question...
      const open = run<SccModuleOutput>(sccModuleMachine, { importerSubjectToGdpr: 'no', ...asked });
      expect(open.status, `${exporter} to ${importer}`).toBe('open');
      if (open.status === 'open') expect(open.question.id).toBe('exporterEstablishment');
      // ...and with every answer given, combination with EU data is never asked.
      const done = run<SccModuleOutput>(sccModuleMachine, { ...base, ...asked, combinesWithEuData: 'yes' });
      expect(done.status).toBe('done');
      expect(done.trail.map((step) => step.id)).not.toContain('combinesWithEuData');
    }
  });
  it('Clause 13 records the case of an Art. 3(2) exporter', () => {
    expect(module('controller', 'processor', { exporterEstablishment: 'representative' }).clause13).toBe(
      'representative',
    );
  });
  it('keeps the importer’s own GDPR status for the warning', () => {
    expect(module('controller', 'processor', { importerSubjectToGdpr: 'yes' }).importerSubjectToGdpr).toBe(
      'yes',
    );
  });
  it('picks no module, and records no GDPR status, from an answer it did not offer', () => {
    // The runner refuses such answers; the machine itself must not turn one into a module either (it is
    // also driven answer by answer by the wizard).
    const drive = (...values: string[]) => {
      const actor = createActor(sccModuleMachine).start();
      for (const value of values) actor.send({ type: 'ANSWER', value });
      return actor.getSnapshot();
    };
    for (const [exporter, importer] of [
      ['controller', 'other'],
      ['other', 'processor'],
      ['other', 'controller'],
    ]) {
      const snapshot = drive(exporter!, importer!);
      expect(snapshot.value, `${exporter} to ${importer}`).toBe('sccImporterRole');
      expect(snapshot.context.module).toBeUndefined();
    }
    const finished = drive('controller', 'processor', 'member-state', 'perhaps');
    expect(finished.status).toBe('done');
    expect((finished.output as SccModuleOutput).importerSubjectToGdpr).toBe('unknown');
  });
});
