import { describe, expect, it } from 'vitest';
import type { FlowVerdict } from '../../src/domain/verdict.js';
import { assess, only } from './helpers.js';

/**
 * Where an answer of the reasoning was read (the trail's `by`), for the facts trail.scenarios.ts leaves out:
 * a lawyer checking an answer must find the fact it rests on, in the case or in the data, and see where a
 * fact was not given and the engine took the cautious branch (or stopped to ask).
 */

const asOf = '2026-11-01';
const sweden = { id: 'se', country: 'SE', type: 'company' as const };
const toProcessor = (to: string) => ({
  from: 'se',
  to,
  fromRole: 'controller' as const,
  toRole: 'processor' as const,
});
const step = (v: FlowVerdict, id: string) => {
  const found = v.trail.find((s) => s.id === id);
  return found && { value: found.value, by: found.by };
};

describe('where the answer was read', () => {
  it('a decision with no limit on the kind of importer (Switzerland): in scope, read off the decision', () => {
    const v = only(
      [sweden, { id: 'ch', country: 'CH', type: 'company', gdprBasis: 'none' }],
      toProcessor('ch'),
      asOf,
    );
    expect(step(v, 'adequacyInForce')).toEqual({ value: 'yes', by: 'data:adequacy/2000-518' });
    expect(step(v, 'importerInScope')).toEqual({
      value: 'yes',
      by: 'data:adequacy/2000-518 (no limit on the kind of importer)',
    });
  });

  it('a partial decision (Canada, PIPEDA): in scope, read off the importer’s type', () => {
    const v = only(
      [sweden, { id: 'ca', country: 'CA', type: 'company', gdprBasis: 'none' }],
      toProcessor('ca'),
      asOf,
    );
    expect(step(v, 'importerInScope')).toEqual({ value: 'yes', by: 'parties[1].type' });
  });

  it('before any decision for an international organisation: no adequacy, and the trail says none was in force', () => {
    const v = only(
      [
        { id: 'se', country: 'SE', type: 'public-authority' },
        { id: 'io', type: 'international-organisation' },
      ],
      { from: 'se', to: 'io', fromRole: 'controller', toRole: 'controller' },
      '2025-01-01',
    );
    expect(step(v, 'adequacyInForce')).toEqual({
      value: 'no',
      by: 'parties[1].type (no decision for any international organisation is in force)',
    });
    // An international organisation counts as a public body on the receiving side (EDPB Guidelines
    // 2/2020): an authority may use the public-body instruments of Art. 46(2)(a) and 46(3)(b).
    expect(step(v, 'exporterPublicBody')).toEqual({ value: 'yes', by: 'parties[0].type' });
    expect(step(v, 'importerKind')).toEqual({ value: 'public-body', by: 'parties[1].type' });
    expect(v.alternatives).toEqual(expect.arrayContaining(['art46-2a', 'art46-3b']));
    // Nothing to name: no organisation had a decision then.
    expect(v.warnings.map((w) => w.code)).not.toContain('organisation-not-identified');
  });

  it('a US importer without DPF facts: its certification unknown, read off the DPF list', () => {
    const v = only(
      [sweden, { id: 'us', country: 'US', type: 'company', gdprBasis: 'none' }],
      { ...toProcessor('us'), hrData: false },
      asOf,
    );
    expect(step(v, 'dpfCertification')).toEqual({ value: 'unknown', by: 'data:dpf-list' });
  });

  it('a US importer with DPF facts given: certified, read off its dpf field', () => {
    const v = only(
      [
        sweden,
        {
          id: 'us',
          country: 'US',
          type: 'company',
          gdprBasis: 'none',
          dpf: { active: true, hrData: true, nonHrData: true },
        },
      ],
      toProcessor('us'),
      asOf,
    );
    expect(step(v, 'dpfCertification')).toEqual({ value: 'yes', by: 'parties[1].dpf' });
  });

  it('an exporter under Art. 3(2) without an Art. 27 representative: module 2 with no representative, read off the missing field', () => {
    const v = only(
      [
        { id: 'us', country: 'US', type: 'company', gdprBasis: 'targeting' },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      { from: 'us', to: 'in', fromRole: 'controller', toRole: 'processor' },
      asOf,
    );
    expect(step(v, 'exporterEstablishment')).toEqual({
      value: 'no-representative',
      by: 'parties[0].representativeCountry not given',
    });
  });

  it('a processor outside the EU whose GDPR status is not given, reached by a transfer: onward, read off that transfer', () => {
    const result = assess(
      [
        sweden,
        { id: 'in', country: 'IN', type: 'company' },
        { id: 'cn', country: 'CN', type: 'company', gdprBasis: 'none' },
      ],
      [toProcessor('in'), { from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' }],
      asOf,
    );
    const v = result.flows[1]!;
    expect(v.kind).toBe('onward-transfer');
    expect(step(v, 'senderSubjectToGdpr')).toEqual({
      value: 'no',
      by: 'parties[1].gdprBasis not given (flows[0].to)',
    });
    expect(step(v, 'receivedThroughTransfer')).toEqual({ value: 'yes', by: 'flows[0].to' });
  });

  it('the same processor when no flow of the case reaches it: the engine stops and asks for its GDPR basis', () => {
    const result = assess(
      [
        sweden,
        { id: 'in', country: 'IN', type: 'company' },
        { id: 'cn', country: 'CN', type: 'company', gdprBasis: 'none' },
      ],
      [{ from: 'in', to: 'cn', fromRole: 'processor', toRole: 'processor' }],
      asOf,
    );
    const v = result.flows[0]!;
    expect(step(v, 'senderSubjectToGdpr')).toBeUndefined();
    expect(v.openQuestions.map((q) => [q.id, q.field])).toEqual([
      ['senderSubjectToGdpr', 'parties[1].gdprBasis'],
    ]);
  });

  it('an international organisation seated in Germany sends data out: its seat does not put it under the GDPR, so the engine asks', () => {
    const result = assess(
      [
        {
          id: 'epo',
          type: 'international-organisation',
          country: 'DE',
          organisationId: 'european-patent-organisation',
        },
        { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' },
      ],
      [{ from: 'epo', to: 'in', fromRole: 'controller', toRole: 'processor' }],
      asOf,
    );
    const v = result.flows[0]!;
    expect(v.kind).toBe('undetermined');
    expect(v.openQuestions.map((q) => [q.id, q.field])).toEqual([
      ['senderSubjectToGdpr', 'parties[0].gdprBasis'],
    ]);
  });

  it('the European Patent Organisation, named, before its decision applied (18 July 2025): no adequacy, read off its id', () => {
    const v = only(
      [
        { id: 'se', country: 'SE', type: 'public-authority' },
        { id: 'epo', type: 'international-organisation', organisationId: 'european-patent-organisation' },
      ],
      { from: 'se', to: 'epo', fromRole: 'controller', toRole: 'controller' },
      '2025-07-17',
    );
    expect(step(v, 'adequacyInForce')).toEqual({ value: 'no', by: 'parties[1].organisationId' });
    expect(v.mechanism).toBe('scc');
  });

  it('a processor in Sweden sends back to its controller in India, saying the data are not combined with EU data: module 4, read off that field', () => {
    const v = only(
      [sweden, { id: 'in', country: 'IN', type: 'company', gdprBasis: 'none' }],
      { from: 'se', to: 'in', fromRole: 'processor', toRole: 'controller', combinesWithEuData: false },
      asOf,
    );
    expect(v.scc?.module).toBe(4);
    expect(step(v, 'combinesWithEuData')).toEqual({ value: 'no', by: 'flows[0].combinesWithEuData' });
  });

  it('a controller outside the EU whose GDPR status is not given, reached by a transfer: the engine asks (Art. 3(2) may reach a controller)', () => {
    const result = assess(
      [
        sweden,
        { id: 'in', country: 'IN', type: 'company' },
        { id: 'cn', country: 'CN', type: 'company', gdprBasis: 'none' },
      ],
      [
        { from: 'se', to: 'in', fromRole: 'controller', toRole: 'controller' },
        { from: 'in', to: 'cn', fromRole: 'controller', toRole: 'processor' },
      ],
      asOf,
    );
    const v = result.flows[1]!;
    expect(v.kind).toBe('undetermined');
    expect(v.openQuestions.map((q) => [q.id, q.field])).toEqual([
      ['senderSubjectToGdpr', 'parties[1].gdprBasis'],
    ]);
  });
});
