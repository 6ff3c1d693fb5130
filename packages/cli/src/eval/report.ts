import type { Explanation, Prf, ScoreResult } from './score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, s: Prf) =>
  `${name.padEnd(16)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}   (tp ${s.tp}, system ${s.sys}, gold ${s.gold})`;

/** The text report, line for line that of score-graph.mjs. */
export function formatScore(result: ScoreResult): string {
  const lines = ['ENTITIES'];
  for (const [k, s] of Object.entries(result.entities)) lines.push('  ' + row(k, s));
  lines.push('RELATIONS');
  for (const [k, s] of Object.entries(result.relations)) lines.push('  ' + row(k, s));
  lines.push(`unmerged duplicates: ${result.duplicates.length}; edges with evidence: ${pct(result.evidenceCoverage)}%`);
  lines.push(`entity F1 ${pct(result.entities.all!.f1)}  relation F1 ${pct(result.relations.all!.f1)}`);
  return lines.join('\n') + '\n';
}

const quote = (s: string, max = 160) => `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;

/** The to-do list of `--explain`: what was missed and what should not be there. */
export function formatExplanation(x: Explanation): string {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push('', `${title} (${items.length})`);
    for (const item of items) lines.push(`  ${item}`);
  };
  const causes = (title: string, groups: Explanation['causes']['missed']) => {
    lines.push('', `${title} (${groups.reduce((n, g) => n + g.count, 0)})`);
    for (const g of groups) lines.push(`  ${String(g.count).padStart(4)}  ${g.cause.padEnd(34)} e.g. ${g.examples.map((e) => quote(e, 60)).join('; ')}`);
  };
  causes('MISSES BY CAUSE', x.causes.missed);
  causes('SPURIOUS OUTPUT BY CAUSE', x.causes.spurious);
  section('MISSED ENTITIES', x.missedEntities.map((e) => `${e.type}: ${e.name}${e.docs.length ? `   [${e.docs.join(', ')}]` : ''}`));
  section('SPURIOUS ENTITIES', x.spuriousEntities.map((e) => `${e.type}: ${e.label}   (${e.key})`));
  section('UNMERGED DUPLICATES', x.duplicates.map((e) => `${e.type}: ${e.label}   (${e.key}) is another node for ${quote(e.sameAs)}`));
  section(
    'MISSED RELATIONS',
    x.missedRelations.map(
      (r) => `${r.source} -[${r.type}${r.role ? `: ${r.role}` : ''}]-> ${r.target}${r.doc ? `   [${r.doc}]` : ''}${r.evidence ? `\n      ${quote(r.evidence)}` : ''}`,
    ),
  );
  section(
    'SPURIOUS RELATIONS',
    x.spuriousRelations.map((r) => `${r.source} -[${r.type}]-> ${r.target}${r.evidence ? `\n      ${quote(r.evidence)}` : ''}`),
  );
  return lines.join('\n') + '\n';
}
