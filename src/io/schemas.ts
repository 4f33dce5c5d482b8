/**
 * Schemas for the point data: intervention records and coca-estimate cells. Shared by the seeded
 * generators (scripts/), the loaders (src/io) and later user imports, so that every edge validates
 * the same way. Taxonomy from ../shared/reference/README.md (three pillars, eighteen types).
 */
import { z } from 'zod';
import type { InterventionFeature as InterventionRecord } from '../geo/intervention-feature';
import { ISO_DATE } from '../geo/iso-date';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from '../geo/taxonomy';

export { INTERVENTION_TYPES, PILLARS, STATUSES };
export const Pillar = z.enum(PILLARS);
export type Pillar = z.infer<typeof Pillar>;
export const InterventionType = z.enum(INTERVENTION_TYPES);
export type InterventionType = z.infer<typeof InterventionType>;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

const isoDate = z.string().regex(ISO_DATE, 'expected an ISO date YYYY-MM-DD');
const divipola = z.string().regex(/^\d{5}$/, 'expected a 5-digit DIVIPOLA code');

/** Properties of one intervention point. Type-specific measures are optional. */
export const InterventionProperties = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    pillar: Pillar,
    type: InterventionType,
    agency: z.string().min(1),
    status: Status,
    start_date: isoDate,
    end_date: isoDate.nullable(),
    budget_cop: z.number().nonnegative(),
    beneficiaries: z.number().int().nonnegative(),
    divipola,
    /** Hectares eradicated, substituted, titled, restored or under a conservation agreement. */
    hectares: z.number().nonnegative().optional(),
    /** Kilometres of tertiary road. */
    km: z.number().nonnegative().optional(),
    /** Families enrolled (PNIS). */
    families: z.number().int().nonnegative().optional(),
    /** Seizures in kilograms (interdiction). */
    seized_kg: z.number().nonnegative().optional(),
    /** Laboratories destroyed. */
    labs: z.number().int().nonnegative().optional(),
    /** Arrests (judicial, environmental crimes). */
    arrests: z.number().int().nonnegative().optional(),
    /** Always true for generated records: they are sample data, not observations. */
    sample: z.boolean(),
  })
  .refine((p) => p.type.startsWith(`${p.pillar}-`), {
    message: 'type does not belong to pillar',
    path: ['type'],
  })
  .refine((p) => p.end_date === null || p.end_date >= p.start_date, {
    message: 'end_date is before start_date',
    path: ['end_date'],
  });
export type InterventionProperties = z.infer<typeof InterventionProperties>;

export const PointGeometry = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});

/** Its output satisfies the engine's plain `InterventionFeature` (src/geo), so the two never drift. */
export const InterventionFeature = z.object({
  type: z.literal('Feature'),
  geometry: PointGeometry,
  properties: InterventionProperties,
}) satisfies z.ZodType<InterventionRecord>;
export type InterventionFeature = z.infer<typeof InterventionFeature>;

/** First and last year of the synthetic coca cells. */
export const COCA_CELL_FIRST_YEAR = 2015;
export const COCA_CELL_LAST_YEAR = 2024;

/** One 1 km coca-estimate cell: centroid, municipality and hectares per year (index 0 = first year). */
export const CocaCell = z.object({
  cell: z.string().min(1),
  lon: z.number(),
  lat: z.number(),
  divipola,
  hectares: z.array(z.number().min(0).max(100)),
});
export type CocaCell = z.infer<typeof CocaCell>;

/**
 * `public/geo/coca-estimates.json`: the synthetic 1 km cells as parallel columns (index i is one
 * CocaCell). Only the per-municipality yearly sums are official; positions are invented.
 */
export const CocaEstimatesFile = z
  .object({
    synthetic: z.literal(true),
    allocation: z.literal('synthetic'),
    note: z.string(),
    source: z.string(),
    grid: z.object({
      cell_m: z.number(),
      central_meridian: z.number(),
      description: z.string(),
      id: z.string(),
      radius_m: z.number(),
    }),
    years: z.array(z.number().int()),
    cells: z.array(z.string()),
    lon: z.array(z.number()),
    lat: z.array(z.number()),
    divipola: z.array(divipola),
    hectares: z.array(z.array(z.number().min(0).max(100))),
  })
  .refine(
    (file) =>
      [file.lon, file.lat, file.divipola, file.hectares].every(
        (column) => column.length === file.cells.length,
      ) && file.hectares.every((values) => values.length === file.years.length),
    { message: 'columns differ in length' },
  );
export type CocaEstimatesFile = z.infer<typeof CocaEstimatesFile>;

/** `public/geo/coca-municipal.json`: official UNODC-SIMCI hectares per municipality and year. */
export const CocaMunicipalTable = z.object({
  official: z.literal(true),
  source: z.string(),
  years: z.array(z.number().int()),
  contested_years: z.array(z.number().int()),
  /** Sum of the rows per year (hectares, 0.01 ha). */
  national_totals: z.record(z.string(), z.number()),
  /** Headline totals published with the census, where the reference notes give them. */
  published_national_totals: z.record(z.string(), z.number()),
  /** Per DIVIPOLA, one value per year (hectares as published) or null when not listed. */
  rows: z.record(divipola, z.array(z.number().nonnegative().nullable())),
});
export type CocaMunicipalTable = z.infer<typeof CocaMunicipalTable>;
