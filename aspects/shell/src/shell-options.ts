import { mkOption, types } from '@cdknix/modules';

/** `aspects.shell.*`: users add their own aliases on top of the shared ones. */
export const shellOptions = {
  extraAliases: mkOption({
    type: types.attrsOf(types.str),
    default: {},
    description:
      'Aliases added to the shared set in every shell of this home (same rules as the shared ones).',
  }),
};
