// Validated construction of node, edge and graph attributes from untrusted records.
// Both readers (JSON and GEXF) end here, so a graph read from any format has one shape.
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '@vnkg/extractor';
import {
  optionalString,
  requireDocumentKind,
  requireEntityType,
  requireEvidenceList,
  requireInteger,
  requireLanguage,
  requireNonNegativeNumber,
  requireRelationType,
  requireString,
  requireStringList,
  type Untrusted,
} from './validate.js';

export function toNodeAttributes(raw: Untrusted, where: string): NodeAttributes {
  const attrs: NodeAttributes = {
    label: requireString(raw.label, `${where}.label`),
    type: requireEntityType(raw.type, `${where}.type`),
    aliases: requireStringList(raw.aliases ?? [], `${where}.aliases`),
    docs: requireStringList(raw.docs ?? [], `${where}.docs`),
    lang: requireStringList(raw.lang ?? [], `${where}.lang`).map((l, i) => requireLanguage(l, `${where}.lang[${i}]`)),
    mentions: requireInteger(raw.mentions ?? 0, `${where}.mentions`),
    evidence: requireEvidenceList(raw.evidence ?? [], `${where}.evidence`),
  };
  if (raw.kind !== undefined && raw.kind !== null) attrs.kind = requireDocumentKind(raw.kind, `${where}.kind`);
  const date = optionalString(raw.date, `${where}.date`);
  if (date !== undefined) attrs.date = date;
  return attrs;
}

export function toEdgeAttributes(raw: Untrusted, where: string): EdgeAttributes {
  const evidence = requireEvidenceList(raw.evidence ?? [], `${where}.evidence`);
  const attrs: EdgeAttributes = {
    type: requireRelationType(raw.type, `${where}.type`),
    evidence,
    weight: raw.weight === undefined ? evidence.length : requireNonNegativeNumber(raw.weight, `${where}.weight`),
  };
  const role = optionalString(raw.role, `${where}.role`);
  if (role !== undefined) attrs.role = role;
  return attrs;
}

export function toGraphAttributes(raw: Untrusted, where: string): GraphAttributes {
  const attrs: GraphAttributes = { articles: requireStringList(raw.articles ?? [], `${where}.articles`) };
  const name = optionalString(raw.name, `${where}.name`);
  if (name !== undefined) attrs.name = name;
  return attrs;
}
