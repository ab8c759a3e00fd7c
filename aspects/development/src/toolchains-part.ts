import type { HomeManagerConfig, HomeManagerSettings } from '@cdknix/aspect-core';
import { homeManagerPart } from '@cdknix/constructs';
import { mkIf } from '@cdknix/modules';
import { type Language, toolchains } from './language-toolchains.js';

/** The languages the home chose, read lazily: the user's own module sets them. */
const chosenLanguages = (config: any): Language[] => config.aspects.development.languages;

/** Every chosen language's toolchain packages, concatenated into `home.packages`. */
export const toolchainsPart = homeManagerPart(
  ({ config, pkgs }): HomeManagerConfig => ({
    home: {
      packages: () => chosenLanguages(config).flatMap((language) => toolchains[language](pkgs)),
    },
  }),
);

export const pythonPrograms = homeManagerPart(
  ({ config }): HomeManagerConfig => ({
    config: mkIf<HomeManagerSettings>(() => chosenLanguages(config).includes('python'), {
      programs: {
        uv: { enable: true, settings: { 'python-preference': 'managed' } },
        ruff: {
          enable: true,
          settings: { 'line-length': 100, lint: { select: ['E', 'F', 'I', 'UP'] } },
        },
      },
    }),
  }),
);

export const goPrograms = homeManagerPart(
  ({ config, user }): HomeManagerConfig => ({
    config: mkIf<HomeManagerSettings>(() => chosenLanguages(config).includes('go'), {
      programs: {
        go: {
          enable: true,
          env: {
            GOPATH: `${user?.homeDirectory ?? '~'}/go`,
            GOPRIVATE: 'github.com/cameronraysmith/*',
          },
        },
      },
    }),
  }),
);

export const typescriptPrograms = homeManagerPart(
  ({ config }): HomeManagerConfig => ({
    config: mkIf<HomeManagerSettings>(() => chosenLanguages(config).includes('typescript'), {
      programs: { bun: { enable: true, settings: { install: { exact: true } } } },
    }),
  }),
);
