// Print and screen CSS of the HTML document (the in-app preview and the PDF source). Colours come from the profile,
// already checked for contrast. The watermark is a CSS pseudo-element, which is not document text (not in the PDF's
// structure tree, not read aloud): a diagonal one is fixed, so Chromium repeats it on every printed page; a top line
// is drawn on screen only, since in the PDF it is page furniture (an @page margin box, see pdfPrinter.ts).
import type { DocMeta } from '../model';
import { TABLE_FONT_PT } from '../tableLayout';
import { cssString } from './cssString';

/** Font names come from the plan: keep letters, digits, spaces and hyphens only. */
const cssFont = (s: string): string => s.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'Calibri';

function watermarkCss(watermark: DocMeta['watermark']): string {
  if (!watermark) return '';
  const content = `content:${cssString(watermark.text)}`;
  // A solid light grey rather than a transparent one: no transparency groups on every PDF page.
  if (watermark.placement === 'diagonal')
    return `body::before{${content};position:fixed;top:50%;left:50%;transform:translate(-50%,-50%) rotate(-45deg);white-space:nowrap;font-size:64pt;font-weight:700;color:#e1e1e1;z-index:0;pointer-events:none}`;
  return `@media screen{body::before{${content};display:block;text-align:center;font-size:9pt;font-weight:700;letter-spacing:2pt;color:#5a5a5a;margin:0 0 12pt}}`;
}

export function printCss(options: { font: string; color: string; watermark: DocMeta['watermark'] }): string {
  const font = cssFont(options.font);
  const watermark = watermarkCss(options.watermark);
  return `
@page{size:A4;margin:25mm 25mm 22mm 25mm}
@page wide{size:A4 landscape}
.wide{page:wide}
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
table{border-collapse:collapse;table-layout:fixed;width:100%;margin:0 0 12pt;font-size:${TABLE_FONT_PT}pt}
caption{caption-side:top;text-align:left;font-weight:700;padding:0 0 4pt;font-size:10pt;break-after:avoid;page-break-after:avoid}
thead{display:table-header-group;break-inside:avoid;break-after:avoid}
tr{break-inside:avoid;page-break-inside:avoid}
th,td{border:1px solid #8a8a8a;padding:3pt 5pt;vertical-align:top;text-align:left}
thead th{background:${options.color};color:#fff}
th[scope=row]{background:#f2f2f2}
tr.group{break-after:avoid;page-break-after:avoid}
tr.group td,tr.group th{background:#e8e8e8;font-weight:700}
tr.subtotal td,tr.total td{font-weight:700}
tr.total td{border-top:2px solid #1f1f1f}
td.num{text-align:right;white-space:nowrap}
th.num{text-align:right}
.nw{white-space:nowrap}
td p,th p{margin:0 0 2pt}
figure{margin:8pt 0 12pt;break-inside:avoid}
figure img{max-width:100%;height:auto}
figcaption{font-weight:700;font-size:10pt;margin-top:4pt}
.footnotes{border-top:1px solid #8a8a8a;margin-top:24pt;font-size:9pt}
sup a{text-decoration:none}
${watermark}
@media print{body{max-width:none}}
@media screen{body{padding:16px}}
`;
}
