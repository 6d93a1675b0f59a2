// A text draft for a field whose stored value is parsed from text (numbers, durations, JSON): the
// user may type through invalid states; only valid values reach the store; undo updates the draft.
// An `onChange` that returns false refused the value (e.g. the store keeps it fixed during a run): the
// draft then shows the stored value again, so the field never shows what the document doesn't hold.
import { useEffect, useRef, useState } from "react";

export function useDraft<T>(
  value: T,
  format: (v: T) => string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; error: string },
  onChange: (v: T) => unknown,
) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const lastCommitted = useRef(value);

  useEffect(() => {
    // An outside change (undo, another field): show it unless it's what we just committed.
    if (!Object.is(value, lastCommitted.current)) {
      lastCommitted.current = value;
      setText(format(value));
      setError(null);
    }
  }, [value, format]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setError(null);
      lastCommitted.current = parsed.value;
      if (onChange(parsed.value) === false) {
        lastCommitted.current = value;
        setText(format(value));
      }
    } else {
      setError(parsed.error);
    }
  };
  return { text, error, edit };
}
