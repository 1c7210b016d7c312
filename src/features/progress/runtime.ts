// The heavy half of progress (persistence, salvage, merging, validation, import/export), loaded
// after first paint by index.ts so that lesson pages do not wait for it.
export { createProgressStore, pickData } from './store';
export { exportProgress as exportData, parseImport } from './transfer';
