import type { TPopulationImportRecord, TPopulationImportRequest, TPopulationImportResult } from '../../contracts/projection/population-import.ts';
import { api } from '../api.ts';

export type PopulationImport = TPopulationImportRecord;
export type PopulationImportResult = TPopulationImportResult;

export interface PopulationOverview {
  imports: PopulationImport[];
}

export const fetchPopulation = () => api.get<PopulationOverview>('/api/projection/population');
export const previewPopulation = (body: TPopulationImportRequest) => api.post<PopulationImportResult>('/api/projection/population/preview', body);
export const importPopulation = (body: TPopulationImportRequest) => api.post<PopulationImportResult>('/api/projection/population/import', body);
export const deletePopulationImport = (id: number, version: number) => api.del<{ ok: true }>(`/api/projection/population/imports/${id}`, { version });
