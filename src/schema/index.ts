export * from './common.ts';
export * from './ids.ts';
export * from './metric.ts';
export * from './source.ts';
export * from './claim.ts';
export * from './district.ts';
export * from './atlas.ts';
export * from './geojson.ts';
