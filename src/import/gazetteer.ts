/**
 * The municipality gazetteer the pipeline places and keys records with: DIVIPOLA code → name,
 * department and an interior point. It is an input, not a constant: the page builds it from the
 * layers it loaded, node from `data/reference/` and the label anchors (`gazetteerFromReference`),
 * so it follows the boundaries the atlas ships. Names match with accents, case and punctuation
 * ignored; a name shared by several municipalities is ambiguous unless the department decides.
 *
 * @example
 * const gazetteer = createGazetteer([{ code: '05120', name: 'Cáceres', department: 'Antioquia', point: [-75.3, 7.6] }]);
 * gazetteer.byCode(parseDivipola('CO5120')!) // => the Cáceres entry
 * gazetteer.byName('CACERES', 'antioquia') // => { entry: … }
 */
import { normalizeKey } from './normalize-key';

export interface MunicipalityEntry {
  /** Five-digit DIVIPOLA code, e.g. '05120'. */
  code: string;
  name: string;
  department: string;
  /** A point inside the municipality (lon, lat), or null when the map has no polygon for it. */
  point: readonly [number, number] | null;
  /** Other names it goes by (e.g. the boundary source's 'Tumaco' for 'San Andrés de Tumaco'). */
  aliases?: readonly string[];
}

type NameMatch = { entry: MunicipalityEntry } | { ambiguous: MunicipalityEntry[] } | { notFound: true };

export interface Gazetteer {
  entries: readonly MunicipalityEntry[];
  byCode(code: string): MunicipalityEntry | undefined;
  byName(municipality: string, department?: string): NameMatch;
}

/** Builds the lookups once; `entries` stay plain data (they can be posted to a worker). */
export function createGazetteer(entries: readonly MunicipalityEntry[]): Gazetteer {
  const codes = new Map(entries.map((entry) => [entry.code, entry]));
  const names = new Map<string, MunicipalityEntry[]>();
  for (const entry of entries) {
    for (const name of new Set([entry.name, ...(entry.aliases ?? [])].map(normalizeKey))) {
      names.set(name, [...(names.get(name) ?? []), entry]);
    }
  }
  return {
    entries,
    byCode: (code) => codes.get(code),
    byName(municipality, department) {
      const candidates = names.get(normalizeKey(municipality)) ?? [];
      if (candidates.length === 0) return { notFound: true };
      const inDepartment =
        department === undefined || department.trim() === ''
          ? candidates
          : candidates.filter((entry) => sameDepartment(entry, department));
      if (inDepartment.length === 1) return { entry: inDepartment[0] };
      if (inDepartment.length === 0) return { notFound: true };
      return { ambiguous: inDepartment };
    },
  };
}

/** A department given by name ("Nariño", "NARINO") or by its two-digit code ("52", "5"). */
function sameDepartment(entry: MunicipalityEntry, department: string): boolean {
  const text = department.trim();
  if (/^\d{1,2}$/.test(text)) return entry.code.startsWith(text.padStart(2, '0'));
  const key = normalizeKey(text).replace(/_d_c$/, '');
  return normalizeKey(entry.department).replace(/_d_c$/, '') === key;
}

/**
 * A DIVIPOLA municipality code in any of the ways files write it: `5120`, `05120`, `CO05120`,
 * the number 5120, `5120.0` (a spreadsheet number), or an 8-digit populated-place code
 * (`05120000`, whose first five digits are the municipality). Null when it is none of those.
 *
 * @example
 * parseDivipola(5120) // => '05120'
 * parseDivipola('CO52835') // => '52835'
 * parseDivipola('Tumaco') // => null
 */
export function parseDivipola(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  let text = typeof value === 'number' ? String(value) : String(value).trim();
  text = text.replace(/^CO[-_ ]?/i, '').replace(/\.0+$/, '');
  if (!/^(\d{4,5}|\d{7,8})$/.test(text)) return null;
  if (text.length <= 5) return text.padStart(5, '0');
  return text.padStart(8, '0').slice(0, 5);
}
