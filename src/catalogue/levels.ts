/**
 * The red-flag triage levels, most severe first: their one definition. No zod
 * here, so that the elements and `integrity.ts` can import it without pulling
 * the validator into the bundles; the schema builds its `z.enum` from it.
 */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'soon', 'self-care'] as const;

export type TriageLevel = (typeof TRIAGE_LEVELS)[number];
