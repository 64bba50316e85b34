import { splitMarkedText } from "@/lib/domain/marked-text";

/** A search snippet with its matches in <mark>; the text is rendered as text, never as HTML. */
export function MarkedText({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarkedText(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
