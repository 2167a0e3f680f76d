import { z } from 'zod';
import { SNAPSHOT_FIELDS, type SnapshotField } from '../../domain/imports/index.ts';
import { fieldLabel } from '../common.ts';

/** Norwegian names of the fields a list-figure file is mapped to. */
export const SNAPSHOT_IMPORT_FIELD_LABELS: Record<SnapshotField, string> = {
  positionCode: fieldLabel('code'),
  month: fieldLabel('month'),
  listLength: fieldLabel('listLength'),
  listCap: fieldLabel('listCap'),
  waitingList: fieldLabel('waitingList'),
};

const ZColumnName = z.string().trim().min(1, 'Velg en kolonne').max(200, 'Høyst 200 tegn');

/** Which column of the file (by its header text) holds each field; remembered per municipality. */
export const ZSnapshotImportMapping = z
  .strictObject({ positionCode: ZColumnName, month: ZColumnName, listLength: ZColumnName, listCap: ZColumnName, waitingList: ZColumnName })
  .refine((m) => new Set(Object.values(m)).size === SNAPSHOT_FIELDS.length, 'Samme kolonne er valgt for flere felt');

/** Body of POST /api/import/list-snapshots/preview: the file as base64 (JSON, so CSRF and the body limit apply). */
export const ZSnapshotImportRequest = z.strictObject({
  fileName: z.string().trim().min(1, 'Må fylles ut').max(255, 'Høyst 255 tegn'),
  contentBase64: z.base64('Filinnholdet må være base64-kodet'),
  mapping: ZSnapshotImportMapping.optional(),
});

/** Body of POST /api/import/list-snapshots/commit: as the preview, with the mapping the user confirmed. */
export const ZSnapshotImportCommitRequest = ZSnapshotImportRequest.extend({ mapping: ZSnapshotImportMapping });

/** Answer of GET /api/import/list-snapshots/mapping: the mapping the municipality last imported with. */
export const ZSnapshotImportMappingResponse = z.object({ mapping: ZSnapshotImportMapping.nullable() });

export const MAPPING_SOURCES = ['given', 'remembered', 'guessed', 'none'] as const;

const ZPreviewRow = z.object({
  /** The row's number in the file as a spreadsheet shows it (the header is usually row 1). */
  rowNumber: z.number().int(),
  /** The row as read; null where a cell could not be read. */
  values: z.object({
    positionCode: z.string().nullable(),
    month: z.string().nullable(),
    listLength: z.number().int().nullable(),
    listCap: z.number().int().nullable(),
    waitingList: z.number().int().nullable(),
  }),
  positionId: z.number().int().nullable(),
  /** The register already has a snapshot for this position and month: the import would update it. */
  existing: z.boolean(),
  /** "<Feltnavn>: <reason>", one per problem; empty for a row that can be imported. */
  errors: z.array(z.string()),
});

/**
 * Answer of POST /api/import/list-snapshots/preview. With mappingSource 'none' no complete mapping could be
 * guessed: mapping is null, rows is empty, and missingFields names the fields no column was found for.
 */
export const ZSnapshotImportPreviewResponse = z.object({
  columns: z.array(z.string()),
  mapping: ZSnapshotImportMapping.nullable(),
  mappingSource: z.enum(MAPPING_SOURCES),
  missingFields: z.array(z.enum(SNAPSHOT_FIELDS)),
  rows: z.array(ZPreviewRow),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  /**
   * Each month of the file as it would stand after the import: how many positions have figures, and how many that
   * were counted in the last complete month would still lack them (such a month is not used as the municipality's).
   */
  months: z.array(z.object({ month: z.string(), counted: z.number().int(), missingPositions: z.number().int(), complete: z.boolean() })),
});

/** Answer of POST /api/import/list-snapshots/commit. */
export const ZSnapshotImportCommitResponse = z.object({ inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export type TSnapshotImportMapping = z.infer<typeof ZSnapshotImportMapping>;
export type TSnapshotImportRequest = z.infer<typeof ZSnapshotImportRequest>;
export type TSnapshotImportCommitRequest = z.infer<typeof ZSnapshotImportCommitRequest>;
export type TSnapshotImportMappingResponse = z.infer<typeof ZSnapshotImportMappingResponse>;
export type TSnapshotImportPreviewRow = z.infer<typeof ZPreviewRow>;
export type TSnapshotImportPreviewResponse = z.infer<typeof ZSnapshotImportPreviewResponse>;
export type TSnapshotImportCommitResponse = z.infer<typeof ZSnapshotImportCommitResponse>;
