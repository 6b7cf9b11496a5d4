/** The published JSON schema of the profile file, generated from the zod schema (schema.ts). */
import { z } from 'zod';
import { profileSchema } from './schema';

/** The JSON schema (draft 2020-12) of the profile file as a file's text. */
export function profileJsonSchema(): string {
  const schema = z.toJSONSchema(profileSchema, { io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
