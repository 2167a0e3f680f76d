/** The per-doctor load table of a roster (shifts, nights, weekends, holidays, backups, hours) against the share. */
import { OFF, type Problem } from '../model.ts';
import { fairTargets } from '../rules/fairness.ts';

export interface DoctorLoad {
  doctor: string;
  share: number;
  shifts: number;
  nights: number;
  weekends: number;
  holidays: number;
  backups: number;
  hours: number;
  /** The fair load for the period (share of demand plus history, minus own history). */
  fairLoad: number;
}

export function loadTable(p: Problem, grid: Int8Array): DoctorLoad[] {
  const targets = fairTargets(p, 'load');
  return p.employees.map((emp, e) => {
    const row: DoctorLoad = { doctor: emp.id, share: emp.share, shifts: 0, nights: 0, weekends: 0, holidays: 0, backups: 0, hours: 0, fairLoad: targets[e]! };
    for (let d = 0; d < p.days; d++) {
      const s = grid[e * p.days + d]!;
      if (s === OFF) continue;
      const type = p.shiftTypes[s]!;
      if (type.backup) row.backups++;
      else row.shifts++;
      if (type.night) row.nights++;
      if (p.weekendIndex[d]! >= 0) row.weekends++;
      if (p.holidayWeight[d]! > 0) row.holidays++;
      row.hours += type.minutes / 60;
    }
    return row;
  });
}
