import type { Db } from '../../db/connection.ts';
import type { Scope } from '../../db/scope.ts';
import type { RosterViewer } from './visibility.ts';

/** What a roster use case is given: the database, who asks in which municipality (and what they may read), and the instant. */
export interface RosterContext {
  db: Db;
  scope: Scope;
  viewer: RosterViewer;
  /** ISO instant, from the injected clock. */
  now: string;
}
