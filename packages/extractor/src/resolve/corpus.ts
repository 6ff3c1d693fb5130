import type { ExtractedEntity, ExtractedRelation, Extraction } from '../types.js';

/**
 * Cross-article resolution. Keys are canonical already, so most merging is key equality in
 * `buildGraph`; this pass settles what one article could not: a short document reference
 * ("Nghị quyết 98" with no code in its article) becomes the one full document of that kind
 * and number named elsewhere in the corpus ("Nghị quyết 98/2023/QH15").
 */
export function resolveAcrossArticles(extractions: Extraction[]): Extraction[] {
  const renames = documentRenames(extractions);
  if (renames.size === 0) return extractions;
  const labels = new Map<string, string>();
  for (const x of extractions) for (const e of x.entities) if (!renames.has(e.key) && !labels.has(e.key)) labels.set(e.key, e.label);
  return extractions.map((x) => renameInExtraction(x, renames, labels));
}

// Document keys: doc:<kind>:<number> (short), doc:<kind>:<number>:by-<issuer>, doc:<kind>:<number>:<code>.
const DOC_KEY = /^doc:([a-z]+):(\d+)(?::(.+))?$/;

/** Issuer families a code suffix stands for, so "Kết luận 01 của Bộ Chính trị" can be "01-KL/TW". */
const CODE_FAMILIES: Array<{ code: RegExp; issuers: RegExp }> = [
  { code: /\/tw$/, issuers: /^by-(bo-chinh-tri|ban-bi-thu|ban-chap-hanh-trung-uong-dang|trung-uong-dang)$/ },
  { code: /\/qh\d*$/, issuers: /^by-quoc-hoi$/ },
  { code: /(nq|nd)-cp$/, issuers: /^by-chinh-phu$/ },
];

function documentRenames(extractions: Extraction[]): Map<string, string> {
  const byNumber = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const m = e.type === 'document' ? DOC_KEY.exec(e.key) : null;
      if (!m) continue;
      const group = `${m[1]}:${m[2]}`;
      const set = byNumber.get(group) ?? new Set<string>();
      set.add(e.key);
      byNumber.set(group, set);
    }
  }
  const renames = new Map<string, string>();
  for (const keys of byNumber.values()) {
    if (keys.size < 2) continue;
    const full = [...keys].filter((k) => DOC_KEY.exec(k)![3]);
    const codes = full.filter((k) => !DOC_KEY.exec(k)![3]!.startsWith('by-'));
    for (const key of keys) {
      const qualifier = DOC_KEY.exec(key)![3];
      if (!qualifier && full.length === 1) renames.set(key, full[0]!);
      else if (!qualifier && codes.length === 1) renames.set(key, codes[0]!);
      else if (qualifier?.startsWith('by-')) {
        const compatible = codes.filter((c) => CODE_FAMILIES.some((f) => f.code.test(DOC_KEY.exec(c)![3]!) && f.issuers.test(qualifier)));
        if (compatible.length === 1) renames.set(key, compatible[0]!);
      }
    }
  }
  return renames;
}

function renameInExtraction(x: Extraction, renames: Map<string, string>, labels: Map<string, string>): Extraction {
  const entities = new Map<string, ExtractedEntity>();
  for (const e of x.entities) {
    const key = renames.get(e.key) ?? e.key;
    const existing = entities.get(key);
    if (!existing) {
      entities.set(key, { ...e, key, label: labels.get(key) ?? e.label, aliases: [...e.aliases], mentions: [...e.mentions] });
      continue;
    }
    for (const a of e.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
    existing.mentions.push(...e.mentions);
  }
  const seen = new Set<string>();
  const relations: ExtractedRelation[] = [];
  for (const r of x.relations) {
    const source = renames.get(r.source) ?? r.source;
    const target = renames.get(r.target) ?? r.target;
    const id = `${source}|${r.type}|${target}|${r.role ?? ''}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    relations.push({ ...r, source, target });
  }
  return { ...x, entities: [...entities.values()], relations };
}
