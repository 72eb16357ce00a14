import type { LedgerEntry } from './ledger.js';
import type { Statement } from './provenance/types.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The job summary for an attestation: subjects, builder, source and the ledger link. */
export function attestSummary(statement: Statement, entries: LedgerEntry[], bundlePath: string): string {
  const p = statement.predicate;
  const source = p.buildDefinition.resolvedDependencies?.[0];
  const out = [
    '### portcullis attest: provenance signed',
    '',
    '| subject | digest |',
    '| --- | --- |',
    ...statement.subject.map(
      (s) =>
        `| ${cell(s.name)} | ${Object.entries(s.digest)
          .map(([a, h]) => `\`${a}:${h}\``)
          .join(' ')} |`,
    ),
    '',
    `- builder: \`${cell(p.runDetails.builder.id)}\``,
    `- build type: \`${cell(p.buildDefinition.buildType)}\``,
    ...(source
      ? [`- source: \`${cell(source.uri ?? '')}\` at \`${cell(source.digest?.gitCommit ?? '')}\``]
      : []),
    `- bundle: \`${cell(bundlePath)}\``,
    ...entries.map((e) => `- transparency log: [entry ${e.logIndex}](${e.url}) (UUID \`${e.uuid}\`)`),
    ...(entries.length ? [] : ['- transparency log: none (no log entry was written)']),
    '',
  ];
  return out.join('\n');
}
