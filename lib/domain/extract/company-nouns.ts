/**
 * The nouns that name a company by what it is ("der Konzern", "the chipmaker", "Softwarehersteller"),
 * one list for every rule that reads them: who speaks ("teilte der Konzern mit"), who buys ("Der
 * Chipkonzern kauft …"), whom "the company" refers back to, and what is no outlet.
 */

/** German nouns, capitalised alone and lower-case as a compound's tail ("Chipkonzern"). */
const GERMAN = [
  "Konzern",
  "Unternehmen",
  "Firma",
  "Hersteller",
  "Schwergewicht",
  "Riese",
  "Gruppe",
  "Imperium",
  "Start-?up",
  "Scale-up",
  "Jungunternehmen",
  "Jungfirma",
];

/** Not "group": "the group said" is as often an activists' or a union's word as a company's. */
const ENGLISH = ["company", "firm", "start-?up", "chipmaker", "maker", "giant", "parent", "lab"];

const eitherCase = (noun: string) => `[${noun[0]!.toUpperCase()}${noun[0]!.toLowerCase()}]${noun.slice(1)}`;

/** A German company noun, alone or as a compound's tail (a pattern source, no flags needed). */
export const GERMAN_COMPANY_NOUN = `(?:${GERMAN.map(eitherCase).join("|")})`;

/** An English company noun (a pattern source). */
export const ENGLISH_COMPANY_NOUN = `(?:${ENGLISH.map(eitherCase).join("|")})`;

/** A company noun of either language (a pattern source). */
export const COMPANY_NOUN = `(?:${GERMAN_COMPANY_NOUN}|${ENGLISH_COMPANY_NOUN})`;
