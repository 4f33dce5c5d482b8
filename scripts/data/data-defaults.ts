/** Defaults shared by the data scripts: the seed and size of the committed files. */
export const DEFAULT_SEED = 'intervention-atlas';
export const DEFAULT_INTERVENTION_COUNT = 10_000;
