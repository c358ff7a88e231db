/**
 * The type id a "this checks out" mark carries (issue #13). It sits with the kinds of red flag
 * in kinds.json (first, set apart in the chooser), so saved marks of this type stay readable.
 */
export const CHECKS_OUT = 'checks-out';
