import { z } from 'zod';

/** Machine-readable error codes that cross the IPC boundary. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'DAMAGED',
  'TOO_LARGE',
  'UNAVAILABLE',
  'FORBIDDEN',
  'INTERNAL',
] as const;

/** An error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses the boundary: a code and a Chinese message for the user. */
export const IpcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
});

/** An error value. */
export type IpcError = z.infer<typeof IpcErrorSchema>;

/** Every call answers with this envelope: a value or an error, never a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * An error raised by a service on purpose, with a code and a message the user can act on.
 * Anything else thrown is reported as INTERNAL.
 */
export class CopydeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'CopydeskError';
    this.code = code;
  }
}

/** True when `value` is a CopydeskError (also across bundles, by shape). */
export function isCopydeskError(value: unknown): value is CopydeskError {
  return (
    value instanceof CopydeskError ||
    (value instanceof Error &&
      value.name === 'CopydeskError' &&
      (ERROR_CODES as readonly string[]).includes((value as { code?: string }).code ?? ''))
  );
}

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error in a failure envelope. */
export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
