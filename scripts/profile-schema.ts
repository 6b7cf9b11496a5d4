/**
 * Writes public/profile/gongkai-profile.schema.json from the zod schema of the profile file:
 * `npx tsx scripts/profile-schema.ts`. src/core/profile/profile.test.ts fails while the committed
 * file differs from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { profileJsonSchema } from '../src/core/profile/json-schema';

const target = new URL('../public/profile/gongkai-profile.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, await format(profileJsonSchema(), { parser: 'json' }));
console.log(`wrote ${target.pathname}`);
