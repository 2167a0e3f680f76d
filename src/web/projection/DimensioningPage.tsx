import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { project, type Projection, type ScenarioAssumptions } from '../../domain/projection/index.ts';
import { ApiError, errorMessage } from '../api.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { ConflictAlert } from '../forms/ConflictAlert.tsx';
import type { FieldSpec } from '../forms/field-spec.ts';
import { useSession } from '../app/session.tsx';
import { formatDayMonth } from '../format.ts';
import { AssumptionControls } from './AssumptionControls.tsx';
import { mainOf } from './assumption-fields.ts';
import { CompareSection } from './CompareSection.tsx';
import { FanChart } from './FanChart.tsx';
import { ProjectionTable } from './ProjectionTable.tsx';
import {
  createScenario,
  fetchFacts,
  fetchResult,
  fetchScenarios,
  scenarioPdf,
  scenarioXlsx,
  updateScenario,
  type Scenario,
} from './projection-api.ts';

/** The fields the conflict view compares: name, description and the main assumptions. */
const CONFLICT_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'Navn', kind: 'text' },
  { name: 'description', label: 'Beskrivelse', kind: 'text' },
  { name: 'plannedAverageList', label: 'Planlagt gjennomsnittsliste', kind: 'integer' },
  { name: 'freeShareTarget', label: 'Mål for ledig andel', kind: 'percent', nullable: true },
  { name: 'retirementAge', label: 'Pensjonsalder', kind: 'integer' },
  { name: 'otherDepartureRate', label: 'Andre avganger per år', kind: 'percent' },
  { name: 'gpShare', label: 'Andel som ønsker fastlege (tom = kalibrert)', kind: 'percent', nullable: true },
  { name: 'newPerYear', label: 'Nye hjemler per år', kind: 'integer' },
];

const flat = (name: string, description: string, a: ScenarioAssumptions): Record<string, unknown> => ({ name, description, ...mainOf(a) });
const flatText = (r: Record<string, unknown>) =>
  Object.fromEntries(CONFLICT_FIELDS.map((f) => [f.name, r[f.name] === null || r[f.name] === undefined ? '' : String(r[f.name])]));

/** Dimensjonering: a saved scenario's projection, recomputed in the browser while its assumptions change; saving; comparing. */
export function DimensioningPage() {
  usePageTitle('Dimensjonering');
  const { canWrite } = useSession();
  const facts = useAsync(fetchFacts, []);
  const list = useAsync(fetchScenarios, []);
  const [selected, setSelected] = useState<number | null>(null);
  const scenarios = useMemo(() => list.data?.items ?? [], [list.data]);
  const current: Scenario | undefined = scenarios.find((s) => s.id === selected) ?? scenarios[0];
  const currentId = current?.id ?? null;
  const result = useAsync(() => (currentId === null ? Promise.resolve(null) : fetchResult(currentId)), [currentId]);

  const [draft, setDraft] = useState<ScenarioAssumptions | null>(null);
  const [newName, setNewName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Scenario | null>(null);
  const [busy, setBusy] = useState(false);

  // A new scenario or a newly saved version replaces the draft; a reload of the same version keeps the user's changes.
  const currentKey = current ? `${current.id}:${current.version}` : '';
  const currentRef = useRef(current);
  currentRef.current = current;
  useEffect(() => {
    setDraft(currentRef.current ? currentRef.current.assumptions : null);
    setConflict(null);
  }, [currentKey]);

  const computed = useMemo((): { projection: Projection } | { error: string } | null => {
    if (!facts.data || !draft) return null;
    try {
      return { projection: project(facts.data.facts, draft) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : 'Kunne ikke regne ut framskrivingen.' };
    }
  }, [facts.data, draft]);

  const heading = (
    <Heading level={1} data-size="lg">
      Dimensjonering
    </Heading>
  );
  if ((facts.loading && !facts.data) || (list.loading && !list.data)) {
    return (
      <>
        {heading}
        <Spinner aria-label="Henter scenarioer" data-size="md" />
      </>
    );
  }
  if (facts.error || list.error || !facts.data || !list.data) {
    return (
      <>
        {heading}
        <Alert data-color="danger">{facts.error?.message ?? list.error?.message ?? 'Fikk ikke hentet dimensjoneringen.'}</Alert>
      </>
    );
  }

  const changed = current && draft ? JSON.stringify(current.assumptions) !== JSON.stringify(draft) : false;
  const projection = computed && 'projection' in computed ? computed.projection : null;

  const run = async (fn: () => Promise<Scenario>, done: string) => {
    setBusy(true);
    setSaveError(null);
    setMessage(null);
    try {
      const saved = await fn();
      setConflict(null);
      list.reload();
      setSelected(saved.id);
      setMessage(done);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version_conflict' && e.current && typeof e.current === 'object') {
        setConflict(e.current as Scenario);
      } else {
        setSaveError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };
  const saveChanges = (version: number) => {
    if (!current || !draft) return;
    void run(() => updateScenario(current.id, { name: current.name, description: current.description, assumptions: draft, version }), 'Endringene er lagret.');
  };
  const saveAsNew = () => {
    if (!draft) return;
    const name = newName.trim();
    if (!name) {
      setSaveError('Gi det nye scenarioet et navn.');
      return;
    }
    void run(() => createScenario({ name, description: current ? `Basert på «${current.name}».` : '', assumptions: draft }), `Lagret som «${name}».`);
  };

  return (
    <>
      {heading}
      <Paragraph className="page-intro">
        Hvor mange fastlegehjemler trengs i årene framover? Velg et lagret scenario, endre forutsetningene og se tallene regnes ut med en gang.
      </Paragraph>

      {scenarios.length === 0 ? (
        <Alert data-color="info" data-testid="no-scenarios">
          Det er ingen lagrede scenarioer ennå.
        </Alert>
      ) : (
        <div className="scenario-pick">
          <Field>
            <Label>Scenario</Label>
            <Select value={String(currentId ?? '')} onChange={(e) => {
                setSelected(Number(e.target.value));
                setMessage(null);
                setSaveError(null);
              }} data-testid="scenario-select">
              {scenarios.map((s) => (
                <Select.Option key={s.id} value={String(s.id)}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {currentId !== null && (
            <>
              <Link href={scenarioXlsx(currentId)} download data-testid="scenario-export">
                Last ned som Excel
              </Link>
              <Link href={scenarioPdf(currentId)} download data-testid="scenario-report">
                Last ned rapport (PDF)
              </Link>
            </>
          )}
        </div>
      )}
      {current?.description && <Paragraph data-testid="scenario-description">{current.description}</Paragraph>}

      {current && draft && (
        <>
          <PageSection id="sec-assumptions" title="Forutsetninger">
            <AssumptionControls
              assumptions={draft}
              calibratedShare={projection?.gpShare ?? 1}
              baseYear={projection?.baseYear ?? Number(facts.data.facts.baseMonth.slice(0, 4))}
              onChange={(a) => {
                setDraft(a);
                setMessage(null);
              }}
            />
            {canWrite && (
              <div className="button-row">
                <Button onClick={() => saveChanges(current.version)} disabled={!changed || busy} data-testid="scenario-save">
                  Lagre endringer
                </Button>
                <Button variant="secondary" onClick={() => setDraft(current.assumptions)} disabled={!changed || busy} data-testid="scenario-reset">
                  Tilbakestill
                </Button>
                <Textfield label="Navn på nytt scenario" value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="scenario-new-name" />
                <Button variant="secondary" onClick={saveAsNew} disabled={busy} data-testid="scenario-save-as">
                  Lagre som scenario
                </Button>
              </div>
            )}
            {message && (
              <Alert data-color="success" data-testid="scenario-saved">
                {message}
              </Alert>
            )}
            {saveError && (
              <Alert data-color="danger" data-testid="scenario-save-error">
                {saveError}
              </Alert>
            )}
            {conflict && (
              <ConflictAlert
                fields={CONFLICT_FIELDS}
                mine={flatText(flat(current.name, current.description, draft))}
                current={flat(conflict.name, conflict.description, conflict.assumptions)}
                busy={busy}
                onUseCurrent={() => {
                  setConflict(null);
                  list.reload();
                }}
                onOverwrite={() => saveChanges(conflict.version)}
              />
            )}
          </PageSection>

          <PageSection id="sec-projection" title="Framskriving per år">
            {computed && 'error' in computed && (
              <Alert data-color="danger" data-testid="projection-error">
                {computed.error}
              </Alert>
            )}
            {projection && (
              <>
                <Paragraph data-size="sm">
                  Grunnlag: listetall per {formatDayMonth(projection.baseMonth)}, befolkning fra {projection.populationSource}.{changed ? ' Viser ulagrede endringer.' : ''}
                </Paragraph>
                <ProjectionTable projection={projection} caption={`Framskriving for «${current.name}»${changed ? ' (med ulagrede endringer)' : ''}`} />
              </>
            )}
          </PageSection>

          <PageSection id="sec-uncertainty" title="Usikkerhet (lagret scenario)">
            {result.loading && !result.data ? (
              <Spinner aria-label="Regner ut usikkerheten" data-size="sm" />
            ) : result.error ? (
              <Alert data-color="danger">{result.error.message}</Alert>
            ) : result.data?.monteCarlo ? (
              <FanChart monteCarlo={result.data.monteCarlo} name={result.data.scenario.name} />
            ) : (
              <Paragraph>Ingen usikkerhetsberegning for dette scenarioet.</Paragraph>
            )}
          </PageSection>
        </>
      )}

      {scenarios.length >= 2 && (
        <PageSection id="sec-compare" title="Sammenlign scenarioer">
          <CompareSection scenarios={scenarios} />
        </PageSection>
      )}

      <PageSection id="sec-definitions" title="Definisjoner">
        <dl data-testid="projection-definitions">
          {facts.data.definitions.map((d) => (
            <div key={d.key}>
              <dt>
                <strong>{d.term}</strong>: {d.formula}
              </dt>
              <dd>{d.text}</dd>
            </div>
          ))}
        </dl>
      </PageSection>
    </>
  );
}
