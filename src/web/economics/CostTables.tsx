import { Details, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { MEASURE_STATUS_LABELS, type TCostsResponse } from '../../contracts/economics/index.ts';
import { formatMill, MEASURE_KINDS, MILL_STEP, roundedForDisplay, type CostLine, type PackageCost } from '../../domain/economics/index.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDate } from '../format.ts';

/** "Lines and total are each rounded" or, when the rounded lines do not add up, a note saying so. */
function roundingNote(p: PackageCost): string {
  const cols = [...p.years.map((_, i) => [p.lines.map((l) => l.byYear[i]!.amount), p.totalByYear[i]!.amount] as const), [p.lines.map((l) => l.fullYear), p.totalFullYear] as const];
  const consistent = cols.every(([lines, total]) => roundedForDisplay(lines, total, MILL_STEP).consistent);
  return consistent
    ? 'Beløpene er avrundet til nærmeste 10 000 kr hver for seg; totalen er summen av de nøyaktige beløpene.'
    : 'Merk: de avrundede linjene summerer ikke nøyaktig til totalen, som er summen av de nøyaktige beløpene (avrundet én gang).';
}

function Assumptions({ lines }: { lines: readonly CostLine[] }) {
  return (
    <Details data-testid="assumptions">
      <Details.Summary>Forutsetninger for hvert tiltak</Details.Summary>
      <Details.Content>
        <ul>
          {lines.map((l) => (
            <li key={l.measureId}>
              <strong>{l.name}</strong> ({MEASURE_KINDS[l.kind].label}, fra {formatDate(l.startDate)}
              {l.endDate ? ` til ${formatDate(l.endDate)}` : ''}): {l.assumptions.join('. ')}.
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}

/** A package's measures by year and full-year, with the total and what the rounding means. */
export function PackageTable({ p }: { p: PackageCost }) {
  return (
    <>
      <ScrollArea label={`Kostnader for ${p.name}`}>
        <Table data-testid={`package-${p.packageId}`} zebra>
          <caption>
            {p.name} – fra {formatDate(p.startDate)}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Tiltak</Table.HeaderCell>
              {p.years.map((y) => (
                <Table.HeaderCell key={y} className="numeric">
                  {y}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell className="numeric">Helårseffekt</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {p.lines.map((l) => (
              <Table.Row key={l.measureId}>
                <Table.Cell>
                  {l.name} <Tag data-size="sm">{MEASURE_STATUS_LABELS[l.status]}</Tag>
                </Table.Cell>
                {l.byYear.map((y) => (
                  <Table.Cell key={y.year} className="numeric">
                    {formatMill(y.amount)}
                  </Table.Cell>
                ))}
                <Table.Cell className="numeric">{formatMill(l.fullYear)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row className="total-row">
              <Table.HeaderCell scope="row">Totalt</Table.HeaderCell>
              {p.totalByYear.map((y) => (
                <Table.Cell key={y.year} className="numeric" data-testid={`total-${p.packageId}-${y.year}`}>
                  <strong>{formatMill(y.amount)}</strong>
                </Table.Cell>
              ))}
              <Table.Cell className="numeric" data-testid={`total-${p.packageId}-full`}>
                <strong>{formatMill(p.totalFullYear)}</strong>
              </Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </ScrollArea>
      <Paragraph data-size="sm">{roundingNote(p)}</Paragraph>
      <Assumptions lines={p.lines} />
      {p.outside.length > 0 && (
        <ScrollArea label="Tiltak utenfor pakken">
          <Table data-testid={`outside-${p.packageId}`}>
            <caption>Vurdert, men ikke anbefalt nå</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Tiltak</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Helårseffekt</Table.HeaderCell>
                <Table.HeaderCell>Begrunnelse</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {p.outside.map((l) => (
                <Table.Row key={l.measureId}>
                  <Table.Cell>{l.name}</Table.Cell>
                  <Table.Cell>{MEASURE_STATUS_LABELS[l.status]}</Table.Cell>
                  <Table.Cell className="numeric">{formatMill(l.fullYear)}</Table.Cell>
                  <Table.Cell>{l.reason}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      )}
      <Assumptions lines={p.outside} />
    </>
  );
}

/** Each alternative's full-year cost side by side with doing nothing. */
export function CompareTable({ compare }: { compare: TCostsResponse['compare'] }) {
  const rows = [compare.doingNothing, ...compare.alternatives];
  const signed = (ore: number) => (ore > 0 ? `+${formatMill(ore)}` : formatMill(ore));
  return (
    <ScrollArea label="Sammenligning med å ikke gjøre noe">
      <Table data-testid="compare-table">
        <caption>Per år, sammenlignet med å ikke gjøre noe</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Alternativ</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Per år</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Per hjemmel</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Mot å ikke gjøre noe</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r, i) => (
            <Table.Row key={`${i}-${r.label}`}>
              <Table.Cell>{r.label}</Table.Cell>
              <Table.Cell className="numeric">{formatMill(r.fullYear)}</Table.Cell>
              <Table.Cell className="numeric">{r.perPosition === null ? '–' : formatMill(r.perPosition)}</Table.Cell>
              <Table.Cell className="numeric">{i === 0 ? '–' : signed(r.versusDoingNothing)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollArea>
  );
}
