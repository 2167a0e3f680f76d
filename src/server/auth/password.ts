import { hash, verify } from '@node-rs/argon2';

export { hashPassword } from '../../db/password-hash.ts';

// A hash of a random string, verified against when the user does not exist, so response time
// does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hashed: string | null, plain: string): Promise<boolean> {
  if (hashed === null) {
    dummyHash ??= hash('no-such-user-' + Math.random().toString(36));
    await verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  return verify(hashed, plain).catch(() => false);
}
