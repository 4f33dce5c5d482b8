/**
 * Reads pillar, type and status values written as codes or as Spanish or English labels:
 * "SR", "Reducción integrada de la oferta" and "Integrated supply reduction" are all pillar SR;
 * "Terminada", "Finalizado" and "completed" are all status completed. Labels come from
 * `src/geo/taxonomy.ts` (one source with the UI dictionary) plus the common variants listed here.
 *
 * @example
 * const recognise = categoryRecogniser();
 * recognise('status', 'En ejecución') // => 'in_progress'
 * recognise('type', 'rd via') // => 'RD-VIA'
 * recognise('pillar', 'Otro') // => null
 */
import {
  INTERVENTION_TYPES,
  PILLAR_LABELS,
  PILLARS,
  STATUS_LABELS,
  STATUSES,
  TYPE_LABELS,
  UNCLASSIFIED_LABEL,
} from '../geo/taxonomy';
import { normalizeKey } from './normalize-key';

type CategoryField = 'pillar' | 'type' | 'status';

const STATUS_VARIANTS: Record<(typeof STATUSES)[number], string[]> = {
  planned: [
    'planeado',
    'planificada',
    'planificado',
    'programada',
    'programado',
    'por iniciar',
    'proyectada',
    'scheduled',
  ],
  in_progress: [
    'en curso',
    'en proceso',
    'activa',
    'activo',
    'en ejecucion',
    'ongoing',
    'active',
    'underway',
  ],
  completed: [
    'terminado',
    'finalizada',
    'finalizado',
    'completada',
    'completado',
    'ejecutada',
    'ejecutado',
    'concluida',
    'cerrada',
    'finished',
    'done',
    'closed',
  ],
  suspended: ['suspendido', 'detenida', 'detenido', 'paralizada', 'paralizado', 'on hold'],
};

/** Longer forms from the reference taxonomy table and short English names. */
const PILLAR_VARIANTS: Record<(typeof PILLARS)[number], string[]> = {
  SR: ['supply reduction', 'reduccion de la oferta'],
  RD: ['rural security and development', 'desarrollo rural', 'rural development'],
  EP: ['environment', 'ambiental'],
};

const TYPE_VARIANTS: Partial<Record<(typeof INTERVENTION_TYPES)[number], string[]>> = {
  'RD-DA': ['Desarrollo alternativo, proyectos productivos'],
  'RD-PNIS': ['Sustitución voluntaria', 'PNIS'],
  'RD-INF': ['Infraestructura productiva y social / Productive and social infrastructure'],
  'RD-TIE': ['Formalización de tierras y titulación', 'Land titling'],
  'EP-PNN': ['Protección de parques nacionales naturales'],
  'EP-RES': ['Restauración'],
};

function lookup(): Record<CategoryField, Map<string, string>> {
  const table = {
    pillar: new Map<string, string>(),
    type: new Map<string, string>(),
    status: new Map<string, string>(),
  };
  const add = (field: CategoryField, code: string, names: readonly string[]) => {
    for (const name of [code, ...names]) table[field].set(normalizeKey(name), code);
  };
  for (const pillar of PILLARS) {
    add('pillar', pillar, [PILLAR_LABELS[pillar].es, PILLAR_LABELS[pillar].en, ...PILLAR_VARIANTS[pillar]]);
  }
  for (const type of INTERVENTION_TYPES) {
    add('type', type, [TYPE_LABELS[type].es, TYPE_LABELS[type].en, ...(TYPE_VARIANTS[type] ?? [])]);
  }
  for (const status of STATUSES) {
    add('status', status, [STATUS_LABELS[status].es, STATUS_LABELS[status].en, ...STATUS_VARIANTS[status]]);
  }
  return table;
}

const UNCLASSIFIED_KEYS = new Set(
  [
    UNCLASSIFIED_LABEL.es,
    UNCLASSIFIED_LABEL.en,
    'sin clasificacion',
    'n/a',
    'na',
    'sin dato',
    'sin informacion',
  ].map(normalizeKey),
);

/**
 * True for text that says "no category" ("Sin clasificar", "Unclassified", "N/A"): the record is
 * unclassified, and nothing needs reporting.
 *
 * @example isUnclassifiedText('SIN CLASIFICAR') // => true
 */
export function isUnclassifiedText(text: string): boolean {
  return UNCLASSIFIED_KEYS.has(normalizeKey(text));
}

/**
 * A recogniser with a cache of the texts it has seen (imported columns repeat a few values over
 * many rows). Returns the code, or null when the text is not a known code or label.
 */
export function categoryRecogniser(): (field: CategoryField, text: string) => string | null {
  const table = lookup();
  const seen = { pillar: new Map<string, string | null>(), type: new Map(), status: new Map() };
  return (field, text) => {
    const cache = seen[field] as Map<string, string | null>;
    let code = cache.get(text);
    if (code === undefined) {
      code = table[field].get(normalizeKey(text)) ?? null;
      cache.set(text, code);
    }
    return code;
  };
}
