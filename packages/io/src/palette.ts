import type { EntityType } from '@vnkg/extractor';

/**
 * One colour per entity type, shared by the GEXF writer (`viz:color`) and the explorer,
 * so a person is the same colour in Gephi and in the browser. Colour-blind-safe
 * (Okabe–Ito palette).
 */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: '#e69f00',
  organization: '#0072b2',
  document: '#009e73',
  location: '#cc79a7',
  event: '#d55e00',
});

/** Colour for a node whose type is not one of the five entity types. */
export const UNKNOWN_TYPE_COLOR = '#999999';

/** Node size from its degree: grows with the square root so hubs do not swamp the picture. */
export function sizeForDegree(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100;
}
