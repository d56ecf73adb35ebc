// The shipped templates' names, importable by client components without the template files.
export const BUILT_IN_TEMPLATES = ['standard', 'neutral'] as const;
export type BuiltInTemplate = (typeof BUILT_IN_TEMPLATES)[number];
