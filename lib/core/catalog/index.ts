export * from './types';
export * from './endpoint-catalog';
