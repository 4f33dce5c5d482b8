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

/**
 * The code of a record whose pillar, type or status is not given (or not recognised): a distinct
 * value outside every code list, "sin clasificar / unclassified", counted in every total.
 */
export const UNCLASSIFIED = 255;

/** A label in the two languages of the atlas. */
export interface BilingualLabel {
  es: string;
  en: string;
}

/**
 * Canonical Spanish and English labels of the taxonomy (../shared/reference/README.md), the one
 * source for the UI dictionary and for recognising labels in imported files.
 *
 * @example PILLAR_LABELS.SR.es // => 'Reducción integrada de la oferta'
 */
export const PILLAR_LABELS: Readonly<Record<Pillar, BilingualLabel>> = {
  SR: { es: 'Reducción integrada de la oferta', en: 'Integrated supply reduction' },
  RD: { es: 'Seguridad y desarrollo rural integral', en: 'Comprehensive rural security and development' },
  EP: { es: 'Protección ambiental', en: 'Environmental protection' },
};

export const TYPE_LABELS: Readonly<Record<InterventionType, BilingualLabel>> = {
  'SR-ERF': { es: 'Erradicación manual forzosa', en: 'Forced manual eradication' },
  'SR-INT': { es: 'Interdicción e incautaciones', en: 'Interdiction and seizures' },
  'SR-LAB': { es: 'Destrucción de laboratorios', en: 'Lab destruction' },
  'SR-PRE': { es: 'Control de precursores químicos', en: 'Chemical precursor control' },
  'SR-AML': { es: 'Antilavado y extinción de dominio', en: 'Anti-money-laundering, asset forfeiture' },
  'SR-JUD': { es: 'Capturas, judicialización, extradición', en: 'Arrests, prosecution, extradition' },
  'RD-PNIS': { es: 'Sustitución voluntaria (PNIS)', en: 'Voluntary crop substitution (PNIS)' },
  'RD-DA': { es: 'Desarrollo alternativo', en: 'Alternative development' },
  'RD-VIA': { es: 'Vías terciarias', en: 'Tertiary roads' },
  'RD-INF': { es: 'Infraestructura productiva y social', en: 'Productive and social infrastructure' },
  'RD-TIE': { es: 'Formalización de tierras', en: 'Land formalisation and titling' },
  'RD-SEG': { es: 'Seguridad rural, presencia policial', en: 'Rural security, police presence' },
  'RD-JUS': { es: 'Acceso a la justicia', en: 'Access to justice' },
  'RD-PDET': { es: 'Iniciativas PDET', en: 'PDET initiatives' },
  'EP-DEF': { es: 'Control de deforestación', en: 'Deforestation control' },
  'EP-PNN': { es: 'Protección de parques nacionales', en: 'Protected areas' },
  'EP-RES': { es: 'Restauración de áreas afectadas', en: 'Restoration' },
  'EP-CON': { es: 'Acuerdos de conservación', en: 'Conservation agreements' },
};

export const STATUS_LABELS: Readonly<Record<Status, BilingualLabel>> = {
  planned: { es: 'Planeada', en: 'Planned' },
  in_progress: { es: 'En ejecución', en: 'In progress' },
  completed: { es: 'Terminada', en: 'Completed' },
  suspended: { es: 'Suspendida', en: 'Suspended' },
};

export const UNCLASSIFIED_LABEL: BilingualLabel = { es: 'Sin clasificar', en: 'Unclassified' };
