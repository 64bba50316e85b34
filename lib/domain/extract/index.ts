export { extractFromText } from "./extract";
export { detectLanguage } from "./language";
export type {
  ExistingEventRef,
  ExtractContext,
  ExtractedEvent,
  ExtractEventType,
  ExtractFromText,
  ExtractionResult,
  ExtractQualifier,
  KnownEntity,
} from "./types";
