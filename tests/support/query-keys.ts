/**
 * Query-string keys for tests that send generated query strings (the parser property test, the
 * HTTP fuzzer): the ones our routes and filters read, plus keys that trip naive object code
 * (`__proto__`, `constructor`) and one nobody reads. One list, so a new filter is fuzzed everywhere.
 */
export const QUERY_KEYS = [
  "lab",
  "type",
  "model",
  "status",
  "claims",
  "from",
  "to",
  "asOf",
  "q",
  "limit",
  "cursor",
  "lang",
  "publisher",
  "mode",
  "format",
  "before",
  "deleted",
  "page",
  "sort",
  "next",
  "__proto__",
  "constructor",
  "x",
];
