// `--explain`'s grouping of errors by likely cause: a heuristic over names and ends, so that the
// largest group says which rule to work on next. Each error falls in exactly one group.
import { normalizeName } from '@vnkg/extractor';

export interface NamedThing {
  type: string;
  /** Name and aliases, as written. */
  names: string[];
}

export interface CauseInput {
  missedEntities: Array<NamedThing & { label: string; inAttendeeList: boolean; holdsPosition: boolean }>;
  spuriousEntities: Array<NamedThing & { label: string }>;
  duplicates: Array<{ type: string; label: string }>;
  missedRelations: Array<{ type: string; label: string; sourceFound: boolean; targetFound: boolean; foundAs?: string }>;
  spuriousRelations: Array<{ type: string; label: string; sourceInGold: boolean; targetInGold: boolean }>;
  /** Every gold entity and every system node, to compare names with. */
  gold: NamedThing[];
  system: NamedThing[];
}

export interface CauseGroup {
  cause: string;
  count: number;
  examples: string[];
}

const MAX_EXAMPLES = 3;
const DOCUMENT_CODE = /\d+\s*[/-]\s*\d*\s*[A-ZĐa-zđ]/;

// Codes split into their parts, so "Nghị quyết 98" is seen inside "Nghị quyết 98/2023/QH15".
const words = (name: string) => normalizeName(name).split(/[\s/]+/).filter(Boolean);
const normalizedNames = (thing: NamedThing) => new Set(thing.names.map(normalizeName));

/** `inner` occurs as a run of whole words inside `outer` (and is shorter). */
function containsWords(outer: string[], inner: string[]): 'prefix' | 'inside' | undefined {
  if (inner.length === 0 || inner.length >= outer.length) return undefined;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return i === 0 ? 'prefix' : 'inside';
  }
  return undefined;
}

/** How a name relates to the other side's names of the same type: one a bare form (word prefix) of the other, an overlap, or nothing. */
function closest(thing: NamedThing, others: readonly NamedThing[]): 'bare' | 'overlap' | undefined {
  const mine = thing.names.map(words);
  let found: 'bare' | 'overlap' | undefined;
  for (const other of others) {
    if (other.type !== thing.type) continue;
    for (const theirs of other.names.map(words)) {
      for (const m of mine) {
        if (containsWords(m, theirs) === 'prefix' || containsWords(theirs, m) === 'prefix') return 'bare';
        if (containsWords(m, theirs) || containsWords(theirs, m)) found = 'overlap';
      }
    }
  }
  return found;
}

const sameNameOtherType = (thing: NamedThing, others: readonly NamedThing[]) => {
  const mine = normalizedNames(thing);
  return others.some((o) => o.type !== thing.type && o.names.some((n) => mine.has(normalizeName(n))));
};

function missedEntityCause(e: CauseInput['missedEntities'][number], system: readonly NamedThing[]): string {
  if (sameNameOtherType(e, system)) return 'wrong type';
  const near = closest(e, system);
  if (e.type === 'document' && near && e.names.some((n) => DOCUMENT_CODE.test(n))) return 'document code split';
  // A bare form ("Thành ủy" for "Thành ủy TPHCM") is a resolution miss for bodies and places; for events it is a cut name.
  if (near === 'bare' && e.type !== 'event') return 'bare form not resolved';
  if (near) return e.type === 'event' ? 'event boundary' : `${e.type} boundary`;
  if (e.type === 'person' && e.inAttendeeList) return 'list of attendees';
  if (e.type === 'person' && e.holdsPosition) return 'title not recognized';
  return `${e.type} not found`;
}

function spuriousEntityCause(e: CauseInput['spuriousEntities'][number], gold: readonly NamedThing[]): string {
  if (sameNameOtherType(e, gold)) return 'wrong type';
  const near = closest(e, gold);
  if (near === 'bare') return 'name cut short';
  if (near) return e.type === 'event' ? 'event boundary' : `${e.type} boundary`;
  return `${e.type} not in gold`;
}

function group(items: Array<{ cause: string; example: string }>): CauseGroup[] {
  const groups = new Map<string, CauseGroup>();
  for (const { cause, example } of items) {
    const g = groups.get(cause) ?? { cause, count: 0, examples: [] };
    g.count++;
    if (g.examples.length < MAX_EXAMPLES) g.examples.push(example);
    groups.set(cause, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1));
}

export interface Causes {
  missed: CauseGroup[];
  spurious: CauseGroup[];
}

/** Errors grouped by cause, largest group first: misses (entities and relations) and spurious output. */
export function groupCauses(input: CauseInput): Causes {
  const missed = [
    ...input.missedEntities.map((e) => ({ cause: missedEntityCause(e, input.system), example: `${e.type}: ${e.label}` })),
    ...input.missedRelations.map((r) => ({
      cause:
        r.sourceFound && r.targetFound
          ? r.foundAs
            ? `wrong relation type (${r.foundAs} instead of ${r.type})`
            : `rule gap: ${r.type}`
          : 'relation end missing',
      example: r.label,
    })),
  ];
  const spurious = [
    ...input.spuriousEntities.map((e) => ({ cause: spuriousEntityCause(e, input.gold), example: `${e.type}: ${e.label}` })),
    ...input.duplicates.map((d) => ({ cause: 'unmerged duplicate', example: `${d.type}: ${d.label}` })),
    ...input.spuriousRelations.map((r) => ({
      cause: r.sourceInGold && r.targetInGold ? `rule over-fires: ${r.type}` : 'relation to an entity not in gold',
      example: r.label,
    })),
  ];
  return { missed: group(missed), spurious: group(spurious) };
}
