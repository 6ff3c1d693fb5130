/** Longer labels (document titles run to a sentence) cover their neighbours on the canvas. */
export const MAX_LABEL_CHARS = 32;

export function truncateLabel(label: string, max = MAX_LABEL_CHARS): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
