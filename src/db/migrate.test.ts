import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrate.ts';

describe('splitStatements', () => {
  it('splits at semicolons and drops comments, also those holding a semicolon', () => {
    const sql = `-- a comment; not a statement\nCREATE TABLE a (id int); /* block; comment */\nCREATE TABLE b (\n  id int -- trailing; comment\n);\n`;
    expect(splitStatements(sql)).toEqual(['CREATE TABLE a (id int)', 'CREATE TABLE b (\n  id int \n)']);
  });

  it('keeps a dollar-quoted body with semicolons of its own in one statement', () => {
    const body = `DO $$\nBEGIN\n  CREATE ROLE r;\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND\n$$`;
    const fn = `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $fn$ BEGIN PERFORM 1; END $fn$`;
    expect(splitStatements(`${body};\n${fn};\nSELECT 1;`)).toEqual([body, fn, 'SELECT 1']);
  });

  it('keeps semicolons and comment markers inside quoted strings and identifiers', () => {
    const sql = `INSERT INTO t (v) VALUES ('a; b -- c', 'it''s; fine');\nSELECT "odd;name" FROM t`;
    expect(splitStatements(sql)).toEqual([`INSERT INTO t (v) VALUES ('a; b -- c', 'it''s; fine')`, `SELECT "odd;name" FROM t`]);
  });
});
