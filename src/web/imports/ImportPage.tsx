import { Alert, Button, Card, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import {
  SNAPSHOT_IMPORT_FIELD_LABELS,
  ZSnapshotImportMapping,
  type TSnapshotImportCommitResponse,
  type TSnapshotImportPreviewResponse,
} from '../../contracts/imports/snapshot-import.ts';
import { SNAPSHOT_FIELDS, type SnapshotField, type SnapshotMapping } from '../../domain/imports/index.ts';
import { ApiError, errorMessage } from '../api.ts';
import { AppLink } from '../app/AppLink.tsx';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { useAsync } from '../data/use-async.ts';
import { invalidate } from '../data/use-records.ts';
import { formatCount, formatInt, formatMonthLong } from '../format.ts';
import { importApi } from './import-api.ts';
import { draftOf, MappingForm, type DraftMapping } from './MappingForm.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { MAX_IMPORT_BYTES, readAsBase64 } from './read-file.ts';

interface Upload {
  fileName: string;
  contentBase64: string;
}

const SOURCE_TEXT: Record<TSnapshotImportPreviewResponse['mappingSource'], string> = {
  given: 'Kolonnekoblingen er den du valgte.',
  remembered: 'Kolonnekoblingen er husket fra forrige import.',
  guessed: 'Kolonnekoblingen er gjettet ut fra kolonnenavnene. Sjekk at den stemmer.',
  none: 'Fant ikke kolonner for alle feltene. Velg kolonnene selv.',
};

/** Splits the API's field errors into the file's, the mapping's (per field) and the rows'. */
function splitFieldErrors(err: ApiError) {
  let file: string | undefined;
  const mapping: Partial<Record<SnapshotField, string>> = {};
  const rows: string[] = [];
  for (const f of err.fields) {
    const [head, sub] = f.path.split('.');
    if (head === 'file' || head === 'contentBase64' || head === 'fileName') file = f.message.replace(/^Fil: /, '');
    else if (head === 'mapping' && sub && (SNAPSHOT_FIELDS as readonly string[]).includes(sub)) {
      const field = sub as SnapshotField;
      mapping[field] = f.message.replace(`${SNAPSHOT_IMPORT_FIELD_LABELS[field]}: `, '');
    } else rows.push(f.message);
  }
  return { file, mapping, rows };
}

/** Import: upload a CSV or Excel file of monthly list figures, map its columns, preview, then import all or nothing. */
export function ImportPage() {
  usePageTitle('Import av listetall');
  const { canWrite } = useSession();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<TSnapshotImportPreviewResponse | null>(null);
  const [draft, setDraft] = useState<DraftMapping>(draftOf(null));
  const [mappingErrors, setMappingErrors] = useState<Partial<Record<SnapshotField, string>>>({});
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<{ message: string; rows: string[] } | null>(null);
  const [result, setResult] = useState<TSnapshotImportCommitResponse | null>(null);
  // A new key empties the file input after an import, so the same file can be chosen again.
  const [fileKey, setFileKey] = useState(0);

  const remembered = useAsync(importApi.mapping, []);
  const parsedMapping = ZSnapshotImportMapping.safeParse(draft);
  const incomplete = SNAPSHOT_FIELDS.some((f) => draft[f] === '');
  const mappingFormError = !incomplete && !parsedMapping.success ? parsedMapping.error.issues[0]?.message : undefined;
  const mappingChanged = preview?.mapping ? SNAPSHOT_FIELDS.some((f) => preview.mapping?.[f] !== draft[f]) : true;

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.fields.length > 0) {
      const split = splitFieldErrors(err);
      setFileError(split.file);
      setMappingErrors(split.mapping);
      setError({ message: err.message, rows: split.rows });
    } else {
      setError({ message: errorMessage(err), rows: [] });
    }
  };

  const runPreview = async (file: Upload, mapping: SnapshotMapping | undefined) => {
    setBusy('preview');
    setError(null);
    setResult(null);
    setMappingErrors({});
    setFileError(undefined);
    try {
      const answer = await importApi.preview({ ...file, mapping });
      setPreview(answer);
      setDraft(answer.mapping ? draftOf(answer.mapping) : mapping ? draftOf(mapping) : draftOf(null));
    } catch (err) {
      setPreview(null);
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setPreview(null);
    setResult(null);
    setError(null);
    setUpload(null);
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`Filen er for stor (høyst ${formatInt(MAX_IMPORT_BYTES / 1024 / 1024)} MB).`);
      return;
    }
    try {
      const next = { fileName: file.name, contentBase64: await readAsBase64(file) };
      setUpload(next);
      await runPreview(next, undefined);
    } catch {
      setFileError('Kunne ikke lese filen.');
    }
  };

  const commit = async () => {
    if (!upload || !parsedMapping.success) return;
    setBusy('commit');
    setError(null);
    try {
      const answer = await importApi.commit({ ...upload, mapping: parsedMapping.data });
      setResult(answer);
      setPreview(null);
      setUpload(null);
      setFileKey((k) => k + 1);
      remembered.reload();
      invalidate('snapshots');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  if (!canWrite) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Import av listetall
        </Heading>
        <Alert data-color="info">Rollen din gir bare lesetilgang. Import krever rollen planlegger eller administrator.</Alert>
      </>
    );
  }

  const mappingFieldsMissing = preview?.missingFields.map((f) => SNAPSHOT_IMPORT_FIELD_LABELS[f]).join(', ');

  return (
    <>
      <Heading level={1} data-size="lg">
        Import av listetall
      </Heading>
      <Paragraph className="page-intro">
        Last opp en CSV- eller Excel-fil (.xlsx) med én rad per hjemmel og måned: hjemmel-ID, måned, listelengde, listetak og venteliste. Du får
        se hva som blir importert før noe lagres, og importen lagrer enten alle radene eller ingen.
      </Paragraph>

      {result && (
        <Alert data-color="success" role="status" data-testid="import-result">
          <Heading level={2} data-size="xs">
            Importen er fullført
          </Heading>
          <Paragraph>
            {formatInt(result.inserted)} nye, {formatInt(result.updated)} oppdaterte og {formatInt(result.unchanged)} uendrede listetall. Se{' '}
            <AppLink href="/listetall">Listetall</AppLink> eller <AppLink href="/">Oversikt</AppLink>.
          </Paragraph>
        </Alert>
      )}

      <section aria-labelledby="import-step-file" className="page-section">
        <Card data-color="neutral">
          <Heading level={2} data-size="sm" id="import-step-file">
            1. Velg fil
          </Heading>
          <Textfield
            key={fileKey}
            type="file"
            label="Fil med listetall"
            description="CSV (semikolon eller komma) eller Excel (.xlsx), høyst 7 MB"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            error={fileError}
            disabled={busy !== null}
            data-testid="import-file"
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
          {busy === 'preview' && <Spinner aria-label="Leser filen" data-size="sm" />}
          {remembered.data?.mapping && !preview && (
            <Paragraph data-size="sm" data-testid="import-remembered-mapping">
              Kolonnekobling fra forrige import:{' '}
              {SNAPSHOT_FIELDS.map((f) => `${SNAPSHOT_IMPORT_FIELD_LABELS[f]}: «${remembered.data?.mapping?.[f] ?? ''}»`).join('; ')}. Har filen de samme
              kolonnene, brukes koblingen igjen.
            </Paragraph>
          )}
        </Card>
      </section>

      {error && (
        <Alert data-color="danger" data-testid="import-error">
          <Paragraph>{error.message}</Paragraph>
          {error.rows.length > 0 && (
            <ul className="row-errors">
              {error.rows.slice(0, 20).map((r) => (
                <li key={r}>{r}</li>
              ))}
              {error.rows.length > 20 && <li>… og {formatInt(error.rows.length - 20)} til</li>}
            </ul>
          )}
        </Alert>
      )}

      {upload && preview && (
        <section aria-labelledby="import-step-mapping" className="page-section">
          <Card data-color="neutral">
            <Heading level={2} data-size="sm" id="import-step-mapping">
              2. Koble kolonner
            </Heading>
            <Paragraph data-size="sm" data-testid="import-mapping-source">
              {SOURCE_TEXT[preview.mappingSource]}
              {mappingFieldsMissing ? ` Mangler: ${mappingFieldsMissing}.` : ''}
            </Paragraph>
            <MappingForm
              columns={preview.columns}
              mapping={draft}
              onChange={(m) => {
                setDraft(m);
                setMappingErrors({});
              }}
              fieldErrors={mappingErrors}
              formError={mappingFormError}
              disabled={busy !== null}
            />
            <div className="button-row">
              <Button
                data-color="accent"
                variant={mappingChanged ? 'primary' : 'secondary'}
                disabled={busy !== null || !parsedMapping.success}
                onClick={() => parsedMapping.success && void runPreview(upload, parsedMapping.data)}
                data-testid="import-preview-button"
              >
                Oppdater forhåndsvisning
              </Button>
            </div>
          </Card>
        </section>
      )}

      {upload && preview && preview.mapping && (
        <section aria-labelledby="import-step-preview" className="page-section">
          <Heading level={2} data-size="sm" id="import-step-preview">
            3. Kontroller og importer
          </Heading>
          <Paragraph data-testid="import-summary">
            {formatInt(preview.rows.length)} rader i filen: {formatInt(preview.validCount)} kan importeres
            {preview.errorCount > 0 ? `, ${formatInt(preview.errorCount)} har feil` : ''}.{' '}
            {formatInt(preview.rows.filter((r) => r.errors.length === 0 && r.existing).length)} av dem oppdaterer listetall som finnes fra før.
          </Paragraph>
          {preview.months
            .filter((m) => !m.complete)
            .map((m) => (
              <Alert key={m.month} data-color="warning" data-testid="import-incomplete-month">
                Etter importen har {formatMonthLong(m.month)} tall for {formatCount(m.counted, 'hjemmel', 'hjemler')}, men{' '}
                {formatCount(m.missingPositions, 'hjemmel', 'hjemler')} mangler tall for måneden. Måneden brukes ikke i nøkkeltallene før alle hjemlene
                har tall: siden viser da siste fullstendige måned.
              </Alert>
            ))}
          {preview.errorCount > 0 && (
            <Alert data-color="warning" data-testid="import-has-errors">
              Importen lagrer alle radene eller ingen. Rett radene med feil i filen og last den opp på nytt.
            </Alert>
          )}
          <PreviewTable rows={preview.rows} />
          <div className="button-row">
            <Button
              onClick={() => void commit()}
              disabled={busy !== null || preview.errorCount > 0 || preview.validCount === 0 || mappingChanged}
              loading={busy === 'commit'}
              data-testid="import-commit"
            >
              {busy === 'commit' ? 'Importerer …' : `Importer ${formatInt(preview.validCount)} rader`}
            </Button>
            {mappingChanged && <Paragraph data-size="sm">Oppdater forhåndsvisningen etter at du har endret kolonnekoblingen.</Paragraph>}
          </div>
        </section>
      )}
    </>
  );
}
