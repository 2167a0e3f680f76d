import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DemoNorms } from '../../../src/db/demo-norms.ts';
import { NORM_ENTITIES } from '../../../src/db/repositories/norms-entities.ts';

// The committed JSON is the data: these checks recompute the figures S §3.0–3.2 gives, without a database.
const demo = JSON.parse(readFileSync(new URL('./3907.json', import.meta.url), 'utf8')) as DemoNorms;
const nursingHomes = demo.institutions.filter((i) => i.institutionType === 'nursing_home');
const places = (i: DemoNorms['institutions'][number]) => i.units.flatMap((u) => u.places).reduce((s, p) => s + p.places, 0);
const fteAt = (key: string) => demo.doctors.flatMap((d) => d.serves).filter((s) => s.institutionKey === key).reduce((s, x) => s + x.fte, 0);

describe('Sandefjord demo norms (data/demo/norms/3907.json)', () => {
  it('has the six nursing homes of S §3.1 with their places and doctor FTE per 31.12.2020', () => {
    expect(nursingHomes.map((i) => [i.name, places(i), Number(fteAt(i.key).toFixed(2))])).toEqual([
      ['Sandefjord medisinske senter', 59, 3.8],
      ['Nygård bo- og behandlingssenter', 126, 1.4],
      ['Kamfjordhjemmet bo- og behandlingssenter', 64, 0.8],
      ['Mosserødhjemmet', 58, 0.4],
      ['Soletunet bo- og behandlingssenter', 47, 0.7],
      ['Andebu sykehjem', 39, 0.4],
    ]);
    expect(nursingHomes.reduce((s, i) => s + places(i), 0)).toBe(393);
  });

  it('splits Andebu and Soletunet as the text does: 30 + 4 + 5 and 38 + 9', () => {
    const byKind = (key: string) => {
      const out: Record<string, number> = {};
      for (const p of demo.institutions.find((i) => i.key === key)!.units.flatMap((u) => u.places)) out[p.placeKind] = (out[p.placeKind] ?? 0) + p.places;
      return out;
    };
    expect(byKind('andebu')).toEqual({ long_term: 18, dementia: 12, short_term: 4, respite: 5 });
    expect(byKind('soletunet')).toEqual({ long_term: 36, young_special: 2, short_term: 5, respite: 4 });
  });

  it('allocates 12.52 FTE in the six areas of S §3.0 plus the 0.2 ALIS coordinator', () => {
    const fte = (area: string) => demo.allocations.filter((a) => a.area === area).reduce((s, a) => s + (a.fte as number), 0);
    const six = ['legevakt', 'lis1_supervision', 'alis_supervision', 'child_health', 'nursing_homes', 'leadership'].reduce((s, a) => s + fte(a), 0);
    expect(six).toBeCloseTo(12.52, 10);
    expect(fte('alis_coordination')).toBe(0.2);
  });

  it('holds only what the API would accept, and no patient identity', () => {
    for (const a of demo.allocations) expect(NORM_ENTITIES['doctor-allocations'].input.safeParse(a).success).toBe(true);
    for (const r of demo.ohdRequests) expect(NORM_ENTITIES['ohd-requests'].input.safeParse(r).success).toBe(true);
    for (const t of demo.gpTasks) {
      const task = Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'doctorKey'));
      expect(NORM_ENTITIES['gp-tasks'].input.safeParse({ ...task, doctorId: 1 }).success).toBe(true);
    }
    expect(demo.doctors.every((d) => d.name.endsWith('(syntetisk)'))).toBe(true);
  });
});
