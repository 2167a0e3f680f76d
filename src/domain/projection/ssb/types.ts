import { DomainError } from '../../errors.ts';
import type { Sex } from '../../registry/index.ts';

/** A category of a dimension as the file gives it: its code and its label. */
export interface Category {
  code: string;
  label: string;
}

/** One value of an SSB table with its categories, before interpretation (the same from JSON-stat 2 and CSV). */
export interface RawCell {
  region: Category;
  sex: Category;
  age: Category;
  year: Category;
  /** The statistic (ContentsCode), which in SSB's projection tables names the alternative. */
  contents: Category | null;
  /** A separate alternative dimension, when the table has one. */
  alternative: Category | null;
  /** null = missing in the file (SSB's "..", ":" or a JSON null). */
  value: number | null;
  /** Where the value is, for messages: "rad 12" or "verdi 345". */
  at: string;
}

/** An SSB table read from a file: its id and title when the file says them, and its cells. */
export interface RawTable {
  format: 'json-stat2' | 'csv';
  tableId: string | null;
  title: string;
  cells: RawCell[];
}

/** One stored population figure: municipality, sex, age group, year and series (REG or an alternative such as MMMM). */
export interface PopulationRow {
  kommuneNr: string;
  sex: Sex;
  ageFrom: number;
  ageTo: number | null;
  year: number;
  series: string;
  persons: number;
}

/** A municipality number the importer replaced, and why. */
export interface NumberMapping {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** The changes it went through, e.g. "2020-01-01 sammenslått", "2024-01-01 nytt nummer". */
  via: string[];
}

/** A valid population file, interpreted: what it holds and what the importer did to it. */
export interface PopulationImport {
  format: RawTable['format'];
  kind: 'registered' | 'projection';
  tableId: string | null;
  title: string;
  rows: PopulationRow[];
  mapped: NumberMapping[];
  /** Parts of the file left out, each with the reason (totals, regions that are not municipalities, split municipalities). */
  skipped: string[];
  /** Per municipality: the series and years it now has. */
  summary: { kommuneNr: string; name: string; series: { code: string; firstYear: number; lastYear: number; persons: number }[] }[];
}

/** A file the importer refuses: every problem found, in Norwegian, naming what is wrong. Nothing is stored. */
export class SsbFileError extends DomainError {
  readonly issues: string[];
  constructor(issues: string[]) {
    const shown = issues.slice(0, 5).join(' ');
    super('invalid_input', `Filen kan ikke leses inn: ${issues.length > 5 ? `${shown} … og ${issues.length - 5} feil til.` : shown}`, {
      fields: issues.map((message) => ({ path: 'file', message })),
    });
    this.name = 'SsbFileError';
    this.issues = issues;
  }
}
