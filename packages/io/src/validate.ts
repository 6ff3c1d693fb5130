// Checks that turn untrusted values (parsed JSON, GEXF attributes) into the typed attribute
// shapes of @vnkg/extractor, with an error that says where and what is wrong.
import { DOCUMENT_KINDS, ENTITY_TYPES, RELATION_TYPES } from '@vnkg/extractor';
import type { DocumentKind, EntityType, Evidence, Language, RelationType } from '@vnkg/extractor';

export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

export type Untrusted = Record<string, unknown>;

export function isRecord(value: unknown): value is Untrusted {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (where: string, what: string): never => {
  throw new GraphFormatError(`${where}: ${what}`);
};

const show = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

export function requireString(value: unknown, where: string): string {
  return typeof value === 'string' ? value : fail(where, `expected a string, got ${show(value)}`);
}

export function optionalString(value: unknown, where: string): string | undefined {
  return value === undefined || value === null ? undefined : requireString(value, where);
}

export function requireInteger(value: unknown, where: string): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : fail(where, `expected a non-negative integer, got ${show(value)}`);
}

export function requireNonNegativeNumber(value: unknown, where: string): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : fail(where, `expected a non-negative number, got ${show(value)}`);
}

export function requireStringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return fail(where, `expected a list of strings, got ${show(value)}`);
  value.forEach((item, i) => requireString(item, `${where}[${i}]`));
  return value as string[];
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, where: string): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(where, `expected one of ${allowed.join(', ')}, got ${show(value)}`);
}

export const requireEntityType = (v: unknown, where: string): EntityType => oneOf(ENTITY_TYPES, v, where);
export const requireRelationType = (v: unknown, where: string): RelationType => oneOf(RELATION_TYPES, v, where);
export const requireDocumentKind = (v: unknown, where: string): DocumentKind => oneOf(DOCUMENT_KINDS, v, where);
export const requireLanguage = (v: unknown, where: string): Language => oneOf(['vi', 'en'] as const, v, where);

export function requireEvidence(value: unknown, where: string): Evidence {
  if (!isRecord(value)) return fail(where, `expected an evidence record, got ${show(value)}`);
  return {
    doc: requireString(value.doc, `${where}.doc`),
    sentence: requireString(value.sentence, `${where}.sentence`),
    sentenceStart: requireInteger(value.sentenceStart, `${where}.sentenceStart`),
    start: requireInteger(value.start, `${where}.start`),
    end: requireInteger(value.end, `${where}.end`),
  };
}

export function requireEvidenceList(value: unknown, where: string): Evidence[] {
  if (!Array.isArray(value)) return fail(where, `expected a list of evidence records, got ${show(value)}`);
  return value.map((item, i) => requireEvidence(item, `${where}[${i}]`));
}
