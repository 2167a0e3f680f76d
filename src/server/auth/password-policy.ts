import { readFileSync } from 'node:fs';
import { fieldLabel } from '../../contracts/common.ts';
import { AppError } from '../../contracts/errors.ts';

let common: Set<string> | undefined;

/** The common and breached passwords shipped in data/common-passwords.txt (read once; no network). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('../../../data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/**
 * Why a new password is refused beyond its length (checked by the contract), or null. A listed password is refused
 * also with digits or symbols added at the end ("password2024!") or repeated ("qwertyqwerty"), and so is one that
 * contains the username.
 */
export function passwordWeakness(password: string, username: string): string | null {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  const stem = lower.replace(/[^\p{L}]+$/u, '');
  const repeated = /^(.+?)\1+$/u.exec(lower)?.[1];
  if (list.has(lower) || list.has(stem) || (repeated !== undefined && (list.has(repeated) || repeated.length < 4))) {
    return 'er blant de vanligste passordene og lett å gjette. Velg et annet, gjerne flere ord';
  }
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'kan ikke inneholde brukernavnet';
  return null;
}

/** Throws a validation error on `path` when the password is too easy to guess. */
export function checkPasswordPolicy(password: string, username: string, path: string): void {
  const weakness = passwordWeakness(password, username);
  if (weakness === null) return;
  const message = `${fieldLabel(path)}: ${weakness}`;
  throw new AppError('validation_failed', message, { fields: [{ path, message }] });
}
