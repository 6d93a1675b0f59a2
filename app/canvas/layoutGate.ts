// While a just-opened pipeline is being laid out the canvas hides its cards: its first visible frame
// is the laid-out, fitted view, never the stored positions squeezed to fit and then jumping.
import { create } from "zustand";

export const useLayoutGate = create<{ pending: boolean }>(() => ({ pending: false }));

export const holdCanvasForLayout = () => useLayoutGate.setState({ pending: true });
export const releaseCanvas = () => useLayoutGate.setState({ pending: false });
