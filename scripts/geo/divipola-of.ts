/**
 * Finds the 5-digit DIVIPOLA code of a municipal boundary feature, whatever schema the file
 * follows: DANE's MGN (`MPIO_CDPMP`, MGN 2018's `MPIO_CCNCT`, or `DPTO_CCDGO` + `MPIO_CCDGO`) or
 * OCHA's COD-AB (`ADM2_PCODE` = "CO" + DIVIPOLA, `adm2_pcode` in the newer lower-case schema).
 */

/** What the messages say a file needs. */
export const CODE_FIELDS_HELP = 'MPIO_CDPMP, MPIO_CCNCT, DPTO_CCDGO + MPIO_CCDGO, or ADM2_PCODE / adm2_pcode';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/**
 * @example
 * divipolaOf({ MPIO_CCNCT: '52835' }) // => '52835'
 * divipolaOf({ ADM2_PCODE: 'CO05120' }) // => '05120'
 * divipolaOf({ NOMBRE: 'X' }) // => null
 */
export function divipolaOf(properties: Record<string, unknown>): string | null {
  const direct = text(properties.MPIO_CDPMP) || text(properties.MPIO_CCNCT);
  if (/^\d{5}$/.test(direct)) return direct;
  const department = text(properties.DPTO_CCDGO);
  const municipality = text(properties.MPIO_CCDGO);
  if (/^\d{2}$/.test(department) && /^\d{3}$/.test(municipality)) return department + municipality;
  if (/^\d{5}$/.test(municipality)) return municipality;
  const pcode = /^CO(\d{5})$/i.exec(text(properties.ADM2_PCODE) || text(properties.adm2_pcode));
  return pcode ? pcode[1] : null;
}

/**
 * Whether a list of attribute names (e.g. a .dbf header) holds a municipal code field.
 *
 * @example hasMunicipalCodeField(['DPTO_CCDGO', 'DPTO_CNMBR']) // => false (a department layer)
 */
export function hasMunicipalCodeField(fields: readonly string[]): boolean {
  const names = new Set(fields.map((field) => field.toUpperCase()));
  return (
    names.has('MPIO_CDPMP') ||
    names.has('MPIO_CCNCT') ||
    names.has('ADM2_PCODE') ||
    (names.has('DPTO_CCDGO') && names.has('MPIO_CCDGO'))
  );
}

/** The municipality's name in the file (MGN upper case, or COD-AB's Spanish name), if any. */
export function sourceNameOf(properties: Record<string, unknown>): string | null {
  return text(properties.MPIO_CNMBR) || text(properties.ADM2_ES) || text(properties.adm2_name) || null;
}
