import type { ArticleContext } from '../resolve/context.js';
import { matchAt } from '../recognize/scan.js';
import type { ArticleAnalysis } from './analysis.js';
import { clauseOf, cue, cuesIn, listedBefore } from './analysis.js';
import { contains } from '../resolve/places.js';
import type { PlaceRef } from '../resolve/places.js';

const ORGANIZE = cue(['tổ chức', 'khai mạc', 'triển khai', 'phối hợp tổ chức', 'tiến hành', 'họp']);
const ESTABLISH = cue(['thành lập']);
/** Between bodies that act together: "phối hợp [với]", "cùng với", "và", a comma. */
const TOGETHER_WITH = /^\s*(?:,|và|cùng|cùng với|phối hợp|phối hợp với|phối hợp cùng)\s*$/u;
/** "tại trụ sở Chính phủ", "tại Nhà Quốc hội": the body names where something happens. */
const AT_PLACE_OF = /(?<![\p{L}])(?:[Tt]ại|[Ởở])[^\S\n]+(?:(?:[Nn]hà|[Tt]rụ sở|[Hh]ội trường)[^\S\n]+)?$/u;

/**
 * organized: "<body> [đã] tổ chức <meeting>"; established: "<body> … thành lập <body>";
 * located_in from writing: "<body or place>, <place>", "<body> (<place>)", "<place> thuộc <place>".
 */
export function relateStructure(ctx: ArticleContext, a: ArticleAnalysis): void {
  for (const s of a.sentences) {
    for (const m of cuesIn(a, s, ORGANIZE)) {
      const after = m.index + m[0].length;
      const ws = matchAt('[^\\S\\n]+', a.text, after);
      const event = s.events.find((e) => e.start === after + (ws?.[0].length ?? 0) && e.ref);
      if (!event) continue;
      const [clauseStart] = clauseOf(a.text, s, m.index);
      // A body named in a person's title does not act ("Trưởng đoàn Đại biểu Quốc hội trình bày diễn văn khai mạc Đại hội").
      const subject = [...s.orgs].reverse().find((o) => o.end <= m.index && o.start >= clauseStart && !a.titled.has(o) && !/[,.]\s*$/.test(a.text.slice(o.end, m.index).replace(/\s+(?:đã|vừa|sẽ|long trọng)\s*$/u, '')));
      if (!subject || m.index - subject.end >= 60) continue;
      ctx.relate('organized', subject.info.key, event.ref!, s.index, [subject.start, event.end]);
      // "Văn phòng Trung ương Đảng phối hợp với Tỉnh ủy Quảng Ninh tổ chức …": the partners organize it together.
      for (const partner of listedBefore(a.text, s, subject, TOGETHER_WITH)) {
        // "Tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội khai mạc …": a body naming the place is no partner.
        if (partner.start < clauseStart || AT_PLACE_OF.test(a.text.slice(Math.max(s.start, partner.start - 24), partner.start))) break;
        ctx.relate('organized', partner.info.key, event.ref!, s.index, [partner.start, event.end]);
      }
    }
    for (const m of cuesIn(a, s, ESTABLISH)) {
      const [clauseStart, clauseEnd] = clauseOf(a.text, s, m.index);
      const subject = s.orgs.find((o) => o.start >= clauseStart && o.end <= m.index);
      const after = m.index + m[0].length;
      const objects = s.orgs.filter((o) => o.start >= after && o.start < clauseEnd && o.start - after < 40);
      if (subject) for (const o of objects) ctx.relate('established', subject.info.key, o.info.key, s.index, [subject.start, o.end]);
    }
    // "<X>, <place>" / "<X> (<place>)" / "<X> thuộc <place>". In a list ("tỉnh A, tỉnh B") places
    // follow each other too: only a larger unit after a smaller one (or after a body) contains it.
    // A national body lies in no province ("… của Thủ tướng Chính phủ, tỉnh Cà Mau và …"), and an
    // organ lies where its body does ("Ban Thường vụ Huyện ủy Krông Pắc, tỉnh Đắk Lắk").
    const things = [
      ...s.orgs.filter((o) => o.info.kind !== 'sub' && o.info.kind !== 'national').map((o) => ({ key: o.info.key, start: o.start, end: o.end, within: o.info.place, place: undefined as PlaceRef | undefined })),
      ...s.places.map((p) => ({ key: p.place.key, start: p.start, end: p.end, within: undefined as PlaceRef | undefined, place: p.place })),
    ];
    for (const place of s.places) {
      const before = things.find((t) => {
        if (t.end > place.start || t.key === place.place.key || t.within?.key === place.place.key) return false;
        if (t.place && !contains(place.place, t.place)) return false;
        const gap = a.text.slice(t.end, place.start);
        return /^\s*(?:,|\(|thuộc)\s*$/u.test(gap);
      });
      if (before) {
        // "Đảng bộ phường Ba Đình (Hà Nội)": the body lies in its ward, and the ward in the place written after it.
        const placed = before.within && contains(place.place, before.within) ? before.within : before.place;
        const key = placed?.key ?? before.key;
        ctx.relate('located_in', key, place.place.key, s.index, [before.start, place.end]);
        // "phường Hiệp Phú, TP Thủ Đức": the written container replaces the province assumed for the ward.
        const assumed = placed?.parent;
        if (assumed && assumed.key !== place.place.key && contains(assumed, place.place)) ctx.unrelate('located_in', key, assumed.key);
      }
    }
  }
}
