export { extractFromText } from "./extract";
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
