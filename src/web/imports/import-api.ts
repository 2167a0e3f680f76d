import type {
  TSnapshotImportCommitRequest,
  TSnapshotImportCommitResponse,
  TSnapshotImportMappingResponse,
  TSnapshotImportPreviewResponse,
  TSnapshotImportRequest,
} from '../../contracts/imports/snapshot-import.ts';
import { api } from '../api.ts';

const BASE = '/api/import/list-snapshots';

/** The monthly list-figure import: remembered mapping, a preview that changes nothing, an all-or-nothing commit. */
export const importApi = {
  mapping: () => api.get<TSnapshotImportMappingResponse>(`${BASE}/mapping`),
  preview: (body: TSnapshotImportRequest) => api.post<TSnapshotImportPreviewResponse>(`${BASE}/preview`, body),
  commit: (body: TSnapshotImportCommitRequest) => api.post<TSnapshotImportCommitResponse>(`${BASE}/commit`, body),
};
