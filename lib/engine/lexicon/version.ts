/**
 * The version of the rules (lexicon, patterns, NCCI table) an Analysis was made with, `YYYY.MM.patch`.
 * Bump it with any change that can change an answer.
 */
export const RULESET_VERSION = '2026.12.6';
