export * from './snapshot-fields.ts';
export * from './decode-text.ts';
export * from './split-csv.ts';
export * from './parse-table.ts';
export * from './parse-values.ts';
export * from './guess-mapping.ts';
export * from './validate-snapshot-rows.ts';
export * from './plan-snapshot-import.ts';
