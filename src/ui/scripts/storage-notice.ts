/** The storage notice (./storage-notice-box.ts), started on each page that saves progress. */
export { showStorageNotice as initStorageNotice } from './storage-notice-box';
