/**
 * The version of the analysis rules. Analyses stored beside the cases (the server's
 * case_analyses) are computed again when theirs differs, so bump this with every change to
 * a formula, a default or the output shape.
 */
export const ANALYSIS_VERSION = 1;
