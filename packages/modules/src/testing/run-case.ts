import { evalModules, ModuleSystemError } from '../index.js';
import {
  type ConformanceCase,
  type ConformanceQuery,
  ConformanceThrow,
  translateCase,
} from './conformance-case.js';

export type QueryOutcome = { value: unknown } | { error: string; message: string };

export function errorKind(error: unknown): string {
  if (error instanceof ConformanceThrow) return 'throw';
  if (ModuleSystemError.is(error)) return error.kind;
  if (error instanceof RangeError) return 'stack-overflow';
  return `unexpected (${error instanceof Error ? error.message : String(error)})`;
}

function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

/** Evaluates one query in a fresh evaluation, as the corpus was recorded. */
export function runQuery(conformanceCase: ConformanceCase, query: ConformanceQuery): QueryOutcome {
  try {
    const evaluation = evalModules(translateCase(conformanceCase));
    return { value: evaluation.valueOf(splitPath(query.path)) };
  } catch (error) {
    return {
      error: errorKind(error),
      message: error instanceof Error ? error.message.split('\n')[0]! : String(error),
    };
  }
}

/** Evaluates every query of a case in ONE evaluation (the benchmark's workload). */
export function runQueriesTogether(conformanceCase: ConformanceCase): QueryOutcome[] {
  const evaluation = evalModules(translateCase(conformanceCase));
  return conformanceCase.expect.map((query) => {
    try {
      return { value: evaluation.valueOf(splitPath(query.path)) };
    } catch (error) {
      return {
        error: errorKind(error),
        message: error instanceof Error ? error.message : String(error),
      };
    }
  });
}

/** JSON comparison as the corpus asks: objects unordered, lists ordered, numbers numerically. */
export function matchesJson(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' || typeof actual === 'number') return expected === actual;
  if (expected === null || typeof expected !== 'object') return expected === actual;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((element, index) => matchesJson(element, actual[index]))
    );
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const expectedNames = Object.keys(expected);
  const actualNames = Object.keys(actual);
  return (
    expectedNames.length === actualNames.length &&
    expectedNames.every(
      (name) =>
        Object.hasOwn(actual, name) &&
        matchesJson(
          (expected as Record<string, unknown>)[name],
          (actual as Record<string, unknown>)[name],
        ),
    )
  );
}

export interface QueryMismatch {
  path: string;
  expected: string;
  actual: string;
}

function show(outcome: QueryOutcome | ConformanceQuery): string {
  if ('error' in outcome && outcome.error !== undefined) return `error ${outcome.error}`;
  return JSON.stringify((outcome as { value: unknown }).value);
}

export function outcomeMatches(query: ConformanceQuery, outcome: QueryOutcome): boolean {
  if (query.error !== undefined) return 'error' in outcome && outcome.error === query.error;
  return 'value' in outcome && matchesJson(query.value, outcome.value);
}

/** The first mismatching query of a case, or undefined when the case passes. */
export function firstMismatch(conformanceCase: ConformanceCase): QueryMismatch | undefined {
  for (const query of conformanceCase.expect) {
    const outcome = runQuery(conformanceCase, query);
    if (!outcomeMatches(query, outcome)) {
      const detail = 'error' in outcome ? ` (${outcome.message})` : '';
      return { path: query.path, expected: show(query), actual: `${show(outcome)}${detail}` };
    }
  }
  return undefined;
}
