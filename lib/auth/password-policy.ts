// What a password must be: long enough, not one of the passwords everyone tries first, not a
// run of one character or a keyboard sequence, and not the login id. Pure (shared by the admin
// forms and the self-service change; a zod refinement reports the key).

export const PASSWORD_MIN = 10;

/** The most used passwords (public breach lists) that are 10 characters or longer, and local favourites. */
const COMMON = new Set([
  'password123',
  'password1234',
  'password12345',
  'passw0rd123',
  'p@ssw0rd123',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'asdfghjkl1',
  'iloveyou123',
  'welcome123',
  'welcome1234',
  'letmein123',
  'changeme123',
  'administrator',
  'admin12345',
  'admin123456',
  'adminadmin',
  'superman123',
  'football123',
  'baseball123',
  'princess123',
  'sunshine123',
  'trustno1trustno1',
  'michael123',
  'nihonbashi1',
  'tokyo12345',
  'japan12345',
  'hyoka12345',
  'hyokahyoka',
]);

const SEQUENCES = ['01234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export type PasswordProblem = 'passwordShort' | 'passwordCommon' | 'passwordSimple' | 'passwordHasLogin';

export function passwordProblem(password: string, loginId?: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return 'passwordShort';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'passwordCommon';
  if (new Set(lower).size < 4) return 'passwordSimple';
  const letters = lower.replace(/[^a-z0-9]/g, '');
  const inSequence = (s: string) => SEQUENCES.some((seq) => seq.includes(s) || [...seq].reverse().join('').includes(s));
  if (letters.length === lower.length && inSequence(lower)) return 'passwordSimple';
  if (loginId && loginId.length >= 3 && lower.includes(loginId.toLowerCase())) return 'passwordHasLogin';
  return null;
}
