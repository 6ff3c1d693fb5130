// The benchmark's generated graph: deterministic, in the extractor's shape, with hubs as in news graphs.
const TYPES = ['person', 'organization', 'document', 'location', 'event'];
const RELATIONS = ['holds_position', 'attended', 'issued', 'implements', 'part_of', 'located_in', 'concerns'];

/** Deterministic pseudo-random numbers, so every run measures the same graph. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

/** graphology JSON in the model's shape; preferential attachment gives hubs as in real news graphs. */
export function generateGraph(n, m) {
  const random = rng(7);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const sentence = `Câu ví dụ số ${i} nhắc tới Thực thể ${i}.`;
    const at = sentence.indexOf('Thực thể');
    // Every tenth entity is also known from an English article, as merged graphs have.
    const english = i % 10 === 0;
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Thực thể ${i}`,
        type: TYPES[i % TYPES.length],
        aliases: english ? [`Thực thể ${i}`, `Entity ${i}`] : [`Thực thể ${i}`],
        docs: english ? [`doc${i % 500}`, `en${i % 50}`] : [`doc${i % 500}`],
        lang: english ? ['vi', 'en'] : ['vi'],
        mentions: 1,
        evidence: [{ doc: `doc${i % 500}`, sentence, sentenceStart: 0, start: at, end: sentence.length - 1 }],
      },
    });
  }
  const ends = [];
  const edges = [];
  for (let j = 0; j < m; j++) {
    const source = j < n ? j : Math.floor(random() * n);
    const target = ends.length && random() < 0.7 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * n);
    if (source === target) {
      j--;
      continue;
    }
    ends.push(source, target);
    edges.push({ key: `e${j}`, source: `n${source}`, target: `n${target}`, attributes: { type: RELATIONS[j % RELATIONS.length], evidence: [], weight: 1 } });
  }
  const articles = [...Array.from({ length: Math.min(n, 500) }, (_, i) => `doc${i}`), ...Array.from({ length: Math.min(n, 50) }, (_, i) => `en${i}`)];
  return { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: { articles }, nodes, edges };
}
