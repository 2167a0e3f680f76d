import { Tag } from '@digdir/designsystemet-react';
import type { Rag } from '../../domain/training/index.ts';

const COLOR = { red: 'danger', amber: 'warning', green: 'success' } as const;
export const RAG_LABELS: Record<Rag, string> = { red: 'Rød', amber: 'Gul', green: 'Grønn' };

/** Red/amber/green as a coloured tag that also says the colour in words (never colour alone). */
export function RagTag({ rag, testId }: { rag: Rag; testId?: string }) {
  return (
    <Tag data-color={COLOR[rag]} data-size="sm" data-testid={testId} data-rag={rag}>
      {RAG_LABELS[rag]}
    </Tag>
  );
}
