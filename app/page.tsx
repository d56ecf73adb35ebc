import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/session';
import { homePath } from '@/lib/home';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const user = await requireUser();
  redirect(homePath(getDb(), user));
}
