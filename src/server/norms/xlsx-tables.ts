import {
  INSTITUTION_OWNER_LABELS,
  MUNICIPAL_TASK_AREA_LABELS,
  COVERED_BY_LABELS,
  NEED_BASIS_LABELS,
  OHD_CRITERION_LABELS,
  OHD_REFERRER_LABELS,
  PLACE_KIND_LABELS,
  type TExportTable,
} from '../../contracts/norms/index.ts';
import type { AllocationSummary, GpTaskSummary, NormGapReport, OhdSummary } from '../../domain/norms/index.ts';
import { columnsOf as cols, rowsToXlsx, type XlsxSheet as Sheet } from '../registry/xlsx.ts';
import { formatDate } from '../../domain/format/index.ts';

function gapInstitutions(r: NormGapReport): Sheet {
  return {
    name: `Gap per institusjon ${r.year}`,
    columns: cols([
      ['name', 'Institusjon'], ['owner', 'Drift'], ['places', 'Plasser'], ['occupied', 'Belagte plasser'], ['longTerm', 'Nødvendige årsverk langtid'],
      ['shortTerm', 'Nødvendige årsverk korttid'], ['required', 'Nødvendige årsverk'], ['inPost', 'Årsverk i stilling'], ['gap', 'Gap (årsverk)'],
      ['doctors', 'Leger'], ['specialists', 'Spesialister'],
    ]),
    rows: r.institutions.map((i) => ({
      name: i.name,
      owner: INSTITUTION_OWNER_LABELS[i.owner],
      places: i.places,
      occupied: i.occupied,
      longTerm: i.requiredFte.longTerm,
      shortTerm: i.requiredFte.shortTerm,
      required: i.requiredFte.total,
      inPost: i.fteInPost,
      gap: i.gapFte,
      doctors: i.specialists.doctors,
      specialists: i.specialists.specialists,
    })),
  };
}

function gapUnits(r: NormGapReport): Sheet {
  return {
    name: `Gap per avdeling ${r.year}`,
    columns: cols([
      ['institution', 'Institusjon'], ['unit', 'Avdeling'], ['placeKind', 'Plasstype'], ['places', 'Plasser'], ['occupancy', 'Belegg'],
      ['occupied', 'Belagte plasser'], ['stayDays', 'Liggetid (døgn)'], ['hoursPerPatientWeek', 'Timer per pasient per uke'],
      ['patientsPerFte', 'Pasienter per årsverk'], ['staysPerYear', 'Opphold per år'], ['requiredFte', 'Nødvendige årsverk'], ['explanation', 'Utregning'],
    ]),
    rows: r.institutions.flatMap((i) =>
      i.units.flatMap((u) =>
        u.rows.map((row) => ({
          institution: i.name,
          unit: u.name,
          placeKind: PLACE_KIND_LABELS[row.placeKind],
          places: row.places,
          occupancy: row.occupancy,
          occupied: row.occupied,
          stayDays: row.model === 'short_term' ? u.avgStayDays : null,
          hoursPerPatientWeek: row.hoursPerPatientWeek,
          patientsPerFte: row.patientsPerFte,
          staysPerYear: row.staysPerYear,
          requiredFte: row.requiredFte,
          explanation: row.explanation,
        })),
      ),
    ),
  };
}

function gapYears(r: NormGapReport): Sheet {
  return {
    name: 'Gap år for år',
    columns: cols([['year', 'År'], ['places', 'Plasser'], ['occupied', 'Belagte plasser'], ['longTerm', 'Langtid'], ['shortTerm', 'Korttid'], ['required', 'Nødvendige årsverk'], ['inPost', 'Årsverk i stilling'], ['gap', 'Gap (årsverk)']]),
    rows: r.years.map((y) => ({ year: y.year, places: y.places, occupied: y.occupied, longTerm: y.requiredFte.longTerm, shortTerm: y.requiredFte.shortTerm, required: y.requiredFte.total, inPost: y.fteInPost, gap: y.gapFte })),
  };
}

function allocation(a: AllocationSummary): Sheet {
  return {
    name: `Legeårsverk ${formatDate(a.date)}`,
    columns: cols([['area', 'Område'], ['note', 'Merknad'], ['fte', 'Årsverk'], ['share', 'Andel'], ['coveredBy', 'Dekkes av'], ['needBasis', 'Behovsgrunnlag'], ['needFte', 'Behov (årsverk)'], ['gapFte', 'Gap (årsverk)'], ['explanation', 'Behov forklart']]),
    rows: a.rows.map((r) => ({
      area: MUNICIPAL_TASK_AREA_LABELS[r.area],
      note: r.note,
      fte: r.fte,
      share: r.share,
      coveredBy: COVERED_BY_LABELS[r.coveredBy],
      needBasis: NEED_BASIS_LABELS[r.needBasis],
      needFte: r.need.fte,
      gapFte: r.gapFte,
      explanation: r.need.explanation,
    })),
  };
}

function allocationAreas(a: AllocationSummary): Sheet {
  return {
    name: `Årsverk per område ${formatDate(a.date)}`,
    columns: cols([['area', 'Område'], ['fte', 'Årsverk'], ['share', 'Andel'], ['needFte', 'Behov (årsverk)'], ['gapFte', 'Gap (årsverk)'], ['gpTaskFte', 'Fastlegers oppgaver (årsverk)']]),
    rows: a.byArea.map((x) => ({ ...x, area: MUNICIPAL_TASK_AREA_LABELS[x.area] })),
  };
}

function gpTasks(g: GpTaskSummary): Sheet {
  return {
    name: `Kommunale oppgaver ${formatDate(g.date)}`,
    columns: cols([
      ['name', 'Lege'], ['listLength', 'Listelengde'], ['obligationHours', 'Tilplikt (t/uke)'], ['agreementHours', 'Avtalt (t/uke)'],
      ['overLimit', 'Over 7,5 t'], ['shortList', 'Kort liste'], ['healthStationHours', 'Helsestasjon (t/uke)'], ['offerOpen', 'Tilbud om 20 % ikke gitt'], ['tasks', 'Oppgaver'],
    ]),
    rows: g.doctors.map((d) => ({
      name: d.name,
      listLength: d.listLength,
      obligationHours: d.obligationHours,
      agreementHours: d.agreementHours,
      overLimit: d.overLimit ? 'ja' : 'nei',
      shortList: d.shortList === null ? 'ukjent' : d.shortList ? 'ja' : 'nei',
      healthStationHours: d.healthStationHours,
      offerOpen: d.offerOpen ? 'ja' : 'nei',
      tasks: d.tasks.map((t) => `${MUNICIPAL_TASK_AREA_LABELS[t.area]} ${t.hoursPerWeek} t`).join('; '),
    })),
  };
}

function ohdMonths(o: OhdSummary): Sheet {
  return {
    name: 'ØHD per måned',
    columns: cols([['month', 'Måned'], ['requests', 'Forespørsler'], ['allCriteriaMet', 'Alle fem kriterier oppfylt'], ['admitted', 'Lagt inn']]),
    rows: o.byMonth.map((m) => ({ ...m })),
  };
}

function ohdCriteria(o: OhdSummary): Sheet {
  return {
    name: 'ØHD-kriterier',
    columns: cols([['criterion', 'Kriterium'], ['met', 'Oppfylt'], ['share', 'Andel']]),
    rows: o.byCriterion.map((c) => ({ ...c, criterion: OHD_CRITERION_LABELS[c.criterion] })),
  };
}

function ohdReferrers(o: OhdSummary): Sheet {
  return {
    name: 'ØHD per henviser',
    columns: cols([['referrer', 'Henvisende lege'], ['requests', 'Forespørsler'], ['allCriteriaMet', 'Alle fem kriterier oppfylt'], ['admitted', 'Lagt inn']]),
    rows: o.byReferrer.map((r) => ({ ...r, referrer: OHD_REFERRER_LABELS[r.referrer] })),
  };
}

/** The views a computed table is cut from; only the one the table needs is computed. */
export interface TableSources {
  gap: () => Promise<NormGapReport>;
  allocation: () => Promise<AllocationSummary>;
  gpTasks: () => Promise<GpTaskSummary>;
  ohd: () => Promise<OhdSummary>;
}

/** One computed table of the norm pages as an .xlsx workbook. */
export async function computedTableXlsx(table: TExportTable, src: TableSources): Promise<Buffer> {
  const sheet = await (async (): Promise<Sheet> => {
    switch (table) {
      case 'gap-institutions':
        return gapInstitutions(await src.gap());
      case 'gap-units':
        return gapUnits(await src.gap());
      case 'gap-years':
        return gapYears(await src.gap());
      case 'allocation':
        return allocation(await src.allocation());
      case 'allocation-areas':
        return allocationAreas(await src.allocation());
      case 'gp-tasks':
        return gpTasks(await src.gpTasks());
      case 'ohd-months':
        return ohdMonths(await src.ohd());
      case 'ohd-criteria':
        return ohdCriteria(await src.ohd());
      case 'ohd-referrers':
        return ohdReferrers(await src.ohd());
    }
  })();
  return rowsToXlsx(sheet.name, sheet.columns, sheet.rows);
}
