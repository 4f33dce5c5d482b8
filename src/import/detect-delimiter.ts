/**
 * Which of `,` `;` tab `|` separates the columns of a delimited text, from its first lines. Each
 * candidate is parsed (quotes respected, by papaparse) and scored by how many rows have as many
 * fields as the header; the header must have at least two. A Spanish-locale file such as
 * `id;lat;lon` / `A1;4,5;-74,1` has a consistent comma count in its data rows, but its header has
 * no comma, so `;` wins.
 *
 * @example
 * detectDelimiter('id;titulo;lat\nA1;Vía;4,5\n') // => ';'
 * detectDelimiter('solo una columna\nA\nB\n') // => ','
 */
import Papa from 'papaparse';

const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_ROWS = 50;

export function detectDelimiter(sample: string): Delimiter {
  let best: { delimiter: Delimiter; score: number; fields: number } = { delimiter: ',', score: 0, fields: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, {
      delimiter,
      preview: SAMPLE_ROWS,
      skipEmptyLines: 'greedy',
    }).data;
    const complete = rows.length > 1 ? rows.slice(0, -1) : rows; // the last line may be cut
    const fields = complete[0]?.length ?? 0;
    if (fields < 2) continue;
    const score = complete.filter((row) => row.length === fields).length / complete.length;
    if (score > best.score || (score === best.score && fields > best.fields)) {
      best = { delimiter, score, fields };
    }
  }
  return best.delimiter;
}
