// The gold-annotation file of SCHEMA.md, checked on reading so a typo gives a message, not a crash.

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  docs?: string[];
  kind?: string;
}

export interface GoldRelation {
  source: string;
  type: string;
  target: string;
  role?: string;
  doc?: string;
  evidence?: string;
}

export interface GoldFile {
  schemaVersion?: number;
  documents?: Array<{ id: string; title?: string; date?: string; homeCity?: string }>;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

export function parseGold(value: unknown): GoldFile {
  if (!isRecord(value)) throw new GoldFormatError('expected an object with "entities" and "relations"');
  if (!Array.isArray(value.entities)) throw new GoldFormatError('"entities" must be a list');
  if (!Array.isArray(value.relations)) throw new GoldFormatError('"relations" must be a list');
  value.entities.forEach((e: unknown, i) => {
    if (!isRecord(e)) throw new GoldFormatError(`entities[${i}]: expected an object`);
    for (const field of ['id', 'type', 'name'] as const) {
      if (typeof e[field] !== 'string') throw new GoldFormatError(`entities[${i}].${field}: expected a string`);
    }
    if (!isStringList(e.aliases)) throw new GoldFormatError(`entities[${i}].aliases: expected a list of strings`);
    if (!isStringList(e.docs)) throw new GoldFormatError(`entities[${i}].docs: expected a list of strings`);
  });
  value.relations.forEach((r: unknown, i) => {
    if (!isRecord(r)) throw new GoldFormatError(`relations[${i}]: expected an object`);
    for (const field of ['source', 'type', 'target'] as const) {
      if (typeof r[field] !== 'string') throw new GoldFormatError(`relations[${i}].${field}: expected a string`);
    }
  });
  return value as unknown as GoldFile;
}
