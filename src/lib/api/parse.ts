import type { z } from 'astro/zod';

/** Thrown when a value does not match its schema; the message names each bad field by its path. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError';
  constructor(
    readonly what: string,
    readonly issues: readonly string[],
  ) {
    super(`${what}: ${issues.join('; ')}`);
  }
}

/** Type guard for {@link SchemaError}. */
export function isSchemaError(error: unknown): error is SchemaError {
  return error instanceof SchemaError;
}

/**
 * Parses `value` with `schema`, or throws one {@link SchemaError} line naming what was parsed and every bad field:
 * `rankings-daily response: data.3.total_tokens: expected a string of decimal digits`.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  if (result.error.issues.length > 5) issues.push(`and ${result.error.issues.length - 5} more`);
  throw new SchemaError(what, issues);
}
