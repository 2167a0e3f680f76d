import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { chooseMapping, guessMapping, locateColumns, normaliseHeader } from './guess-mapping.ts';
import type { SnapshotMapping } from './snapshot-fields.ts';

const norwegian: SnapshotMapping = { positionCode: 'Hjemmel-ID', month: 'Måned', listLength: 'Listelengde', listCap: 'Listetak', waitingList: 'Venteliste' };

describe('normaliseHeader', () => {
  it('ignores case, spaces, punctuation and diacritics, and reads "aa" as "å"', () => {
    expect(normaliseHeader('Hjemmel-ID')).toBe('hjemmelid');
    expect(normaliseHeader(' MÅNED ')).toBe('maned');
    expect(normaliseHeader('Maaned')).toBe('maned');
    expect(normaliseHeader('Ma\u030Aned')).toBe('maned');
    expect(normaliseHeader('Antall på liste')).toBe('antallpaliste');
    expect(normaliseHeader('Listestørrelse')).toBe('listestorrelse');
  });
});

describe('guessMapping', () => {
  it('finds every field from Norwegian headers', () => {
    expect(guessMapping(['Hjemmel-ID', 'Måned', 'Listelengde', 'Listetak', 'Venteliste'])).toEqual({ found: norwegian, missing: [] });
  });

  it('finds every field from other spellings, English, and a Latin-1 file’s decoded header', () => {
    const header = decodeText(Uint8Array.from([...'Lege-ID;Måned'].map((c) => c.charCodeAt(0)))).split(';');
    expect(guessMapping([...header, 'Antall på liste', 'LISTETAK', 'Antall på venteliste']).found).toEqual({
      positionCode: 'Lege-ID',
      month: 'Måned',
      listLength: 'Antall på liste',
      listCap: 'LISTETAK',
      waitingList: 'Antall på venteliste',
    });
    expect(guessMapping(['Position code', 'Month', 'List length', 'List cap', 'Waiting list']).missing).toEqual([]);
    expect(guessMapping(['hjemmel', 'maaned', 'listelengde', 'listetak', 'venteliste']).missing).toEqual([]);
  });

  it('matches headers that contain a name, but not short names inside other words', () => {
    expect(guessMapping(['Hjemmel', 'Måned (1. i mnd)', 'Listelengde per 1.', 'Listetak', 'Venteliste', 'Kontaktperson']).found).toMatchObject({
      month: 'Måned (1. i mnd)',
      listLength: 'Listelengde per 1.',
      listCap: 'Listetak',
    });
    expect(guessMapping(['Kontaktperson', 'Hjemmel']).found.listCap).toBeUndefined();
  });

  it('leaves a field out when two columns fit it equally, and names what is missing', () => {
    const guess = guessMapping(['Hjemmel', 'Dato', 'Month', 'Listelengde', 'Merknad']);
    expect(guess.found).toEqual({ positionCode: 'Hjemmel', listLength: 'Listelengde' });
    expect(guess.missing).toEqual(['month', 'listCap', 'waitingList']);
  });
});

describe('locateColumns', () => {
  it('gives each field’s column index, or the fields whose column is not in the file', () => {
    const columns = ['Venteliste', 'Listetak', 'Listelengde', 'Måned', 'Hjemmel-ID'];
    expect(locateColumns(norwegian, columns)).toEqual({ ok: true, indexes: { positionCode: 4, month: 3, listLength: 2, listCap: 1, waitingList: 0 } });
    expect(locateColumns({ ...norwegian, month: 'Periode' }, columns)).toEqual({ ok: false, absent: ['month'] });
  });
});

describe('chooseMapping', () => {
  const remembered: SnapshotMapping = { positionCode: 'A', month: 'B', listLength: 'C', listCap: 'D', waitingList: 'E' };

  it('uses the remembered mapping when the file has all its columns', () => {
    expect(chooseMapping(remembered, ['E', 'D', 'C', 'B', 'A', 'Hjemmel'])).toMatchObject({ source: 'remembered', mapping: remembered });
  });

  it('guesses when the remembered columns are not all there, or nothing is remembered', () => {
    const columns = ['A', 'Hjemmel-ID', 'Måned', 'Listelengde', 'Listetak', 'Venteliste'];
    expect(chooseMapping(remembered, columns)).toEqual({
      source: 'guessed',
      mapping: norwegian,
      indexes: { positionCode: 1, month: 2, listLength: 3, listCap: 4, waitingList: 5 },
    });
    expect(chooseMapping(null, columns)).toMatchObject({ source: 'guessed' });
  });

  it('chooses none, naming the missing fields, when the guess is incomplete', () => {
    expect(chooseMapping(null, ['Hjemmel', 'Måned', 'Kolonne 3'])).toEqual({ source: 'none', missing: ['listLength', 'listCap', 'waitingList'] });
  });
});
