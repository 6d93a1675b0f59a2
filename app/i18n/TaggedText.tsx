// A translated sentence with simple inline tags (`<strong>…</strong>`, `<code>…</code>`) drawn as React
// elements. The first screen needs only this, so react-i18next's <Trans> (and its HTML parser) stays
// with the dialogs that load later. Tags do not nest; an unknown tag is shown as its text.
import { cloneElement, Fragment, type ReactElement, type ReactNode } from "react";

const TAG = /<(\w+)>(.*?)<\/\1>/gs;

/** `text` split into strings and `components[tag]` clones holding the tagged text. */
export function taggedParts(text: string, components: Record<string, ReactElement>): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, tag, inner] = match;
    const element = components[tag];
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push(element ? cloneElement(element, { key: parts.length }, inner) : whole);
    at = match.index + whole.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function TaggedText({ text, components }: { text: string; components: Record<string, ReactElement> }) {
  return <Fragment>{taggedParts(text, components)}</Fragment>;
}
