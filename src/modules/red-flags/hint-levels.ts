/**
 * Hint levels per section (each costs a little score: ./score.ts). A module of its own, so the
 * results' code (which loads later) shares no marking code with the page's.
 */
export const MAX_HINT_LEVEL = 2;
