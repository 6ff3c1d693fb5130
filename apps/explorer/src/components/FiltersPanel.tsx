import { ENTITY_TYPES, RELATION_TYPES } from '@vnkg/extractor';
import { typeColor } from '../core/appearance/colors';
import { NO_FILTERS, toggleIn, type Count } from '../core/filters';
import { LANGUAGE_NAMES, LANGUAGES } from '../core/lang';
import { useApp } from '../core/state/context';

const countText = ({ visible, total }: Count) => (visible === total ? `${total}` : `${visible} / ${total}`);

/** Entity type, relation type, source article and minimum degree; counts follow the filters. */
export function FiltersPanel() {
  const { graph, version, state, dispatch, derived } = useApp();
  const { filters } = state;
  const articles = graph.getAttribute('articles') ?? [];
  const set = (patch: Partial<typeof filters>) => dispatch({ type: 'filters', filters: patch });
  const active =
    filters.hiddenTypes.length + filters.hiddenRelations.length > 0 || filters.article !== null || filters.minDegree > 0 || filters.lang !== null;

  return (
    <section className="panel filters" aria-label="Filters" data-version={version}>
      <h2>Filters</h2>
      <fieldset>
        <legend>Entity types</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(type)}
              onChange={() => set({ hiddenTypes: toggleIn(filters.hiddenTypes, type, ENTITY_TYPES) })}
            />
            <span className="swatch" style={{ background: typeColor(type) }} aria-hidden="true" />
            <span className="name">{type}</span>
            <span className="count">{countText(derived.typeCounts[type])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relation types</legend>
        {RELATION_TYPES.filter((r) => derived.relationCounts[r].total > 0 || filters.hiddenRelations.includes(r)).map((rel) => (
          <label key={rel} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelations.includes(rel)}
              onChange={() => set({ hiddenRelations: toggleIn(filters.hiddenRelations, rel, RELATION_TYPES) })}
            />
            <span className="name">{rel.replace(/_/g, ' ')}</span>
            <span className="count">{countText(derived.relationCounts[rel])}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Source article</span>
        <select value={filters.article ?? ''} onChange={(e) => set({ article: e.target.value || null })}>
          <option value="">All articles ({articles.length})</option>
          {articles.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Language</span>
        <select value={filters.lang ?? ''} onChange={(e) => set({ lang: LANGUAGES.find((l) => l === e.target.value) ?? null })}>
          <option value="">Vietnamese and English</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]} only ({l})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Minimum degree</span>
        <input
          type="number"
          min={0}
          step={1}
          value={filters.minDegree}
          onChange={(e) => set({ minDegree: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
        />
      </label>
      <button type="button" disabled={!active} onClick={() => set(NO_FILTERS)}>
        Reset filters
      </button>
    </section>
  );
}
