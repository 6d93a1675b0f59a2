// The pipeline graph as a standalone SVG (and PNG) for slides: drawn from the document itself, so it
// is crisp at any size and independent of the canvas's zoom, selection and theme.
import { getAnyKind } from "../../../engine/graph";
import type { NodeCategory, PipelineDocument } from "../../../engine/graph/types";
import { kindText } from "../../i18n/kindText";

const NODE_W = 190;
const NODE_H = 64;
const PAD = 32;

const CATEGORY_COLORS: Record<NodeCategory, string> = {
  source: "#0b8a66",
  transformation: "#2563eb",
  window: "#7c3aed",
  state: "#c2410c",
  join: "#be185d",
  output: "#475569",
};

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function pipelineToSvg(doc: PipelineDocument): string {
  const xs = doc.nodes.map((n) => n.position.x);
  const ys = doc.nodes.map((n) => n.position.y);
  const minX = Math.min(0, ...xs);
  const minY = Math.min(0, ...ys);
  const width = Math.max(NODE_W, ...xs.map((x) => x + NODE_W)) - minX + 2 * PAD;
  const height = Math.max(NODE_H, ...ys.map((y) => y + NODE_H)) - minY + 2 * PAD;
  const at = (id: string) => {
    const n = doc.nodes.find((m) => m.id === id);
    return n ? { x: n.position.x - minX + PAD, y: n.position.y - minY + PAD } : undefined;
  };
  const edges = doc.edges.flatMap((e) => {
    const [s, t] = [at(e.source), at(e.target)];
    if (!s || !t) return [];
    const [x1, y1, x2, y2] = [s.x + NODE_W, s.y + NODE_H / 2, t.x, t.y + NODE_H / 2];
    const dx = Math.max(40, Math.abs(x2 - x1) / 2);
    return [
      `<path d="M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}" fill="none" stroke="#94a3b8" stroke-width="2" marker-end="url(#arrow)"/>`,
    ];
  });
  const nodes = doc.nodes.map((n) => {
    const p = at(n.id)!;
    const spec = getAnyKind(n.kind);
    const color = spec ? CATEGORY_COLORS[spec.category] : "#64748b";
    const title = escapeXml(truncate(n.label || (spec ? kindText().label(spec) : n.kind), 24));
    const method = escapeXml(truncate(spec?.sparkMethod ?? n.kind, 30));
    return [
      `<g transform="translate(${p.x},${p.y})">`,
      `<rect width="${NODE_W}" height="${NODE_H}" rx="8" fill="#ffffff" stroke="${color}" stroke-width="2"/>`,
      `<rect width="6" height="${NODE_H}" rx="3" fill="${color}"/>`,
      `<text x="16" y="26" font-size="15" font-weight="600" fill="#111827">${title}</text>`,
      `<text x="16" y="47" font-size="12" fill="#5f6b7d">${method}</text>`,
      "</g>",
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, Segoe UI, Arial, sans-serif">`,
    `<title>${escapeXml(doc.name)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#f8fafc"/>`,
    ...edges,
    ...nodes,
    "</svg>",
  ].join("\n");
}

/** Renders the SVG onto a canvas at `scale` (2 = sharp on projectors) and returns a PNG blob. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw on a canvas");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
