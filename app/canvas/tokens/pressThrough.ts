// A standing token sits above the cards (so it can be clicked where its edge runs behind one), and on a
// short edge it covers the handles at both ends. A press there is meant for the handle: hand it over, so
// a connection can always start from a handle a token stands on.

/** The node handle under a point of the page, if any (below whatever covers it). */
function handleAt(x: number, y: number): HTMLElement | null {
  for (const element of document.elementsFromPoint(x, y))
    if (element instanceof HTMLElement && element.classList.contains("react-flow__handle")) return element;
  return null;
}

function copy(type: string, event: MouseEvent): MouseEvent {
  return new MouseEvent(type, {
    bubbles: true,
    cancelable: true,
    view: window,
    clientX: event.clientX,
    clientY: event.clientY,
    screenX: event.screenX,
    screenY: event.screenY,
    button: event.button,
    buttons: event.buttons,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
  });
}

/**
 * Gives a press on a token to the handle beneath it (React Flow starts the connection from the handle's
 * own mousedown and follows the pointer on the document). Returns the handle, or null when the press
 * was not over one and the token keeps it.
 */
export function passPressToHandle(event: MouseEvent): HTMLElement | null {
  if (event.button !== 0) return null;
  const handle = handleAt(event.clientX, event.clientY);
  if (!handle) return null;
  handle.dispatchEvent(copy("mousedown", event));
  return handle;
}

/** The click that ends a press handed over goes to the same handle (React Flow's click-to-connect). */
export function passClickToHandle(handle: HTMLElement, event: MouseEvent): void {
  handle.dispatchEvent(copy("click", event));
}
