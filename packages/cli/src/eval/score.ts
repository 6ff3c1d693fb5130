// Scoring of SCHEMA.md: a TypeScript port of data/tools/score-graph.mjs with the exact same
// matching rules and output; a test runs both on the same graph and compares their JSON.
import type { GoldEntity, GoldFile, GoldRelation } from './gold.js';
import { normalizeName } from '@vnkg/extractor';
import { groupCauses, type Causes } from './causes.js';

/** Any system graph in graphology's serialized form; attributes are read leniently, like the reference scorer. */
export interface SystemGraph {
  nodes?: ReadonlyArray<{ key: string; attributes?: object }>;
  edges?: ReadonlyArray<{ key?: string; source: string; target: string; attributes?: object }>;
}

type Attributes = Record<string, unknown>;
const attributesOf = (element: { attributes?: object }): Attributes => (element.attributes ?? {}) as Attributes;

export interface Prf {
  tp: number;
  sys: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Field for field the JSON of `score-graph.mjs --json`. */
export interface ScoreResult {
  entities: Record<string, Prf>;
  relations: Record<string, Prf>;
  duplicates: string[];
  falsePositiveEntities: string[];
  missedEntities: string[];
  missedRelations: string[];
  evidenceCoverage: number;
}

interface Candidate {
  key: string;
  type: unknown;
  label: unknown;
  hits: string[];
}

/** What `--explain` lists, with names instead of ids. */
export interface Explanation {
  missedEntities: Array<{ type: string; name: string; docs: string[] }>;
  spuriousEntities: Array<{ key: string; type: string; label: string }>;
  duplicates: Array<{ key: string; type: string; label: string; sameAs: string }>;
  missedRelations: Array<{ source: string; type: string; target: string; role?: string; doc?: string; evidence?: string }>;
  spuriousRelations: Array<{ source: string; type: string; target: string; evidence?: string }>;
  /** The errors above grouped by likely cause, largest group first. */
  causes: Causes;
}

export interface Scored {
  result: ScoreResult;
  explanation: Explanation;
}

export const ENTITY_TYPES = ['person', 'organization', 'document', 'location', 'event'] as const;

const prf = (tp: number, sys: number, gold: number): Prf => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { tp, sys, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function namesOf(attributes: Attributes): unknown[] {
  const { label, aliases } = attributes;
  const list = Array.isArray(aliases) ? aliases : typeof aliases === 'string' ? aliases.split('|') : [];
  return [label, ...list].filter(Boolean);
}

function firstSentence(attributes: Attributes): string | undefined {
  const evidence = attributes.evidence;
  if (Array.isArray(evidence)) {
    const first: unknown = evidence[0];
    if (typeof first === 'string') return first;
    if (typeof first === 'object' && first !== null && typeof (first as { sentence?: unknown }).sentence === 'string') {
      return (first as { sentence: string }).sentence;
    }
  }
  return typeof evidence === 'string' ? evidence : undefined;
}

export interface ScoreOptions {
  /** Restrict the gold to these document ids (entities that occur in them, relations from them). */
  docs?: readonly string[];
}

export function scoreGraph(gold: GoldFile, graph: SystemGraph, options: ScoreOptions = {}): Scored {
  const onlyDocs = options.docs ? new Set(options.docs) : null;
  const inDocs = (docs: readonly string[] | undefined) => !onlyDocs || (docs ?? []).some((d) => onlyDocs.has(d));
  const goldEntities = gold.entities.filter((e) => inDocs(e.docs));
  const goldIds = new Set(goldEntities.map((e) => e.id));
  const goldRelations = gold.relations.filter(
    (r) => (!onlyDocs || (r.doc !== undefined && onlyDocs.has(r.doc))) && goldIds.has(r.source) && goldIds.has(r.target),
  );

  // type|normalized alias → gold id
  const aliasIndex = new Map<string, string>();
  for (const e of goldEntities) {
    for (const a of new Set([e.name, ...(e.aliases ?? [])])) aliasIndex.set(`${e.type}|${normalizeName(a)}`, e.id);
  }

  const nodes = graph.nodes ?? [];
  const edges = graph.edges ?? [];
  const matchOf = new Map<string, string>(); // system key → gold id
  const goldTaken = new Set<string>();
  const duplicates: Candidate[] = [];
  const unmatched: Candidate[] = [];
  // Match on label first (a node's own name), then on aliases, in the graph's node order.
  const candidates: Candidate[] = nodes.map((n) => {
    const a = attributesOf(n);
    const hits = namesOf(a)
      .map((x) => aliasIndex.get(`${String(a.type)}|${normalizeName(String(x))}`))
      .filter((id): id is string => Boolean(id));
    return { key: n.key, type: a.type, label: a.label, hits };
  });
  for (const c of candidates) {
    const free = c.hits.find((id) => !goldTaken.has(id));
    if (free) {
      matchOf.set(c.key, free);
      goldTaken.add(free);
    } else if (c.hits.length) duplicates.push(c);
    else unmatched.push(c);
  }

  const isEntityType = (t: unknown) => (ENTITY_TYPES as readonly unknown[]).includes(t);
  const goldById = new Map<string, GoldEntity>();
  for (const e of goldEntities) if (!goldById.has(e.id)) goldById.set(e.id, e);
  const sysNodes = candidates.filter((c) => isEntityType(c.type));
  const entities: Record<string, Prf> = {};
  for (const t of [...ENTITY_TYPES, 'all']) {
    const pick = (x: unknown) => t === 'all' || x === t;
    const tp = [...matchOf.values()].filter((id) => pick(goldById.get(id)!.type)).length;
    entities[t] = prf(tp, sysNodes.filter((c) => pick(c.type)).length, goldEntities.filter((e) => pick(e.type)).length);
  }

  const relKey = (r: GoldRelation) => `${r.source}|${r.type}|${r.target}`;
  const goldRelSet = new Set(goldRelations.map(relKey));
  const relTypes = [...new Set([...goldRelations.map((r) => r.type), ...edges.map((e) => attributesOf(e).type)])].filter(
    (t): t is string => Boolean(t),
  ) as string[];
  const sysRel = new Set<string>();
  const sysRelEdge = new Map<string, (typeof edges)[number]>();
  for (const e of edges) {
    const s = matchOf.get(e.source) ?? `sys:${e.source}`;
    const t = matchOf.get(e.target) ?? `sys:${e.target}`;
    const key = `${s}|${String(attributesOf(e).type)}|${t}`;
    sysRel.add(key);
    if (!sysRelEdge.has(key)) sysRelEdge.set(key, e);
  }
  const relations: Record<string, Prf> = {};
  for (const t of [...relTypes.sort(), 'all']) {
    const pick = (k: string) => t === 'all' || k.split('|')[1] === t;
    const sys = [...sysRel].filter(pick);
    const tp = sys.filter((k) => goldRelSet.has(k)).length;
    relations[t] = prf(tp, sys.length, [...goldRelSet].filter(pick).length);
  }
  const evidenceCovered = edges.filter((e) => {
    const ev = attributesOf(e).evidence;
    return Array.isArray(ev) ? ev.length > 0 : Boolean(ev);
  }).length;

  const result: ScoreResult = {
    entities,
    relations,
    duplicates: duplicates.map((d) => d.label as string),
    falsePositiveEntities: unmatched.filter((c) => isEntityType(c.type)).map((c) => `${String(c.type)}:${String(c.label)}`),
    missedEntities: goldEntities.filter((e) => !goldTaken.has(e.id)).map((e) => `${e.type}:${e.name}`),
    missedRelations: [...goldRelSet].filter((k) => !sysRel.has(k)),
    evidenceCoverage: edges.length ? evidenceCovered / edges.length : 0,
  };

  const labelOf = new Map(nodes.map((n) => [n.key, String(attributesOf(n).label ?? n.key)]));
  const nameOf = (end: string) => goldById.get(end)?.name ?? labelOf.get(end.replace(/^sys:/, '')) ?? end;
  const firstGoldRelation = new Map<string, GoldRelation>();
  for (const r of goldRelations) if (!firstGoldRelation.has(relKey(r))) firstGoldRelation.set(relKey(r), r);
  const explanation: Explanation = {
    missedEntities: goldEntities.filter((e) => !goldTaken.has(e.id)).map((e) => ({ type: e.type, name: e.name, docs: e.docs ?? [] })),
    spuriousEntities: unmatched.filter((c) => isEntityType(c.type)).map((c) => ({ key: c.key, type: String(c.type), label: String(c.label) })),
    duplicates: duplicates.map((c) => ({ key: c.key, type: String(c.type), label: String(c.label), sameAs: goldById.get(c.hits[0]!)?.name ?? c.hits[0]! })),
    missedRelations: result.missedRelations.map((k) => {
      const r = firstGoldRelation.get(k)!;
      return {
        source: nameOf(r.source),
        type: r.type,
        target: nameOf(r.target),
        ...(r.role ? { role: r.role } : {}),
        ...(r.doc ? { doc: r.doc } : {}),
        ...(r.evidence ? { evidence: r.evidence } : {}),
      };
    }),
    spuriousRelations: [...sysRel]
      .filter((k) => !goldRelSet.has(k))
      .map((k) => {
        const edge = sysRelEdge.get(k)!;
        const [s, type, t] = [matchOf.get(edge.source) ?? `sys:${edge.source}`, String(attributesOf(edge).type), matchOf.get(edge.target) ?? `sys:${edge.target}`];
        const evidence = firstSentence(attributesOf(edge));
        return { source: nameOf(s), type, target: nameOf(t), ...(evidence ? { evidence } : {}) };
      }),
    causes: { missed: [], spurious: [] },
  };
  const found = new Set(matchOf.values());
  const sysPairs = new Map<string, string>(); // "s|t" → a relation type the system has between them
  for (const k of sysRel) {
    const [s, type, t] = k.split('|');
    sysPairs.set(`${s}|${t}`, type!);
  }
  const nodeNames = new Map(nodes.map((n) => [n.key, namesOf(attributesOf(n)).map(String)]));
  const relationsOf = (id: string, type: string) => goldRelations.filter((r) => r.source === id && r.type === type);
  const LIST = /[:;]|,.*(,| và )/;
  explanation.causes = groupCauses({
    missedEntities: goldEntities
      .filter((e) => !goldTaken.has(e.id))
      .map((e) => ({
        type: e.type,
        names: [e.name, ...(e.aliases ?? [])],
        label: e.name,
        inAttendeeList: ['attended', 'chaired', 'spoke_at'].some((t) => relationsOf(e.id, t).some((r) => LIST.test(r.evidence ?? ''))),
        holdsPosition: relationsOf(e.id, 'holds_position').length > 0,
      })),
    spuriousEntities: unmatched.filter((c) => isEntityType(c.type)).map((c) => ({ type: String(c.type), label: String(c.label), names: nodeNames.get(c.key) ?? [] })),
    duplicates: explanation.duplicates,
    missedRelations: result.missedRelations.map((k) => {
      const [s, type, t] = k.split('|') as [string, string, string];
      const other = sysPairs.get(`${s}|${t}`);
      return {
        type,
        label: `${nameOf(s)} -[${type}]-> ${nameOf(t)}`,
        sourceFound: found.has(s),
        targetFound: found.has(t),
        ...(other && other !== type ? { foundAs: other } : {}),
      };
    }),
    spuriousRelations: [...sysRel]
      .filter((k) => !goldRelSet.has(k))
      .map((k) => {
        const [s, type, t] = k.split('|') as [string, string, string];
        return { type, label: `${nameOf(s)} -[${type}]-> ${nameOf(t)}`, sourceInGold: !s.startsWith('sys:'), targetInGold: !t.startsWith('sys:') };
      }),
    gold: goldEntities.map((e) => ({ type: e.type, names: [e.name, ...(e.aliases ?? [])] })),
    system: candidates.filter((c) => isEntityType(c.type)).map((c) => ({ type: String(c.type), names: nodeNames.get(c.key) ?? [] })),
  });
  return { result, explanation };
}
