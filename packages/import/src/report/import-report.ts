import { parseTypeDescription } from '../parse/parse-type-description.js';
import type { OptionRecord, OptionsSource } from '../read/option-record.js';
import { assessType, type Precision } from './assess-type.js';

export interface ImportReport {
  readonly source: OptionsSource;
  readonly counts: Readonly<Record<Precision, number>>;
  /** Options whose type is not precise, with why, sorted by option name. */
  readonly imprecise: ReadonlyArray<{
    readonly option: string;
    readonly precision: Precision;
    readonly type: string;
    readonly reasons: readonly string[];
  }>;
}

/** Counts how many options got a precise type, and lists every one that did not. */
export function buildImportReport(
  source: OptionsSource,
  options: readonly OptionRecord[],
): ImportReport {
  const counts: Record<Precision, number> = { precise: 0, approximate: 0, fallback: 0 };
  const imprecise: Array<ImportReport['imprecise'][number]> = [];
  for (const option of options) {
    const assessment = assessType(parseTypeDescription(option.typeDescription));
    counts[assessment.precision] += 1;
    if (assessment.precision !== 'precise') {
      imprecise.push({
        option: option.path.join('.'),
        precision: assessment.precision,
        type: option.typeDescription,
        reasons: assessment.reasons,
      });
    }
  }
  return { source, counts, imprecise };
}

/** The report as Markdown, written next to the generated bindings. */
export function renderImportReport(report: ImportReport): string {
  const total = report.counts.precise + report.counts.approximate + report.counts.fallback;
  const lines = [
    '# Import report',
    '',
    `Source: \`${report.source.fileName}\` (${report.source.format}, sha256 \`${report.source.sha256}\`${report.source.lastUpdate === undefined ? '' : `, last update ${report.source.lastUpdate}`}).`,
    '',
    `| precision | options |`,
    `| --- | --- |`,
    `| precise | ${report.counts.precise} |`,
    `| approximate | ${report.counts.approximate} |`,
    `| fallback (permissive type) | ${report.counts.fallback} |`,
    `| total | ${total} |`,
    '',
    'Approximate types accept the right shapes but check less than Nix; fallback parts accept',
    'any value (`permissiveType` at run time, `unknown` in TypeScript). Each is listed below.',
    '',
    '| option | precision | type description | why |',
    '| --- | --- | --- | --- |',
    ...report.imprecise.map(
      (entry) =>
        `| \`${entry.option}\` | ${entry.precision} | ${escapeCell(entry.type)} | ${escapeCell(entry.reasons.join('; '))} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
