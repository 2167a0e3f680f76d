import { Checkbox, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { fieldLabel, type FieldSpec } from './field-spec.ts';

interface Props {
  spec: FieldSpec;
  id: string;
  value: string | boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
  disabled?: boolean;
}

/** One form field in Designsystemet, with its label, description and error message under it. */
export function FormField({ spec, id, value, error, onChange, disabled }: Props) {
  const label = fieldLabel(spec);
  const testId = `field-${spec.name}`;
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    label,
    description: spec.description,
    error,
    disabled,
    'data-testid': testId,
  };
  switch (spec.kind) {
    case 'boolean':
      return (
        <Checkbox
          id={id}
          label={label}
          description={spec.description}
          error={error}
          disabled={disabled}
          data-testid={testId}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'select':
      return (
        <Field>
          <Label>{label}</Label>
          {spec.description && <Field.Description>{spec.description}</Field.Description>}
          <Select
            id={id}
            value={text}
            disabled={disabled}
            data-testid={testId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
          >
            <Select.Option value="">{spec.emptyLabel ?? (spec.nullable ? 'Ingen' : 'Velg …')}</Select.Option>
            {spec.options.map((o) => (
              <Select.Option key={o.value} value={o.value}>
                {o.label}
              </Select.Option>
            ))}
          </Select>
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Field>
      );
    case 'date':
      return <Textfield {...common} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'month':
      return <Textfield {...common} type="month" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'integer':
    case 'decimal':
      return (
        <Textfield
          {...common}
          inputMode={spec.kind === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          suffix={spec.suffix}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'money':
      return (
        <Textfield {...common} inputMode="decimal" autoComplete="off" suffix="kr" value={text} onChange={(e) => onChange(e.target.value)} />
      );
    case 'percent':
      return (
        <Textfield {...common} inputMode="decimal" autoComplete="off" suffix="%" value={text} onChange={(e) => onChange(e.target.value)} />
      );
    case 'password':
      // A new password for someone else's account: the browser must not fill in the admin's own.
      return <Textfield {...common} type="password" autoComplete="new-password" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'text':
      return <Textfield {...common} autoComplete="off" readOnly={spec.readOnly} value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}
