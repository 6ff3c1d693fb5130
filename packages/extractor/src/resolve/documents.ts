// Document keys within an article: short references merged with the full document they name.
import type { DocumentMention } from '../recognize/documents.js';
import type { ResolvedDocument } from '../relate/analysis.js';
import { slug } from '../text/normalize.js';
import type { Home } from './places.js';


export interface DocumentKeys {
  keyOf(d: DocumentMention): string;
  labelOf(key: string): string;
}

/**
 * Gives every document mention its key, merging short references within the article:
 * "Nghị quyết 98" is the article's "Nghị quyết 98/2023/QH15"; "Kết luận 01 của Bộ Chính trị"
 * is its "Kết luận số 01-KL/TW".
 */
export function documentKeys(docs: DocumentMention[], home: Home): DocumentKeys {
  const homeSuffix = home.main ? `@${home.main.key.slice(4)}` : '';
  const own = (d: DocumentMention): string => {
    switch (d.id.by) {
      case 'code':
        // Local codes (04-NQ/TU, …/QĐ-UBND) repeat from province to province: the issuer's place tells them apart.
        return `doc:${d.kind}:${d.id.number}:${slug(d.id.code)}${d.id.local ? (d.issuer?.place ? `@${d.issuer.place.key.slice(4)}` : homeSuffix) : ''}`;
      case 'number':
        return `doc:${d.kind}:${d.id.number}${d.issuer ? `:by-${slug(d.issuer.label)}` : ''}`;
      case 'plenum':
        return `doc:${d.kind}:tw-${d.id.plenum}${d.id.term ? `-${d.id.term}` : ''}`;
      case 'event':
        return `doc:${d.kind}:of-${d.id.eventKey.slice(3)}`;
      case 'title':
        return `doc:${d.kind}:${d.id.title.slice(0, 120)}`;
    }
  };
  const byNumber = new Map<string, Set<string>>();
  for (const d of docs) {
    if (d.id.by !== 'code' && !(d.id.by === 'number' && d.issuer)) continue;
    const k = `${d.kind}:${d.id.number}`;
    const set = byNumber.get(k) ?? new Set();
    set.add(own(d));
    byNumber.set(k, set);
  }
  // "Luật Thủ đô" and the article's "Luật Thủ đô năm 2024" are one law: a title named without a year is the one named with it.
  const dated = new Map<string, Set<string>>();
  for (const d of docs) {
    const year = d.id.by === 'title' ? TITLE_YEAR.exec(d.id.title) : null;
    if (!year) continue;
    const k = `${d.kind}:${year[1]}`;
    dated.set(k, (dated.get(k) ?? new Set()).add(own(d)));
  }
  const codeFirst = (set: Set<string>) => [...set].sort((a, b) => a.split(':').length - b.split(':').length || (a.includes(':by-') ? 1 : 0) - (b.includes(':by-') ? 1 : 0));
  const keyOf = (d: DocumentMention): string => {
    if (d.id.by === 'title') {
      const withYear = dated.get(`${d.kind}:${d.id.title}`);
      return withYear?.size === 1 ? [...withYear][0]! : own(d);
    }
    if (d.id.by !== 'number') return own(d);
    const candidates = byNumber.get(`${d.kind}:${d.id.number}`);
    const codes = candidates ? [...candidates].filter((k) => !k.includes(':by-')) : [];
    if (codes.length === 1) return codes[0]!;
    if (d.issuer) return own(d);
    if (candidates && candidates.size === 1) return codeFirst(candidates)[0]!;
    return own(d);
  };
  const labels = new Map<string, { label: string; rank: number }>();
  for (const d of docs) {
    const key = keyOf(d);
    const rank = d.id.by === 'code' ? 3 : d.issuer ? 2 : d.id.by === 'title' && TITLE_YEAR.test(d.id.title) ? 1.5 : 1;
    const label = d.id.by === 'number' && d.issuer ? `${d.name} của ${d.issuer.label}` : d.name;
    const prev = labels.get(key);
    if (!prev || rank > prev.rank) labels.set(key, { label, rank });
  }
  return { keyOf, labelOf: (key) => labels.get(key)?.label ?? key };
}

/** A title's slug ending on a year ("luat-thu-do-2024"): group 1 is the title without it. */
const TITLE_YEAR = /^(.*)-(?:19|20)\d\d$/;

export function docAliases(d: ResolvedDocument): string[] {
  const aliases = [d.name, d.surface];
  if (d.issuer && d.id.by !== 'title') aliases.push(`${d.name} của ${d.issuer.label}`);
  return aliases;
}
