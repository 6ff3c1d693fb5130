// A small knowledge graph that exercises what the writers must survive: commas and both quote
// kinds inside list items, XML-special characters, Vietnamese text, optional attributes, parallel edges.
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph.js';

const S1 = 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu chỉ đạo hội nghị, nhấn mạnh "đổi mới" & <sáng tạo>.';
const S2 = "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM ban hành Kế hoạch 'số 1' \\ mới.";

export function sampleGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph({ name: 'seed sample', articles: ['002_fd758775aea649a6', 'a,b "quoted"'] });
  g.addNode('person:nguyen-van-nen', {
    label: 'Nguyễn Văn Nên',
    type: 'person',
    aliases: ['Nguyễn Văn Nên', 'đồng chí Nguyễn Văn Nên'],
    docs: ['002_fd758775aea649a6'],
    lang: ['vi'],
    mentions: 2,
    evidence: [
      { doc: '002_fd758775aea649a6', sentence: S1, sentenceStart: 100, start: 122, end: 136 },
      { doc: 'a,b "quoted"', sentence: 'Đồng chí Nguyễn Văn Nên\nphát biểu.', sentenceStart: 0, start: 9, end: 23 },
    ],
  });
  g.addNode('org:thanh-uy-tphcm', {
    label: 'Thành ủy TPHCM',
    type: 'organization',
    aliases: ['Thành ủy TPHCM', 'Thành ủy Thành phố Hồ Chí Minh'],
    docs: ['002_fd758775aea649a6'],
    lang: ['vi'],
    mentions: 1,
    evidence: [{ doc: '002_fd758775aea649a6', sentence: S1, sentenceStart: 100, start: 107, end: 121 }],
  });
  g.addNode('org:bcd-pctn-tphcm', {
    label: 'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM',
    type: 'organization',
    aliases: ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM', "O'Brien \"quoted\", both"],
    docs: ['a,b "quoted"'],
    lang: ['vi', 'en'],
    mentions: 1,
    evidence: [{ doc: 'a,b "quoted"', sentence: S2, sentenceStart: 40, start: 40, end: 90 }],
  });
  g.addNode('doc:kh-1', {
    label: 'Kế hoạch 1',
    type: 'document',
    kind: 'plan',
    aliases: ['Kế hoạch 1'],
    docs: ['a,b "quoted"'],
    lang: ['vi'],
    mentions: 1,
    evidence: [{ doc: 'a,b "quoted"', sentence: S2, sentenceStart: 40, start: 99, end: 117 }],
  });
  g.addNode('event:hoi-nghi', {
    label: 'Hội nghị Thành ủy lần thứ 9',
    type: 'event',
    date: '2022-06-29',
    aliases: [],
    docs: [],
    lang: [],
    mentions: 0,
    evidence: [],
  });
  g.addNode('loc:tphcm', {
    label: 'TPHCM',
    type: 'location',
    aliases: ['TPHCM'],
    docs: ['002_fd758775aea649a6'],
    lang: ['vi'],
    mentions: 1,
    evidence: [{ doc: '002_fd758775aea649a6', sentence: S1, sentenceStart: 100, start: 116, end: 121 }],
  });
  const ev = { doc: '002_fd758775aea649a6', sentence: S1, sentenceStart: 100, start: 100, end: 136 };
  g.addDirectedEdgeWithKey('e1', 'person:nguyen-van-nen', 'org:thanh-uy-tphcm', { type: 'holds_position', role: 'Bí thư', evidence: [ev], weight: 1 });
  g.addDirectedEdgeWithKey('e2', 'person:nguyen-van-nen', 'org:thanh-uy-tphcm', { type: 'holds_position', role: 'Ủy viên, "nguyên"', evidence: [ev, { ...ev, doc: 'a,b "quoted"' }], weight: 2 });
  g.addDirectedEdgeWithKey('e3', 'org:bcd-pctn-tphcm', 'doc:kh-1', { type: 'issued', evidence: [{ doc: 'a,b "quoted"', sentence: S2, sentenceStart: 40, start: 40, end: 117 }], weight: 1 });
  g.addDirectedEdgeWithKey('e4', 'person:nguyen-van-nen', 'event:hoi-nghi', { type: 'spoke_at', evidence: [], weight: 0 });
  g.addDirectedEdgeWithKey('e5', 'org:thanh-uy-tphcm', 'loc:tphcm', { type: 'located_in', evidence: [ev], weight: 1 });
  return g;
}
