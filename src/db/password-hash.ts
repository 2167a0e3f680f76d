import { hash } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (OWASP-recommended memory and time cost). Here, beside the accounts it
 * protects, so the server and the `legeplan admin create` command store passwords the same way.
 */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}
