import { describe, expect, it } from 'vitest';
import { stableStringify, stringifySorted } from './write-deterministic-json.ts';

describe('stableStringify', () => {
  it('sorts keys at every depth, integer-like keys as strings', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(stableStringify({ '52835': 1, '05031': 2 })).toBe('{"05031":2,"52835":1}');
  });

  it('drops undefined members and writes null like JSON.stringify', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
  });
});

describe('stringifySorted', () => {
  it('prints as JSON.stringify(value, null, 2) does, with a final newline', () => {
    const value = { a: [1, { b: [], c: {} }], d: 'x', e: null };
    expect(stringifySorted(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('sorts integer-like keys as strings too (JavaScript objects list them first)', () => {
    expect(stringifySorted({ '52835': 1, '05031': 2, a: 3 })).toBe(
      '{\n  "05031": 2,\n  "52835": 1,\n  "a": 3\n}\n',
    );
  });
});
