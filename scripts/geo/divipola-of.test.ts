import { describe, expect, it } from 'vitest';
import { divipolaOf, hasMunicipalCodeField } from './divipola-of.ts';

describe('divipolaOf', () => {
  it('reads the MGN code fields', () => {
    expect(divipolaOf({ MPIO_CDPMP: '11001' })).toBe('11001');
    expect(divipolaOf({ MPIO_CCNCT: '52835' })).toBe('52835');
    expect(divipolaOf({ DPTO_CCDGO: '54', MPIO_CCDGO: '720' })).toBe('54720');
  });

  it("reads OCHA COD-AB's ADM2_PCODE and the newer lower-case adm2_pcode", () => {
    expect(divipolaOf({ ADM2_PCODE: 'CO05120' })).toBe('05120');
    expect(divipolaOf({ adm2_pcode: 'CO52835' })).toBe('52835');
    expect(divipolaOf({ ADM2_PCODE: 'CO05' })).toBeNull();
  });

  it('returns null without a code', () => {
    expect(divipolaOf({ NOMBRE: 'X' })).toBeNull();
  });
});

describe('hasMunicipalCodeField', () => {
  it('tells a municipal layer from a department layer', () => {
    expect(hasMunicipalCodeField(['DPTO_CCDGO', 'MPIO_CCDGO', 'MPIO_CNMBR'])).toBe(true);
    expect(hasMunicipalCodeField(['adm2_pcode'])).toBe(true);
    expect(hasMunicipalCodeField(['DPTO_CCDGO', 'DPTO_CNMBR'])).toBe(false);
  });
});
