import type { FastifyInstance } from 'fastify';
import {
  ZSnapshotImportCommitRequest,
  ZSnapshotImportRequest,
  type TSnapshotImportCommitResponse,
  type TSnapshotImportMappingResponse,
  type TSnapshotImportPreviewResponse,
} from '../../contracts/imports/snapshot-import.ts';
import { commitSnapshotImport, getSnapshotImportMapping, previewSnapshotImport } from '../../app/imports/snapshot-import.ts';
import type { AppDeps } from '../context.ts';
import { requireWriter } from '../auth/plugin.ts';

const BASE = '/api/import/list-snapshots';

/** The monthly list-figure import: the remembered column mapping, a preview that changes nothing, and an all-or-nothing commit. */
export async function importPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get(`${BASE}/mapping`, async (request): Promise<TSnapshotImportMappingResponse> => getSnapshotImportMapping(deps.db, requireWriter(request)));

  app.post(`${BASE}/preview`, { config: { body: ZSnapshotImportRequest } }, async (request): Promise<TSnapshotImportPreviewResponse> => {
    const scope = requireWriter(request);
    return previewSnapshotImport(deps.db, scope, ZSnapshotImportRequest.parse(request.body));
  });

  app.post(`${BASE}/commit`, { config: { body: ZSnapshotImportCommitRequest } }, async (request): Promise<TSnapshotImportCommitResponse> => {
    const scope = requireWriter(request);
    return commitSnapshotImport({ db: deps.db, scope, now: deps.clock().toISOString() }, ZSnapshotImportCommitRequest.parse(request.body));
  });
}
