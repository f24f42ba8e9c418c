import { describe, expect, it } from 'vitest';
import { type AssessmentCase, assessmentCase } from '../../src/domain/case.js';
import { validateCase } from '../../src/engine/validate-case.js';

const asOf = '2026-11-01';

const base = (): AssessmentCase =>
  assessmentCase.parse({
    parties: [
      { id: 'a', name: 'A', country: 'SE', type: 'company' },
      { id: 'b', name: 'B', country: 'IN', type: 'company' },
    ],
    flows: [{ id: 'f', from: 'a', to: 'b', fromRole: 'controller', toRole: 'processor' }],
  });

const fields = (input: AssessmentCase) => validateCase(input, asOf).map((e) => e.field);

describe('validateCase', () => {
  it('accepts a sound case', () => {
    expect(validateCase(base(), asOf)).toEqual([]);
  });

  it('names unknown parties in a flow', () => {
    const input = base();
    input.flows[0] = { ...input.flows[0]!, from: 'nobody', to: 'ghost' };
    expect(fields(input)).toEqual(['flows[0].from', 'flows[0].to']);
  });

  it('rejects a flow from a party to itself', () => {
    const input = base();
    input.flows[0] = { ...input.flows[0]!, to: 'a' };
    expect(fields(input)).toEqual(['flows[0].to']);
  });

  it('rejects duplicate ids of parties and flows, naming the second', () => {
    const input = base();
    input.parties.push({ id: 'a', name: 'Again', country: 'DK', type: 'company' });
    input.flows.push({ ...input.flows[0]! });
    expect(fields(input)).toEqual(['parties[2].id', 'flows[1].id']);
  });

  it('rejects country codes the data do not know, and a missing country', () => {
    const input = base();
    input.parties[0] = { ...input.parties[0]!, country: 'XX' };
    input.parties[1] = { id: 'b', name: 'B', type: 'company' };
    expect(fields(input)).toEqual(['parties[0].country', 'parties[1].country']);
  });

  it('lets an international organisation go without a country, but only it have an organisationId', () => {
    const input = base();
    input.parties[1] = {
      id: 'b',
      name: 'EPO',
      type: 'international-organisation',
      organisationId: 'european-patent-organisation',
    };
    expect(fields(input)).toEqual([]);
    input.parties[0] = { ...input.parties[0]!, organisationId: 'european-patent-organisation' };
    expect(fields(input)).toEqual(['parties[0].organisationId']);
  });

  it('a data subject is an individual sending their own data', () => {
    const input = base();
    input.flows[0] = { ...input.flows[0]!, fromRole: 'data-subject' };
    expect(validateCase(input, asOf)).toEqual([
      { field: 'flows[0].fromRole', reason: expect.stringContaining('not an individual') },
    ]);
  });

  it('checks employers: existing, an organisation, and only for individuals', () => {
    const input = base();
    input.parties.push({ id: 'e', name: 'E', country: 'IN', type: 'individual', employerId: 'missing' });
    input.parties.push({ id: 'c', name: 'C', country: 'IN', type: 'company', employerId: 'a' });
    expect(fields(input)).toEqual(['parties[2].employerId', 'parties[3].employerId']);
  });

  it('an individual cannot be their own employer', () => {
    const input = base();
    input.parties.push({ id: 'e', name: 'E', country: 'IN', type: 'individual', employerId: 'e' });
    // Said as it is, not as "the employer is itself an employee", which would send the user looking for another party.
    expect(validateCase(input, asOf)).toEqual([
      { field: 'parties[2].employerId', reason: 'a party cannot employ itself' },
    ]);
  });

  it('an Art. 27 representative: only with Art. 3(2), and in the EU/EEA', () => {
    const input = base();
    input.parties[1] = { ...input.parties[1]!, representativeCountry: 'IE' };
    expect(fields(input)).toEqual(['parties[1].representativeCountry']);
    input.parties[1] = { ...input.parties[1]!, gdprBasis: 'targeting', representativeCountry: 'US' };
    expect(fields(input)).toEqual(['parties[1].representativeCountry']);
    input.parties[1] = { ...input.parties[1]!, representativeCountry: 'IE' };
    expect(fields(input)).toEqual([]);
  });

  it('Art. 3(2) cannot be claimed by a party in the EU/EEA', () => {
    const input = base();
    input.parties[0] = { ...input.parties[0]!, gdprBasis: 'targeting' };
    expect(fields(input)).toEqual(['parties[0].gdprBasis']);
  });

  it('DPF facts only for a US party', () => {
    const input = base();
    input.parties[1] = { ...input.parties[1]!, dpf: { active: true, hrData: true, nonHrData: true } };
    expect(fields(input)).toEqual(['parties[1].dpf']);
  });

  it('a joint controller shares control with a controller', () => {
    const input = base();
    input.flows[0] = { ...input.flows[0]!, fromRole: 'processor', toRole: 'joint-controller' };
    expect(fields(input)).toEqual(['flows[0].toRole']);
  });
});
