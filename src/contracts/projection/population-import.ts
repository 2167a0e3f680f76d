import { z } from 'zod';

/** Body of POST /api/projection/population/preview and /import: an SSB file (JSON-stat 2 or CSV) as base64. */
export const ZPopulationImportRequest = z.strictObject({
  fileName: z.string().trim().min(1, 'Må fylles ut').max(255, 'Høyst 255 tegn'),
  contentBase64: z.base64('Filinnholdet må være base64-kodet').min(1, 'Filen er tom'),
});
export type TPopulationImportRequest = z.infer<typeof ZPopulationImportRequest>;

const ZMapping = z.object({ from: z.string(), fromName: z.string(), to: z.string(), toName: z.string(), via: z.array(z.string()) });
const ZSummary = z.array(
  z.object({
    kommuneNr: z.string(),
    name: z.string(),
    series: z.array(z.object({ code: z.string(), firstYear: z.number(), lastYear: z.number(), persons: z.number() })),
  }),
);

/** What a valid file holds and what the importer did: answer of preview (nothing stored) and import (stored, with id). */
export const ZPopulationImportResult = z.object({
  id: z.number().nullable(),
  fileName: z.string(),
  format: z.enum(['json-stat2', 'csv']),
  kind: z.enum(['registered', 'projection']),
  tableId: z.string().nullable(),
  title: z.string(),
  rowCount: z.number(),
  mapped: z.array(ZMapping),
  skipped: z.array(z.string()),
  summary: ZSummary,
});
export type TPopulationImportResult = z.infer<typeof ZPopulationImportResult>;

/** A stored import, as GET /api/projection/population lists them. */
export const ZPopulationImportRecord = ZPopulationImportResult.extend({ id: z.number(), version: z.number(), importedAt: z.string() });
export type TPopulationImportRecord = z.infer<typeof ZPopulationImportRecord>;
