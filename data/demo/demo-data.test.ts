import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { buildDemoData, toJson, type DemoLink, type DemoMunicipality, type DemoSnapshot } from './generate.ts';

// The committed JSON is the data; these tests recompute every published figure from it independently.

const here = dirname(fileURLToPath(import.meta.url));
const raw = {
  sandefjord: readFileSync(join(here, 'sandefjord.json'), 'utf8'),
  sarpsborg: readFileSync(join(here, 'sarpsborg.json'), 'utf8'),
};
const sandefjord = JSON.parse(raw.sandefjord) as DemoMunicipality;
const sarpsborg = JSON.parse(raw.sarpsborg) as DemoMunicipality;
const all = [
  { slug: 'sandefjord', m: sandefjord, prefix: 'sf-', months: monthRange('2020-03-01', '2021-02-01') },
  { slug: 'sarpsborg', m: sarpsborg, prefix: 'sp-', months: monthRange('2022-04-01', '2023-03-01') },
] as const;

const LIST_BOUND = 2_500;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let mo = Number(first.slice(5, 7));
  for (;;) {
    const s = `${y}-${String(mo).padStart(2, '0')}-01`;
    out.push(s);
    if (s === last) return out;
    if (out.length > 100) throw new Error('bad month range');
    mo = mo === 12 ? 1 : mo + 1;
    if (mo === 1) y++;
  }
}

const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const covers = (l: DemoLink, date: string): boolean => l.from <= date && (l.to === null || date <= l.to);
const open = (rows: readonly DemoSnapshot[]): number => total(rows.map((s) => Math.max(0, s.listCap - s.listLength)));
const snapsIn = (m: DemoMunicipality, month: string): DemoSnapshot[] => m.snapshots.filter((s) => s.month === month);

function statusOn(links: readonly DemoLink[], date: string): string {
  const here = links.filter((l) => covers(l, date));
  if (here.some((l) => l.role === 'holder' || l.role === 'shared')) return 'active';
  if (here.some((l) => l.role === 'substitute')) return 'substitute';
  return 'vacant';
}

function holdersOn(m: DemoMunicipality, date: string) {
  return m.positions.flatMap((p) =>
    p.doctors
      .filter((l) => l.role === 'holder' && covers(l, date))
      .map((l) => {
        const d = m.doctors.find((x) => x.key === l.doctorKey);
        if (!d) throw new Error(`unknown doctor ${l.doctorKey}`);
        return d;
      }),
  );
}

describe('demo data: generator and files agree', () => {
  it('regenerates byte for byte (deterministic, committed output is current)', () => {
    const built = buildDemoData();
    expect(toJson(built.sandefjord)).toBe(raw.sandefjord);
    expect(toJson(built.sarpsborg)).toBe(raw.sarpsborg);
  });

  it('keys, codes and usernames are unique across both municipalities', () => {
    for (const pick of [
      (m: DemoMunicipality) => m.offices.map((o) => o.key),
      (m: DemoMunicipality) => m.doctors.map((d) => d.key),
      (m: DemoMunicipality) => m.positions.map((p) => p.key),
      (m: DemoMunicipality) => m.positions.map((p) => p.code),
      (m: DemoMunicipality) => m.users.map((u) => u.username),
    ]) {
      const keys = [...pick(sandefjord), ...pick(sarpsborg)];
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe.each(all)('demo data: $slug, format and referential integrity', ({ slug, m, prefix, months }) => {
  it('has the kommune header and the 12 months ending at asOf', () => {
    expect(Object.keys(m).sort()).toEqual(['asOf', 'doctors', 'freePlacesMin', 'freeShareTarget', 'kommune', 'monthly', 'offices', 'positions', 'snapshots', 'users']);
    expect(m.asOf).toBe(months.at(-1));
    expect(m.monthly.map((r) => r.month)).toEqual(months);
    for (const r of m.monthly) {
      expect(r.population).toBeGreaterThan(0);
      expect(r.listedElsewhere).toBeGreaterThanOrEqual(0);
      expect(r.listedNonResidents).toBeGreaterThanOrEqual(0);
    }
  });

  it('keys carry the municipality prefix and are unique', () => {
    for (const keys of [m.offices.map((o) => o.key), m.doctors.map((d) => d.key), m.positions.map((p) => p.key)]) {
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k.startsWith(prefix)).toBe(true);
    }
    expect(new Set(m.positions.map((p) => p.code)).size).toBe(m.positions.length);
    expect(new Set(m.offices.map((o) => o.name)).size).toBe(m.offices.length);
  });

  it('doctors are synthetic and their dates are consistent', () => {
    for (const d of m.doctors) {
      expect(d.name).toMatch(/^Lege S[FP]-\d{2} \(syntetisk\)$/);
      expect(d.authorisedDate).toMatch(ISO);
      expect(d.authorisedDate <= m.asOf).toBe(true);
      expect(d.authorisedDate.slice(0, 4) > String(d.birthYear + 22)).toBe(true);
      expect(d.specialistGp && d.inSpecialisation).toBe(false);
      if (d.specialistGp) {
        expect(d.specialistSince).toMatch(ISO);
        expect(d.specialistSince! > d.authorisedDate).toBe(true);
        expect(d.specialistSince! <= m.asOf).toBe(true);
      } else {
        expect(d.specialistSince).toBeNull();
      }
    }
  });

  it('positions reference known offices and doctors; links are well-formed', () => {
    const offices = new Set(m.offices.map((o) => o.key));
    const doctors = new Map(m.doctors.map((d) => [d.key, d]));
    for (const p of m.positions) {
      expect(offices.has(p.officeKey)).toBe(true);
      expect(p.sharedList).toBe(false);
      expect(p.doctors.length).toBeGreaterThan(0);
      for (const l of p.doctors) {
        const d = doctors.get(l.doctorKey);
        expect(d, `${p.key} → ${l.doctorKey}`).toBeDefined();
        expect(l.from).toMatch(ISO);
        if (l.to !== null) expect(l.to >= l.from).toBe(true);
        expect(d!.authorisedDate <= l.from).toBe(true);
      }
      const holders = p.doctors.filter((l) => l.role === 'holder').sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < holders.length; i++) expect(holders[i - 1]!.to !== null && holders[i - 1]!.to! < holders[i]!.from).toBe(true);
      expect(p.status).toBe(statusOn(p.doctors, m.asOf));
    }
  });

  it('no doctor holds two positions at once', () => {
    const held = m.positions.flatMap((p) => p.doctors.filter((l) => l.role === 'holder'));
    for (const d of m.doctors) {
      const mine = held.filter((l) => l.doctorKey === d.key);
      for (let i = 0; i < mine.length; i++)
        for (let j = i + 1; j < mine.length; j++) {
          const a = mine[i]!;
          const b = mine[j]!;
          expect(a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31')).toBe(false);
        }
    }
  });

  it('every position has one snapshot per month from the month it exists to asOf, within bounds, and its listCap is the asOf cap', () => {
    const positions = new Set(m.positions.map((p) => p.key));
    for (const s of m.snapshots) expect(positions.has(s.positionKey)).toBe(true);
    for (const p of m.positions) {
      const snaps = m.snapshots.filter((s) => s.positionKey === p.key);
      expect(snaps.map((s) => s.month)).toEqual(months.slice(months.length - snaps.length));
      expect(snaps.length).toBeGreaterThan(0);
      for (const s of snaps) {
        expect(Number.isInteger(s.listLength) && Number.isInteger(s.listCap) && Number.isInteger(s.waitingList)).toBe(true);
        expect(s.listLength).toBeGreaterThanOrEqual(0);
        expect(s.listLength).toBeLessThanOrEqual(s.listCap);
        expect(s.listCap).toBeLessThanOrEqual(LIST_BOUND);
        expect(s.waitingList).toBeGreaterThanOrEqual(0);
        expect(s.listCap).toBeGreaterThan(0);
      }
      expect(p.listCap).toBe(snaps.at(-1)!.listCap);
      expect(p.listCap).toBeGreaterThan(0);
    }
  });

  it('has the four demo users', () => {
    const place = slug === 'sandefjord' ? 'Sandefjord' : 'Sarpsborg';
    expect(m.users.map((u) => [u.username, u.role])).toEqual([
      [`${slug}-admin`, 'admin'],
      [`${slug}-planlegger`, 'planner'],
      [`${slug}-lege`, 'doctor'],
      [`${slug}-leser`, 'readonly'],
    ]);
    for (const u of m.users) {
      expect(u.password).toBe('legeplan-demo');
      expect(u.displayName.length).toBeGreaterThan(0);
      expect(u.doctorKey !== null).toBe(u.role === 'doctor');
    }
    expect(m.users.find((u) => u.role === 'planner')!.displayName).toBe(`Planlegger ${place}`);
    const doctorUser = m.users.find((u) => u.role === 'doctor')!;
    expect(holdersOn(m, m.asOf).map((d) => d.key)).toContain(doctorUser.doctorKey);
  });
});

describe('demo data: Sandefjord, Feb 2021 (Plan for legetjenester 2021–2024, §2.3)', () => {
  const m = sandefjord;
  const now = snapsIn(m, '2021-02-01');
  const held = holdersOn(m, m.asOf);

  it('is kommune 3907 with the 7 % target and no free-places rule', () => {
    expect(m.kommune).toEqual({ nr: '3907', name: 'Sandefjord (demo)' });
    expect(m.asOf).toBe('2021-02-01');
    expect(m.freeShareTarget).toBe(0.07);
    expect(m.freePlacesMin).toBeNull();
  });

  it('has the 14 offices of §2.3 verbatim, all private', () => {
    expect(m.offices.map((o) => [o.name, o.address])).toEqual([
      ['Legene Sentrum Vest', 'Dronningens gate 6/8, Sandefjord'],
      ['Legehuset Sandefjord', 'Kilgata 9, Sandefjord'],
      ['Tempo Legesenter', 'Skiringssalvn. 24, Sandefjord'],
      ['Kilen Legesenter', 'Kilgata 9, Sandefjord'],
      ['Solvang Legesenter', 'Skiringssalvn. 24, Sandefjord'],
      ['Sandefjord Helsepark', 'Skiringssalvn. 24, Sandefjord'],
      ['Landstad Legesenter', 'Landstads gt. 27, Sandefjord'],
      ['Sandefjord Legesenter', 'Halvdan Svartes gt. 12, Sandefjord'],
      ['Gleditchgården Legesenter', 'Dronningens gt. 3, Sandefjord'],
      ['Familielegen A/S', 'Dronningens gt. 3, Sandefjord'],
      ['Annen Etage Legesenter', 'Hegnasletta 5, Sandefjord'],
      ['Andebu Legesenter', 'Andebuveien 939, Andebu'],
      ['Helsehuset Stokke-legene A/S', 'Stokkeveien 55, Stokke'],
      ['Stokke Legesenter', 'Nygaards Allè 4, Stokke'],
    ]);
    expect(m.offices.every((o) => o.orgForm === 'private')).toBe(true);
    for (const o of m.offices) expect(m.positions.filter((p) => p.officeKey === o.key).length).toBeGreaterThan(0);
  });

  it('has 54 self-employed positions, all active, with 54 distinct holders', () => {
    expect(m.positions).toHaveLength(54);
    expect(m.positions.every((p) => p.status === 'active' && p.orgForm === 'self_employed')).toBe(true);
    expect(held).toHaveLength(54);
    expect(new Set(held.map((d) => d.key)).size).toBe(54);
  });

  it('lists: Σ 61 722 (average 1 143,0), Σ cap 62 735, 1 013 open places = 1,6 % on 4 open lists', () => {
    const length = total(now.map((s) => s.listLength));
    const cap = total(now.map((s) => s.listCap));
    expect(now).toHaveLength(54);
    expect(length).toBe(61_722);
    expect((length / 54).toFixed(1)).toBe('1143.0');
    expect(cap).toBe(62_735);
    expect(open(now)).toBe(1_013);
    expect(cap - length).toBe(1_013); // no list over its cap, so Helsedirektoratet's net figure agrees
    expect(((100 * open(now)) / cap).toFixed(1)).toBe('1.6');
    expect(now.every((s) => s.listLength <= s.listCap)).toBe(true);
    expect(now.filter((s) => s.listLength < s.listCap)).toHaveLength(4);
  });

  it('reproduces the plan’s derived figures: 3 more positions for 7 % free, 62 at an average of 1 000', () => {
    const length = total(now.map((s) => s.listLength));
    const cap = total(now.map((s) => s.listCap));
    expect(Math.round((length / (1 - m.freeShareTarget) - cap) / (length / 54))).toBe(3);
    expect(Math.ceil(length / 1_000)).toBe(62);
  });

  it('waiting lists: Σ 1 900, all on full lists', () => {
    expect(total(now.map((s) => s.waitingList))).toBe(1_900);
    for (const s of now) if (s.waitingList > 0) expect(s.listLength).toBe(s.listCap);
  });

  it('kommune figures: 2 000 listed elsewhere, population 64 500, 700 non-residents listed', () => {
    expect(m.monthly.at(-1)).toEqual({ month: '2021-02-01', population: 64_500, listedElsewhere: 2_000, listedNonResidents: 700 });
  });

  it('doctors holding a position: 40 specialists, 12 ALIS, 21 women, average age 48,2, 18 aged ≥ 50, 11 reach 70 by 2028', () => {
    const ages = held.map((d) => 2021 - d.birthYear);
    expect(held.filter((d) => d.specialistGp)).toHaveLength(40);
    expect(held.filter((d) => d.inSpecialisation)).toHaveLength(12);
    expect(held.filter((d) => d.sex === 'F')).toHaveLength(21);
    expect(total(ages)).toBe(2_603);
    expect((total(ages) / 54).toFixed(1)).toBe('48.2');
    expect(ages.filter((a) => a >= 50)).toHaveLength(18);
    expect(held.filter((d) => d.birthYear + 70 <= 2028)).toHaveLength(11);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(28);
    expect(Math.max(...ages)).toBeLessThan(70);
  });

  it('history Mar 2020 – Feb 2021: lists grow, free places shrink, January differs from February', () => {
    const months = monthRange('2020-03-01', '2021-02-01');
    const lengths = months.map((mo) => total(snapsIn(m, mo).map((s) => s.listLength)));
    const opens = months.map((mo) => open(snapsIn(m, mo)));
    for (let i = 1; i < months.length; i++) {
      expect(lengths[i]!).toBeGreaterThan(lengths[i - 1]!);
      expect(opens[i]!).toBeLessThanOrEqual(opens[i - 1]!);
    }
    expect(opens[0]!).toBeGreaterThan(opens.at(-1)!);
    const jan = snapsIn(m, '2021-01-01');
    expect(total(jan.map((s) => s.listLength))).not.toBe(61_722);
    expect(open(jan)).not.toBe(1_013);
    expect(total(jan.map((s) => s.waitingList))).not.toBe(1_900);
    expect(m.monthly.at(-2)!.population).not.toBe(m.monthly.at(-1)!.population);
  });

  it('history has a doctor who left, a new holder, and months covered by a substitute or vacant', () => {
    const inWindow = (d: string | null) => d !== null && d >= '2020-03-01' && d < '2021-02-01';
    const changed = m.positions.filter(
      (p) => p.doctors.some((l) => l.role === 'holder' && inWindow(l.to)) && p.doctors.some((l) => l.role === 'holder' && inWindow(l.from)),
    );
    expect(changed.length).toBeGreaterThanOrEqual(1);
    const months = monthRange('2020-03-01', '2021-02-01');
    const statuses = months.flatMap((mo) => m.positions.map((p) => statusOn(p.doctors, mo)));
    expect(statuses).toContain('substitute');
    expect(statuses).toContain('vacant');
  });
});

describe('demo data: Sarpsborg, Mar 2023 (Fastlegestrategi 2023, “Fastlegeordningen i Sarpsborg”)', () => {
  const m = sarpsborg;
  const now = snapsIn(m, '2023-03-01');
  const officeOf = new Map(m.offices.map((o) => [o.key, o]));
  const se = m.positions.filter((p) => p.orgForm === 'self_employed');
  const mun = m.positions.filter((p) => p.orgForm === 'municipal');
  const holderOf = (key: string) => {
    const p = m.positions.find((x) => x.key === key)!;
    const l = p.doctors.find((x) => x.role === 'holder' && covers(x, m.asOf))!;
    return m.doctors.find((d) => d.key === l.doctorKey)!;
  };

  it('is kommune 3105 with the 7 % target and the old 1 000-free-places rule', () => {
    expect(m.kommune).toEqual({ nr: '3105', name: 'Sarpsborg (demo)' });
    expect(m.asOf).toBe('2023-03-01');
    expect(m.freeShareTarget).toBe(0.07);
    expect(m.freePlacesMin).toBe(1_000);
  });

  it('has 48 self-employed positions in 18 private offices and 6 municipal in Lilletorget and Solbyen', () => {
    expect(m.positions).toHaveLength(54);
    expect(se).toHaveLength(48);
    expect(mun).toHaveLength(6);
    const privateOffices = m.offices.filter((o) => o.orgForm === 'private');
    expect(privateOffices).toHaveLength(18);
    expect(new Set(se.map((p) => p.officeKey)).size).toBe(18);
    expect(se.every((p) => officeOf.get(p.officeKey)!.orgForm === 'private')).toBe(true);
    for (const o of privateOffices) expect(o.name).toMatch(/^Legesenter \d+ \(syntetisk\)$/);
    expect([...new Set(mun.map((p) => officeOf.get(p.officeKey)!.name))].sort()).toEqual(['Lilletorget legekontor', 'Solbyen legesenter']);
    expect(mun.every((p) => officeOf.get(p.officeKey)!.orgForm === 'municipal')).toBe(true);
    expect(m.offices).toHaveLength(20);
  });

  it('every position is filled in March 2023 (“per mars 2023 er alle fastlegehjemler i kommunen besatt”)', () => {
    expect(m.positions.every((p) => p.status === 'active')).toBe(true);
    const held = holdersOn(m, m.asOf);
    expect(new Set(held.map((d) => d.key)).size).toBe(54);
  });

  it('average list about 1 000; municipal lists shorter', () => {
    const avg = total(now.map((s) => s.listLength)) / now.length;
    expect(avg).toBeGreaterThanOrEqual(990);
    expect(avg).toBeLessThanOrEqual(1_010);
    const avgOf = (keys: Set<string>) => {
      const rows = now.filter((s) => keys.has(s.positionKey));
      return total(rows.map((s) => s.listLength)) / rows.length;
    };
    expect(avgOf(new Set(mun.map((p) => p.key)))).toBeLessThan(avgOf(new Set(se.map((p) => p.key))));
  });

  it('municipal lists: specialists 800–900, ALIS 600–700, and some of the six are ALIS', () => {
    let alis = 0;
    for (const p of mun) {
      const d = holderOf(p.key);
      const s = now.find((x) => x.positionKey === p.key)!;
      const [lo, hi] = d.inSpecialisation ? [600, 700] : [800, 900];
      if (d.inSpecialisation) alis++;
      else expect(d.specialistGp).toBe(true);
      for (const v of [s.listCap, s.listLength]) {
        expect(v).toBeGreaterThanOrEqual(lo);
        expect(v).toBeLessThanOrEqual(hi);
      }
    }
    expect(alis).toBeGreaterThan(0);
    expect(alis).toBeLessThan(6);
  });

  it('25 of the self-employed GPs are specialists (measure 5: “de 25 spesialistene”)', () => {
    expect(se.filter((p) => holderOf(p.key).specialistGp)).toHaveLength(25);
  });

  it('open places under the 1 000 trigger, 210 of them at Solbyen; waiting lists only on full lists', () => {
    const places = open(now);
    expect(places).toBeGreaterThan(0);
    expect(places).toBeLessThan(m.freePlacesMin!);
    const solbyen = new Set(mun.filter((p) => officeOf.get(p.officeKey)!.name === 'Solbyen legesenter').map((p) => p.key));
    expect(open(now.filter((s) => solbyen.has(s.positionKey)))).toBe(210);
    const waiting = total(now.map((s) => s.waitingList));
    expect(waiting).toBeGreaterThan(0);
    for (const s of now) if (s.waitingList > 0) expect(s.listLength).toBe(s.listCap);
  });

  it('kommune figures are plausible for ≈ 59 000 inhabitants', () => {
    const latest = m.monthly.at(-1)!;
    expect(latest.population).toBeGreaterThanOrEqual(58_000);
    expect(latest.population).toBeLessThanOrEqual(60_000);
    const listedResidents = total(now.map((s) => s.listLength)) - latest.listedNonResidents;
    expect(listedResidents + latest.listedElsewhere).toBeLessThanOrEqual(latest.population);
    expect(listedResidents + latest.listedElsewhere).toBeGreaterThan(0.95 * latest.population);
  });

  it('history Apr 2022 – Mar 2023: substitutes in 2022, 8 self-employed GPs started in 2022, Solbyen from 02.01.23', () => {
    const months = monthRange('2022-04-01', '2023-03-01');
    const statuses = months.flatMap((mo) => m.positions.map((p) => statusOn(p.doctors, mo)));
    expect(statuses).toContain('substitute');
    const started2022 = se.filter((p) => p.doctors.some((l) => l.role === 'holder' && l.to === null && l.from.startsWith('2022-')));
    expect(started2022).toHaveLength(8);
    for (const p of mun.filter((x) => officeOf.get(x.officeKey)!.name === 'Solbyen legesenter')) {
      const l = p.doctors.find((x) => x.role === 'holder' && x.to === null)!;
      expect(l.from >= '2023-01-02').toBe(true);
    }
    // Since 2018 more than 30 % of the GPs have been replaced.
    const since2018 = m.positions.filter((p) => p.doctors.some((l) => l.role === 'holder' && l.to === null && l.from >= '2018-01-01'));
    expect(since2018.length / 54).toBeGreaterThan(0.3);
  });
});
