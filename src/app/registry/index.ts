export { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from './records.ts';
