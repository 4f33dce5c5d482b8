/**
 * Years in the headers of wide municipal tables, whatever the naming: `2001`, `_2001`,
 * `areacoca_2019`, `areacoca2004`, `coca2022_`, `ha 2020` (the SIMCI tables mix them in one file).
 * A header holds a year when it starts or ends with one four-digit year 1900–2099 beside no other
 * digit, so a DIVIPOLA code or `cod_20011` is not a year.
 *
 * @example
 * yearOfHeader('areacoca_2019') // => 2019
 * yearOfHeader('coca2022_') // => 2022
 * yearOfHeader('divipola') // => null
 */
const YEAR_AT_END = /^([^\d]*?)[\s_-]*((?:19|20)\d{2})[\s_-]*$/;
const YEAR_AT_START = /^[\s_-]*((?:19|20)\d{2})[\s_-]*([^\d]*)$/;

export function yearOfHeader(header: string): number | null {
  const text = header.trim();
  const end = YEAR_AT_END.exec(text);
  const start = end ? null : YEAR_AT_START.exec(text);
  const year = end?.[2] ?? start?.[1];
  return year === undefined ? null : Number(year);
}

/**
 * The value name of a wide year column without its year: `areacoca_2019` → `areacoca`.
 */
export function stemOfYearHeader(header: string): string {
  return header.replace(/(?:19|20)\d{2}/, '').replace(/^[\s_-]+|[\s_-]+$/g, '') || 'value';
}
