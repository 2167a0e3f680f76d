import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { fieldLabel, formatFormValue, formatValue, inputValueOf, isShown, toFormState, type FieldSpec, type FormState } from './field-spec.ts';

interface Props {
  /** The fields of the form (hidden ones are left out of the comparison). */
  fields: readonly FieldSpec[];
  /** What the user typed. */
  mine: FormState;
  /** The record as stored now (the API's `error.current`). */
  current: Record<string, unknown>;
  onUseCurrent: () => void;
  onOverwrite: () => void;
  busy: boolean;
  headingLevel?: 2 | 3 | 4;
}

const same = (spec: FieldSpec, mine: FormState, stored: unknown): boolean =>
  JSON.stringify(inputValueOf(spec, mine) ?? null) === JSON.stringify(stored ?? null);

/** Someone else saved the record first: their values beside the user's, and a choice of which to keep. */
export function ConflictAlert({ fields, mine, current, onUseCurrent, onOverwrite, busy, headingLevel = 3 }: Props) {
  const stored = toFormState(fields, current);
  // A field in either version's form (the doctor when one of them has the role Lege).
  const visible = fields.filter((f) => isShown(f, mine) || isShown(f, stored));
  const changed = visible.filter((f) => !same(f, mine, current[f.name])).length;
  return (
    <Alert data-color="warning" data-testid="conflict-alert">
      <Heading level={headingLevel} data-size="xs">
        Noen andre har endret denne posten
      </Heading>
      <Paragraph>
        Posten ble lagret av noen andre etter at du åpnet den. {changed === 0 ? 'Verdiene er like dine.' : `${changed} felt er ulike.`}{' '}
        Velg om du vil bruke den lagrede versjonen eller overskrive med dine endringer.
      </Paragraph>
      <Table data-size="sm" data-testid="conflict-table">
        <caption className="visually-hidden">Dine verdier sammenlignet med lagret versjon</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Felt</Table.HeaderCell>
            <Table.HeaderCell>Din verdi</Table.HeaderCell>
            <Table.HeaderCell>Lagret nå</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {visible.map((f) => {
            const differs = !same(f, mine, current[f.name]);
            return (
              <Table.Row key={f.name} data-differs={differs || undefined}>
                <Table.Cell>
                  {fieldLabel(f)}{' '}
                  {differs && (
                    <Tag data-color="warning" data-size="sm">
                      Ulik
                    </Tag>
                  )}
                </Table.Cell>
                <Table.Cell>{formatFormValue(f, mine)}</Table.Cell>
                <Table.Cell>{formatValue(f, current[f.name])}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      <div className="button-row">
        <Button variant="secondary" data-color="accent" onClick={onUseCurrent} disabled={busy} data-testid="conflict-use-current">
          Bruk lagret versjon
        </Button>
        <Button variant="primary" data-color="accent" onClick={onOverwrite} disabled={busy} data-testid="conflict-overwrite">
          Overskriv med mine endringer
        </Button>
      </div>
    </Alert>
  );
}
