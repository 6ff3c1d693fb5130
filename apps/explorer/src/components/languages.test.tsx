import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../core/state/store';
import { DEFAULT_VIEW } from '../core/url/viewState';
import { Harness } from '../test/Harness';
import { bilingualGraph, sampleGraph } from '../test/sampleGraph';
import { DetailsPanel } from './DetailsPanel';
import { FiltersPanel } from './FiltersPanel';
import { Legend } from './Legend';

afterEach(cleanup);

const nen = { ...DEFAULT_VIEW, selection: { kind: 'node' as const, key: 'person:nen' } };

describe('languages in the details', () => {
  it('tags each evidence sentence with its article language', () => {
    render(
      <Harness graph={bilingualGraph()} view={nen}>
        <DetailsPanel />
      </Harness>,
    );
    const details = screen.getByRole('region', { name: 'Details' });
    const cites = [...details.querySelectorAll('.evidence cite')].map((c) => c.textContent);
    expect(cites).toEqual(['a1vi', 'e1en']);
    expect(details.querySelector('.evidence cite .lang')?.getAttribute('title')).toBe('Vietnamese article');
  });

  it('shows a "vi · en" badge and the English aliases of an entity known in both languages', () => {
    render(
      <Harness graph={bilingualGraph()} view={nen}>
        <DetailsPanel />
      </Harness>,
    );
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('vi · en')).toBeTruthy();
    expect(within(details).getByText('English: Nguyen Van Nen')).toBeTruthy();
  });

  it('shows no badge for an entity known in one language', () => {
    render(
      <Harness graph={sampleGraph()} view={nen}>
        <DetailsPanel />
      </Harness>,
    );
    expect(screen.queryByText('vi · en')).toBeNull();
  });
});

describe('language filter', () => {
  it('English only hides entities no English article mentions; the URL state and legend follow', () => {
    let state: AppState | undefined;
    render(
      <Harness graph={bilingualGraph()} onState={(s) => (state = s)}>
        <Legend />
        <FiltersPanel />
      </Harness>,
    );
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(legend.textContent).toContain('6 of 6 entities, 5 of 5 relations');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'en' } });
    expect(state?.filters.lang).toBe('en');
    expect(legend.textContent).toContain('2 of 6 entities, 1 of 5 relations');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'vi' } });
    expect(legend.textContent).toContain('5 of 6 entities, 4 of 5 relations');
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(state?.filters.lang).toBeNull();
  });
});
