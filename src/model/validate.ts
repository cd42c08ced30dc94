// Validating a parsed document: its plan first (no zod; src/model/quick-parse.ts),
// then zod, which judges what the plan cannot pass and words what is wrong.
import type * as z from 'zod/mini';
import { quickParse, type Plan } from './quick-parse';

/** What a document is validated against: its zod schema (built on first use), and the schema's plan when there is one. */
export interface Model<T> {
  plan?: Plan;
  schema: () => z.ZodMiniType<T>;
}

export type Validation<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[]; schema: z.ZodMiniType<T> };

export function validate<T>(model: Model<T>, data: unknown): Validation<T> {
  const quick = model.plan && quickParse(model.plan, data);
  if (quick) return { success: true, data: quick.value as T };
  const schema = model.schema();
  // jitless: zod would compile a parser per object schema with new Function on first use;
  // a run validates each schema a few times, so compiling costs more than it saves.
  const result = schema.safeParse(data, { jitless: true });
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues, schema };
}
