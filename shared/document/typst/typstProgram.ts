// The one Typst program every PDF is drawn with. It is a constant: the document comes in as JSON (typstData.ts) read
// with json(), so plan text is only ever a string value here and can never be parsed as Typst markup or code.
// Layout follows the HTML print CSS (printCss.ts): A4, 25/25/22/25 mm margins, 11 pt body, 9.5 pt tables.
import { TYPST_DATA_PATH } from './typstData';

export const TYPST_PROGRAM = String.raw`
#let doc = json("${TYPST_DATA_PATH}")
#let meta = doc.meta
#let accent = rgb(meta.color)
#let ink = rgb("#1f1f1f")
#let rule = 0.75pt + rgb("#8a8a8a")
#let wm = meta.watermark

#set document(title: meta.title, author: if meta.author == none { () } else { meta.author })
// Type set as Word sets the DOCX by default (the same Carlito/Calibri metrics, so the same line breaks): body and
// table text without kerning or ligatures, text of 12 pt and up (headings, cover, titles) kerned, as Word's
// heading styles and ours (docxRenderer) are. Kerning and ligatures were ≈ 18 % of the compile's instructions.
#set text(font: meta.fonts, size: 11pt, lang: meta.lang, region: "NO", fill: ink, kerning: false, ligatures: false)
#set par(leading: 0.55em, spacing: 0.9em)

#let inlines(runs) = {
  for r in runs {
    if r.kind == "break" { linebreak() }
    else if r.kind == "footnote" { footnote(inlines(r.runs)) }
    else {
      let body = text(r.text)
      if r.at("bold", default: false) { body = strong(body) }
      if r.at("italic", default: false) { body = emph(body) }
      if r.at("underline", default: false) { body = underline(body) }
      if "link" in r { body = link(r.link, body) }
      // A passage in the other målform: hyphenation and the PDF's language tag follow it.
      if "lang" in r { body = text(lang: r.lang, body) }
      // A suggested change as Word prints it: an insertion underlined, a deletion struck through, both in colour.
      let change = r.at("change", default: none)
      if change == "ins" { body = underline(text(fill: rgb("#0b5a1e"), body)) }
      else if change == "del" { body = strike(text(fill: rgb("#9b1c1c"), body)) }
      // A hyphenated code (law id, case number) is one unbreakable box: no line ends at its hyphens.
      if r.at("code", default: false) { box(body) } else { body }
    }
  }
}

#set page(
  paper: "a4",
  margin: (top: 25mm, right: 25mm, bottom: 22mm, left: 25mm),
  // Page furniture: Typst writes background, header and footer as artifacts, outside the structure tree.
  // The diagonal watermark is placed at the centre of the page box itself, so it is centred on portrait and
  // landscape pages alike and never runs over into the next page.
  background: if wm != none and wm.placement == "diagonal" {
    place(center + horizon, rotate(-45deg, text(kerning: true, size: 64pt, weight: 700, fill: rgb("#e1e1e1"), wm.text)))
  },
  header: if wm != none and wm.placement == "top" {
    align(center, text(size: 9pt, weight: 700, tracking: 2pt, fill: rgb("#5a5a5a"), wm.text))
  },
  footer: context if here().page() > 1 {
    set text(size: 8pt, fill: rgb("#333333"))
    grid(
      columns: (1fr, auto),
      column-gutter: 12pt,
      if "footerRuns" in meta { inlines(meta.footerRuns) } else { meta.footer },
      meta.pageWord + " " + str(here().page()) + " " + meta.ofWord + " " + str(counter(page).final().first()),
    )
  },
)

#show heading: set text(fill: accent, weight: 700, kerning: true)
#show heading: set block(above: 16pt, below: 8pt)
#show heading.where(level: 1): set text(size: 18pt)
#show heading.where(level: 2): set text(size: 14pt)
#show heading.where(level: 3): set text(size: 12pt, fill: ink)
#show link: set text(fill: accent)
#show figure.caption: set text(size: 10pt, weight: 700)
#show figure.caption: set align(left)
#show figure: set block(breakable: true)
#show figure.where(kind: table): set figure.caption(position: top)

// Typst has no forward references, so the helpers get the block renderer as their first argument.
// A cell of one paragraph holds its text directly (tagged TD with the text, no P inside): the same layout, but an
// explicit par() per cell made Typst's cell layout ≈ 20 % dearer (2,500 cells in the reference plan). Cells of
// several blocks keep their paragraphs.
#let cell-body(render, c) = {
  if c.nowrap != none { box(inlines(c.nowrap)) }
  else if c.blocks.len() == 1 and c.blocks.first().kind == "paragraph" { inlines(c.blocks.first().runs) }
  else { render(c.blocks) }
}

#let header-cell(render, c) = table.cell(colspan: c.span, fill: accent, align: if c.right { right } else { left },
  text(fill: white, weight: 700, cell-body(render, c)))

#let body-cell(render, c, row) = {
  let bold = c.rowHeader or row.emphasis != none
  let fill = if row.emphasis == "group" { rgb("#e8e8e8") } else if c.rowHeader { rgb("#f2f2f2") } else { none }
  table.cell(colspan: c.span, fill: fill, breakable: not row.keep,
    align: if c.right { right } else { left },
    stroke: if row.emphasis == "total" { (top: 2pt + ink, rest: rule) } else { rule },
    if bold { text(weight: 700, cell-body(render, c)) } else { cell-body(render, c) })
}

#let draw-table(render, b) = {
  // Columns are sized from their content (tableLayout.ts); in a table squeezed so that a word is wider than its
  // column, words are hyphenated (Norwegian patterns) rather than run over the next column or the margin.
  set text(size: 9.5pt, hyphenate: b.hyphenate)
  set par(spacing: 4pt, leading: 0.45em)
  let items = ()
  if b.header.len() > 0 {
    items.push(table.header(repeat: true, ..b.header.flatten().map(c => header-cell(render, c))))
  }
  for row in b.rows {
    let cells = row.cells.map(c => body-cell(render, c, row))
    // A theme row is a sub-header: Typst never leaves one alone at the foot of a page, so it stays with its first row.
    if row.emphasis == "group" { items.push(table.header(level: 2, repeat: false, ..cells)) }
    else { items += cells }
  }
  let body = table(
    columns: b.widths.map(w => w * 1fr),
    stroke: rule,
    inset: (x: 5pt, y: 3pt),
    align: left + top,
    ..items,
  )
  // With a caption the table is a figure: tagged Table with its Caption, the caption kept above its first rows (the
  // figure may break across pages, so the caption sticks to the table, or it could end a page alone).
  show figure.caption: it => block(sticky: true, it)
  block(below: 12pt, if b.caption == none { body } else {
    figure(body, kind: table, numbering: none, supplement: none, caption: figure.caption(position: top, b.caption))
  })
}

#let draw-image(b) = {
  if b.path == none { return par(emph(b.alt)) }
  let picture(alt) = layout(size => {
    let w = if b.widthPt == none { size.width } else { calc.min(b.widthPt * 1pt, size.width) }
    image(b.path, width: w, alt: alt)
  })
  if b.decorative { pdf.artifact(picture(none)) }
  else if b.caption != none {
    figure(picture(b.alt), caption: figure.caption(b.caption), numbering: none, supplement: none, kind: image)
  } else { figure(picture(b.alt), numbering: none, supplement: none, kind: image) }
}

#let blocks(content-blocks) = {
  for b in content-blocks {
    if b.kind == "heading" {
      if b.chapter { pagebreak(weak: true) }
      // A heading in the other målform (a chapter written in it) is tagged with that language, like its text.
      let title = if "lang" in b { text(lang: b.lang, b.text) } else { b.text }
      if b.at("runs", default: none) == none {
        [#heading(level: b.level, outlined: b.toc, bookmarked: true, title)#label(b.id)]
      } else {
        // A redlined heading (a compare): the old and new words drawn as tracked changes, while the heading itself
        // (tag, bookmark, Innhold's link) keeps the new text.
        show heading: it => block(inlines(b.runs))
        [#heading(level: b.level, outlined: b.toc, bookmarked: true, title)#label(b.id)]
      }
    } else if b.kind == "paragraph" { par(inlines(b.runs)) }
    else if b.kind == "quote" { quote(block: true, emph(blocks(b.blocks))) }
    else if b.kind == "list" {
      let items = b.items.map(blocks)
      if b.ordered { enum(..items) } else { list(..items) }
    } else if b.kind == "table" { draw-table(blocks, b) }
    else if b.kind == "image" { draw-image(b) }
    else if b.kind == "pageBreak" { pagebreak(weak: true) }
  }
}

// The cover: no footer (see the page footer), the watermark stays.
#{
  let cov = doc.cover
  if cov.logo != none {
    image(cov.logo.path, width: cov.logo.widthMm * 1mm, height: cov.logo.heightMm * 1mm, alt: cov.logo.alt)
  }
  // A compare redline's cover: its texts as runs with their changes (the status line's bold is in its runs).
  let r = cov.at("runs", default: none)
  let municipality = if r == none { cov.municipality } else if r.municipality.len() > 0 { inlines(r.municipality) } else { "" }
  let subtitle = if r == none { cov.subtitle } else if r.subtitle.len() > 0 { inlines(r.subtitle) } else { "" }
  if municipality != "" { block(above: 8pt, below: 60pt, text(kerning: true, size: 16pt, weight: 700, municipality)) }
  block(below: 8pt, text(kerning: true, size: 26pt, weight: 700, fill: accent, if r == none { cov.title } else { inlines(r.title) }))
  if subtitle != "" { block(below: 60pt, text(kerning: true, size: 16pt, fill: rgb("#404040"), subtitle)) }
  if r == none {
    for (i, line) in cov.lines.enumerate() {
      block(below: 4pt, if i == 0 { text(weight: 700, line) } else { line })
    }
  } else {
    for line in r.lines { block(below: 4pt, inlines(line)) }
  }
}

// Innhold: every entry links to its heading and shows the page Typst put it on.
#if doc.toc != none {
  pagebreak()
  block(below: 12pt, text(kerning: true, size: 16pt, weight: 700, fill: accent, doc.toc.title))
  for e in doc.toc.entries {
    block(above: 0pt, below: 4pt, inset: (left: (e.level - 1) * 12mm), link(label(e.id), {
      if e.number != none { box(width: 12mm, e.number) }
      e.text
      " "
      box(width: 1fr, repeat[.#h(2pt)])
      " "
      box(width: 12mm, align(right, context str(locate(label(e.id)).page())))
    }))
  }
}

#for run in doc.runs {
  if run.landscape { page(flipped: true, blocks(run.blocks)) }
  else {
    pagebreak(weak: true)
    blocks(run.blocks)
  }
}

// Comments on the document as a whole (their range is not in the text), after it.
#if doc.at("comments", default: none) != none {
  block(above: 24pt, below: 8pt, text(kerning: true, size: 14pt, weight: 700, fill: accent, doc.comments.title))
  list(..doc.comments.notes)
}
`;
