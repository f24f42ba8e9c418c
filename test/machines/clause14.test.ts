import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  assessorOf,
  type Clause14Output,
  type Clause14Question,
  clause14Conclusions,
  clause14Machine,
  clause14Questions,
  clause14Steps,
  useCaseFor,
} from '../../machines/clause14/index.js';
import {
  type AnswerEvent,
  answersInOrder,
  currentMeta,
  runQuestionnaire,
  stateName,
} from '../../machines/questionnaire.js';
import { finalStateIds, questionStateIds } from './paths.js';

/**
 * The clause14 machine has too many simple paths to enumerate (every combination of the step 1 facts
 * multiplies them), so its paths are tested as: one path to every final state, together taking every
 * answer of every question at least once, plus graph reachability of every state.
 */

type Step = [question: string, value: string];
const run = (steps: Step[]) => {
  const { answerer, used } = answersInOrder(steps.map(([question, value]) => ({ question, value })));
  const result = runQuestionnaire<Clause14Output>(clause14Machine, undefined, answerer);
  return { result, used: used() };
};

// Building blocks: step 2 (tool), step 1 (circumstances), step 3 (laws).
const scc2: Step[] = [
  ['transferTool', 'scc'],
  ['sccModule', '2'],
];
const facts = (f: Partial<Record<string, string>> = {}): Step[] => {
  const steps: Step[] = [['processingChain', f.processingChain ?? 'importer-only']];
  const format = f.dataFormat ?? 'clear';
  steps.push(['dataFormat', format]);
  if (format === 'encrypted') {
    steps.push(['encryptionKeys', f.encryptionKeys ?? 'exporter-eea']);
    steps.push(['encryptionStrength', f.encryptionStrength ?? 'yes']);
  }
  if (format === 'pseudonymised') steps.push(['pseudonymisationKey', f.pseudonymisationKey ?? 'yes']);
  steps.push(['storageLocation', f.storageLocation ?? 'destination']);
  steps.push(['clearTextAccess', f.clearTextAccess ?? 'no']);
  steps.push(['remoteAccess', f.remoteAccess ?? 'no']);
  steps.push(['protectedRecipient', f.protectedRecipient ?? 'no']);
  steps.push(['splitProcessing', f.splitProcessing ?? 'no']);
  return steps;
};
const guarantees = (a: string, b: string, c: string, d: string): Step[] => [
  ['guaranteeA', a],
  ['guaranteeB', b],
  ['guaranteeC', c],
  ['guaranteeD', d],
];
const lawsShort: Step[] = [
  ['destinationProfile', 'ru'],
  ...guarantees('met', 'not-met', 'not-met', 'not-met'),
];
const noExperience: Step[] = [['practicalExperience', 'no']];

interface PathCase {
  name: string;
  steps: Step[];
  state: string;
  outcome: Clause14Output['outcome'];
  useCase?: number;
}

const cases: PathCase[] = [
  {
    name: 'adequacy needs no TIA',
    steps: [['transferTool', 'adequacy']],
    state: 'notNeededAdequacy',
    outcome: 'not-needed',
  },
  {
    name: 'an Art. 49 derogation needs no TIA',
    steps: [['transferTool', 'art49-derogation']],
    state: 'notNeededDerogation',
    outcome: 'not-needed',
  },
  {
    name: 'module 4 without combination needs no TIA',
    steps: [
      ['transferTool', 'scc'],
      ['sccModule', '4'],
      ['module4Combination', 'no'],
    ],
    state: 'notNeededModule4',
    outcome: 'not-needed',
  },
  {
    name: 'US, relying on the Commission finding',
    steps: [
      ...scc2,
      ...facts({ clearTextAccess: 'yes' }),
      ['destinationProfile', 'us'],
      ['relyOnCommissionFinding', 'yes'],
    ],
    state: 'proceedCommissionFinding',
    outcome: 'proceed',
  },
  {
    name: 'all four guarantees met (generic profile, BCRs)',
    steps: [
      ['transferTool', 'bcr'],
      ...facts(),
      ['destinationProfile', 'generic'],
      ...guarantees('met', 'met', 'met', 'met'),
    ],
    state: 'proceedGuaranteesMet',
    outcome: 'proceed',
  },
  {
    name: 'practical experience documented and corroborated (module 1, India)',
    steps: [
      ['transferTool', 'scc'],
      ['sccModule', '1'],
      ...facts({ clearTextAccess: 'yes', processingChain: 'onward-transfers' }),
      ['destinationProfile', 'in'],
      ...guarantees('not-met', 'not-met', 'met', 'not-met'),
      ['practicalExperience', 'yes'],
      ['practicalExperienceDocumented', 'yes'],
      ['practicalExperienceCorroborated', 'yes'],
    ],
    state: 'proceedPracticalExperience',
    outcome: 'proceed',
  },
  {
    name: 'use case 1: encrypted backup, keys in the EEA (module 3, China)',
    steps: [
      ['transferTool', 'scc'],
      ['sccModule', '3'],
      ...facts({ dataFormat: 'encrypted' }),
      ['destinationProfile', 'cn'],
      ...guarantees('not-met', 'not-met', 'not-met', 'not-met'),
      ['practicalExperience', 'yes'],
      ['practicalExperienceDocumented', 'no'],
    ],
    state: 'proceedUseCase1',
    outcome: 'proceed-with-measures',
    useCase: 1,
  },
  {
    name: 'use case 2: pseudonymised, re-identification in the EEA',
    steps: [...scc2, ...facts({ dataFormat: 'pseudonymised' }), ...lawsShort, ...noExperience],
    state: 'proceedUseCase2',
    outcome: 'proceed-with-measures',
    useCase: 2,
  },
  {
    name: 'use case 3: encrypted transit',
    steps: [
      ...scc2,
      ...facts({ dataFormat: 'encrypted', storageLocation: 'transit-only' }),
      ...lawsShort,
      ['practicalExperience', 'yes'],
      ['practicalExperienceDocumented', 'yes'],
      ['practicalExperienceCorroborated', 'no'],
    ],
    state: 'proceedUseCase3',
    outcome: 'proceed-with-measures',
    useCase: 3,
  },
  {
    name: 'use case 4: protected recipient (other Art. 46 tool)',
    steps: [
      ['transferTool', 'other-art46'],
      ...facts({
        dataFormat: 'encrypted',
        encryptionKeys: 'importer',
        clearTextAccess: 'yes',
        protectedRecipient: 'yes',
      }),
      ...lawsShort,
      ...noExperience,
    ],
    state: 'proceedUseCase4',
    outcome: 'proceed-with-measures',
    useCase: 4,
  },
  {
    name: 'use case 5: split processing',
    steps: [
      ...scc2,
      ...facts({ splitProcessing: 'yes', storageLocation: 'eea' }),
      ...lawsShort,
      ...noExperience,
    ],
    state: 'proceedUseCase5',
    outcome: 'proceed-with-measures',
    useCase: 5,
  },
  {
    name: 'use case 6: US cloud provider needing clear text, the Commission finding set aside',
    steps: [
      ...scc2,
      ...facts({ clearTextAccess: 'yes' }),
      ['destinationProfile', 'us'],
      ['relyOnCommissionFinding', 'no'],
      ...guarantees('met', 'not-met', 'met', 'not-met'),
      ...noExperience,
    ],
    state: 'doNotTransferUseCase6',
    outcome: 'do-not-transfer',
    useCase: 6,
  },
  {
    name: 'use case 7: remote access in the clear (module 4 with combination)',
    steps: [
      ['transferTool', 'scc'],
      ['sccModule', '4'],
      ['module4Combination', 'yes'],
      ...facts({ clearTextAccess: 'yes', remoteAccess: 'yes', storageLocation: 'eea' }),
      ...lawsShort,
      ...noExperience,
    ],
    state: 'doNotTransferUseCase7',
    outcome: 'do-not-transfer',
    useCase: 7,
  },
  {
    name: 'no use case fits, other measures documented as effective',
    steps: [
      ...scc2,
      ...facts({ dataFormat: 'encrypted', encryptionKeys: 'importer', encryptionStrength: 'no' }),
      ...lawsShort,
      ...noExperience,
      ['otherMeasuresEffective', 'yes'],
    ],
    state: 'proceedOtherMeasures',
    outcome: 'proceed-with-measures',
  },
  {
    name: 'no use case fits and no effective measure',
    steps: [
      ...scc2,
      ...facts({ dataFormat: 'encrypted', encryptionKeys: 'other-in-destination' }),
      ...lawsShort,
      ...noExperience,
      ['otherMeasuresEffective', 'no'],
    ],
    state: 'doNotTransferNoMeasure',
    outcome: 'do-not-transfer',
  },
  {
    name: 'pseudonymised but the key leaves the EEA: no use case, no measure',
    steps: [
      ...scc2,
      ...facts({ dataFormat: 'pseudonymised', pseudonymisationKey: 'no' }),
      ...lawsShort,
      ...noExperience,
      ['otherMeasuresEffective', 'no'],
    ],
    state: 'doNotTransferNoMeasure',
    outcome: 'do-not-transfer',
  },
];

describe('every path of the clause14 machine', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { result, used } = run(c.steps);
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(used).toBe(c.steps.length);
    expect(result.state).toBe(c.state);
    expect(result.output.state).toBe(c.state);
    expect(result.output.outcome).toBe(c.outcome);
    expect(result.output.useCase).toBe(c.useCase);
    expect(result.trail.map((t) => t.id)).toEqual([...c.steps.map(([q]) => q), 'conclusion']);
    expect(result.trail.at(-1)?.cites.length).toBeGreaterThan(0);
  });

  it('reaches every final state the machine defines', () => {
    expect([...new Set(cases.map((c) => c.state))].sort()).toEqual(finalStateIds(clause14Machine).sort());
  });

  it('takes every answer of every question on some path', () => {
    const taken = new Set(cases.flatMap((c) => c.steps.map(([q, v]) => `${q}=${v}`)));
    const offered = clause14Questions.flatMap((q) => q.choices.map((choice) => `${q.id}=${choice.value}`));
    expect(offered.filter((pair) => !taken.has(pair))).toEqual([]);
  });

  const guardFacts = [
    'dataFormat',
    'encryptionKeys',
    'encryptionStrength',
    'pseudonymisationKey',
    'storageLocation',
    'clearTextAccess',
    'remoteAccess',
    'protectedRecipient',
    'splitProcessing',
  ];

  it('reaches every state in the graph of the machine', () => {
    const paths = getShortestPaths(clause14Machine, {
      events: (snapshot) =>
        (currentMeta(snapshot).question?.choices ?? []).map(
          (c): AnswerEvent => ({ type: 'ANSWER', value: c.value }),
        ),
      // The state plus the step 1 facts the use-case guards read: merging states that differ only in
      // those would hide the step 4 outcomes behind whichever facts were met first.
      serializeState: (snapshot) => {
        const answers = (snapshot.context as { answers: Record<string, string> }).answers;
        return JSON.stringify([snapshot.value, ...guardFacts.map((k) => answers[k])]);
      },
    });
    // Phases are parent states: a path rests in the leaf (`{ step1: 'dataFormat' }` is in dataFormat).
    const reached = new Set(paths.map((p) => stateName(p.state)));
    const all = [...questionStateIds(clause14Machine), ...finalStateIds(clause14Machine)].filter(
      // transient states are passed through, never rested in
      (id) => id !== 'lawsAssessed' && id !== 'supplementaryMeasures',
    );
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('stops at the first question it cannot answer, with the trail so far', () => {
    const { result } = run([...scc2]);
    expect(result.status).toBe('open');
    if (result.status !== 'open') return;
    expect(result.question.id).toBe('processingChain');
    expect(result.trail.map((t) => t.id)).toEqual(['transferTool', 'sccModule']);
  });
});

describe('the assessor rule', () => {
  it('has the EU processor assess and the controller review under module 3 (CNIL guide)', () => {
    expect(assessorOf({ transferTool: 'scc', sccModule: '3' })).toEqual({
      assessor: 'exporter-processor',
      reviewer: 'controller',
    });
    const { result } = run([
      ['transferTool', 'scc'],
      ['sccModule', '3'],
      ...facts({ dataFormat: 'encrypted' }),
      ['destinationProfile', 'generic'],
      ...guarantees('met', 'met', 'met', 'met'),
    ]);
    expect(result.status === 'done' && result.output).toMatchObject({
      assessor: 'exporter-processor',
      reviewer: 'controller',
    });
  });

  it('has the controller assess under modules 1 and 2, the processor under module 4, the exporter otherwise', () => {
    expect(assessorOf({ transferTool: 'scc', sccModule: '1' })).toEqual({ assessor: 'exporter-controller' });
    expect(assessorOf({ transferTool: 'scc', sccModule: '2' })).toEqual({ assessor: 'exporter-controller' });
    expect(assessorOf({ transferTool: 'scc', sccModule: '4' })).toEqual({ assessor: 'exporter-processor' });
    expect(assessorOf({ transferTool: 'bcr' })).toEqual({ assessor: 'exporter' });
    expect(assessorOf({ transferTool: 'adequacy' })).toEqual({});
    expect(assessorOf({ transferTool: 'scc' })).toEqual({});
  });

  it('names no assessor when no TIA is needed', () => {
    const { result } = run([['transferTool', 'adequacy']]);
    expect(result.status === 'done' && result.output.assessor).toBeUndefined();
  });
});

describe('the use-case rules', () => {
  const base = { clearTextAccess: 'no', remoteAccess: 'no', protectedRecipient: 'no', splitProcessing: 'no' };
  const encrypted = { dataFormat: 'encrypted', encryptionKeys: 'exporter-eea', encryptionStrength: 'yes' };

  it('needs strong encryption and keys in the EEA for use cases 1 and 3', () => {
    expect(useCaseFor({ ...base, ...encrypted, storageLocation: 'destination' })).toBe(1);
    expect(useCaseFor({ ...base, ...encrypted, storageLocation: 'transit-only' })).toBe(3);
    expect(useCaseFor({ ...base, ...encrypted, encryptionStrength: 'no' })).toBeUndefined();
    expect(useCaseFor({ ...base, ...encrypted, encryptionKeys: 'importer' })).toBeUndefined();
  });

  it('does not count encryption where the importer reads the data in the clear', () => {
    expect(useCaseFor({ ...base, ...encrypted, clearTextAccess: 'yes' })).toBe(6);
    expect(useCaseFor({ ...base, ...encrypted, remoteAccess: 'yes' })).toBeUndefined();
  });

  it('prefers use case 7 to 6 for remote access in the clear, and 4 and 5 to both', () => {
    expect(useCaseFor({ ...base, dataFormat: 'clear', clearTextAccess: 'yes', remoteAccess: 'yes' })).toBe(7);
    expect(useCaseFor({ ...base, dataFormat: 'clear', clearTextAccess: 'yes' })).toBe(6);
    const protectedImporter = {
      ...base,
      processingChain: 'importer-only',
      dataFormat: 'encrypted',
      encryptionKeys: 'importer',
      encryptionStrength: 'yes',
      clearTextAccess: 'yes',
      protectedRecipient: 'yes',
    };
    expect(useCaseFor(protectedImporter)).toBe(4);
    // Use case 4 also needs no onward transfer, encryption before sending and the key with the importer.
    expect(useCaseFor({ ...protectedImporter, processingChain: 'onward-transfers' })).toBe(6);
    expect(useCaseFor({ ...protectedImporter, dataFormat: 'clear' })).toBe(6);
    expect(useCaseFor({ ...protectedImporter, encryptionKeys: 'other-in-destination' })).toBe(6);
    expect(useCaseFor({ ...protectedImporter, encryptionStrength: 'no' })).toBe(6);
    expect(useCaseFor({ ...base, dataFormat: 'clear', clearTextAccess: 'yes', splitProcessing: 'yes' })).toBe(
      5,
    );
  });

  it('needs the re-identifying information kept in the EEA for use case 2', () => {
    expect(useCaseFor({ ...base, dataFormat: 'pseudonymised', pseudonymisationKey: 'yes' })).toBe(2);
    expect(useCaseFor({ ...base, dataFormat: 'pseudonymised', pseudonymisationKey: 'no' })).toBeUndefined();
  });
});

describe('texts of the clause14 machine', () => {
  const filled = (t: { en: string; sv: string }) => t.en.trim().length > 0 && t.sv.trim().length > 0;

  it('gives every question both languages, sources, a step and at least two answers', () => {
    const ids = clause14Questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of clause14Questions as readonly Clause14Question[]) {
      // The step a question carries is the one its EDPB citation names, where it names one.
      const cited = q.cites.map((c) => /, step (\d)$/.exec(c)?.[1]).find(Boolean);
      if (cited) expect(q.step, q.id).toBe(Number(cited));
      expect(clause14Steps[q.id as keyof typeof clause14Steps]).toBe(q.step);
      // The look-ahead's answer is one the question accepts.
      if (q.lookahead)
        expect(
          q.choices.map((c) => c.value),
          q.id,
        ).toContain(q.lookahead);
      expect(filled(q.text)).toBe(true);
      if (q.help) expect(filled(q.help)).toBe(true);
      expect(q.cites.length).toBeGreaterThan(0);
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      for (const choice of q.choices) expect(filled(choice.label)).toBe(true);
    }
  });

  it('gives every final state a conclusion in both languages with sources', () => {
    for (const id of finalStateIds(clause14Machine)) {
      const node = clause14Machine.root.states[id]!;
      const conclusion = (node.meta as { conclusion?: { text: { en: string; sv: string }; cites: string[] } })
        .conclusion;
      expect(conclusion).toBeDefined();
      expect(filled(conclusion!.text)).toBe(true);
      expect(conclusion!.cites.length).toBeGreaterThan(0);
    }
    expect(Object.keys(clause14Conclusions).sort()).toEqual(finalStateIds(clause14Machine).sort());
  });

  it('cites suspension under Clause 16 and Clause 14(e) and (f) in every do-not-transfer conclusion', () => {
    for (const id of ['doNotTransferUseCase6', 'doNotTransferUseCase7', 'doNotTransferNoMeasure'] as const) {
      const cites = clause14Conclusions[id].cites.join(' | ');
      expect(cites).toContain('Clause 16(b)');
      expect(cites).toContain('Clause 14(e)');
      expect(cites).toContain('Clause 14(f)');
    }
  });

  it('asks first about the tool, so a TIA that is not needed asks nothing else', () => {
    const first = currentMeta(clause14Machine.getInitialSnapshot({} as never)).question;
    expect(first?.id).toBe('transferTool');
  });
});
