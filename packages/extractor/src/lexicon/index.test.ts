import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { createLexicon, defaultLexicon } from './index.js';

describe('createLexicon', () => {
  it('adds entries without touching the default lexicon', () => {
    const lexicon = createLexicon({ titles: ['Bí thư Đoàn'] });
    expect(lexicon.titles).toContain('Bí thư Đoàn');
    expect(defaultLexicon.titles).not.toContain('Bí thư Đoàn');
  });

  it('makes an added place, title and body kind recognized', () => {
    const text = 'Tại tỉnh Sông Bé, Tổng Giám đốc Liên hiệp Hợp tác xã tỉnh Sông Bé Trần Văn Hai phát biểu.';
    const before = extract({ id: 'x', text, lang: 'vi' });
    expect(before.entities.map((e) => e.label)).not.toContain('Sông Bé');

    const lexicon = createLexicon({
      places: [{ name: 'Sông Bé', level: 'province' }],
      localBodyKinds: [{ label: 'Liên hiệp Hợp tác xã', variants: ['Liên hiệp Hợp tác xã'] }],
    });
    const after = extract({ id: 'x', text, lang: 'vi' }, { lexicon });
    const labels = after.entities.map((e) => e.label);
    expect(labels).toContain('Sông Bé');
    expect(labels).toContain('Liên hiệp Hợp tác xã tỉnh Sông Bé');
    const person = after.entities.find((e) => e.label === 'Trần Văn Hai')!;
    const body = after.entities.find((e) => e.label === 'Liên hiệp Hợp tác xã tỉnh Sông Bé')!;
    expect(after.relations).toContainEqual(expect.objectContaining({ type: 'holds_position', source: person.key, target: body.key, role: 'Tổng Giám đốc' }));
  });
});
