// Advance widths of table text, for sizing columns from their content without a layout engine (shared/ has no DOM,
// and the DOCX is laid out by Word). Per character, the wider of Liberation Sans (Arial's metrics, what Chromium draws
// "Calibri" with where Calibri is missing) and DejaVu Sans (LibreOffice's fallback for Calibri here), so a width
// measured here is enough in every engine that draws our documents; Calibri itself is narrower. Units: 1/1000 em,
// taken from the fonts' hmtx tables (regular and bold).

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ÆØÅæøåÉéÈèÜüÖöÄäÓóÁáÍíÚúČčŠšŽžÑñ–—§«»’‘“”…·°%€";
const REGULAR = [
  318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,
  337,838,838,838,556,1015,684,686,722,770,667,611,778,752,295,500,667,557,863,748,787,667,787,722,667,611,732,
  684,989,685,667,685,390,337,390,838,556,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,
  635,411,521,392,634,592,818,592,592,525,636,337,636,838,1000,787,684,982,612,613,667,615,667,615,732,634,787,
  612,684,613,787,612,684,613,295,278,732,634,722,550,667,521,685,525,748,634,556,1000,556,612,612,318,318,518,
  518,1000,333,500,950,636
];
const BOLD = [
  348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,
  400,838,838,838,611,1000,774,762,734,830,683,683,821,837,372,556,775,637,995,837,850,733,850,770,720,682,812,
  774,1103,771,724,725,457,365,457,838,556,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,
  716,493,595,478,712,652,924,645,652,582,712,365,712,838,1085,850,774,1048,687,675,683,678,683,678,812,712,850,
  687,774,675,850,687,774,675,372,343,812,712,734,593,720,595,725,582,837,712,556,1000,556,646,646,380,380,657,
  657,1000,380,500,1002,696
];

/** A character outside the table (CJK, symbols): as wide as the widest common letters. */
const UNKNOWN = 1000;

const regular = new Map<string, number>();
const bold = new Map<string, number>();
[...CHARS].forEach((ch, i) => {
  regular.set(ch, REGULAR[i] ?? UNKNOWN);
  bold.set(ch, BOLD[i] ?? UNKNOWN);
});
// No-break space and hyphen are drawn like their breaking twins.
for (const [alias, ch] of [["\u00a0", " "], ["\u2011", "-"], ["\u2212", "-"], ["\u202f", " "]] as const) {
  regular.set(alias, regular.get(ch) ?? UNKNOWN);
  bold.set(alias, bold.get(ch) ?? UNKNOWN);
}

/** The width in points of a text drawn on one line at the given size. */
export function textWidthPt(text: string, sizePt: number, isBold = false): number {
  const table = isBold ? bold : regular;
  let units = 0;
  for (const ch of text) units += table.get(ch) ?? (/\p{M}|[\u2066-\u2069\u200b-\u200f]/u.test(ch) ? 0 : UNKNOWN);
  return (units / 1000) * sizePt;
}
