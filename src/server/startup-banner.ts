import type { DemoMunicipality } from '../db/demo.ts';
import type { Kommune } from '../db/repositories/kommune.ts';

/** What the server prints once it listens: where, what was loaded, the demo logins, and what is left to set up. */
export function startupBanner(s: {
  port: number;
  /** PostgreSQL server or the embedded PGlite folder. */
  where: string;
  embedded: boolean;
  loaded: DemoMunicipality[];
  /** Only the demo municipalities whose published password still works. */
  demoLogins: DemoMunicipality[];
  kommuner: (Kommune & { users: number })[];
}): string {
  const lines = [`Legeplan kjører på http://localhost:${s.port}  (database: ${s.where})`];
  if (s.loaded.length > 0) lines.push(`Lastet demodata: ${s.loaded.map((d) => d.kommune.name).join(', ')}`);
  if (s.demoLogins.length > 0) {
    lines.push('Demo-innlogginger:');
    for (const demo of s.demoLogins) {
      const users = demo.users.map((u) => `${u.username} (${u.role})`).join(', ');
      lines.push(`  ${demo.kommune.name}: ${users} – passord ${demo.users[0]!.password}`);
    }
  }
  const stopFirst = s.embedded ? ' (stopp serveren først: den innebygde databasen brukes av én prosess om gangen)' : '';
  if (s.kommuner.length === 0) {
    lines.push(
      `Ingen kommune er satt opp ennå. Opprett kommunen og dens første administrator med kommandolinjen${stopFirst}:`,
      '  npx legeplan kommune create --nummer <kommunenummer> --navn "<navn>"',
      '  npx legeplan admin create --kommune <kommunenummer> --username <brukernavn>',
      'Eller start med demokommunene: npm start -- --demo',
    );
  }
  for (const k of s.kommuner.filter((x) => x.users === 0)) {
    lines.push(`${k.name} (${k.nr}) har ingen brukere. Opprett den første administratoren${stopFirst}:`, `  npx legeplan admin create --kommune ${k.nr} --username <brukernavn>`);
  }
  return lines.join('\n');
}
