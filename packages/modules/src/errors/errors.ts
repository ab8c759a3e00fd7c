import type { Source } from '../source.js';
import { messages, type ShownDefinition } from './messages.js';
import { type ErrorKind, ModuleSystemError } from './module-system-error.js';

function branded<Kind extends ErrorKind>(kind: Kind) {
  const brand = Symbol.for(`cdknix.modules.error.${kind}`);
  return {
    brand,
    is: (value: unknown): boolean =>
      ModuleSystemError.is(value) && (value as unknown as Record<symbol, unknown>)[brand] === true,
    mark: (error: ModuleSystemError) => Object.defineProperty(error, brand, { value: true }),
  };
}

const recursion = branded('infinite-recursion');
/**
 * A value depends on itself; `cycle` lists the option paths on the way (`a -> b -> a`). With
 * `overflow`, the stack ran out first (Nix: "stack overflow (possible infinite recursion)"):
 * `cycle` is then the chain of options being computed, none of them twice.
 */
export class InfiniteRecursionError extends ModuleSystemError {
  readonly kind = 'infinite-recursion' as const;
  constructor(
    readonly cycle: readonly (readonly string[])[],
    readonly overflow = false,
  ) {
    super(
      cycle[cycle.length - 1] ?? [],
      overflow ? messages.stackOverflow(cycle) : messages.infiniteRecursion(cycle),
    );
    recursion.mark(this);
  }
  static override is = recursion.is as (value: unknown) => value is InfiniteRecursionError;
}

const unknown = branded('unknown-option');
export class UnknownOptionError extends ModuleSystemError {
  readonly kind = 'unknown-option' as const;
  constructor(
    path: readonly string[],
    readonly definitions: readonly ShownDefinition[],
    readonly suggestions: readonly string[],
  ) {
    super(path, messages.unknownOption(path, definitions, suggestions));
    unknown.mark(this);
  }
  static override is = unknown.is as (value: unknown) => value is UnknownOptionError;
}

const typeMismatch = branded('type');
export class TypeMismatchError extends ModuleSystemError {
  readonly kind = 'type' as const;
  constructor(
    path: readonly string[],
    readonly typeDescription: string,
    readonly definitions: readonly ShownDefinition[],
  ) {
    super(path, messages.typeMismatch(path, typeDescription, definitions));
    typeMismatch.mark(this);
  }
  static override is = typeMismatch.is as (value: unknown) => value is TypeMismatchError;
}

export type ConflictReason =
  | { kind: 'values' }
  | { kind: 'types' }
  | { kind: 'null-and-not-null' }
  | { kind: 'cannot-merge'; explanation: string };

const conflict = branded('conflict');
/** The definitions that won priority filtering cannot be merged into one value. */
export class ConflictError extends ModuleSystemError {
  readonly kind = 'conflict' as const;
  constructor(
    path: readonly string[],
    readonly reason: ConflictReason,
    readonly definitions: readonly ShownDefinition[],
  ) {
    super(path, renderConflict(path, reason, definitions));
    conflict.mark(this);
  }
  static override is = conflict.is as (value: unknown) => value is ConflictError;
}

function renderConflict(
  path: readonly string[],
  reason: ConflictReason,
  definitions: readonly ShownDefinition[],
): string {
  switch (reason.kind) {
    case 'values':
      return messages.conflictingValues(path, definitions);
    case 'types':
      return messages.conflictingTypes(path, definitions);
    case 'null-and-not-null':
      return messages.nullAndNotNull(path, definitions);
    case 'cannot-merge':
      return messages.cannotMerge(path, reason.explanation, definitions);
  }
}

const notUnique = branded('not-unique');
export class NotUniqueError extends ModuleSystemError {
  readonly kind = 'not-unique' as const;
  constructor(
    path: readonly string[],
    readonly explanation: string,
    readonly definitions: readonly ShownDefinition[],
  ) {
    super(path, messages.notUnique(path, explanation, definitions));
    notUnique.mark(this);
  }
  static override is = notUnique.is as (value: unknown) => value is NotUniqueError;
}

const noValue = branded('no-value');
export class NoValueError extends ModuleSystemError {
  readonly kind = 'no-value' as const;
  constructor(
    path: readonly string[],
    readonly declarations: readonly Source[],
  ) {
    super(path, messages.noValue(path));
    noValue.mark(this);
  }
  static override is = noValue.is as (value: unknown) => value is NoValueError;
}

const readOnly = branded('read-only');
export class ReadOnlyError extends ModuleSystemError {
  readonly kind = 'read-only' as const;
  constructor(
    path: readonly string[],
    readonly definitions: readonly ShownDefinition[],
  ) {
    super(path, messages.readOnly(path, definitions));
    readOnly.mark(this);
  }
  static override is = readOnly.is as (value: unknown) => value is ReadOnlyError;
}

export type ClassReason =
  | { kind: 'mismatch'; module: Source; moduleClass: string; expectedClass: string }
  | { kind: 'conflicting-declarations'; left: string; right: string };

const classError = branded('class');
export class ClassError extends ModuleSystemError {
  readonly kind = 'class' as const;
  constructor(
    path: readonly string[],
    readonly reason: ClassReason,
  ) {
    super(
      path,
      reason.kind === 'mismatch'
        ? messages.classMismatch(reason.module, reason.moduleClass, reason.expectedClass)
        : messages.conflictingClasses(reason.left, reason.right),
    );
    classError.mark(this);
  }
  static override is = classError.is as (value: unknown) => value is ClassError;
}

export type DeclarationReason =
  | { kind: 'already-declared'; declaration: Source; previous: readonly Source[] }
  | {
      kind: 'parent-of-options';
      declaration: Source;
      typeDescription: string;
      /** The options declared below it: the first name below it, and the declaring module. */
      nested: readonly { path: readonly string[]; declaration: Source }[];
    }
  | { kind: 'not-an-option'; declaration: Source };

const declaration = branded('declaration');
/** Option declarations that cannot be combined. */
export class DeclarationError extends ModuleSystemError {
  readonly kind = 'declaration' as const;
  constructor(
    path: readonly string[],
    readonly reason: DeclarationReason,
  ) {
    super(path, renderDeclaration(path, reason));
    declaration.mark(this);
  }
  static override is = declaration.is as (value: unknown) => value is DeclarationError;
}

function renderDeclaration(path: readonly string[], reason: DeclarationReason): string {
  switch (reason.kind) {
    case 'already-declared':
      return messages.alreadyDeclared(path, reason.declaration, reason.previous);
    case 'parent-of-options':
      return messages.parentOfOptions(
        path,
        reason.declaration,
        reason.typeDescription,
        reason.nested,
      );
    case 'not-an-option':
      return messages.notAnOption(path, reason.declaration);
  }
}

const notAttributes = branded('not-attrs');
export class NotAttributesError extends ModuleSystemError {
  readonly kind = 'not-attrs' as const;
  constructor(
    path: readonly string[],
    readonly source: Source,
    readonly value: unknown,
  ) {
    super(path, messages.notAttributes(path, source, value));
    notAttributes.mark(this);
  }
  static override is = notAttributes.is as (value: unknown) => value is NotAttributesError;
}

const conditionBrand = branded('condition');
export class ConditionError extends ModuleSystemError {
  readonly kind = 'condition' as const;
  constructor(
    path: readonly string[],
    readonly source: Source,
    readonly condition: unknown,
  ) {
    super(path, messages.condition(path, source, condition));
    conditionBrand.mark(this);
  }
  static override is = conditionBrand.is as (value: unknown) => value is ConditionError;
}

const missing = branded('missing');
export class MissingAttributeError extends ModuleSystemError {
  readonly kind = 'missing' as const;
  constructor(
    path: readonly string[],
    readonly available: readonly string[],
  ) {
    super(path, messages.missingAttribute(path, available));
    missing.mark(this);
  }
  static override is = missing.is as (value: unknown) => value is MissingAttributeError;
}

const eager = branded('eager-config-read');
/** A module body read `config` while modules were being collected (decision 0001, point 3). */
export class EagerConfigReadError extends ModuleSystemError {
  readonly kind = 'eager-config-read' as const;
  constructor(
    readonly module: Source,
    name: string,
  ) {
    super([name], messages.eagerConfigRead(module, name));
    eager.mark(this);
  }
  static override is = eager.is as (value: unknown) => value is EagerConfigReadError;
}

const notAModule = branded('not-a-module');
/** An import (or a module function's result) that is not an attribute set. */
export class NotAModuleError extends ModuleSystemError {
  readonly kind = 'not-a-module' as const;
  constructor(
    readonly module: Source,
    readonly value: unknown,
    /** The value is what a function returned (so a block-bodied arrow may have lost it). */
    readonly returned: boolean,
  ) {
    super([], messages.notAModule(module, value, returned));
    notAModule.mark(this);
  }
  static override is = notAModule.is as (value: unknown) => value is NotAModuleError;
}
