import type { z } from 'zod';

/** Parse props against a zod schema; issues come back as `props.casks[0]: expected string, ...`. */
export function validateProps(
  schema: z.ZodType | undefined,
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: string[] } {
  if (!schema) return { ok: true, value: input ?? {} };
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
      'props',
    );
    return `${path}: ${issue.message}`;
  });
  return { ok: false, issues };
}
