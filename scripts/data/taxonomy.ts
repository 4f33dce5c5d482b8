/**
 * Generation profile of each intervention type: agencies (from the taxonomy in the reference
 * notes), Spanish title template, duration, budget range, beneficiaries and type-specific measure.
 * Ranges are invented for sample data and labelled so; they are not programme statistics.
 */
import type { InterventionType } from '../../src/io/schemas.ts';

export type Measure = 'hectares' | 'km' | 'families' | 'seized_kg' | 'labs' | 'arrests';

export interface TypeProfile {
  agencies: readonly string[];
  /** `{municipio}` and `{n}` are filled in; `{n}` is a generic sequence number, never a real place. */
  title: string;
  /** Planned duration in days, [min, max]. */
  days: readonly [number, number];
  /** Budget in COP, [min, max], drawn log-uniformly. */
  budgetCop: readonly [number, number];
  /** Direct beneficiaries (people), [min, max]; [0, 0] for enforcement actions. */
  beneficiaries: readonly [number, number];
  /** Type-specific measures, each with a [min, max] range drawn log-uniformly. */
  measures: Partial<Record<Measure, readonly [number, number]>>;
  /** Relative frequency among all records. */
  share: number;
  /** Whether municipalities are weighted by official coca hectares for this type. */
  followsCoca: boolean;
}

const M = 1_000_000;

export const TYPE_PROFILES: Record<InterventionType, TypeProfile> = {
  'SR-ERF': profile(
    ['Policía (DIRAN)', 'Ejército', 'GME'],
    'Erradicación manual en {municipio} (vereda {n})',
    [5, 90],
    [80 * M, 2_500 * M],
    [0, 0],
    { hectares: [5, 400] },
    14,
    true,
  ),
  'SR-INT': profile(
    ['Policía', 'Armada', 'Fuerza Aeroespacial'],
    'Interdicción e incautación en {municipio} (operación {n})',
    [1, 5],
    [20 * M, 600 * M],
    [0, 0],
    { seized_kg: [5, 8000] },
    8,
    true,
  ),
  'SR-LAB': profile(
    ['Ejército', 'Policía'],
    'Destrucción de laboratorios en {municipio} (sector {n})',
    [1, 10],
    [15 * M, 400 * M],
    [0, 0],
    { labs: [1, 12] },
    7,
    true,
  ),
  'SR-PRE': profile(
    ['MinJusticia', 'Policía', 'DIAN'],
    'Control de precursores químicos en {municipio} (puesto {n})',
    [30, 365],
    [100 * M, 1_500 * M],
    [0, 0],
    {},
    3,
    false,
  ),
  'SR-AML': profile(
    ['Fiscalía', 'UIAF', 'SAE'],
    'Extinción de dominio en {municipio} (caso {n})',
    [90, 720],
    [150 * M, 3_000 * M],
    [0, 0],
    {},
    3,
    false,
  ),
  'SR-JUD': profile(
    ['Fiscalía', 'Policía'],
    'Capturas y judicialización en {municipio} (operación {n})',
    [1, 60],
    [20 * M, 800 * M],
    [0, 0],
    { arrests: [1, 40] },
    6,
    true,
  ),
  'RD-PNIS': profile(
    ['ART'],
    'Sustitución voluntaria PNIS en {municipio} (núcleo {n})',
    [365, 1460],
    [500 * M, 30_000 * M],
    [60, 4000],
    { families: [20, 1200] },
    9,
    true,
  ),
  'RD-DA': profile(
    ['ADR', 'ART'],
    'Proyecto productivo de desarrollo alternativo en {municipio} (núcleo {n})',
    [180, 1095],
    [200 * M, 8_000 * M],
    [30, 2500],
    { hectares: [10, 600] },
    8,
    false,
  ),
  'RD-VIA': profile(
    ['INVÍAS', 'ART'],
    'Mejoramiento de vía terciaria en {municipio} (tramo {n})',
    [90, 720],
    [1_000 * M, 40_000 * M],
    [200, 20_000],
    { km: [1, 60] },
    7,
    false,
  ),
  'RD-INF': profile(
    ['ART', 'ADR'],
    'Infraestructura productiva y social en {municipio} (obra {n})',
    [180, 900],
    [300 * M, 15_000 * M],
    [100, 10_000],
    {},
    6,
    false,
  ),
  'RD-TIE': profile(
    ['ANT', 'IGAC'],
    'Formalización de tierras en {municipio} (predio {n})',
    [90, 720],
    [100 * M, 5_000 * M],
    [10, 1500],
    { hectares: [20, 5000] },
    5,
    false,
  ),
  'RD-SEG': profile(
    ['Policía', 'Ejército'],
    'Presencia policial y seguridad rural en {municipio} (puesto {n})',
    [180, 1095],
    [200 * M, 6_000 * M],
    [500, 30_000],
    {},
    5,
    false,
  ),
  'RD-JUS': profile(
    ['MinJusticia', 'Fiscalía'],
    'Acceso a la justicia en {municipio} (casa de justicia {n})',
    [90, 720],
    [100 * M, 3_000 * M],
    [100, 15_000],
    {},
    3,
    false,
  ),
  'RD-PDET': profile(
    ['ART', 'DNP'],
    'Iniciativa PDET en {municipio} (iniciativa {n})',
    [180, 1095],
    [100 * M, 10_000 * M],
    [50, 8000],
    {},
    7,
    false,
  ),
  'EP-DEF': profile(
    ['MinAmbiente', 'IDEAM', 'Fiscalía'],
    'Control de deforestación en {municipio} (operativo {n})',
    [1, 180],
    [50 * M, 2_000 * M],
    [0, 0],
    { arrests: [0, 15] },
    3,
    false,
  ),
  'EP-PNN': profile(
    ['Parques Nacionales Naturales'],
    'Protección de área protegida en {municipio} (sector {n})',
    [180, 1095],
    [100 * M, 4_000 * M],
    [0, 500],
    {},
    2,
    false,
  ),
  'EP-RES': profile(
    ['MinAmbiente', 'PNN', 'CAR'],
    'Restauración ecológica en {municipio} (área {n})',
    [365, 1460],
    [100 * M, 5_000 * M],
    [10, 800],
    { hectares: [5, 800] },
    2,
    false,
  ),
  'EP-CON': profile(
    ['MinAmbiente', 'PNN'],
    'Acuerdo de conservación en {municipio} (acuerdo {n})',
    [365, 1825],
    [50 * M, 3_000 * M],
    [10, 1500],
    { hectares: [100, 10_000] },
    2,
    false,
  ),
};

function profile(
  agencies: readonly string[],
  title: string,
  days: readonly [number, number],
  budgetCop: readonly [number, number],
  beneficiaries: readonly [number, number],
  measures: TypeProfile['measures'],
  share: number,
  followsCoca: boolean,
): TypeProfile {
  return { agencies, title, days, budgetCop, beneficiaries, measures, share, followsCoca };
}
