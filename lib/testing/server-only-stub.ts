// vitest runs outside Next's server bundle; 'server-only' would throw there.
export {};
