import { describe, expect, it } from 'vitest';
import { clause14Questions } from '../../machines/clause14/index.js';
import { openApiDocument } from '../../src/api/openapi-document.js';
import { caseQuestions } from '../../src/interview/questions.js';

/**
 * Issue 14: "see /docs for every field" is true only if every field of the case and of the TIA answers has
 * a description in the OpenAPI document /docs is drawn from. Read off the generated openapi.json, so a
 * field added to src/domain/case.ts or src/tia/input.ts without a `.describe()` fails here.
 */

type JsonSchema = {
  $ref?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const openapi = async () =>
  openApiDocument('en') as {
    components: { schemas: Record<string, JsonSchema> };
  };

/** Every property path under `schema` that has no description of its own (nor on a variant it wraps). */
function undescribed(schema: JsonSchema, at: string, out: string[] = []): string[] {
  for (const variant of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    undescribed(variant, at, out);
  if (schema.items) undescribed(schema.items, `${at}[]`, out);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = at ? `${at}.${key}` : key;
    const variants = [property, ...(property.anyOf ?? []), ...(property.oneOf ?? [])];
    if (!variants.some((v) => typeof v.description === 'string' && v.description.length > 0)) out.push(path);
    undescribed(property, path, out);
  }
  return out;
}

describe('OpenAPI: every field of the case and of the TIA answers is described', () => {
  it('AssessmentCase (parties, flows, DPF facts, the TIA answers of each flow)', async () => {
    const schema = (await openapi()).components.schemas.AssessmentCase!;
    const fields: string[] = [];
    const walk = (s: JsonSchema, at: string) => {
      for (const [k, p] of Object.entries(s.properties ?? {})) {
        fields.push(`${at}${k}`);
        walk(p.items ?? p, `${at}${k}${p.items ? '[]' : ''}.`);
      }
    };
    walk(schema, '');
    // The walk reaches deep into the TIA answers, so the check below covers them.
    expect(fields).toContain('flows[].tia.laws.findings[].sources[].celex');
    expect(fields).toContain('flows[].tia.quantified.bases[].pSuccess');
    expect(undescribed(schema, '')).toEqual([]);
  });

  it('the case of /v1/interview and of the register, and the body of /v1/tia', async () => {
    const { schemas } = (await openapi()).components;
    expect(undescribed(schemas.InterviewCase!.properties!.parties!, 'parties')).toEqual([]);
    expect(undescribed(schemas.InterviewCase!.properties!.flows!, 'flows')).toEqual([]);
    expect(undescribed(schemas.CaseSave!.properties!.case!, 'case')).toEqual([]);
    const tia = schemas.TiaRequest!;
    for (const key of ['circumstances', 'laws', 'practicalExperience', 'measures', 'quantified'])
      expect(undescribed(tia.properties![key]!, key)).toEqual([]);
  });

  it('the description carries the example and default where the field has one', async () => {
    const party = (await openapi()).components.schemas.AssessmentCase!.properties!.parties!.items!;
    expect(party.properties!.id).toMatchObject({ example: 'kommun' });
    expect(party.properties!.country).toMatchObject({ example: 'SE' });
    expect(party.properties!.gdprBasis!.description).toMatch(/Default/);
  });

  it('a field a question fills is described by that question: the reference and the interview say the same', async () => {
    const flow = (await openapi()).components.schemas.AssessmentCase!.properties!.flows!.items!;
    expect(flow.properties!.publicPowers!.description).toBe(caseQuestions['flow.publicPowers']!.text.en);
    const format = flow.properties!.tia!.properties!.circumstances!.properties!.format!;
    expect(format.description).toBe(clause14Questions.find((q) => q.id === 'dataFormat')!.text.en);
  });
});
