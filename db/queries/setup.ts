// First run of a real install: the organisation and its first administrator.
import { organisations, users } from '@/db/schema';
import type { Db } from '../open';

/** An install is set up once it holds an organisation (the demo seed counts). */
export function isSetUp(db: Db): boolean {
  return db.select({ id: organisations.id }).from(organisations).limit(1).get() !== undefined;
}

export type FirstInstall = {
  name: string;
  shortName: string;
  selfName: string;
  admin: { loginId: string; displayName: string; passwordHash: string };
};

/** Creates the organisation and its administrator in one transaction; refuses a set-up database. */
export function createFirstInstall(db: Db, input: FirstInstall): { organisationId: number; userId: number } | null {
  return db.transaction((tx) => {
    if (isSetUp(tx)) return null;
    const org = tx
      .insert(organisations)
      .values({ name: input.name, shortName: input.shortName, selfName: input.selfName, isDemo: false })
      .returning({ id: organisations.id })
      .get();
    const user = tx
      .insert(users)
      .values({ organisationId: org.id, role: 'admin', ...input.admin })
      .returning({ id: users.id })
      .get();
    return { organisationId: org.id, userId: user.id };
  });
}
