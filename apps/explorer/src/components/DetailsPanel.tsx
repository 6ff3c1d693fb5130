import type { RelationType } from '@vnkg/extractor';
import { typeColor } from '../core/appearance/colors';
import type { ExplorerGraph } from '../core/graph/types';
import { useApp } from '../core/state/context';
import { englishAliases, isBilingual } from '../core/lang';
import { EvidenceList, LangTag } from './Evidence';

interface RelationRow {
  edge: string;
  neighbor: string;
  role?: string;
}

/** Relations of a node grouped by type and direction ("holds_position →", "← located_in"). */
export function groupRelations(graph: ExplorerGraph, node: string): { heading: string; type: RelationType; rows: RelationRow[] }[] {
  const groups = new Map<string, { heading: string; type: RelationType; rows: RelationRow[] }>();
  const add = (dir: 'out' | 'in', edge: string, type: RelationType, neighbor: string, role?: string) => {
    const id = `${dir}:${type}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { heading: dir === 'out' ? `${type} →` : `← ${type}`, type, rows: [] }));
    group.rows.push({ edge, neighbor, ...(role ? { role } : {}) });
  };
  graph.forEachOutEdge(node, (edge, attrs, _s, target) => add('out', edge, attrs.type, target, attrs.role));
  graph.forEachInEdge(node, (edge, attrs, source) => add('in', edge, attrs.type, source, attrs.role));
  return [...groups.values()].sort((a, b) => a.heading.localeCompare(b.heading));
}

function EntityButton({ node }: { node: string }) {
  const { graph, dispatch } = useApp();
  const { label, type } = graph.getNodeAttributes(node);
  return (
    <button type="button" className="link" onClick={() => dispatch({ type: 'select', selection: { kind: 'node', key: node }, moveCamera: true })}>
      <span className="swatch" style={{ background: typeColor(type) }} aria-hidden="true" />
      {label}
    </button>
  );
}

function NodeDetails({ node }: { node: string }) {
  const { graph, dispatch, derived } = useApp();
  const attrs = graph.getNodeAttributes(node);
  const aliases = attrs.aliases.filter((a) => a !== attrs.label);
  const groups = groupRelations(graph, node);
  const bilingual = isBilingual(attrs);
  const english = bilingual ? englishAliases(attrs, derived.articleLangs) : [];
  return (
    <>
      <h2 className="details-title">{attrs.label}</h2>
      {bilingual && (
        <p className="bilingual">
          <span className="badge" title="Known from Vietnamese and English articles">
            vi · en
          </span>
          {english.length > 0 && <span className="english">English: {english.join(', ')}</span>}
        </p>
      )}
      <dl className="facts">
        <dt>Type</dt>
        <dd>{attrs.type}</dd>
        {attrs.kind && (
          <>
            <dt>Kind</dt>
            <dd>{attrs.kind}</dd>
          </>
        )}
        {attrs.date && (
          <>
            <dt>Date</dt>
            <dd>{attrs.date}</dd>
          </>
        )}
        <dt>Languages</dt>
        <dd>{attrs.lang.length ? attrs.lang.join(', ') : 'unknown'}</dd>
        <dt>Mentions</dt>
        <dd>{attrs.mentions}</dd>
        <dt>Connections</dt>
        <dd>{graph.degree(node)}</dd>
      </dl>
      {aliases.length > 0 && (
        <>
          <h3>Aliases</h3>
          <ul className="aliases">
            {aliases.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Articles ({attrs.docs.length})</h3>
      <ul className="articles">
        {attrs.docs.map((doc) => (
          <li key={doc}>
            <button type="button" className="link" title="Show only this article" onClick={() => dispatch({ type: 'filters', filters: { article: doc } })}>
              {doc}
            </button>
            <LangTag lang={derived.articleLangs.get(doc)} />
          </li>
        ))}
      </ul>
      {groups.length > 0 && <h3>Relations</h3>}
      {groups.map((group) => (
        <div className="relation-group" key={group.heading}>
          <h4>{group.heading}</h4>
          <ul>
            {group.rows.map((row) => (
              <li key={row.edge}>
                <EntityButton node={row.neighbor} />
                {row.role && <span className="role">{row.role}</span>}
                <button
                  type="button"
                  className="small"
                  aria-label={`Evidence for ${group.type} with ${graph.getNodeAttribute(row.neighbor, 'label')}`}
                  onClick={() => dispatch({ type: 'select', selection: { kind: 'edge', key: row.edge } })}
                >
                  evidence
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <EvidenceList evidence={attrs.evidence} />
    </>
  );
}

function EdgeDetails({ edge }: { edge: string }) {
  const { graph } = useApp();
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return (
    <>
      <h2 className="details-title">{attrs.type.replace(/_/g, ' ')}</h2>
      <dl className="facts">
        <dt>From</dt>
        <dd>
          <EntityButton node={source} />
        </dd>
        <dt>Relation</dt>
        <dd>{attrs.type}</dd>
        {attrs.role && (
          <>
            <dt>Role</dt>
            <dd>{attrs.role}</dd>
          </>
        )}
        <dt>To</dt>
        <dd>
          <EntityButton node={target} />
        </dd>
        <dt>Weight</dt>
        <dd>{attrs.weight}</dd>
      </dl>
      <EvidenceList evidence={attrs.evidence} />
    </>
  );
}

/** The "Details" region: the selected entity or relation, with its evidence. */
export function DetailsPanel() {
  const { graph, state, dispatch } = useApp();
  const { selection } = state;
  const exists = selection && (selection.kind === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key));
  return (
    <section className="panel details" aria-label="Details">
      {selection && exists ? (
        <>
          <button type="button" className="close" aria-label="Clear selection" onClick={() => dispatch({ type: 'select', selection: null })}>
            ×
          </button>
          {selection.kind === 'node' ? <NodeDetails node={selection.key} /> : <EdgeDetails edge={selection.key} />}
        </>
      ) : (
        <>
          <h2>Details</h2>
          {selection ? (
            <p>No {selection.kind === 'node' ? 'entity' : 'relation'} “{selection.key}” in this graph.</p>
          ) : (
            <p className="hint">Click an entity or a relation, or search ( / ), to read its evidence.</p>
          )}
        </>
      )}
    </section>
  );
}
