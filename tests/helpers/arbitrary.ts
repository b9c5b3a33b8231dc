/**
 * Inputs for fuzzing, made from the contract's own zod schemas: values that
 * follow a schema (so every channel is reached past its validation), those
 * values with one part swapped for something hostile, and hostile values
 * alone. Seeded, so a failure names the seed that reproduces it.
 */
import type { z } from 'zod';

/** A seeded random source (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Text a newsroom writes, for strings with no format of their own. */
const WORDS = ['中原区', '召开', '会议', '乔耸', '，', '。', '本报讯', '3月18日', '记者', ' ', 'GDP', '“钉钉子”', '、'];

/** Valid examples for formats that random text cannot hit, by the pattern's source. */
function formatted(pattern: string, r: Random): string | undefined {
  const base36 = (n: number) =>
    Array.from({ length: n }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 36)]).join('');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
  if (pattern.includes('[0-9a-f]{64}')) return hex(64);
  if (pattern.includes('{16,32}')) return base36(19);
  if (pattern.includes('{8,32}')) return base36(12);
  if (pattern.includes('[0-9a-f]{8}-')) return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  if (pattern.includes('[0-9a-f-]{36}')) return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  if (pattern.includes('0[1-9]|1[0-2])|undated')) return r() < 0.2 ? 'undated' : `2020-0${1 + Math.floor(r() * 9)}`;
  if (pattern.includes('MCowBQYDK2Vw')) return 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}') || pattern.includes('(\\d{4})-(\\d{2})-(\\d{2})'))
    return `2020-03-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  if (pattern.includes('^$|^\\/')) return '';
  return undefined;
}

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) =>
  ((def.checks as Array<{ _zod: { def: Record<string, unknown> } }>) ?? []).map((c) => c._zod.def);

/** A value meant to pass `schema` (the caller checks with safeParse; a few formats may miss). */
export function validValue(schema: z.ZodType, r: Random, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const checks = checksOf(def);
      const pattern = checks.map((c) => c.pattern).find((p) => p instanceof RegExp) as RegExp | undefined;
      const format = checks.map((c) => c.format).find((f) => typeof f === 'string') as string | undefined;
      if (format === 'datetime') return new Date(Date.UTC(2020, 2, 1 + Math.floor(r() * 28))).toISOString();
      if (pattern) {
        const sample = formatted(pattern.source, r);
        if (sample !== undefined) return sample;
      }
      const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => Number(c.maximum)), 40);
      const min = Math.max(...checks.filter((c) => c.check === 'min_length').map((c) => Number(c.minimum)), 0);
      let text = '';
      const length = min + Math.floor(r() * Math.max(1, Math.min(max, 20) - min + 1));
      while (text.length < length) text += pick(r, WORDS);
      return text.slice(0, Math.max(min, Math.min(max, text.length)));
    }
    case 'number': {
      const checks = checksOf(def);
      const low = checks.find((c) => c.check === 'greater_than');
      const high = checks.find((c) => c.check === 'less_than');
      const min = low ? Number(low.value) + (low.inclusive ? 0 : 1) : 0;
      const max = high ? Number(high.value) - (high.inclusive ? 0 : 1) : min + 100;
      return min + Math.floor(r() * (Math.max(min, Math.min(max, min + 100)) - min + 1));
    }
    case 'boolean':
      return r() < 0.5;
    case 'null':
      return null;
    case 'void':
    case 'undefined':
      return undefined;
    case 'literal':
      return pick(r, def.values as unknown[]);
    case 'enum':
      return pick(r, Object.values(def.entries as Record<string, unknown>));
    case 'optional':
      return r() < 0.3 || depth > 6 ? undefined : validValue(def.innerType as z.ZodType, r, depth + 1);
    case 'nullable':
      return r() < 0.3 ? null : validValue(def.innerType as z.ZodType, r, depth + 1);
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return validValue(def.innerType as z.ZodType, r, depth + 1);
    case 'pipe':
      return validValue(def.in as z.ZodType, r, depth + 1);
    case 'lazy':
      return depth > 6 ? undefined : validValue((def.getter as () => z.ZodType)(), r, depth + 1);
    case 'union':
      return validValue(pick(r, def.options as z.ZodType[]), r, depth + 1);
    case 'array': {
      const checks = checksOf(def);
      const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => Number(c.minimum)));
      const length = depth > 5 ? min : min + Math.floor(r() * 3);
      return Array.from({ length }, () => validValue(def.element as z.ZodType, r, depth + 1));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        const v = validValue(value, r, depth + 1);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case 'record':
      return {};
    default:
      return undefined;
  }
}

/** Values that break assumptions: wrong types, boundaries, huge and deep values, prototype keys, path tricks. */
export function hostileValue(r: Random): unknown {
  const deep = (n: number): unknown => (n === 0 ? [] : [deep(n - 1)]);
  const choices: Array<() => unknown> = [
    () => null,
    () => undefined,
    () => true,
    () => 0,
    () => -1,
    () => 2 ** 53,
    () => 1e308,
    () => -0.5,
    () => '',
    () => ' ',
    () => '\u0000',
    () => '\ud800',
    () => '../../people',
    () => '..\\..\\people',
    () => '/etc/passwd',
    () => 'C:\\Windows\\win.ini',
    () => '%2e%2e%2f',
    () => '字'.repeat(300_000),
    () => 'x'.repeat(2_000_001),
    () => '<script>alert(1)</script>',
    () => '\u202e反向',
    () => '1e3',
    () => [],
    () => [null],
    () => Array.from({ length: 10_000 }, () => 1),
    () => ({}),
    () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    () => deep(2_000),
    () => ({ toString: 'x', valueOf: 1, then: 'no' }),
  ];
  return pick(r, choices)();
}

/** A copy of `value` with one place (chosen at random, to any depth) replaced by a hostile value. */
export function mutate(value: unknown, r: Random): unknown {
  if (value === null || typeof value !== 'object' || r() < 0.25) return hostileValue(r);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || r() < 0.15) {
    (copy as Record<string, unknown>)[pick(r, ['__proto__', 'constructor', 'extra', 'id', '0'])] = hostileValue(r);
    return copy;
  }
  const key = pick(r, keys);
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], r);
  return copy;
}

/** Mutations of a file's bytes: flipped bits, truncation, inserted, repeated and spliced runs. */
export function mutateBytes(bytes: Uint8Array, r: Random): Uint8Array {
  const out = Buffer.from(bytes);
  switch (Math.floor(r() * 6)) {
    case 0: {
      for (let i = 0; i < 1 + Math.floor(r() * 8); i++) {
        const at = Math.floor(r() * out.length);
        out[at] = out[at]! ^ (1 << Math.floor(r() * 8));
      }
      return out;
    }
    case 1:
      return out.subarray(0, Math.floor(r() * out.length));
    case 2: {
      const at = Math.floor(r() * out.length);
      const junk = Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256)));
      return Buffer.concat([out.subarray(0, at), junk, out.subarray(at)]);
    }
    case 3: {
      const at = Math.floor(r() * out.length);
      const run = out.subarray(at, at + Math.floor(r() * 200));
      return Buffer.concat([out.subarray(0, at), run, run, run, out.subarray(at)]);
    }
    case 4: {
      const a = Math.floor(r() * out.length);
      const b = Math.floor(r() * out.length);
      return Buffer.concat([out.subarray(0, Math.min(a, b)), out.subarray(Math.max(a, b))]);
    }
    default:
      return Buffer.concat([out, out.subarray(0, Math.floor(r() * out.length))]);
  }
}
