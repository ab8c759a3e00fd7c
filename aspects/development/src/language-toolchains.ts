import type { NixReference } from '@cdknix/nix';

/** The languages a home can ask for in `aspects.development.languages`. */
export const languages = [
  'python',
  'typescript',
  'rust',
  'go',
  'haskell',
  'ocaml',
  'scala',
  'elixir',
  'lean',
] as const;
export type Language = (typeof languages)[number];

/**
 * Each language's toolchain: compilers, package managers and language servers. Quick
 * experiments with other versions belong in a project's own flake, not here.
 */
export const toolchains: Readonly<Record<Language, (pkgs: any) => NixReference[]>> = {
  python: (pkgs) => [
    pkgs.python3,
    pkgs.pixi,
    pkgs.poethepoet,
    pkgs.pyright,
    pkgs.pylint,
    pkgs.micromamba,
  ],
  typescript: (pkgs) => [
    pkgs.bun,
    pkgs.nodejs,
    pkgs.pnpm,
    pkgs['yarn-berry'],
    pkgs['typescript-language-server'],
    pkgs.biome,
    pkgs.tailwindcss_4,
  ],
  rust: (pkgs) => [
    pkgs.rustup,
    pkgs['cargo-nextest'],
    pkgs['cargo-watch'],
    pkgs['cargo-edit'],
    pkgs['dioxus-cli'],
  ],
  go: (pkgs) => [pkgs.gopls, pkgs['golangci-lint'], pkgs.delve],
  haskell: (pkgs) => [
    pkgs.ghc,
    pkgs['cabal-install'],
    pkgs['haskell-language-server'],
    pkgs.ormolu,
  ],
  ocaml: (pkgs) => [pkgs.ocaml, pkgs.dune_3, pkgs.opam, pkgs.ocamlPackages['ocaml-lsp']],
  scala: (pkgs) => [pkgs.sbt, pkgs['scala-cli'], pkgs.metals, pkgs['temurin-bin-21']],
  elixir: (pkgs) => [pkgs.beamPackages.elixir, pkgs.beamPackages['elixir-ls']],
  lean: (pkgs) => [pkgs.elan, pkgs.idris2, pkgs['rocq-core']],
};
