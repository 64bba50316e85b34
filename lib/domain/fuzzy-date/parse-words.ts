/** The words the date parser knows, German and English, lower case (the parser lowers its input). */
import { alternation } from "../regex-alternation";
import type { MonthPart, Quarter, Season } from "./types";

// prettier-ignore
export const MONTH_WORDS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, jan: 1,
  februar: 2, feber: 2, february: 2, feb: 2,
  märz: 3, maerz: 3, march: 3, mär: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

// prettier-ignore
export const SEASON_PHRASES: Record<string, Season> = {
  frühjahr: "spring", fruehjahr: "spring", frühling: "spring", fruehling: "spring", spring: "spring",
  sommer: "summer", summer: "summer",
  herbst: "fall", fall: "fall", autumn: "fall",
  winter: "winter",
};

// prettier-ignore
export const WEEKDAYS: Record<string, number> = {
  montag: 1, monday: 1,
  dienstag: 2, tuesday: 2,
  mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4,
  freitag: 5, friday: 5,
  samstag: 6, sonnabend: 6, saturday: 6,
  sonntag: 7, sunday: 7,
};

// prettier-ignore
export const PART_WORDS: Record<string, MonthPart> = {
  anfang: "early", beginn: "early", early: "early", "beginning of": "early", "start of": "early",
  mitte: "mid", mid: "mid", "middle of": "mid",
  ende: "late", late: "late", "end of": "late",
};

// prettier-ignore
export const QUARTER_ORDINALS: Record<string, Quarter> = {
  "1.": 1, erste: 1, ersten: 1, erstes: 1, erster: 1, first: 1, "1st": 1,
  "2.": 2, zweite: 2, zweiten: 2, zweites: 2, zweiter: 2, second: 2, "2nd": 2,
  "3.": 3, dritte: 3, dritten: 3, drittes: 3, dritter: 3, third: 3, "3rd": 3,
  "4.": 4, vierte: 4, vierten: 4, viertes: 4, vierter: 4, fourth: 4, "4th": 4,
};

export const MONTH_RE = alternation(Object.keys(MONTH_WORDS));
export const SEASON_RE = alternation(Object.keys(SEASON_PHRASES));
export const WEEKDAY_RE = alternation(Object.keys(WEEKDAYS));
export const PART_RE = alternation(Object.keys(PART_WORDS));
export const ORDINAL_RE = alternation(Object.keys(QUARTER_ORDINALS));

// prettier-ignore
export const YEAR_PART_COMPOUNDS: Record<string, MonthPart> = {
  jahresanfang: "early", jahresbeginn: "early",
  jahresmitte: "mid", "mid-year": "mid", midyear: "mid",
  jahresende: "late", "year-end": "late", "year end": "late", yearend: "late",
};
