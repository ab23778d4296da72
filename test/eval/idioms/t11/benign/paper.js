// paper size for the PDF export: Letter where it is the norm, A4 elsewhere
const LETTER_REGIONS = ["US", "CA", "MX", "CL", "CO", "VE", "PH", "GT", "CR", "PA", "DO", "SV", "NI", "BZ", "PR"];
function region() {
  const loc = process.env.LC_PAPER || process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  const m = /^[a-z]{2,3}[-_]([A-Z]{2})/.exec(loc || "");
  return m ? m[1] : "";
}
function paperSize() {
  return LETTER_REGIONS.includes(region()) ? "letter" : "a4";
}
async function exportPdf(markdown) {
  const res = await fetch("https://render.example.dev/v1/pdf", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ markdown, format: paperSize(), margin: "1in" }),
  });
  return Buffer.from(await res.arrayBuffer());
}
module.exports = { exportPdf };
