import { describe, expect, it } from 'vitest';
import { interpretPopulation } from './interpret.ts';
import type { KommuneReference } from './kommune-numbers.ts';
import { SsbFileError, type RawCell, type RawTable } from './types.ts';

const ref: KommuneReference = {
  source: 'test',
  municipalities: [{ nr: '3907', name: 'Sandefjord' }, { nr: '1508', name: 'Ålesund' }, { nr: '1580', name: 'Haram' }],
  changes: [
    { date: '2024-01-01', kind: 'renumbered', from: '3804', fromName: 'Sandefjord', to: ['3907'], toName: 'Sandefjord' },
    { date: '2024-01-01', kind: 'split', from: '1507', fromName: 'Ålesund', to: ['1508', '1580'], toName: 'Ålesund og Haram' },
  ],
};
const c = (code: string, label = code) => ({ code, label });
const cell = (over: Partial<RawCell> = {}): RawCell => ({
  region: c('3907', 'Sandefjord'),
  sex: c('1', 'Menn'),
  age: c('000', '0 år'),
  year: c('2024'),
  contents: c('Personer1', 'Personer'),
  alternative: null,
  value: 100,
  at: 'verdi 1',
  ...over,
});
const table = (cells: RawCell[]): RawTable => ({ format: 'json-stat2', tableId: '07459', title: 't', cells });
const own = (nr: string) => ({ nr, name: ref.municipalities.find((m) => m.nr === nr)?.name ?? nr });
const issues = (cells: RawCell[], nr = '3907'): string[] => {
  try {
    interpretPopulation(table(cells), ref, own(nr));
  } catch (err) {
    if (err instanceof SsbFileError) return err.issues;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('interpretPopulation', () => {
  it('leaves totals out and says so', () => {
    const imp = interpretPopulation(table([cell(), cell({ sex: c('0', 'Begge kjønn') }), cell({ age: c('999', 'Alle aldre') }), cell({ region: c('0', 'Hele landet') })]), ref, own('3907'));
    expect(imp.rows).toHaveLength(1);
    expect(imp.skipped).toEqual(['0 Begge kjønn (sum av kjønn)', '999 Alle aldre (sum av aldre)', '0 Hele landet (ikke en kommune)']);
  });

  it('refuses the same people twice: a figure under both the old and the new number', () => {
    expect(issues([cell(), cell({ region: c('3804', 'Sandefjord (2020-2023)') })])[0]).toBe(
      'Tallene for 3907 Sandefjord i 2024 står både under 3907 og 3804: filen ville telle de samme innbyggerne to ganger.',
    );
  });

  it('refuses overlapping age groups', () => {
    expect(issues([cell({ age: c('000-005', '0-5 år') }), cell({ age: c('005', '5 år') })])[0]).toMatch(/Aldersgruppene 0–5 og 5–5 år overlapper/);
  });

  it('a split municipality: left out when it is another’s, refused when it is yours', () => {
    const split = cell({ region: c('1507', 'Ålesund (2020-2023)') });
    expect(interpretPopulation(table([cell(), split]), ref, own('3907')).skipped).toEqual(['1507 Ålesund (2020-2023) (delt 2024-01-01 i 1508, 1580: kan ikke fordeles)']);
    expect(issues([split, cell({ region: c('1580', 'Haram') })], '1580')[0]).toMatch(/^1507 Ålesund \(2020-2023\) ble delt 2024-01-01/);
  });

  it('refuses unknown categories, a fraction of a person and several statistics', () => {
    expect(issues([cell({ sex: c('9', 'Ukjent') })])).toEqual(['Ukjent kjønn «9 Ukjent»: ventet Menn eller Kvinner.']);
    expect(issues([cell({ value: 10.5 })])[0]).toMatch(/ikke et helt antall personer/);
    expect(issues([cell(), cell({ contents: c('Fodte', 'Levendefødte'), age: c('001', '1 år') })])[0]).toMatch(/flere statistikkvariabler/);
    expect(issues([cell({ year: c('2024K1') })])[0]).toMatch(/Ugyldig år/);
  });

  it('an alternative dimension names the series', () => {
    const imp = interpretPopulation(table([cell({ alternative: c('MMMM', 'Hovedalternativet (MMMM)') })]), ref, own('3907'));
    expect(imp.rows[0]).toMatchObject({ series: 'MMMM' });
    expect(imp.kind).toBe('projection');
    expect(issues([cell({ alternative: c('X', 'Mitt alternativ') })])[0]).toMatch(/Ukjent framskrivingsalternativ/);
  });

  it('the importing municipality’s own number is known even when the reference list lacks it', () => {
    const imp = interpretPopulation(table([cell({ region: c('4711', 'Testkommune') })]), ref, { nr: '4711', name: 'Testkommune' });
    expect(imp.summary).toEqual([{ kommuneNr: '4711', name: 'Testkommune', series: [{ code: 'REG', firstYear: 2024, lastYear: 2024, persons: 100 }] }]);
  });

  it('a file of only missing values has no figures', () => {
    expect(issues([cell({ value: null })])).toEqual(['Filen har ingen befolkningstall for noen kommune.']);
  });
});
