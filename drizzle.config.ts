import { defineConfig } from 'drizzle-kit';
// drizzle-kit loads this file with its own loader, outside the app: it reads DATABASE_URL
// itself (the app reads the environment only in lib/env.ts).

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'data/hyoka.db' },
});
