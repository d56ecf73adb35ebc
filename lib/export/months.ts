/** The fiscal year's months in order, April first (calendar month numbers). */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] as const;
