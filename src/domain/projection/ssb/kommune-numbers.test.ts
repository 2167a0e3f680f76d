import { describe, expect, it } from 'vitest';
import { describeChange, kommuneResolver, type KommuneReference } from './kommune-numbers.ts';

const ref: KommuneReference = {
  source: 'test',
  municipalities: [
    { nr: '3907', name: 'Sandefjord' },
    { nr: '3207', name: 'Nordre Follo' },
    { nr: '1508', name: 'Ålesund' },
    { nr: '1580', name: 'Haram' },
  ],
  changes: [
    { date: '2020-01-01', kind: 'renumbered', from: '0710', fromName: 'Sandefjord', to: ['3804'], toName: 'Sandefjord' },
    { date: '2024-01-01', kind: 'renumbered', from: '3804', fromName: 'Sandefjord', to: ['3907'], toName: 'Sandefjord' },
    { date: '2020-01-01', kind: 'merged', from: '0213', fromName: 'Ski', to: ['3020'], toName: 'Nordre Follo' },
    { date: '2020-01-01', kind: 'merged', from: '0217', fromName: 'Oppegård', to: ['3020'], toName: 'Nordre Follo' },
    { date: '2024-01-01', kind: 'renumbered', from: '3020', fromName: 'Nordre Follo', to: ['3207'], toName: 'Nordre Follo' },
    { date: '2020-01-01', kind: 'merged', from: '1534', fromName: 'Haram', to: ['1507'], toName: 'Ålesund' },
    { date: '2024-01-01', kind: 'split', from: '1507', fromName: 'Ålesund', to: ['1508', '1580'], toName: 'Ålesund og Haram' },
  ],
};
const resolve = kommuneResolver(ref);

describe('kommuneResolver', () => {
  it('a current number is itself', () => {
    expect(resolve('3907')).toEqual({ kind: 'current', nr: '3907', name: 'Sandefjord' });
  });

  it('follows renumberings in 2020 and 2024 to today’s number', () => {
    const r = resolve('0710');
    expect(r).toMatchObject({ kind: 'mapped', nr: '3907', fromName: 'Sandefjord' });
    expect(r.kind === 'mapped' && r.steps.map(describeChange)).toEqual(['2020-01-01 nytt nummer (3804 Sandefjord)', '2024-01-01 nytt nummer (3907 Sandefjord)']);
  });

  it('a municipality merged in 2020 maps to the merged one’s number today', () => {
    expect(resolve('0213')).toMatchObject({ kind: 'mapped', nr: '3207', fromName: 'Ski' });
    expect(resolve('0217')).toMatchObject({ kind: 'mapped', nr: '3207', fromName: 'Oppegård' });
  });

  it('a municipality split in 2024 cannot be mapped, also through an earlier merger', () => {
    expect(resolve('1507')).toMatchObject({ kind: 'split', change: { to: ['1508', '1580'] } });
    expect(resolve('1534')).toMatchObject({ kind: 'split' });
  });

  it('an unknown number is unknown', () => {
    expect(resolve('9999')).toEqual({ kind: 'unknown' });
  });
});
