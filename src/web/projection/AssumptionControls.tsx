import { Button, Fieldset, Label } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { ScenarioAssumptions } from '../../domain/projection/index.ts';
import { formatPercent } from '../format.ts';
import { mainOf, withMain, type MainAssumptions } from './assumption-fields.ts';

interface Control {
  key: keyof MainAssumptions;
  label: string;
  min: number;
  max: number;
  step: number;
  /** Shown and typed as a percentage of a stored fraction. */
  percent?: boolean;
  unit: string;
}

const CONTROLS: readonly Control[] = [
  { key: 'plannedAverageList', label: 'Planlagt gjennomsnittsliste', min: 500, max: 1600, step: 10, unit: 'pasienter' },
  { key: 'freeShareTarget', label: 'Mål for ledig andel', min: 0, max: 20, step: 0.5, percent: true, unit: '%' },
  { key: 'retirementAge', label: 'Pensjonsalder', min: 60, max: 75, step: 1, unit: 'år' },
  { key: 'otherDepartureRate', label: 'Andre avganger per år', min: 0, max: 20, step: 0.5, percent: true, unit: '%' },
  { key: 'gpShare', label: 'Andel som ønsker fastlege', min: 80, max: 110, step: 0.5, percent: true, unit: '%' },
  { key: 'newPerYear', label: 'Nye hjemler per år', min: 0, max: 10, step: 1, unit: 'hjemler' },
];

interface Props {
  assumptions: ScenarioAssumptions;
  /** The share who want a GP the projection calibrated (shown while the scenario uses the calibrated share). */
  calibratedShare: number;
  baseYear: number;
  onChange: (a: ScenarioAssumptions) => void;
}

/** Sliders with number fields for the main assumptions; every change recomputes the projection in the browser. */
export function AssumptionControls({ assumptions, calibratedShare, baseYear, onChange }: Props) {
  const main = mainOf(assumptions);
  return (
    <Fieldset data-testid="assumption-controls">
      <Fieldset.Legend>Forutsetninger</Fieldset.Legend>
      <Fieldset.Description>Endringene regnes ut med en gang her i nettleseren. Lagre dem for å beholde dem.</Fieldset.Description>
      <div className="assumption-grid">
        {CONTROLS.map((c) => {
          const raw = main[c.key] ?? (c.key === 'gpShare' ? calibratedShare : 0);
          const shown = c.percent ? Math.round(raw * 1000) / 10 : raw;
          const set = (text: string) => {
            const n = Number(text.replace(',', '.'));
            if (text.trim() === '' || !Number.isFinite(n)) return;
            onChange(withMain(assumptions, c.key, c.percent ? n / 100 : n, baseYear));
          };
          return <AssumptionControl key={c.key} control={c} value={shown} onChange={set} />;
        })}
      </div>
      {main.gpShare !== null && (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange(withMain(assumptions, 'gpShare', null, baseYear))} data-testid="gp-share-calibrated">
          Bruk kalibrert andel som ønsker fastlege ({formatPercent(calibratedShare)})
        </Button>
      )}
    </Fieldset>
  );
}

function AssumptionControl({ control: c, value, onChange }: { control: Control; value: number; onChange: (text: string) => void }) {
  const id = useId();
  return (
    <div className="assumption" data-testid={`assumption-${c.key}`}>
      <Label htmlFor={`${id}-n`}>
        {c.label} ({c.unit})
      </Label>
      <div className="assumption-inputs">
        <input
          type="range"
          aria-label={`${c.label}, glidebryter`}
          min={c.min}
          max={c.max}
          step={c.step}
          value={Math.min(c.max, Math.max(c.min, value))}
          onChange={(e) => onChange(e.target.value)}
          data-testid={`assumption-${c.key}-slider`}
        />
        <input
          id={`${id}-n`}
          className="ds-input assumption-number"
          type="number"
          inputMode="decimal"
          step={c.step}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={`assumption-${c.key}-input`}
        />
      </div>
    </div>
  );
}
