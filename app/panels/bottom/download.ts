// Saves text as a file the browser downloads (saveAsTextFiles parts).
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A path such as "/out/counts-3000.txt" as a download name: "counts-3000.txt". */
export function fileNameOf(path: string): string {
  const parts = path.split("/").filter(Boolean);
  return parts.at(-1) ?? "part-00000";
}
