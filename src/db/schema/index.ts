export * from './users';
export * from './auth';
export * from './permissions';
export * from './audit';
export * from './security';
export * from './ratelimit';
