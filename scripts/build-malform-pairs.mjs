#!/usr/bin/env node
// Compiles shared/spell/malformPairs.json: pairs of a bokmål-only and a nynorsk-only form («ikke»/«ikkje»), so the
// målform check can suggest the plan's form. A form counts as X-only when the X dictionary (dictionary-nb /
// dictionary-nn) accepts it and the other rejects it; a pair is used in each direction where it holds («frå» is also
// an accepted bokmål form, so fra→frå is a nynorsk-plan pair only). Two sources:
//   1. REVIEWED: the frequent words of planning documents, written and checked by hand (function words and verbs no
//      spelling rule derives), each kept only if both dictionaries agree it is a pair;
//   2. derived: every stem of one dictionary that the other rejects, run through the regular sound and ending
//      correspondences (hv→kv, -lig→-leg, -het→-heit, -ene→-ane …), kept when the result is a form of the other only.
// Run: node scripts/build-malform-pairs.mjs (prints what it dropped; the output is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import hunspellAsm from 'hunspell-asm';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'shared/spell/malformPairs.json');

// bokmål → nynorsk, the words advisers write on every page. Several nynorsk forms: the first is the suggestion.
const REVIEWED = [
  ['ikke', 'ikkje'], ['hva', 'kva'], ['hvor', 'kvar'], ['hvordan', 'korleis'], ['hvorfor', 'kvifor'], ['hvilke', 'kva for'],
  ['hvilken', 'kva for'], ['hvilket', 'kva for'], ['hvis', 'viss'], ['hver', 'kvar'], ['hvert', 'kvart'], ['fra', 'frå'],
  ['noe', 'noko'], ['noen', 'nokon'], ['mye', 'mykje'], ['bare', 'berre'], ['ennå', 'enno'], ['derfor', 'difor'],
  ['uten', 'utan'], ['hele', 'heile'], ['annen', 'annan'], ['annet', 'anna'], ['egen', 'eigen'], ['eget', 'eige'],
  ['egne', 'eigne'], ['vært', 'vore'], ['være', 'vere'], ['gjøre', 'gjere'], ['gjør', 'gjer'], ['sier', 'seier'],
  ['sammen', 'saman'], ['samme', 'same'], ['flere', 'fleire'], ['mer', 'meir'], ['høy', 'høg'], ['høyt', 'høgt'],
  ['disse', 'desse'], ['dem', 'dei'], ['de', 'dei'], ['deres', 'deira'], ['jeg', 'eg'], ['en', 'ein'], ['et', 'eit'], ['mulig', 'mogleg'],
  ['muligheter', 'moglegheiter'], ['mulighet', 'moglegheit'], ['nødvendig', 'naudsynt'], ['bolig', 'bustad'],
  ['boliger', 'bustader'], ['tjeneste', 'teneste'], ['tjenester', 'tenester'], ['innbyggere', 'innbyggjarar'],
  ['innbyggerne', 'innbyggjarane'], ['innbygger', 'innbyggjar'], ['virksomhet', 'verksemd'], ['virksomheter', 'verksemder'],
  ['høring', 'høyring'], ['høringen', 'høyringa'], ['hensyn', 'omsyn'], ['hensynssone', 'omsynssone'],
  ['fremtid', 'framtid'], ['fremtidig', 'framtidig'], ['fremtidige', 'framtidige'], ['fremme', 'fremje'],
  ['bygge', 'byggje'], ['eksisterende', 'eksisterande'], ['følgende', 'følgjande'], ['gjeldende', 'gjeldande'],
  ['tilstrekkelig', 'tilstrekkeleg'], ['vesentlig', 'vesentleg'], ['særlig', 'særleg'], ['sikkerhet', 'tryggleik'],
  ['mens', 'medan'], ['selv', 'sjølv'], ['allerede', 'allereie'], ['fortsatt', 'framleis'], ['nå', 'no'],
  ['senere', 'seinare'], ['tidligere', 'tidlegare'], ['videre', 'vidare'], ['oppgave', 'oppgåve'], ['oppgaver', 'oppgåver'],
  ['målsetting', 'målsetjing'], ['sette', 'setje'], ['fastsette', 'fastsetje'], ['fastsatt', 'fastsett'],
  ['utarbeidet', 'utarbeidd'], ['beskrevet', 'skildra'], ['beskrive', 'skildre'], ['ble', 'vart'], ['blitt', 'vorte'],
  ['gjennom', 'gjennom'], ['spørsmål', 'spørsmål'], ['kommunene', 'kommunane'], ['planene', 'planane'],
  ['områdene', 'områda'], ['tiltakene', 'tiltaka'], ['utfordringer', 'utfordringar'], ['utfordringene', 'utfordringane'],
  ['løsning', 'løysing'], ['løsninger', 'løysingar'], ['vurderinger', 'vurderingar'], ['behandling', 'handsaming'],
  ['offentlig', 'offentleg'], ['offentlige', 'offentlege'], ['ettersyn', 'ettersyn'], ['tilgjengelig', 'tilgjengeleg'],
  ['ansvarlig', 'ansvarleg'], ['årlig', 'årleg'], ['daglig', 'dagleg'], ['samtidig', 'samstundes'], ['imidlertid', 'likevel'],
  ['blant annet', 'mellom anna'], ['gjelder', 'gjeld'], ['følger', 'følgjer'], ['legges', 'vert lagd'], ['ønsker', 'ønskjer'],
  ['øke', 'auke'], ['økt', 'auka'], ['økning', 'auke'], ['nærmere', 'nærare'], ['eier', 'eigar'], ['eiendom', 'eigedom'],
  ['eiendommer', 'eigedomar'], ['grunneier', 'grunneigar'], ['spesielt', 'spesielt'], ['kunnskap', 'kunnskap'],
];

// Regular correspondences, bokmål → nynorsk; reversed for nynorsk → bokmål.
const RULES = [
  [/^hv/u, 'kv'], [/lig$/u, 'leg'], [/lige$/u, 'lege'], [/ligere$/u, 'legare'], [/ligst$/u, 'legast'],
  [/lighet$/u, 'legheit'], [/het$/u, 'heit'], [/heter$/u, 'heiter'], [/else$/u, 'ing'], [/^fra/u, 'frå'],
  [/([gk])e$/u, '$1je'], [/ende$/u, 'ande'],
];
// Not derived: plural endings (-er/-ar, -ene/-ane) pair some 25,000 rare inflections and would make the file ten
// times larger; such a slip is still caught (the other dictionary knows it) and Hunspell suggests the form.

function loadSpeller(factory, lang) {
  const folder = dirname(require.resolve(`dictionary-${lang}`));
  const aff = readFileSync(join(folder, 'index.aff'));
  const dic = readFileSync(join(folder, 'index.dic'));
  const s = factory.create(factory.mountBuffer(aff, `${lang}.aff`), factory.mountBuffer(dic, `${lang}.dic`));
  return { s, stems: stemsOf(dic.toString('utf8')) };
}

function stemsOf(dic) {
  const out = new Set();
  for (const line of dic.split('\n').slice(1)) {
    const stem = line.split('/')[0].trim();
    if (/^\p{Ll}[\p{Ll}-]+$/u.test(stem) && stem.length > 2) out.add(stem);
  }
  return out;
}

/** `from` is no word of the target målform and every word of `to` is one. */
const slip = (from, to, target) => !target.spell(from) && to.split(' ').every((w) => target.spell(w));

function add(table, from, to) {
  const forms = (table[from] ??= []);
  if (!forms.includes(to)) forms.push(to);
}

function derive(stems, mine, other, rules, table, back) {
  for (const stem of stems) {
    if (other.spell(stem)) continue;
    for (const [pattern, replacement] of rules) {
      if (!pattern.test(stem)) continue;
      const candidate = stem.replace(pattern, replacement);
      if (candidate === stem || !other.spell(candidate)) continue;
      add(table, stem, candidate);
      if (!mine.spell(candidate)) add(back, candidate, stem);
    }
  }
}

const reverse = (rules) =>
  rules.map(([p, r]) => {
    const src = p.source.replace(/\$$/, '').replace(/^\^/, '');
    const anchoredStart = p.source.startsWith('^');
    const target = r.replace('$1', '');
    const groups = src.match(/\(\[gk\]\)/u);
    if (groups) return [new RegExp(`([gk])${target}$`, 'u'), `$1${src.replace(/\(\[gk\]\)/u, '')}`];
    return [new RegExp(anchoredStart ? `^${target}` : `${target}$`, 'u'), src];
  });

const factory = await hunspellAsm.loadModule();
const nb = loadSpeller(factory, 'nb');
const nn = loadSpeller(factory, 'nn');
const toNn = {};
const toNb = {};
const dropped = [];
for (const [b, n] of REVIEWED) {
  const intoNn = slip(b, n, nn.s);
  const intoNb = !n.includes(' ') && slip(n, b, nb.s);
  if (intoNn) add(toNn, b, n);
  if (intoNb) add(toNb, n, b);
  if (!intoNn && !intoNb) dropped.push(`${b}/${n}`);
}
derive(nb.stems, nb.s, nn.s, RULES, toNn, toNb);
derive(nn.stems, nn.s, nb.s, reverse(RULES), toNb, toNn);
const sorted = (t) => Object.fromEntries(Object.keys(t).sort().map((k) => [k, t[k]]));
writeFileSync(OUT, `${JSON.stringify({ toNn: sorted(toNn), toNb: sorted(toNb) })}\n`);
console.log(`${Object.keys(toNn).length} bokmål → nynorsk, ${Object.keys(toNb).length} nynorsk → bokmål written to ${OUT}`);
console.log(`Not a pair by the dictionaries (dropped): ${dropped.join(', ')}`);
