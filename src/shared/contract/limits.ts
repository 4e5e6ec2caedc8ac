/*
 * Lengths the contract allows, apart from its schemas: the page reads them
 * (to stop typing at the limit, to size its socket's messages) without
 * building every method's schema at start-up.
 */

/** The longest script file the editor can save (UTF-16 code units, as the editor counts): the largest text in the contract. */
export const maxScriptTextLength = 1_000_000;

/** The longest customer search the console sends. */
export const maxSearchQueryLength = 200;
