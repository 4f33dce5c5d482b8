import { describe, expect, it } from 'vitest';
import { importFixture } from '../../test/fixtures/import-fixtures';
import { byteSourceFromBytes } from './byte-source';
import type { RowBatch } from './opened-source';
import { openDelimited } from './read-delimited';

async function allRows(batches: AsyncGenerator<RowBatch>) {
  const rows: { row: number; cells: unknown[] }[] = [];
  for await (const batch of batches) {
    for (const [index, cells] of batch.rows.entries()) rows.push({ row: batch.rowNumbers[index], cells });
  }
  return rows;
}

describe('openDelimited', () => {
  it('decodes the Spanish-Excel CSV as Windows-1252 with ; and its headers', async () => {
    const opened = await openDelimited(importFixture('spanish-excel.csv'));
    expect(opened.encoding?.encoding).toBe('windows-1252');
    expect(opened.delimiter).toBe(';');
    expect(opened.headers.slice(0, 3)).toEqual(['ID', 'Título', 'Pilar']);
  });

  it('keeps a quoted line break inside one row and numbers rows as a spreadsheet does', async () => {
    const rows = await allRows((await openDelimited(importFixture('spanish-excel.csv'))).batches());
    expect(rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[1].cells[13]).toBe('Tramo 1\r\nTramo 2; con punto y coma');
  });

  it('gives the same rows whatever the chunk size (records cut across chunks)', async () => {
    const whole = await allRows((await openDelimited(importFixture('spanish-excel.csv'))).batches());
    const tiny = await allRows(
      (await openDelimited(importFixture('spanish-excel.csv'), { chunkBytes: 7 })).batches(),
    );
    expect(tiny).toEqual(whole);
  });

  it('counts blank lines in row numbers without returning them, and pads short rows', async () => {
    const source = byteSourceFromBytes('b.csv', new TextEncoder().encode('a,b\n1,2\n\n,\n3\n'));
    const rows = await allRows((await openDelimited(source)).batches());
    expect(rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 5, cells: ['3', null] },
    ]);
  });

  it('decodes UTF-16 LE text (Excel "Unicode text", tab-delimited)', async () => {
    const text = '\uFEFFid\tnombre\n1\tCáceres\n';
    const bytes = new Uint8Array(Uint16Array.from(text, (character) => character.charCodeAt(0)).buffer);
    const opened = await openDelimited(byteSourceFromBytes('u.txt', bytes));
    expect(opened.delimiter).toBe('\t');
    expect((await allRows(opened.batches()))[0].cells).toEqual(['1', 'Cáceres']);
  });

  it('notes characters that were not UTF-8 after the first megabyte', async () => {
    const head = `id\n${'a\n'.repeat(600_000)}`;
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xe1, 0x0a]);
    const opened = await openDelimited(byteSourceFromBytes('late.csv', bytes));
    await allRows(opened.batches());
    expect(opened.notes.map((note) => [note.code, note.params.count])).toEqual([['invalidUtf8', 1]]);
  });
});
