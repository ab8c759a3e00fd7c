import { mkOption, types } from '@cdknix/modules';

/**
 * `assertions` and `warnings` for every evaluation, as NixOS has them. Aspects add checks
 * (`assertions: [{ assertion: () => ..., message: '...' }]`); synth reports them and never
 * writes them to Nix.
 */
export const checksModule = {
  key: 'cdknix-checks',
  _file: '@cdknix/constructs: assertions and warnings',
  options: {
    assertions: mkOption({
      type: types.listOf(
        types.submodule({
          options: {
            assertion: mkOption({ type: types.bool, description: 'Must hold, or synth fails.' }),
            message: mkOption({
              type: types.str,
              description: 'What is wrong, and how to fix it.',
            }),
          },
        }),
      ),
      default: [],
      description: 'Checks synth runs on the evaluated configuration.',
    }),
    warnings: mkOption({
      type: types.listOf(types.str),
      default: [],
      description: 'Warnings synth prints.',
    }),
  },
};
