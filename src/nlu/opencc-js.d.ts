/**
 * The one part of opencc-js (Open Chinese Convert's data, MIT and Apache-2.0) the project reads: its table of
 * traditional characters and their simplified forms, "傳 传|們 们|…" (one pair per `|`, source then target).
 * The package's own converter works on phrases and may change a text's length; normalize-text.ts needs one
 * character for one, so it builds its map from this table instead.
 */
declare module 'opencc-js/dict/TSCharacters' {
  const pairs: string;
  export default pairs;
}
