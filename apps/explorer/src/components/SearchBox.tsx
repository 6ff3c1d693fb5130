import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchEntities } from '../core/search';
import { useApp } from '../core/state/context';
import { typeColor } from '../core/appearance/colors';

export const SEARCH_INPUT_ID = 'entity-search';

/** "Search entities": diacritic-insensitive matches on labels and aliases; choosing one selects it. */
export function SearchBox() {
  const { state, dispatch, derived } = useApp();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const hits = useMemo(() => searchEntities(derived.searchIndex, state.query, 12), [derived.searchIndex, state.query]);

  const choose = (key: string) => {
    dispatch({ type: 'select', selection: { kind: 'node', key }, moveCamera: true });
    setOpen(false);
  };
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && hits[0]) choose(hits[0].key);
    else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      list.current?.querySelector('button')?.focus();
    } else if (event.key === 'Escape') setOpen(false);
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[Math.min(i + 1, buttons.length - 1)]?.focus();
    else if (event.key === 'ArrowUp') (i <= 0 ? document.getElementById(SEARCH_INPUT_ID) : buttons[i - 1])?.focus();
    else return;
    event.preventDefault();
  };

  const showResults = open && state.query.trim() !== '';
  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search entities"
        placeholder="Search entities  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={state.query}
        aria-controls="search-results"
        onChange={(e) => {
          dispatch({ type: 'query', query: e.target.value });
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onInputKey}
      />
      {showResults && (
        <ul id="search-results" ref={list} className="search-results" aria-label="Search results" onKeyDown={onListKey}>
          {hits.length === 0 && <li className="empty">No entity matches “{state.query}”</li>}
          {hits.map((hit) => (
            <li key={hit.key}>
              <button type="button" onClick={() => choose(hit.key)}>
                <span className="swatch" style={{ background: typeColor(hit.type) }} aria-hidden="true" />
                <span className="hit-label">{hit.label}</span>
                <span className="hit-type">{hit.type}</span>
                {hit.via && <span className="hit-via">also “{hit.via}”</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
