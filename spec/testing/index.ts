export * from './spec-validator.js';
export * from './sample-requests.js';
