import type { DocumentKind } from '../types.js';

/** Document kind words. "Thông báo kết luận" is a conclusion; "Quy chế" a regulation. */
export const DOCUMENT_KINDS: Array<{ word: string; kind: DocumentKind }> = [
  { word: 'Nghị quyết liên tịch', kind: 'resolution' },
  { word: 'Nghị quyết chuyên đề', kind: 'resolution' },
  { word: 'Nghị quyết', kind: 'resolution' },
  { word: 'Thông báo kết luận', kind: 'conclusion' },
  { word: 'Kết luận', kind: 'conclusion' },
  { word: 'Chỉ thị', kind: 'directive' },
  { word: 'Quy định', kind: 'regulation' },
  { word: 'Quy chế', kind: 'regulation' },
  { word: 'Quyết định', kind: 'decision' },
  { word: 'Nghị định', kind: 'decree' },
  { word: 'Chương trình hành động', kind: 'programme' },
  { word: 'Chương trình', kind: 'programme' },
  { word: 'Đề án', kind: 'project' },
  { word: 'Luật', kind: 'law' },
  { word: 'Bộ luật', kind: 'law' },
  { word: 'Kế hoạch', kind: 'plan' },
  { word: 'Hướng dẫn', kind: 'regulation' },
  { word: 'Thông tư', kind: 'regulation' },
];

/**
 * Who issued a document, read from its code's suffix. `issuer` is a national body's label,
 * or a local body kind resolved with the article's home place ("{committee}" = its Tỉnh/Thành ủy), or with the district
 * committee the document's sentence names ("{district committee}").
 * Patterns are matched against the code (upper case, after the number).
 */
export const CODE_ISSUERS: Array<{ pattern: string; issuer: string }> = [
  { pattern: '/QH\\d*$', issuer: 'Quốc hội' },
  { pattern: '/UBTVQH\\d*$', issuer: 'Ủy ban Thường vụ Quốc hội' },
  { pattern: '^NQ-CP$|/NQ-CP$|^NĐ-CP$|/NĐ-CP$', issuer: 'Chính phủ' },
  // The Prime Minister's decisions and directives: the Government's head, recorded as the Government.
  { pattern: '/QĐ-TTG$|/CT-TTG$', issuer: 'Chính phủ' },
  { pattern: '-(NQ|CT|KL|QĐ|QĐI|HD|TB|CTR)/TW$', issuer: 'Ban Chấp hành Trung ương Đảng' },
  { pattern: '-(NQ|CT|KL|QĐ|HD|TB|CTR|ĐA|KH)/(TU|TƯ)$', issuer: '{committee}' },
  // A district's committee ("-NQ/HU", "-KH/QU"): the one its sentence names, if any.
  { pattern: '-(NQ|CT|KL|QĐ|HD|TB|CTR|ĐA|KH)/(HU|QU)$', issuer: '{district committee}' },
  { pattern: '/(QĐ|CT|KH)-UBND$', issuer: '{UBND}' },
  { pattern: '/NQ-HĐND$', issuer: '{HĐND}' },
];
