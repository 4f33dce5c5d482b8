/**
 * One sample intervention record: dates and status, agency, budget, beneficiaries and the
 * type-specific measure drawn from the type's profile (taxonomy.ts). Pure given the random source.
 */
import { type RandomSource, randomInt } from '../../src/geo/seeded-random.ts';
import type { InterventionProperties, InterventionType, Pillar, Status } from '../../src/io/schemas.ts';
import { type Measure, TYPE_PROFILES } from './taxonomy.ts';

/** Statuses are those of this (fixed, invented) data cut, so that files are reproducible. */
export const STATUS_AS_OF = '2026-06-30';
const FIRST_START = Date.UTC(2017, 0, 1);
const LAST_START = Date.UTC(2026, 11, 31);
const DAY_MS = 86_400_000;
const INTEGER_MEASURES: readonly Measure[] = ['families', 'labs', 'arrests'];

export interface RecordContext {
  index: number;
  type: InterventionType;
  divipola: string;
  municipalityName: string;
}

/**
 * Returns the properties of one sample record (`sample: true`), consistent with its schema.
 *
 * @example
 * makeIntervention(seededRandom(1), { index: 0, type: 'SR-ERF', divipola: '52835', municipalityName: 'Tumaco' });
 * // { id: 'SMP-0000000', title: 'Erradicación manual en Tumaco (vereda 7)', pillar: 'SR', … }
 */
export function makeIntervention(random: RandomSource, context: RecordContext): InterventionProperties {
  const profile = TYPE_PROFILES[context.type];
  const start = FIRST_START + randomInt(random, 0, (LAST_START - FIRST_START) / DAY_MS) * DAY_MS;
  const plannedEnd = start + randomInt(random, profile.days[0], profile.days[1]) * DAY_MS;
  const { status, end } = statusOf(random, start, plannedEnd);
  const properties: InterventionProperties = {
    id: `SMP-${String(context.index).padStart(7, '0')}`,
    title: profile.title
      .replace('{municipio}', context.municipalityName)
      .replace('{n}', String(randomInt(random, 1, 60))),
    pillar: context.type.slice(0, 2) as Pillar,
    type: context.type,
    agency: profile.agencies[randomInt(random, 0, profile.agencies.length - 1)],
    status,
    start_date: isoDate(start),
    end_date: end === null ? null : isoDate(end),
    budget_cop: Math.round(logUniform(random, profile.budgetCop) / 100_000) * 100_000,
    beneficiaries: Math.round(drawRange(random, profile.beneficiaries)),
    divipola: context.divipola,
    sample: true,
  };
  for (const [measure, range] of Object.entries(profile.measures) as [Measure, readonly [number, number]][]) {
    const value = drawRange(random, range);
    properties[measure] = INTEGER_MEASURES.includes(measure)
      ? Math.round(value)
      : Math.round(value * 10) / 10;
  }
  if (context.type === 'RD-PNIS' && properties.families !== undefined) {
    // About one hectare per enrolled family; people reached ≈ 3–4 per family.
    properties.hectares = Math.round(properties.families * (0.5 + random()) * 10) / 10;
    properties.beneficiaries = Math.round(properties.families * (3 + random()));
  }
  return properties;
}

function statusOf(
  random: RandomSource,
  start: number,
  plannedEnd: number,
): { status: Status; end: number | null } {
  const asOf = Date.parse(`${STATUS_AS_OF}T00:00:00Z`);
  if (start > asOf) return { status: 'planned', end: plannedEnd };
  const suspended = random() < (plannedEnd < asOf ? 0.06 : 0.1);
  if (suspended) return { status: 'suspended', end: null };
  return plannedEnd < asOf
    ? { status: 'completed', end: plannedEnd }
    : { status: 'in_progress', end: plannedEnd };
}

/** Log-uniform in [min, max]; when min is 0, skewed towards 0 (max · u²). */
function drawRange(random: RandomSource, range: readonly [number, number]): number {
  return range[0] === 0 ? range[1] * random() ** 2 : logUniform(random, range);
}

function logUniform(random: RandomSource, [min, max]: readonly [number, number]): number {
  return Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min)));
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
