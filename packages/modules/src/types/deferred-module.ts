import { showOption } from '../errors/messages.js';
import { withModuleSource } from '../modules/module.js';
import { mkOptionType } from './option-type.js';

/**
 * A module kept for later evaluation elsewhere (e.g. imported into submodules): all its
 * definitions become one module `{ imports = [ ... ]; }`, each remembering where it came from.
 */
export const deferredModule = mkOptionType<{ imports: unknown[] }>({
  name: 'deferredModule',
  description: 'module',
  descriptionClass: 'noun',
  check: (value) =>
    (typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    typeof value === 'function',
  merge: (path, definitions) => ({
    imports: definitions.map((definition) =>
      withModuleSource(
        {
          _file: `${definition.source.file}, via option ${showOption(path)}`,
          imports: [definition.value],
        },
        definition.source,
      ),
    ),
  }),
});
