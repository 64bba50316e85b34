/**
 * A product when no model is named, for the cues of cues.ts, cue-vocabulary.ts and cue-quality.ts:
 * "the chatbot", "its new model", "die KI-Suche", "Apples KI", "den Grok-Chatbot", "der Text-Roboter".
 * Quality words need one ("the results were wrong" is as often about a poll), and a determiner
 * makes it one product: "Chatbots still give false answers" is the whole field.
 */
export const PRODUCT_NOUN =
  /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[\p{Lu}][\p{L}]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}(?:model|chatbot|assistant|bot|app|feature|tool|summar(?:y|ies)|AI search|AI)\b|\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ss]ein\p{L}*|[Ii]hr\p{L}*|[\p{Lu}][\p{L}]*s)\s+(?:[\p{L}-]+\s+){0,2}(?:[\p{L}\p{N}]+-)?(?:Modell|Chatbot|Assistent|Funktion|Zusammenfassung|App|Anwendung|KI-\p{L}+|KI|Roboter|Bot)\p{Ll}*)/u;
