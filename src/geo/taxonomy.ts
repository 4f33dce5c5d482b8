/**
 * The intervention taxonomy of the bilateral strategy (../shared/reference/README.md): three
 * pillars, eighteen types, four statuses. Plain constants, so the engine (and its worker) can use
 * them without the validation library; `src/io/schemas.ts` builds its zod enums from them.
 */
export const PILLARS = ['SR', 'RD', 'EP'] as const;
export type Pillar = (typeof PILLARS)[number];

export const INTERVENTION_TYPES = [
  'SR-ERF',
  'SR-INT',
  'SR-LAB',
  'SR-PRE',
  'SR-AML',
  'SR-JUD',
  'RD-PNIS',
  'RD-DA',
  'RD-VIA',
  'RD-INF',
  'RD-TIE',
  'RD-SEG',
  'RD-JUS',
  'RD-PDET',
  'EP-DEF',
  'EP-PNN',
  'EP-RES',
  'EP-CON',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

export const STATUSES = ['planned', 'in_progress', 'completed', 'suspended'] as const;
export type Status = (typeof STATUSES)[number];
