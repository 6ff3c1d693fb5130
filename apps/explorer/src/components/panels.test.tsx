import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../core/state/store';
import { DEFAULT_VIEW } from '../core/url/viewState';
import { Harness } from '../test/Harness';
import { sampleGraph } from '../test/sampleGraph';
import { DetailsPanel } from './DetailsPanel';
import { FiltersPanel } from './FiltersPanel';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';

afterEach(cleanup);

describe('search and details', () => {
  it('"nguyen van nen" finds Nguyễn Văn Nên; choosing him shows his details and evidence', () => {
    let state: AppState | undefined;
    render(
      <Harness graph={sampleGraph()} onState={(s) => (state = s)}>
        <SearchBox />
        <DetailsPanel />
      </Harness>,
    );
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search entities' }), { target: { value: 'nguyen van nen' } });
    fireEvent.click(screen.getByRole('button', { name: /Nguyễn Văn Nên/ }));
    expect(state?.selection).toEqual({ kind: 'node', key: 'person:nen' });
    expect(state?.cameraTarget?.key).toBe('person:nen');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('Nguyễn Văn Nên');
    expect(within(details).getByText('holds_position →')).toBeTruthy();
    const mark = details.querySelector('.evidence mark');
    expect(mark?.textContent).toBe('Nguyễn Văn Nên');
    expect(mark?.parentElement?.textContent).toBe('Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu chỉ đạo hội nghị.');
  });

  it('shows a label that looks like HTML as text', () => {
    const g = sampleGraph();
    g.setNodeAttribute('person:nen', 'label', '<img src=x onerror=alert(1)>');
    render(
      <Harness graph={g} view={{ ...DEFAULT_VIEW, selection: { kind: 'node', key: 'person:nen' } }}>
        <DetailsPanel />
      </Harness>,
    );
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
    expect(details.querySelector('img')).toBeNull();
  });

  it('shows a relation with its role, ends and evidence', () => {
    render(
      <Harness graph={sampleGraph()} view={{ ...DEFAULT_VIEW, selection: { kind: 'edge', key: 'person:nen|holds_position|org:tu' } }}>
        <DetailsPanel />
      </Harness>,
    );
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Bí thư')).toBeTruthy();
    expect(within(details).getByRole('button', { name: /Thành ủy TPHCM/ })).toBeTruthy();
    expect(details.querySelector('mark')?.textContent).toBe('Bí thư Thành ủy TPHCM Nguyễn Văn Nên');
  });
});

describe('filters and legend', () => {
  it('unticking a type hides it, and the legend counts follow', () => {
    let state: AppState | undefined;
    render(
      <Harness graph={sampleGraph()} onState={(s) => (state = s)}>
        <Legend />
        <FiltersPanel />
      </Harness>,
    );
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(legend.textContent).toContain('5 of 5 entities, 4 of 4 relations');
    fireEvent.click(screen.getByRole('checkbox', { name: /organization/ }));
    expect(state?.filters.hiddenTypes).toEqual(['organization']);
    expect(legend.textContent).toContain('3 of 5 entities, 0 of 4 relations');
    expect(screen.getByRole('checkbox', { name: /organization/ }).closest('label')?.textContent).toContain('0 / 2');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minimum degree' }), { target: { value: '2' } });
    expect(state?.filters.minDegree).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(legend.textContent).toContain('5 of 5 entities');
  });
});
