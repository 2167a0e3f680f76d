import { Alert, Button, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { GOAL_GROUP_LABELS, type TGoalAssessment } from '../../contracts/training/index.ts';
import { errorMessage } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { useRegistry } from '../data/use-records.ts';
import { formatDate, todayIso } from '../format.ts';
import { approveAssessment, assessGoal, fetchAssessments } from './training-api.ts';

function statusText(a: TGoalAssessment | undefined): string {
  if (!a) return 'Ikke vurdert';
  if (a.approvedAt) return `Godkjent ${formatDate(a.approvedAt.slice(0, 10))}`;
  return a.achieved ? `Oppnådd ${formatDate(a.assessedDate)} – venter på leder` : `Ikke oppnådd (${formatDate(a.assessedDate)})`;
}

/** The learning goals of one ALIS: the supervisor assesses, the leader (a writer) approves what was assessed achieved. */
export function GoalsTable({ agreementId, supervisorId, onChanged }: { agreementId: number; supervisorId: number; onChanged: () => void }) {
  const { canWrite, session } = useSession();
  const goals = useRegistry('learning-goals');
  const assessments = useAsync(() => fetchAssessments(agreementId), [agreementId]);
  const [error, setError] = useState<string | null>(null);
  const isSupervisor = session.user.doctorId === supervisorId;
  const byGoal = new Map((assessments.data?.items ?? []).map((a) => [a.goalId, a]));

  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      assessments.reload();
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (!goals.rows || !assessments.data) return null;
  return (
    <>
      {error && <Alert data-color="danger">{error}</Alert>}
      <ScrollArea label="Læringsmål">
        <Table data-size="sm" zebra data-testid="training-goals">
          <caption>Læringsmål</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Kode</Table.HeaderCell>
              <Table.HeaderCell>Læringsmål</Table.HeaderCell>
              <Table.HeaderCell>Gruppe</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Handling</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goals.rows.map((g) => {
              const a = byGoal.get(g.id);
              return (
                <Table.Row key={g.id}>
                  <Table.Cell>{g.code}</Table.Cell>
                  <Table.Cell>{g.title}</Table.Cell>
                  <Table.Cell>{GOAL_GROUP_LABELS[g.goalGroup]}</Table.Cell>
                  <Table.Cell>{statusText(a)}</Table.Cell>
                  <Table.Cell>
                    {isSupervisor && !a?.approvedAt && !a?.achieved && (
                      <Button data-size="sm" variant="secondary" onClick={() => void act(() => assessGoal(agreementId, { goalId: g.id, assessedDate: todayIso(), achieved: true }))} data-testid={`assess-${g.code}`}>
                        Vurder som oppnådd
                      </Button>
                    )}
                    {canWrite && a && a.achieved && !a.approvedAt && (
                      <Button data-size="sm" onClick={() => void act(() => approveAssessment(a.id, a.version))} data-testid={`approve-${g.code}`}>
                        Godkjenn
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollArea>
    </>
  );
}
