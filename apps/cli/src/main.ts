import { ModuleSystemError } from '@cdknix/modules';
import { Command, CommanderError } from 'commander';
import { apiDiffCommand } from './commands/api-diff-command.js';
import { evalCommand } from './commands/eval-command.js';
import { importCommand } from './commands/import-command.js';
import { synthCommand } from './commands/synth-command.js';

/** The `cdknix` command line; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('cdknix')
    .description('The CDK for Nix fleets: synthesize TypeScript hosts to Nix.')
    .option(
      '--root <dir>',
      'the fleet root (where machines/ and cdknix.config.ts live)',
      process.cwd(),
    )
    .showHelpAfterError()
    .exitOverride();
  program
    .command('synth')
    .description('write one Nix module per host and user, and flake.nix')
    .option(
      '--host <name>',
      'synthesize only this host (repeatable)',
      (name: string, all: string[]) => [...all, name],
      [],
    )
    .option('--out <dir>', 'output directory (default: out, or cdknix.config.ts)')
    .action(async (options: { host: string[]; out?: string }) => {
      exitCode = await synthCommand({
        root: program.opts().root,
        out: options.out,
        hosts: options.host,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
  program
    .command('eval')
    .description("print a host's evaluated option (or whole configuration)")
    .argument('<host>')
    .argument('[option]', 'dotted option path, e.g. services.openssh.settings')
    .option('--user <name>', "evaluate this user's home-manager configuration instead")
    .option('--json', 'JSON output; Nix-only values as {"$ref": ...} or {"$nix": ...}')
    .option(
      '--definitions',
      'also print the type and where the option is declared and defined (file:line)',
    )
    .action(
      async (
        host: string,
        path: string | undefined,
        options: { user?: string; json?: boolean; definitions?: boolean },
      ) => {
        exitCode = await evalCommand({
          root: program.opts().root,
          host,
          path,
          user: options.user,
          json: options.json ?? false,
          definitions: options.definitions ?? false,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      },
    );
  program
    .command('import')
    .description('generate typed option bindings from an options.json (see @cdknix/import)')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => {
      exitCode = await importCommand(args, process.stdout, process.stderr);
    });
  program
    .command('api-diff')
    .description("which release the aspects' option API changes need (see @cdknix/api-diff)")
    .argument('[packages...]', 'aspect package names (default: every aspect package)')
    .option('--registry <url>', 'compare with the latest version published there')
    .option('--json', 'JSON output')
    .option('--update', "record the working tree's API as released (writes each api.json)")
    .option('--check', 'fail when pending changesets ask for less than the changes need')
    .action(
      async (
        packages: string[],
        options: { registry?: string; json?: boolean; update?: boolean; check?: boolean },
      ) => {
        exitCode = await apiDiffCommand({
          root: program.opts().root,
          packages,
          registry: options.registry,
          json: options.json ?? false,
          update: options.update ?? false,
          check: options.check ?? false,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      },
    );
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    // Commander has printed its own usage errors (and help); anything else is said here.
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`cdknix: ${describeFailure(error)}\n`);
    return 1;
  }
  return exitCode;
}

/**
 * An error no command turned into a problem report: its message, without a stack trace
 * (`CDKNIX_DEBUG=1` adds it). An evaluation error's message names the option and the sites.
 */
function describeFailure(error: unknown): string {
  if (ModuleSystemError.is(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && process.env.CDKNIX_DEBUG ? `\n${error.stack}` : '';
  return `${message}${stack}\n(CDKNIX_DEBUG=1 prints where it was thrown.)`;
}
