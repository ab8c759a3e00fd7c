import { resolve } from 'node:path';
import { type HostSummary, renderProblems, synthFleet, writeOutput } from '@cdknix/constructs';
import pc from 'picocolors';
import { loadFleet } from './load-fleet.js';

export interface SynthCommandOptions {
  root: string;
  out?: string;
  hosts: string[];
  /** Where progress and problems go (stderr) and the summary (stdout). */
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function summaryLine(summary: HostSummary, width: number): string {
  const aspects = `${summary.aspects.length} aspects`;
  const users = `${summary.users.length} user${summary.users.length === 1 ? '' : 's'}`;
  const warnings =
    summary.warnings === 0
      ? ''
      : pc.yellow(`  ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`);
  return `  ${summary.name.padEnd(width)}  ${summary.class.padEnd(6)}  ${summary.system.padEnd(14)}  ${aspects.padStart(10)}  ${users.padStart(7)}  ${String(summary.packages.length).padStart(4)} packages${warnings}`;
}

/**
 * `cdknix synth`: discover, validate, evaluate, render, then write everything at once. On
 * any error nothing is written and the previous output stays as it was.
 */
export async function synthCommand(options: SynthCommandOptions): Promise<number> {
  const started = performance.now();
  const { fleet, out, optionSets, problems: discoveryProblems } = await loadFleet(options.root);
  const total = fleet.hosts.length;
  const result = synthFleet(fleet, {
    optionSets,
    hosts: options.hosts,
    onProgress: ({ host, index }) => {
      if (total >= 4)
        options.stderr.write(pc.dim(`[${index + 1}/${options.hosts.length || total}] ${host}\n`));
    },
  });
  const problems = [...discoveryProblems, ...result.problems];
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) options.stderr.write(`${renderProblems(problems)}\n`);
  const outDirectory = resolve(options.root, options.out ?? out);
  if (errors.length > 0) {
    options.stderr.write(
      pc.red(
        `synth failed: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${outDirectory} was left unchanged.\n`,
      ),
    );
    return 1;
  }
  writeOutput(outDirectory, result.files);
  const width = Math.max(...result.summaries.map((summary) => summary.name.length), 4);
  const lines = result.summaries.map((summary) => summaryLine(summary, width));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  options.stdout.write(
    `${lines.join('\n')}\nWrote ${result.files.size} files to ${outDirectory} in ${seconds}s.\n`,
  );
  return 0;
}
