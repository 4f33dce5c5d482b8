import { describe, expect, it } from 'vitest';
import { DICTIONARY_LIMIT, textAt, textColumnBuilder } from './text-column';

describe('textColumnBuilder', () => {
  it('dictionary-codes repeated values, empty as -1', () => {
    const builder = textColumnBuilder();
    for (const text of ['ART', '', 'ART', 'Policía']) builder.push(text);
    const column = builder.finish();
    expect(column).toEqual({ codes: Int32Array.of(0, -1, 0, 1), values: ['ART', 'Policía'] });
  });

  it('packs a column as UTF-8 once its distinct values pass the limit, keeping every row', () => {
    const builder = textColumnBuilder();
    const count = DICTIONARY_LIMIT + 10;
    for (let index = 0; index < count; index++) builder.push(index === 5 ? '' : `id-${index}-ñ`);
    builder.push('x\0y');
    const column = builder.finish();
    expect('bytes' in column).toBe(true);
    expect(textAt(column, 0)).toBe('id-0-ñ');
    expect(textAt(column, 5)).toBe('');
    expect(textAt(column, count - 1)).toBe(`id-${count - 1}-ñ`);
    expect(textAt(column, count)).toBe('xy');
  });
});
