/**
 * One intervention record as plain types: what the engine (`toColumns`), the selectors, the table
 * and the exports read. `src/io/schemas.ts` validates records against a zod schema whose output
 * must satisfy these types, so the engine needs no validation library and the two cannot drift.
 *
 * @example
 * const feature: InterventionFeature = {
 *   type: 'Feature',
 *   geometry: { type: 'Point', coordinates: [-78.8, 1.8] },
 *   properties: { id: 'INT-1', pillar: 'RD', type: 'RD-PNIS', … },
 * };
 */
import type { InterventionType, Pillar, Status } from './taxonomy';

/** Properties of one intervention point. Type-specific measures are optional. */
export interface InterventionProperties {
  id: string;
  title: string;
  pillar: Pillar;
  type: InterventionType;
  agency: string;
  status: Status;
  /** ISO dates `YYYY-MM-DD`; an open-ended intervention has no end date. */
  start_date: string;
  end_date: string | null;
  budget_cop: number;
  beneficiaries: number;
  /** 5-digit DIVIPOLA code of the municipality. */
  divipola: string;
  /** Hectares eradicated, substituted, titled, restored or under a conservation agreement. */
  hectares?: number;
  /** Kilometres of tertiary road. */
  km?: number;
  /** Families enrolled (PNIS). */
  families?: number;
  /** Seizures in kilograms (interdiction). */
  seized_kg?: number;
  /** Laboratories destroyed. */
  labs?: number;
  /** Arrests (judicial, environmental crimes). */
  arrests?: number;
  /** Always true for generated records: they are sample data, not observations. */
  sample: boolean;
}

export interface InterventionFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: InterventionProperties;
}
