import { Alert, Button, Heading, Label, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { errorMessage } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDateTime, formatInt } from '../format.ts';
import { MAX_IMPORT_BYTES, readAsBase64 } from '../imports/read-file.ts';
import {
  deletePopulationImport,
  fetchPopulation,
  importPopulation,
  previewPopulation,
  type PopulationImport,
  type PopulationImportResult,
} from './population-api.ts';

const KIND_LABELS = { registered: 'Registrert befolkning', projection: 'Befolkningsframskriving' } as const;

/** What an SSB file holds: per municipality, each series with its years and persons. */
function ImportSummary({ result, testId }: { result: PopulationImportResult; testId: string }) {
  return (
    <div data-testid={testId}>
      <Paragraph>
        <strong>{result.title}</strong> ({KIND_LABELS[result.kind]}, {result.format === 'csv' ? 'CSV' : 'JSON-stat 2'}
        {result.tableId ? `, tabell ${result.tableId}` : ''}): {formatInt(result.rowCount)} rader.
      </Paragraph>
      <ScrollArea label={`Innhold i ${result.fileName}`}>
        <Table data-size="sm" zebra>
          <caption>Innhold i {result.fileName}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Kommune</Table.HeaderCell>
              <Table.HeaderCell>Alternativ</Table.HeaderCell>
              <Table.HeaderCell>År</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Personer (første år)</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.summary.flatMap((k) =>
              k.series.map((s) => (
                <Table.Row key={`${k.kommuneNr}-${s.code}`}>
                  <Table.HeaderCell scope="row">
                    {k.kommuneNr} {k.name}
                  </Table.HeaderCell>
                  <Table.Cell>{s.code}</Table.Cell>
                  <Table.Cell>
                    {s.firstYear}–{s.lastYear}
                  </Table.Cell>
                  <Table.Cell className="numeric">{formatInt(s.persons)}</Table.Cell>
                </Table.Row>
              )),
            )}
          </Table.Body>
        </Table>
      </ScrollArea>
      {result.mapped.length > 0 && (
        <Paragraph data-size="sm">
          Kommunenummer ført over til dagens kommune: {result.mapped.map((m) => `${m.from} ${m.fromName} → ${m.to} ${m.toName}`).join('; ')}.
        </Paragraph>
      )}
      {result.skipped.length > 0 && <Paragraph data-size="sm">Hoppet over: {result.skipped.join('; ')}.</Paragraph>}
    </div>
  );
}

/** Befolkning from SSB: upload a JSON-stat 2 or CSV file, see what it holds, import it; the imports so far, with delete. */
export function SsbImportSection() {
  const { canWrite } = useSession();
  const inputId = useId();
  const list = useAsync(fetchPopulation, []);
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<PopulationImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<PopulationImport | null>(null);

  const pick = async (f: File | undefined) => {
    setPreview(null);
    setError(null);
    setDone(null);
    setFile(null);
    if (!f) return;
    if (f.size > MAX_IMPORT_BYTES) {
      setError('Filen er for stor (høyst 7 MB).');
      return;
    }
    setBusy(true);
    try {
      const body = { fileName: f.name, contentBase64: await readAsBase64(f) };
      setFile(body);
      setPreview(await previewPopulation(body));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const doImport = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await importPopulation(file);
      setDone(`Importerte ${r.fileName}: ${formatInt(r.rowCount)} rader.`);
      setPreview(null);
      setFile(null);
      list.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageSection id="sec-ssb" title="Befolkning fra SSB">
      <Paragraph>
        Last opp registrert befolkning (tabell 07459) eller befolkningsframskrivingen (tabell 14288) fra SSB, som JSON-stat 2 eller CSV. Dimensjoneringen bruker
        tallene.
      </Paragraph>
      {canWrite && (
        <div data-testid="ssb-upload">
          <Label htmlFor={inputId}>Fil fra SSB (JSON-stat 2 eller CSV)</Label>
          <div>
            <input
              id={inputId}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              onChange={(e) => void pick(e.target.files?.[0])}
              data-testid="ssb-file"
            />
          </div>
          {busy && <Spinner aria-label="Leser filen" data-size="sm" />}
          {error && (
            <Alert data-color="danger" data-testid="ssb-error">
              {error}
            </Alert>
          )}
          {done && (
            <Alert data-color="success" data-testid="ssb-imported">
              {done}
            </Alert>
          )}
          {preview && (
            <>
              <Heading level={3} data-size="xs">
                Forhåndsvisning
              </Heading>
              <ImportSummary result={preview} testId="ssb-preview" />
              <Button onClick={() => void doImport()} disabled={busy} data-testid="ssb-import">
                Importer
              </Button>
            </>
          )}
        </div>
      )}
      <Heading level={3} data-size="xs">
        Importerte filer
      </Heading>
      {list.error ? (
        <Alert data-color="danger">{list.error.message}</Alert>
      ) : !list.data ? (
        <Spinner aria-label="Henter importerte filer" data-size="sm" />
      ) : list.data.imports.length === 0 ? (
        <Paragraph data-testid="ssb-imports-empty">Ingen filer importert ennå.</Paragraph>
      ) : (
        <ScrollArea label="Importerte filer fra SSB">
          <Table data-size="sm" zebra data-testid="ssb-imports">
            <caption>Importerte filer fra SSB</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Fil</Table.HeaderCell>
                <Table.HeaderCell>Innhold</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Rader</Table.HeaderCell>
                <Table.HeaderCell>Importert</Table.HeaderCell>
                {canWrite && <Table.HeaderCell>Handling</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.imports.map((i) => (
                <Table.Row key={i.id} data-testid="ssb-import-row">
                  <Table.HeaderCell scope="row">{i.fileName}</Table.HeaderCell>
                  <Table.Cell>
                    {KIND_LABELS[i.kind]}
                    {i.tableId ? ` (tabell ${i.tableId})` : ''}
                  </Table.Cell>
                  <Table.Cell className="numeric">{formatInt(i.rowCount)}</Table.Cell>
                  <Table.Cell>{formatDateTime(i.importedAt)}</Table.Cell>
                  {canWrite && (
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setDeleting(i)} data-testid="ssb-import-delete">
                        Slett <span className="visually-hidden">{i.fileName}</span>
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Slette importen?"
        confirmLabel="Slett"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deletePopulationImport(deleting.id, deleting.version);
          setDeleting(null);
          list.reload();
        }}
        testId="ssb-delete-dialog"
      >
        Befolkningstallene fra {deleting?.fileName} slettes. Dimensjoneringen bruker da de andre importene.
      </ConfirmDialog>
    </PageSection>
  );
}
