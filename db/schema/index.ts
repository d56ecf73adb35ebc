export * from './org';
export * from './plan';
export * from './review';
export * from './notify';
export * from './meta';
