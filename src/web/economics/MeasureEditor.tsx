import { Alert, Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { MEASURE_STATUS_LABELS, ZMeasureInput, type TMeasure, type TMeasurePackage } from '../../contracts/economics/index.ts';
import { MEASURE_KINDS, MEASURE_KIND_NAMES, MEASURE_PRESETS, type MeasureKind } from '../../domain/economics/index.ts';
import { ApiError, errorMessage } from '../api.ts';
import { invalidate } from '../data/use-records.ts';
import { registryStore } from '../data/registry-api.ts';
import { FormField } from '../forms/FormField.tsx';
import { optionsFrom, toFormState, toInput, type FieldSpec, type FormState } from '../forms/field-spec.ts';
import { measureFromPreset } from './economics-api.ts';
import { paramField, paramsFromForm, paramsToForm } from './measure-fields.ts';

const kindOptions = MEASURE_KIND_NAMES.map((k) => ({ value: k, label: MEASURE_KINDS[k].label }));

function baseFields(packages: readonly TMeasurePackage[]): FieldSpec[] {
  return [
    { kind: 'select', name: 'packageId', options: packages.map((p) => ({ value: String(p.id), label: p.name })), numeric: true },
    { kind: 'text', name: 'name' },
    { kind: 'select', name: 'kind', options: kindOptions },
    { kind: 'select', name: 'status', options: optionsFrom(MEASURE_STATUS_LABELS) },
    { kind: 'text', name: 'reason', label: 'Begrunnelse / merknad' },
    { kind: 'date', name: 'startDate', nullable: true, description: 'Tom = pakkens startdato.' },
    { kind: 'date', name: 'endDate', nullable: true },
    { kind: 'integer', name: 'sortOrder' },
  ];
}

const EMPTY = { name: '', kind: 'other', status: 'recommended', reason: '', startDate: null, endDate: null, sortOrder: 0, params: { annualCost: 0 } };

/**
 * Edit one measure: its kind's typed parameters (money in kroner, shares in percent) with the contract's Norwegian
 * messages, or add one from another municipality's model. Saving reloads the costs.
 */
export function MeasureEditor({ packages, measures, onSaved }: { packages: readonly TMeasurePackage[]; measures: readonly TMeasure[]; onSaved: () => void }) {
  const [selected, setSelected] = useState<string>('');
  const record = measures.find((m) => String(m.id) === selected) ?? null;
  const fields = useMemo(() => baseFields(packages), [packages]);
  const [state, setState] = useState<FormState>({});
  const [params, setParams] = useState<FormState>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [preset, setPreset] = useState(MEASURE_PRESETS[0]!.id);
  const kind = (state.kind as MeasureKind) || 'other';

  useEffect(() => {
    const source = record ?? { ...EMPTY, packageId: packages[0]?.id ?? '' };
    setState(toFormState(fields, source));
    setParams(paramsToForm(source.kind as MeasureKind, source.params as Record<string, unknown>));
    setErrors({});
  }, [record, fields, packages]);

  const input = () => ({ ...toInput(fields, state), params: paramsFromForm(kind, params) });

  async function save() {
    setMessage(null);
    const parsed = ZMeasureInput.safeParse(input());
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path.at(-1) ?? ''), i.message])));
      return;
    }
    setErrors({});
    try {
      const store = registryStore('measures');
      if (record) await store.update(record.id, record.version, parsed.data);
      else await store.create(parsed.data);
      invalidate('measures');
      setMessage({ kind: 'success', text: `Tiltaket «${parsed.data.name}» er lagret.` });
      onSaved();
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries(err.fields.map((f) => [f.path.split('.').at(-1) ?? '', f.message])));
      setMessage({ kind: 'danger', text: errorMessage(err) });
    }
  }

  async function remove() {
    if (!record) return;
    setMessage(null);
    try {
      await registryStore('measures').remove?.(record.id, record.version);
      invalidate('measures');
      setSelected('');
      setMessage({ kind: 'success', text: `Tiltaket «${record.name}» er slettet.` });
      onSaved();
    } catch (err) {
      setMessage({ kind: 'danger', text: errorMessage(err) });
    }
  }

  async function addPreset() {
    setMessage(null);
    const packageId = Number(state.packageId) || packages[0]?.id;
    if (!packageId) return;
    try {
      await measureFromPreset(packageId, preset);
      invalidate('measures');
      setMessage({ kind: 'success', text: 'Forhåndsvalget er lagt til som et anbefalt tiltak.' });
      onSaved();
    } catch (err) {
      setMessage({ kind: 'danger', text: errorMessage(err) });
    }
  }

  if (packages.length === 0) return <Paragraph>Lag en tiltakspakke først.</Paragraph>;
  return (
    <div className="measure-editor" data-testid="measure-editor">
      <Heading level={3} data-size="xs">
        Rediger eller legg til tiltak
      </Heading>
      <Field>
        <Label>Tiltak</Label>
        <Select value={selected} onChange={(e) => setSelected(e.target.value)} data-testid="measure-select">
          <Select.Option value="">Nytt tiltak …</Select.Option>
          {measures.map((m) => (
            <Select.Option key={m.id} value={String(m.id)}>
              {m.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {fields.map((f) => (
        <FormField
          key={f.name}
          spec={f}
          id={`measure-${f.name}`}
          value={state[f.name] ?? ''}
          error={errors[f.name]}
          onChange={(v) => {
            setState((s) => ({ ...s, [f.name]: v }));
            if (f.name === 'kind') setParams(paramsToForm(v as MeasureKind, {}));
          }}
        />
      ))}
      <Heading level={4} data-size="2xs">
        Parametre for {MEASURE_KINDS[kind]?.label ?? kind}
      </Heading>
      {MEASURE_KINDS[kind]?.params.map((p) => (
        <FormField key={p.key} spec={paramField(p)} id={`param-${p.key}`} value={params[p.key] ?? ''} error={errors[p.key]} onChange={(v) => setParams((s) => ({ ...s, [p.key]: v }))} />
      ))}
      {message && <Alert data-color={message.kind}>{message.text}</Alert>}
      <div className="button-row">
        <Button onClick={() => void save()} data-testid="measure-save">
          Lagre tiltak
        </Button>
        {record && (
          <Button variant="tertiary" data-color="danger" onClick={() => void remove()} data-testid="measure-delete">
            Slett tiltaket
          </Button>
        )}
      </div>
      <Field>
        <Label>Andre kommuners modeller</Label>
        <Select value={preset} onChange={(e) => setPreset(e.target.value)} data-testid="preset-select">
          {MEASURE_PRESETS.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button variant="secondary" onClick={() => void addPreset()} data-testid="preset-add">
        Legg til i valgt pakke
      </Button>
    </div>
  );
}
