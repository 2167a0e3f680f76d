import { Table } from '@digdir/designsystemet-react';
import type { Projection } from '../../domain/projection/index.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDecimal, formatInt } from '../format.ts';

const signed = (n: number) => (n > 0 ? `+${formatDecimal(n)}` : formatDecimal(n));

/** The projection year by year: need on both bases side by side, positions held, needed, to create, the gap and the flows. */
export function ProjectionTable({ projection, caption }: { projection: Projection; caption: string }) {
  return (
    <ScrollArea label={caption}>
      <Table data-size="sm" zebra data-testid="projection-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>År</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Befolkning</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Behov (hoder)</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Behov (aldersvektet)</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Hjemler</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Hjemler som trengs</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Gap</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Hjemler å opprette</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Pensjoneringer</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Andre avganger</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Rekrutteringer</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {projection.years.map((y) => (
            <Table.Row key={y.year} data-testid="projection-row" data-year={y.year}>
              <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatInt(Math.round(y.population))}</Table.Cell>
              <Table.Cell className="numeric">{formatInt(Math.round(y.demand))}</Table.Cell>
              <Table.Cell className="numeric">{formatInt(Math.round(y.demandAgeWeighted))}</Table.Cell>
              <Table.Cell className="numeric">{formatDecimal(y.positionsHeld)}</Table.Cell>
              <Table.Cell className="numeric" data-testid="projection-needed">
                {formatDecimal(y.positionsNeeded)}
              </Table.Cell>
              <Table.Cell className="numeric" data-testid="projection-gap">
                {signed(y.gap)}
              </Table.Cell>
              <Table.Cell className="numeric" data-testid="projection-to-create">
                {formatInt(y.positionsToCreate)}
              </Table.Cell>
              <Table.Cell className="numeric">{formatDecimal(y.retirements)}</Table.Cell>
              <Table.Cell className="numeric">{formatDecimal(y.otherDepartures)}</Table.Cell>
              <Table.Cell className="numeric">{formatDecimal(y.recruitsNeeded)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollArea>
  );
}
