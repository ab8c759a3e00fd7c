import { ClassError, NotAModuleError } from '../errors/errors.js';
import { type Source, UNKNOWN_FILE } from '../source.js';
import type { OptionType } from '../types/option-type.js';
import { isAttributeSet } from '../values/plain.js';
import { force } from '../values/thunk.js';
import { isLocatedModule, type LocatedModule } from './located-module.js';
import {
  type ModuleArguments,
  type ModuleObject,
  moduleSourceOf,
  STRUCTURAL_KEYS,
} from './module.js';

/** One module after its function (if any) was called and its shorthand unfolded. */
export interface CollectedModule {
  /** Equal keys are included once; an identity object for modules without a key. */
  readonly key: unknown;
  readonly source: Source;
  readonly class: string | undefined;
  readonly imports: readonly unknown[];
  readonly disabledKeys: readonly unknown[];
  readonly options: Record<string, unknown> | undefined;
  readonly config: unknown;
  readonly freeformType: OptionType | undefined;
}

export interface CollectContext {
  readonly class: string | undefined;
  readonly arguments: ModuleArguments;
}

function keyOfDisabled(entry: unknown): unknown {
  const forced = force(entry);
  if (typeof forced === 'string') return forced;
  if (isAttributeSet(forced) && typeof forced.key === 'string') return forced.key;
  return forced;
}

/** One source object per file named by `_file` (modules of submodule instances share theirs). */
const fileSources = new Map<string, Source>();

function sourceOfFile(file: string): Source {
  let source = fileSources.get(file);
  if (source === undefined) {
    source = Object.freeze({ file });
    fileSources.set(file, source);
  }
  return source;
}

function loadModule(input: unknown, inherited: Source, context: CollectContext): CollectedModule {
  let identity = force(input);
  // A located module stands for itself (its key) and gives the module inside its source.
  let located: LocatedModule | undefined;
  while (isLocatedModule(identity)) {
    located ??= identity;
    inherited = identity.source;
    identity = force(identity.module);
  }
  const value =
    typeof identity === 'function'
      ? (identity as (args: ModuleArguments) => unknown)(context.arguments)
      : identity;
  if (!isAttributeSet(value))
    throw new NotAModuleError(
      moduleSourceOf(identity) ?? inherited,
      value,
      typeof identity === 'function',
    );
  const module = value as ModuleObject;
  const file = module._file ?? module.file;
  const source =
    moduleSourceOf(module) ??
    moduleSourceOf(identity) ??
    (file === undefined ? inherited : sourceOfFile(file));
  const moduleClass = module._class ?? module.class;
  if (context.class !== undefined && moduleClass !== undefined && moduleClass !== context.class) {
    throw new ClassError([], {
      kind: 'mismatch',
      module: source,
      moduleClass,
      expectedClass: context.class,
    });
  }
  const fullForm = Object.hasOwn(module, 'config') || Object.hasOwn(module, 'options');
  const disabledModules = force(module.disabledModules) as readonly unknown[] | undefined;
  return {
    key: module.key ?? located ?? identity,
    source,
    class: moduleClass,
    imports: (force(module.imports) as readonly unknown[] | undefined) ?? NONE,
    disabledKeys: disabledModules === undefined ? NONE : disabledModules.map(keyOfDisabled),
    options: module.options,
    config: fullForm ? module.config : shorthandConfig(module),
    freeformType: module.freeformType,
  };
}

function shorthandConfig(module: ModuleObject): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const name of Object.keys(module))
    if (!STRUCTURAL_KEYS.has(name)) config[name] = module[name];
  return config;
}

const ROOT_SOURCE: Source = { file: UNKNOWN_FILE };
const NONE: readonly unknown[] = Object.freeze([]);

interface TreeNode {
  readonly module: CollectedModule;
  readonly children: readonly TreeNode[];
}

function loadTree(
  inputs: readonly unknown[],
  inherited: Source,
  context: CollectContext,
): TreeNode[] {
  return inputs.map((input) => treeOf(loadModule(input, inherited, context), context));
}

/**
 * The listed modules, loaded. A submodule's type modules located at their declaration are
 * listed after its definitions (see `submoduleWith`); the reference lists their wrappers
 * before the definitions, one level deeper, and so loads them first: an error loading them or
 * their imports (an imported option with no value) comes before a definition's (a class
 * mismatch). They are loaded first here too; the list order, which collection follows, stays.
 */
function loadTopLevel(inputs: readonly unknown[], context: CollectContext): TreeNode[] {
  const tree: TreeNode[] = new Array(inputs.length);
  const loadWhere = (located: boolean) => {
    for (let index = 0; index < inputs.length; index += 1)
      if (isLocatedModule(inputs[index]) === located)
        tree[index] = treeOf(loadModule(inputs[index], ROOT_SOURCE, context), context);
  };
  loadWhere(true);
  loadWhere(false);
  return tree;
}

/** A loaded module with its imports loaded below it. */
function treeOf(module: CollectedModule, context: CollectContext): TreeNode {
  return { module, children: loadTree(module.imports, module.source, context) };
}

/**
 * Collects modules as the reference does: every module of the tree is loaded (so every
 * `disabledModules` counts), then the survivors are taken breadth-first: all listed modules,
 * then their imports, and so on, keeping the first module of each key. A disabled module's
 * imports are not collected.
 */
export function collectModules(
  inputs: readonly unknown[],
  context: CollectContext,
): CollectedModule[] {
  let tree: TreeNode[];
  if (inputs.length === 1) {
    const only = loadModule(inputs[0], ROOT_SOURCE, context);
    // One module without imports or disabled modules (a submodule instance, typically).
    if (only.imports.length === 0 && only.disabledKeys.length === 0) return [only];
    tree = [treeOf(only, context)];
  } else tree = loadTopLevel(inputs, context);
  const disabled = new Set<unknown>();
  const pending = [...tree];
  for (let index = 0; index < pending.length; index += 1) {
    const node = pending[index]!;
    for (const key of node.module.disabledKeys) disabled.add(key);
    pending.push(...node.children);
  }
  const seen = new Set<unknown>();
  const collected: CollectedModule[] = [];
  const queue = tree.filter((node) => !disabled.has(node.module.key));
  for (let index = 0; index < queue.length; index += 1) {
    const node = queue[index]!;
    if (seen.has(node.module.key)) continue;
    seen.add(node.module.key);
    collected.push(node.module);
    for (const child of node.children) if (!disabled.has(child.module.key)) queue.push(child);
  }
  return collected;
}
