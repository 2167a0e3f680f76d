import type { GoalGroup, LearningGoalFacts } from './types.ts';

const GROUP_WORDS: Record<string, GoalGroup> = {
  specialty: 'specialty',
  allmennmedisin: 'specialty',
  alm: 'specialty',
  spesialitet: 'specialty',
  common: 'common',
  felles: 'common',
  fellesmål: 'common',
  'felles kompetansemål': 'common',
};

export type ParsedGoal = Omit<LearningGoalFacts, 'id'>;

/**
 * Reads a learning-goal catalogue file: one goal a line, `code;group;title` (comma or tab also accepted), group
 * «allmennmedisin» or «felles»; a header line and empty lines are skipped. Every bad line is reported (Norwegian),
 * with its line number, and nothing is returned when any line is bad.
 */
export function parseGoalCatalogue(text: string): { goals: ParsedGoal[]; errors: string[] } {
  const goals: ParsedGoal[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || (i === 0 && /^(kode|code)\b/i.test(line))) continue;
    const sep = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
    const [code = '', group = '', ...rest] = line.split(sep).map((c) => c.trim());
    const title = rest.join(sep === ',' ? ', ' : ' ').trim();
    const goalGroup = GROUP_WORDS[group.toLowerCase()];
    const where = `Linje ${i + 1}`;
    if (!/^[A-ZÆØÅ0-9][A-ZÆØÅ0-9._-]{0,29}$/i.test(code)) errors.push(`${where}: ugyldig kode «${code}»`);
    else if (seen.has(code.toUpperCase())) errors.push(`${where}: koden ${code} står to ganger`);
    else if (goalGroup === undefined) errors.push(`${where}: gruppen må være «allmennmedisin» eller «felles», ikke «${group}»`);
    else if (title === '' || title.length > 500) errors.push(`${where}: tittelen må ha 1–500 tegn`);
    else goals.push({ code, goalGroup, title });
    seen.add(code.toUpperCase());
  }
  if (goals.length === 0 && errors.length === 0) errors.push('Filen har ingen læringsmål');
  return errors.length > 0 ? { goals: [], errors } : { goals, errors };
}
