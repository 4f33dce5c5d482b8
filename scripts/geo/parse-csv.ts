/**
 * Parses a small RFC 4180 CSV text (quoted fields, doubled quotes, line breaks inside quotes, CRLF,
 * a byte-order mark) into row objects keyed by the header, with papaparse. Lines starting with `#`
 * are comments and blank lines are skipped. A row with a different number of fields than the
 * header is an error naming the file and the row (the header is row 1).
 *
 * @example
 * parseCsv('a,b\n1,"x, y"\n') // => [{ a: '1', b: 'x, y' }]
 */
import Papa from 'papaparse';

export function parseCsv(text: string, file = 'CSV'): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    comments: '#',
    skipEmptyLines: 'greedy',
  });
  const [problem] = result.errors;
  if (problem) {
    const row = problem.row === undefined ? '' : `row ${problem.row + 2}: `;
    throw new Error(`${file}: ${row}${problem.message}`);
  }
  return result.data;
}
