export * from './org';
export * from './plan';
export * from './review';
