/**
 * The interface contract the generated bindings import, as a declaration file, for
 * type-checking generated code while `@cdknix/modules`, `@cdknix/nix` and
 * `@cdknix/option-types` are being written. It declares exactly the names the
 * contract promises; nothing here is an implementation.
 */
export const contractDeclarations = `
declare module '@cdknix/modules' {
  interface Override<T> { readonly kind: 'override'; readonly priority: number; readonly content: Definable<T> }
  interface Condition<T> { readonly kind: 'if'; readonly condition: unknown; readonly content: Definable<T> }
  export type Definable<T> = T | (() => T) | Override<T> | Condition<T>;
  export function mkDefault<T>(value: Definable<T>): Override<T>;
  export function mkForce<T>(value: Definable<T>): Override<T>;
  export function mkIf<T>(condition: unknown, value: Definable<T>): Condition<T>;
  export interface OptionType { readonly name: string }
  export function mkOption(declaration: { type: OptionType; default?: unknown; readOnly?: boolean }): unknown;
  export const types: {
    readonly bool: OptionType; readonly int: OptionType; readonly float: OptionType; readonly number: OptionType;
    readonly str: OptionType; readonly lines: OptionType; readonly nonEmptyStr: OptionType; readonly port: OptionType;
    readonly anything: OptionType; readonly raw: OptionType; readonly attrs: OptionType;
    listOf(element: OptionType): OptionType; attrsOf(element: OptionType): OptionType;
    lazyAttrsOf(element: OptionType): OptionType; nullOr(element: OptionType): OptionType; uniq(element: OptionType): OptionType;
    either(left: OptionType, right: OptionType): OptionType; oneOf(members: OptionType[]): OptionType;
    enum(values: ReadonlyArray<string | number | boolean | null>): OptionType;
    separatedString(separator: string): OptionType; strMatching(pattern: string): OptionType;
    readonly ints: { between(minimum: number, maximum: number): OptionType; readonly positive: OptionType; readonly unsigned: OptionType };
    submodule(module: { options: object; freeformType?: OptionType }): OptionType;
  };
}
declare module '@cdknix/nix' {
  export class NixReference { private readonly nixReferenceBrand: true; constructor(path: string) }
  export class NixPath { private readonly nixPathBrand: true; constructor(path: string) }
}
declare module '@cdknix/option-types' {
  import type { OptionType } from '@cdknix/modules';
  export const packageType: OptionType;
  export const pathType: OptionType;
  export const functionType: OptionType;
  export const permissiveType: OptionType;
  export function formatValueType(formatName: string): OptionType;
}
`;
