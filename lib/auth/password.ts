import bcrypt from 'bcryptjs';
import { bcryptCost } from '@/lib/env';

export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, bcryptCost());
}

export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummy: string | undefined;
/** Compared against when the account does not exist, so both cases take the same time. */
export function dummyHash(): string {
  dummy ??= bcrypt.hashSync('not-a-password', bcryptCost());
  return dummy;
}
