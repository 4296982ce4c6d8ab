// Print and screen CSS of the HTML document (the in-app preview and the PDF source). Colours come from the profile,
// already checked for contrast. The watermark is a CSS pseudo-element on screen only (never read as text); in the PDF it is
// the page header line, drawn by Chromium as page furniture.

const cssString = (s: string): string => `"${s.replace(/["\\\n\r]/g, (c) => (c === '\n' || c === '\r' ? ' ' : `\\${c}`))}"`;
/** Font names come from the plan: keep letters, digits, spaces and hyphens only. */
const cssFont = (s: string): string => s.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'Calibri';

export function printCss(options: { font: string; color: string; watermark: string | null }): string {
  const font = cssFont(options.font);
  const watermark = options.watermark
    ? `@media screen{body::before{content:${cssString(options.watermark)};position:fixed;top:45%;left:0;right:0;text-align:center;font-size:72pt;font-weight:700;color:rgba(120,120,120,.18);transform:rotate(-45deg);z-index:0;pointer-events:none}}`
    : '';
  return `
@page{size:A4;margin:25mm 25mm 22mm 25mm}
*{box-sizing:border-box}
html{font-family:"${font}",Carlito,Calibri,"Liberation Sans",Arial,sans-serif;font-size:11pt;line-height:1.4;color:#1f1f1f;background:#fff}
body{margin:0 auto;max-width:180mm;padding:0}
main,nav,header.cover{position:relative;z-index:1}
h1,h2,h3{color:${options.color};line-height:1.2;break-after:avoid;page-break-after:avoid}
h1{font-size:18pt;margin:0 0 8pt}
h2{font-size:14pt;margin:16pt 0 6pt}
h3{font-size:12pt;margin:12pt 0 4pt;color:#1f1f1f}
h1.chapter{break-before:page;page-break-before:always}
p{margin:0 0 6pt}
a{color:${options.color}}
blockquote{margin:8pt 24pt;font-style:italic}
.cover{min-height:230mm;display:flex;flex-direction:column;break-after:page;page-break-after:always}
.cover .municipality{font-size:16pt;font-weight:700;margin:8pt 0 60pt}
.cover .logo{max-height:30mm;max-width:60mm;align-self:flex-start}
.cover .title{font-size:26pt;font-weight:700;color:${options.color};margin:0 0 8pt}
.cover .subtitle{font-size:16pt;color:#404040;margin:0 0 60pt}
.cover .status{font-weight:700}
.cover .lines p{margin:0 0 4pt}
nav.toc{break-after:page;page-break-after:always}
nav.toc .toc-title{font-size:16pt;font-weight:700;color:${options.color};margin:0 0 12pt}
nav.toc ol{list-style:none;margin:0;padding:0}
nav.toc li{margin:0 0 3pt}
nav.toc li.l2{padding-left:12mm}
nav.toc li.l3{padding-left:24mm}
nav.toc a{color:#1f1f1f;text-decoration:none}
nav.toc .num{display:inline-block;min-width:12mm}
nav.toc.paged a{display:flex;align-items:baseline}
nav.toc.paged .num{flex:none}
nav.toc.paged .t{flex:1 1 auto}
nav.toc.paged .pg{flex:none;width:12mm;text-align:right}
table{border-collapse:collapse;width:100%;margin:0 0 12pt;font-size:9.5pt}
caption{caption-side:top;text-align:left;font-weight:700;padding:0 0 4pt;font-size:10pt}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #8a8a8a;padding:3pt 5pt;vertical-align:top;text-align:left}
thead th{background:${options.color};color:#fff}
th[scope=row]{background:#f2f2f2}
tr.group td,tr.group th{background:#e8e8e8;font-weight:700}
tr.subtotal td,tr.total td{font-weight:700}
tr.total td{border-top:2px solid #1f1f1f}
td.num{text-align:right;white-space:nowrap}
td p,th p{margin:0 0 2pt}
figure{margin:8pt 0 12pt;break-inside:avoid}
figure img{max-width:100%;height:auto}
figcaption{font-weight:700;font-size:10pt;margin-top:4pt}
.footnotes{border-top:1px solid #8a8a8a;margin-top:24pt;font-size:9pt}
sup a{text-decoration:none}
${watermark}
@media screen{body{padding:16px}}
`;
}
