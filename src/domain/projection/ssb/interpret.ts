import { REGISTERED_SERIES } from '../types.ts';
import { alternativeOf, parseAge, parseRegion, parseSex, parseYear } from './categories.ts';
import { describeChange, kommuneResolver, type KommuneReference, type ResolvedNumber } from './kommune-numbers.ts';
import { SsbFileError, type Category, type NumberMapping, type PopulationImport, type PopulationRow, type RawCell, type RawTable } from './types.ts';

const show = (c: Category) => (c.code === c.label ? c.label : `${c.code} ${c.label}`);

/** Collects problems and notes once each, so one bad category is reported once, not once per cell. */
class Findings {
  readonly issues = new Set<string>();
  readonly skipped = new Set<string>();
}

/** The series of a cell: its alternative (MMMM) from the alternative dimension or the statistic, else the registered population. */
function seriesOf(cell: RawCell, f: Findings): string | null {
  if (cell.alternative) {
    const alt = alternativeOf(cell.alternative);
    if (alt === null) f.issues.add(`Ukjent framskrivingsalternativ «${show(cell.alternative)}»: ventet fire bokstaver som MMMM, LLML eller HHMH.`);
    return alt;
  }
  return cell.contents ? (alternativeOf(cell.contents) ?? REGISTERED_SERIES) : REGISTERED_SERIES;
}

interface Accumulated {
  row: PopulationRow;
  /** The file's region codes summed into this figure, with the codes each passed through. */
  sources: Map<string, string[]>;
}

/**
 * Interprets a raw SSB table as population rows: categories, totals left out, numbers mapped to today's, values checked.
 * The importing municipality's own number is always known (it is registered here), also when the reference list lacks it.
 */
export function interpretPopulation(table: RawTable, ref: KommuneReference, own: { nr: string; name: string }): PopulationImport {
  const ownNr = own.nr;
  const f = new Findings();
  if (!ref.municipalities.some((m) => m.nr === ownNr)) {
    // A number registered here is today's number, whatever the list says it was before.
    ref = { ...ref, municipalities: [...ref.municipalities, own], changes: ref.changes.filter((c) => c.from !== ownNr) };
  }
  const resolve = kommuneResolver(ref);
  const resolved = new Map<string, ResolvedNumber>();
  const names = new Map(ref.municipalities.map((m) => [m.nr, m.name]));
  const mapped = new Map<string, NumberMapping>();
  const acc = new Map<string, Accumulated>();
  const statistics = new Set<string>();

  for (const cell of table.cells) {
    const region = parseRegion(cell.region);
    const sex = parseSex(cell.sex);
    const age = parseAge(cell.age);
    const year = parseYear(cell.year);
    if (region.kind === 'invalid') f.issues.add(`Ukjent region «${show(cell.region)}»: ventet et kommunenummer med fire siffer.`);
    if (sex.kind === 'invalid') f.issues.add(`Ukjent kjønn «${show(cell.sex)}»: ventet Menn eller Kvinner.`);
    if (age.kind === 'invalid') f.issues.add(`Ukjent alder «${show(cell.age)}»: ventet f.eks. «0 år», «0-5 år» eller «90 år eller eldre».`);
    if (year === null) f.issues.add(`Ugyldig år «${show(cell.year)}»: ventet et årstall som 2024.`);
    if (region.kind === 'total') f.skipped.add(`${show(cell.region)} (ikke en kommune)`);
    if (sex.kind === 'total') f.skipped.add(`${show(cell.sex)} (sum av kjønn)`);
    if (age.kind === 'total') f.skipped.add(`${show(cell.age)} (sum av aldre)`);
    const series = seriesOf(cell, f);
    if (region.kind !== 'value' || sex.kind !== 'value' || age.kind !== 'value' || year === null || series === null) continue;
    if (series === REGISTERED_SERIES && cell.contents) statistics.add(show(cell.contents));
    if (cell.value === null) continue;
    const what = `${show(cell.region)}, ${show(cell.sex).toLowerCase()} ${show(cell.age)}, ${year} (${cell.at})`;
    if (cell.value < 0) f.issues.add(`Negativt tall (${cell.value}) for ${what}: folketall kan ikke være negative.`);
    else if (!Number.isInteger(cell.value)) f.issues.add(`Tallet ${cell.value} for ${what} er ikke et helt antall personer.`);

    const code = region.value;
    let r = resolved.get(code);
    if (r === undefined) {
      r = resolve(code);
      resolved.set(code, r);
    }
    switch (r.kind) {
      case 'unknown':
        f.issues.add(`Ukjent kommunenummer ${show(cell.region)}: finnes verken blant dagens kommuner eller i listen over endrede kommunenummer (${ref.source}).`);
        continue;
      case 'split':
        if (r.change.to.includes(ownNr)) {
          f.issues.add(
            `${show(cell.region)} ble delt ${r.change.date} (${r.change.to.join(', ')} ${r.change.toName}): tallene kan ikke fordeles automatisk på kommunen din. Bruk en tabell med dagens kommuneinndeling.`,
          );
        } else f.skipped.add(`${show(cell.region)} (delt ${r.change.date} i ${r.change.to.join(', ')}: kan ikke fordeles)`);
        continue;
      case 'mapped':
        mapped.set(code, { from: code, fromName: r.fromName, to: r.nr, toName: r.name, via: r.steps.map(describeChange) });
        break;
      case 'current':
        break;
    }
    const nr = r.nr;
    const chain = [code, ...(r.kind === 'mapped' ? r.steps.map((s) => s.to[0]!) : [])];
    const key = `${nr}|${sex.value}|${age.value.from}|${age.value.to}|${year}|${series}`;
    const a = acc.get(key);
    if (!a) {
      acc.set(key, {
        row: { kommuneNr: nr, sex: sex.value, ageFrom: age.value.from, ageTo: age.value.to, year, series, persons: cell.value },
        sources: new Map([[code, chain]]),
      });
      continue;
    }
    for (const [other, otherChain] of a.sources) {
      if (other !== code && (otherChain.includes(code) || chain.includes(other))) {
        f.issues.add(`Tallene for ${nr} ${names.get(nr) ?? ''} i ${year} står både under ${other} og ${code}: filen ville telle de samme innbyggerne to ganger.`);
      }
    }
    if (a.sources.has(code)) f.issues.add(`${what} står to ganger i filen.`);
    a.sources.set(code, chain);
    a.row.persons += cell.value;
  }

  if (statistics.size > 1) f.issues.add(`Tabellen har flere statistikkvariabler (${[...statistics].join(', ')}): ta bare med folkemengden.`);
  const rows = [...acc.values()].map((a) => a.row);
  checkAgeGroups(rows, f);
  if (f.issues.size === 0 && rows.length === 0) f.issues.add('Filen har ingen befolkningstall for noen kommune.');
  if (f.issues.size === 0 && !rows.some((r) => r.kommuneNr === ownNr)) {
    f.issues.add(`Filen har ingen tall for kommunen din (${ownNr} ${names.get(ownNr) ?? ''}). Ta med kommunen når tabellen lastes ned.`.replace(' )', ')'));
  }
  if (f.issues.size > 0) throw new SsbFileError([...f.issues]);
  return {
    format: table.format,
    kind: rows.some((r) => r.series !== REGISTERED_SERIES) ? 'projection' : 'registered',
    tableId: table.tableId,
    title: table.title,
    rows,
    mapped: [...mapped.values()].sort((a, b) => a.from.localeCompare(b.from)),
    skipped: [...f.skipped],
    summary: summarise(rows, names),
  };
}

/** Age groups of one municipality, sex, year and series must not overlap (a total mixed with groups would count people twice). */
function checkAgeGroups(rows: readonly PopulationRow[], f: Findings): void {
  const groups = new Map<string, PopulationRow[]>();
  for (const r of rows) {
    const k = `${r.kommuneNr}|${r.sex}|${r.year}|${r.series}`;
    const list = groups.get(k) ?? [];
    list.push(r);
    groups.set(k, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.ageFrom - b.ageFrom);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      if (prev.ageTo === null || list[i]!.ageFrom <= prev.ageTo) {
        const span = (r: PopulationRow) => (r.ageTo === null ? `${r.ageFrom}+` : `${r.ageFrom}–${r.ageTo}`);
        f.issues.add(`Aldersgruppene ${span(prev)} og ${span(list[i]!)} år overlapper (${prev.kommuneNr}, ${prev.year}): velg enten ettårige aldre eller grupper.`);
      }
    }
  }
}

function summarise(rows: readonly PopulationRow[], names: Map<string, string>): PopulationImport['summary'] {
  const byNr = new Map<string, Map<string, { years: Set<number>; persons: Map<number, number> }>>();
  for (const r of rows) {
    const series = byNr.get(r.kommuneNr) ?? new Map();
    byNr.set(r.kommuneNr, series);
    const s = series.get(r.series) ?? { years: new Set<number>(), persons: new Map<number, number>() };
    series.set(r.series, s);
    s.years.add(r.year);
    s.persons.set(r.year, (s.persons.get(r.year) ?? 0) + r.persons);
  }
  return [...byNr.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([kommuneNr, series]) => ({
      kommuneNr,
      name: names.get(kommuneNr) ?? kommuneNr,
      series: [...series.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([code, s]) => {
        const years = [...s.years].sort((a, b) => a - b);
        return { code, firstYear: years[0]!, lastYear: years.at(-1)!, persons: s.persons.get(years[0]!)! };
      }),
    }));
}
