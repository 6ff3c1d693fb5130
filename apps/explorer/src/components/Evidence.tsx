import { useState } from 'react';
import type { Evidence, Language } from '@vnkg/extractor';
import { splitEvidence } from '../core/evidence/highlight';
import { LANGUAGE_NAMES } from '../core/lang';
import { useApp } from '../core/state/context';

const SHOWN = 20;

/** Evidence sentences with the mention marked; all text, never HTML. */
export function EvidenceList({ evidence, title = 'Evidence' }: { evidence: readonly Evidence[]; title?: string }) {
  const [all, setAll] = useState(false);
  const { articleLangs } = useApp().derived;
  if (evidence.length === 0) return null;
  const shown = all ? evidence : evidence.slice(0, SHOWN);
  return (
    <div className="evidence">
      <h3>
        {title} ({evidence.length})
      </h3>
      <ol>
        {shown.map((e, i) => {
          const { before, mention, after } = splitEvidence(e);
          return (
            <li key={`${e.doc}:${e.start}:${e.end}:${i}`}>
              <blockquote>
                {before}
                <mark>{mention}</mark>
                {after}
              </blockquote>
              <cite>
                {e.doc}
                <LangTag lang={articleLangs.get(e.doc)} />
              </cite>
            </li>
          );
        })}
      </ol>
      {evidence.length > SHOWN && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${evidence.length}`}
        </button>
      )}
    </div>
  );
}

/** An article's language as a small tag ("vi", "en"), or nothing when it is not known. */
export function LangTag({ lang }: { lang: Language | undefined }) {
  if (!lang) return null;
  return (
    <span className="lang" title={`${LANGUAGE_NAMES[lang]} article`}>
      {lang}
    </span>
  );
}
