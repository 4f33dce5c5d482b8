import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json.ts';

describe('stableStringify', () => {
  it('sorts keys at every depth, integer-like keys as strings', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(stableStringify({ '52835': 1, '05031': 2 })).toBe('{"05031":2,"52835":1}');
  });

  it('drops undefined members and writes null like JSON.stringify', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
