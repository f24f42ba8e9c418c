import { z } from 'zod';
import { confidence, datasetMeta, isoDate, localized, source } from '../data/schema.js';

/**
 * Schemas of the Clause 14 transfer impact assessment: the country profiles and the measures catalogue
 * in `data/laws/`, and the answers a TIA is run on.
 */

// ---------------------------------------------------------------------------------------------------
// Country profiles (data/laws/<id>.json)

/** The European Essential Guarantee a statement bears on (EDPB Recommendations 02/2020). */
export const guaranteeLetter = z.enum(['A', 'B', 'C', 'D']);
export type GuaranteeLetter = z.infer<typeof guaranteeLetter>;

export const profileIds = ['us', 'cn', 'in', 'ru', 'generic'] as const;
export const profileId = z.enum(profileIds);
export type ProfileId = z.infer<typeof profileId>;

const provenance = {
  sources: z.array(source).min(1),
  checked: isoDate,
  confidence,
  confidenceNote: localized.optional(),
};

/** One sourced statement about a destination's law or practice. */
export const lawStatement = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  topic: guaranteeLetter,
  /** Short name of the instrument the statement is about. */
  law: z.string().min(1),
  text: localized,
  ...provenance,
});
export type LawStatement = z.infer<typeof lawStatement>;

export const lawProfile = z
  .strictObject({
    meta: datasetMeta.extend({ id: profileId }),
    /** ISO 3166-1 alpha-2 code of the destination; null for the generic profile. */
    country: z.string().length(2).nullable(),
    /** Default interval, in months, before the assessment must be looked at again. */
    reevaluateWithinMonths: z.number().int().min(1).max(36),
    reevaluateReason: localized.optional(),
    /**
     * Id of a statement recording a finding of the Commission on public-authority access that applies to
     * every transfer to the destination whatever the tool (the US: EO 14086 and the DPF decision).
     */
    commissionFinding: z.string().optional(),
    /**
     * Where the destination's surveillance law reaches only a kind of service provider (the US: section 702
     * and 50 U.S.C. § 1881(b)(4)), what follows when the importer is one, is not one, or is not yet known,
     * and the measures each answer calls for; `statement` carries the sources.
     */
    serviceProviderReach: z
      .strictObject({
        statement: z.string(),
        provider: z.strictObject({ text: localized, measures: z.array(z.string()) }),
        notProvider: z.strictObject({ text: localized, measures: z.array(z.string()) }),
        unknown: localized,
      })
      .optional(),
    statements: z.array(lawStatement).min(1),
  })
  .refine((p) => !p.commissionFinding || p.statements.some((s) => s.id === p.commissionFinding), {
    message: 'commissionFinding must name a statement of the profile',
    path: ['commissionFinding'],
  })
  .refine(
    (p) => !p.serviceProviderReach || p.statements.some((s) => s.id === p.serviceProviderReach?.statement),
    { message: 'serviceProviderReach must name a statement of the profile', path: ['serviceProviderReach'] },
  )
  .refine((p) => new Set(p.statements.map((s) => s.id)).size === p.statements.length, {
    message: 'statement ids must be unique',
    path: ['statements'],
  });
export type LawProfile = z.infer<typeof lawProfile>;

// ---------------------------------------------------------------------------------------------------
// Measures catalogue (data/laws/measures.json)

export const useCaseNumber = z.number().int().min(1).max(7);
export type UseCaseNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const measureKind = z.enum(['technical', 'contractual', 'organisational']);
export type MeasureKind = z.infer<typeof measureKind>;

export const useCase = z.strictObject({
  number: useCaseNumber,
  title: localized,
  /** Whether the EDPB found a technical measure that makes the transfer tool effective. */
  effectiveTechnicalMeasure: z.boolean(),
  conditions: localized,
  /** Where in Recommendations 01/2020 (v2.0) the use case is, e.g. `Annex 2, Use Case 6`. */
  edpbRef: z.string().min(1),
  paragraphs: z.string().min(1),
  measures: z.array(z.string()),
  ...provenance,
});
export type UseCase = z.infer<typeof useCase>;

export const measure = z.strictObject({
  id: z.string().regex(/^[tco]-[a-z0-9-]+$/),
  kind: measureKind,
  title: localized,
  description: localized,
  edpbRef: z.string().min(1),
  useCases: z.array(useCaseNumber),
  ...provenance,
});
export type Measure = z.infer<typeof measure>;

export const measuresCatalogue = z
  .strictObject({
    meta: datasetMeta,
    useCases: z.array(useCase).length(7),
    measures: z.array(measure).min(1),
  })
  .refine((c) => c.useCases.every((u, i) => u.number === i + 1), {
    message: 'use cases must be listed 1 to 7 in order',
    path: ['useCases'],
  })
  .refine((c) => c.useCases.every((u) => u.measures.every((id) => c.measures.some((m) => m.id === id))), {
    message: 'a use case names a measure the catalogue lacks',
    path: ['useCases'],
  });
export type MeasuresCatalogue = z.infer<typeof measuresCatalogue>;
