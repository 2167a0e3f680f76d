import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useAsync } from '../data/use-async.ts';
import type { FieldSpec } from '../forms/field-spec.ts';
import { formatDateTime } from '../format.ts';
import { fetchAudit } from './audit-api.ts';
import { AUDIT_ACTION_LABELS, auditChanges } from './audit-changes.ts';

interface Props {
  /** The store's entity name (`offices`, `users`). */
  entity: string;
  entityId: number;
  /** Field specs, so values show as in the form (labels, enum names, dates). */
  fields: readonly FieldSpec[];
  /** Change it to reload (after a save). */
  refreshKey?: number;
  headingLevel?: 2 | 3 | 4;
}

/** Endringslogg: who changed the record, when, and what (field, before → after). */
export function AuditLog({ entity, entityId, fields, refreshKey = 0, headingLevel = 3 }: Props) {
  const { data, error, loading } = useAsync(() => fetchAudit(entity, entityId), [entity, entityId, refreshKey]);
  const headingId = `audit-${entity}-${entityId}`;
  return (
    <section aria-labelledby={headingId} className="audit-log" data-testid="audit-log">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        Endringslogg
      </Heading>
      {loading && !data && <Spinner aria-label="Henter endringslogg" data-size="sm" />}
      {error && <Alert data-color="danger">{error.message}</Alert>}
      {data && data.length === 0 && <Paragraph data-size="sm">Ingen registrerte endringer.</Paragraph>}
      {data && data.length > 0 && (
        <ol className="audit-list">
          {data.map((entry) => {
            const changes = auditChanges(entry, fields);
            return (
              <li key={entry.id} data-testid="audit-entry">
                <Paragraph data-size="sm">
                  <strong>{AUDIT_ACTION_LABELS[entry.action]}</strong> {formatDateTime(entry.at)} av {entry.user ?? 'systemet'}
                </Paragraph>
                {changes.length === 0 && entry.action === 'update' && <Paragraph data-size="sm">Ingen felt fikk ny verdi.</Paragraph>}
                {changes.length > 0 && (
                  <ul className="audit-changes">
                    {changes.map((c) => (
                      <li key={c.field}>
                        <span className="audit-field">{c.label}:</span>{' '}
                        {c.before !== null && c.after !== null ? (
                          <>
                            {c.before} <span aria-hidden="true">→</span>
                            <span className="visually-hidden">endret til</span> {c.after}
                          </>
                        ) : (
                          (c.after ?? c.before)
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
