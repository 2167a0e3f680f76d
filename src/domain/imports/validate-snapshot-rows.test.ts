import { describe, expect, it } from 'vitest';
import type { Cell, Table } from './parse-table.ts';
import { checkSnapshotRows, codesOf, monthsOf, parseSnapshotRows, type CheckedSnapshotRow, type ExistingSnapshot, type SnapshotRegister } from './validate-snapshot-rows.ts';

const columns = { positionCode: 0, month: 1, listLength: 2, listCap: 3, waitingList: 4 };
const tableOf = (...rows: Cell[][]): Table => ({
  columns: ['Hjemmel', 'Måned', 'Listelengde', 'Listetak', 'Venteliste'],
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});
const existing: ExistingSnapshot = { id: 70, version: 3, positionId: 11, month: '2026-11-01', listLength: 990, listCap: 1000, waitingList: 2 };
const register: SnapshotRegister = { positionIdByCode: new Map([['T-01', 11], ['T-02', 12]]), existing: [existing] };

const check = (t: Table) => checkSnapshotRows(parseSnapshotRows(t, columns), register);
const errorsOf = (row: CheckedSnapshotRow | undefined) => (row?.kind === 'invalid' ? row.errors : []);

describe('parseSnapshotRows and checkSnapshotRows', () => {
  it('turns good rows into snapshots, marking those the register already has', () => {
    const rows = check(tableOf(['T-01', '01.11.2026', '1 143', '1\u00A0200', '0'], ['T-02', new Date(Date.UTC(2026, 10, 1)), 900, 1000, 4]));
    expect(rows).toEqual([
      {
        kind: 'valid',
        rowNumber: 2,
        values: { positionCode: 'T-01', month: '2026-11-01', listLength: 1143, listCap: 1200, waitingList: 0 },
        positionId: 11,
        existing,
        snapshot: { positionId: 11, month: '2026-11-01', listLength: 1143, listCap: 1200, waitingList: 0 },
      },
      {
        kind: 'valid',
        rowNumber: 3,
        values: { positionCode: 'T-02', month: '2026-11-01', listLength: 900, listCap: 1000, waitingList: 4 },
        positionId: 12,
        existing: null,
        snapshot: { positionId: 12, month: '2026-11-01', listLength: 900, listCap: 1000, waitingList: 4 },
      },
    ]);
  });

  it('gives every reason a row is bad, naming the field, with null for what cannot be read', () => {
    const [row] = check(tableOf(['T-01', '31.02.2026', '-3', '1,5', '']));
    expect(row).toMatchObject({ kind: 'invalid', positionId: 11, existing: null, values: { positionCode: 'T-01', month: null, listLength: null, listCap: null, waitingList: null } });
    expect(errorsOf(row)).toEqual([
      { field: 'month', reason: '«31.02.2026» finnes ikke i kalenderen' },
      { field: 'listLength', reason: 'Kan ikke være negativt' },
      { field: 'listCap', reason: '«1,5» er ikke et heltall (bruk mellomrom, ikke punktum eller komma, som tusenskille)' },
      { field: 'waitingList', reason: 'Mangler verdi' },
    ]);
  });

  it('refuses a code the register does not have (another municipality’s position is simply unknown)', () => {
    const [row] = check(tableOf(['X-99', '2026-11', '1', '2', '0']));
    expect(row).toMatchObject({ kind: 'invalid', positionId: null, existing: null });
    expect(errorsOf(row)).toEqual([{ field: 'positionCode', reason: 'Hjemmel «X-99» finnes ikke i kommunens hjemmelsregister' }]);
  });

  it('refuses the second row for the same position and month, however the month is written', () => {
    const rows = check(tableOf(['T-02', '2026-11', '1', '2', '0'], ['T-02', '2026-10', '1', '2', '0'], ['T-02', 'november 2026', '3', '4', '0']));
    expect(rows.map((r) => r.kind)).toEqual(['valid', 'valid', 'invalid']);
    expect(errorsOf(rows[2])).toEqual([{ field: 'month', reason: 'Hjemmel «T-02» har allerede en rad for november 2026 i filen (rad 2)' }]);
  });

  it('lists the codes and months named in the file, once each, and does not change its input', () => {
    const t = tableOf(['T-01', '2026-11', '1', '2', '0'], ['T-02', '2026-10', '1', '2', '0'], ['T-02', 'nov 2026', '1', '2', '0'], ['T-02', 'x', '1', '2', '0']);
    const copy = structuredClone(t);
    const parsed = parseSnapshotRows(t, columns);
    expect(codesOf(parsed)).toEqual(['T-01', 'T-02']);
    expect(monthsOf(parsed)).toEqual(['2026-10-01', '2026-11-01']);
    checkSnapshotRows(parsed, register);
    expect(t).toEqual(copy);
  });
});
