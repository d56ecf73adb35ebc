import bcrypt from 'bcryptjs';

/** bcrypt cost 12 in production; tests and the demo seed may lower it via HYOKA_BCRYPT_COST. */
function cost(): number {
  const n = Number(process.env.HYOKA_BCRYPT_COST);
  return Number.isInteger(n) && n >= 4 && n <= 14 ? n : 12;
}

export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, cost());
}

export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummy: string | undefined;
/** Compared against when the account does not exist, so both cases take the same time. */
export function dummyHash(): string {
  dummy ??= bcrypt.hashSync('not-a-password', cost());
  return dummy;
}
