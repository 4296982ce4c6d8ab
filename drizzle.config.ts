// drizzle-kit: `npm run db:generate` writes a new numbered migration into migrations/ from the store schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/services/store/schema.ts',
  out: './migrations',
});
