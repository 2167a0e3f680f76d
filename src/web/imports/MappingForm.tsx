import { Field, Fieldset, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { SNAPSHOT_IMPORT_FIELD_LABELS } from '../../contracts/imports/snapshot-import.ts';
import { SNAPSHOT_FIELDS, type SnapshotField, type SnapshotMapping } from '../../domain/imports/index.ts';

export type DraftMapping = Record<SnapshotField, string>;

interface Props {
  columns: readonly string[];
  mapping: DraftMapping;
  onChange: (mapping: DraftMapping) => void;
  /** Per field (from the API, e.g. a column the file lacks). */
  fieldErrors: Partial<Record<SnapshotField, string>>;
  /** For the whole mapping (the contract's "Samme kolonne er valgt for flere felt"). */
  formError: string | undefined;
  disabled: boolean;
}

/** Which column of the file holds each field: one select per field, offering the file's column headers. */
export function MappingForm({ columns, mapping, onChange, fieldErrors, formError, disabled }: Props) {
  return (
    <Fieldset data-testid="import-mapping">
      <Fieldset.Legend>Kolonnekobling</Fieldset.Legend>
      <Fieldset.Description>Velg hvilken kolonne i filen som inneholder hvert felt. Koblingen huskes til neste import.</Fieldset.Description>
      <div className="form-grid">
        {SNAPSHOT_FIELDS.map((f) => (
          <Field key={f}>
            <Label>{SNAPSHOT_IMPORT_FIELD_LABELS[f]}</Label>
            <Select
              value={mapping[f]}
              disabled={disabled}
              aria-invalid={fieldErrors[f] ? true : undefined}
              data-testid={`import-mapping-${f}`}
              onChange={(e) => onChange({ ...mapping, [f]: e.target.value })}
            >
              <Select.Option value="">Velg kolonne …</Select.Option>
              {columns.map((c) => (
                <Select.Option key={c} value={c}>
                  {c}
                </Select.Option>
              ))}
            </Select>
            {fieldErrors[f] && <ValidationMessage>{fieldErrors[f]}</ValidationMessage>}
          </Field>
        ))}
      </div>
      {formError && <ValidationMessage data-testid="import-mapping-error">{formError}</ValidationMessage>}
    </Fieldset>
  );
}

/** An empty draft, or the draft of a complete mapping. */
export function draftOf(mapping: SnapshotMapping | null): DraftMapping {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, mapping?.[f] ?? ''])) as DraftMapping;
}
