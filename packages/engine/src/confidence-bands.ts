import type { Confidence } from './case-file-schema.ts';

/**
 * How far a line's true annual amount may lie from its estimate, as a share of it, per
 * confidence grade. Kassabon's own convention, in the spirit of the confidence grades of the
 * GMCA/New Economy CBA model (lower confidence, wider correction): see docs/method.md.
 */
export const CONFIDENCE_BANDS: Readonly<Record<Confidence, number>> = {
  high: 0.1,
  medium: 0.25,
  low: 0.5,
};

/** A line without a grade of its own or of its price item counts as medium. */
export const DEFAULT_CONFIDENCE: Confidence = 'medium';
