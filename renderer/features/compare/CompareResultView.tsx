// One compare's result: frame fields before/after, chapters as changed paragraphs with inserted and deleted words,
// matrix cells from → to per group, and table rows added, changed and removed. Each change is a focus stop
// (data-change) that the page's «next/previous change» moves between.
import type { CompareResult } from '../../../shared/api/calls/compare';
import type { TextSegment } from '../../../shared/compare/compareView';
import { useT } from '../../app/i18n';

function Segments({ segments }: { segments: readonly TextSegment[] }) {
  const t = useT();
  return (
    <p>
      {segments.map((s, i) =>
        s.kind === 'ins' ? (
          <ins key={i} aria-label={`${t('compare.inserted')}: ${s.text}`}>
            {s.text}
          </ins>
        ) : s.kind === 'del' ? (
          <del key={i} aria-label={`${t('compare.deleted')}: ${s.text}`}>
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  );
}

export function CompareResultView({ result }: { result: CompareResult }) {
  const t = useT();
  const kindText = (kind: 'added' | 'removed' | 'changed') => t(kind === 'added' ? 'compare.added' : kind === 'removed' ? 'compare.removed' : 'compare.changed');
  return (
    <>
      {result.frame.length > 0 && (
        <section aria-labelledby="compare-frame">
          <h3 id="compare-frame">{t('compare.frame')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('compare.field')}</th>
                <th scope="col">{t('compare.before')}</th>
                <th scope="col">{t('compare.after')}</th>
              </tr>
            </thead>
            <tbody>
              {result.frame.map((f) => (
                <tr key={f.field} data-change tabIndex={-1}>
                  <th scope="row">{f.field}</th>
                  <td>{f.from}</td>
                  <td>{f.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {result.chapters.length > 0 && (
        <section aria-labelledby="compare-chapters">
          <h3 id="compare-chapters">{t('compare.chapters')}</h3>
          {result.chapters.map((c) => (
            <article key={c.id} data-change tabIndex={-1} aria-labelledby={`compare-ch-${c.id}`} data-testid="compare-chapter">
              <h4 id={`compare-ch-${c.id}`}>
                {c.title} <small>({[kindText(c.kind), ...(c.moved ? [t('compare.moved')] : []), ...(c.oldTitle ? [t('compare.renamed', { title: c.oldTitle })] : [])].join(', ')})</small>
              </h4>
              {c.paragraphs.map((p, i) => (
                <Segments key={i} segments={p} />
              ))}
            </article>
          ))}
        </section>
      )}
      {result.cells.length > 0 && (
        <section aria-labelledby="compare-matrix">
          <h3 id="compare-matrix">{t('compare.matrix')}</h3>
          <table data-testid="compare-cells">
            <thead>
              <tr>
                <th scope="col">{t('compare.group')}</th>
                <th scope="col">{t('compare.area')}</th>
                <th scope="col">{t('compare.before')}</th>
                <th scope="col">{t('compare.after')}</th>
              </tr>
            </thead>
            <tbody>
              {result.cells.map((c) => (
                <tr key={`${c.group}:${c.area}`} data-change tabIndex={-1}>
                  <td>{c.group}</td>
                  <th scope="row">{c.area}</th>
                  <td>{c.from ?? t('compare.noLevel')}</td>
                  <td>{c.to ?? t('compare.noLevel')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {result.rows.length > 0 && (
        <section aria-labelledby="compare-rows">
          <h3 id="compare-rows">{t('compare.tables')}</h3>
          <table data-testid="compare-rows">
            <thead>
              <tr>
                <th scope="col">{t('compare.table')}</th>
                <th scope="col">{t('compare.row')}</th>
                <th scope="col">{t('compare.change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={`${r.table}:${r.id}`} data-change tabIndex={-1}>
                  <td>{r.table}</td>
                  <th scope="row">{r.label}</th>
                  <td>
                    {kindText(r.kind)}
                    {r.fields.length > 0 && (
                      <ul>
                        {r.fields.map((f) => (
                          <li key={f.field}>
                            {f.field}: <del>{f.from}</del> → <ins>{f.to}</ins>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
