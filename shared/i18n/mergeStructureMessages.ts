// UI strings for the structure part of a merge (rows kept alive, moves that cross, delete against edit, text offered
// back, text moved alike on both sides kept once) and the merge help's rules, spread into nb/nn/en. The rules are the ones docs/architecture.md describes.

export const mergeStructureNb = {
  'merge.rulesHeading': 'Slik slås kopier sammen',
  'merge.rules':
    'Ingenting blir borte uten at du ser det. Er noe slettet på den ene siden og endret senere på den andre, beholdes det med endringen. Kom slettingen sist, gjelder den, og endringen vises her med teksten fra den andre siden. Har den andre siden lagt noe til under noe som er slettet (et underkapittel, et område, en celle eller et tiltak), beholdes det som ble slettet, slik at det nye har en plass. Er to kapitler flyttet inn under hverandre, legges det som ble flyttet sist, øverst. Er et avsnitt slettet på den ene siden og skrevet i på den andre, vises teksten her så du kan lime den inn igjen. Har begge sidene slått sammen de samme to avsnittene, står teksten én gang, og det står her. Alt dette står i forhåndsvisningen før du slår sammen, og sikkerhetskopien lar deg gå tilbake.',
  'merge.structureHeading': 'Slettet, flyttet og tatt vare på ({count})',
  'merge.repair.restored': '«{row}» var slettet, men beholdes fordi «{via}» hører til den.',
  'merge.repair.editedAfterDelete': '«{row}» var slettet, men ble endret senere; den beholdes med endringen.',
  'merge.repair.cycleBroken': '«{row}» var flyttet inn under noe som var flyttet inn under den; «{row}» er lagt øverst.',
  'merge.repair.movedUp': '«{row}» lå under et område som er flyttet til et annet tema; det ligger nå øverst i sitt tema.',
  'merge.repair.referenceCleared': '«{row}» viste til noe som ikke finnes; henvisningen er fjernet.',
  'merge.repair.hidden': '«{row}» hører til noe som ikke finnes, og vises ikke.',
  'merge.deletedEdit.restoredHere': '«{row}» er slettet her og endret i kopien: den beholdes med endringen.',
  'merge.deletedEdit.restoredCopy': '«{row}» er slettet i kopien og endret her: den beholdes med endringen.',
  'merge.deletedEdit.deletedHere': '«{row}» er slettet her og endret i kopien; slettingen gjelder. Kopiens endring: {text}',
  'merge.deletedEdit.deletedCopy': '«{row}» er slettet i kopien og endret her; slettingen gjelder. Endringen her: {text}',
  'merge.offered.fromCopy': 'Et avsnitt i «{chapter}» er slettet her, men endret i kopien. Kopiens tekst: {text}',
  'merge.offered.fromHere': 'Et avsnitt i «{chapter}» er slettet i kopien, men endret her. Teksten her: {text}',
  'merge.doubled': 'Teksten «{text}» i «{chapter}» var flyttet likt her og i kopien og står nå én gang.',
};

export const mergeStructureNn: typeof mergeStructureNb = {
  'merge.rulesHeading': 'Slik blir kopiar slegne saman',
  'merge.rules':
    'Ingenting blir borte utan at du ser det. Er noko sletta på den eine sida og endra seinare på den andre, blir det verande med endringa. Kom slettinga sist, gjeld ho, og endringa blir vist her med teksten frå den andre sida. Har den andre sida lagt noko til under noko som er sletta (eit underkapittel, eit område, ei celle eller eit tiltak), blir det som vart sletta, verande, slik at det nye har ein plass. Er to kapittel flytte inn under kvarandre, blir det som vart flytt sist, lagt øvst. Er eit avsnitt sletta på den eine sida og skrive i på den andre, blir teksten vist her så du kan lime han inn att. Har begge sidene slått saman dei same to avsnitta, står teksten éin gong, og det står her. Alt dette står i førehandsvisinga før du slår saman, og tryggleikskopien lèt deg gå tilbake.',
  'merge.structureHeading': 'Sletta, flytt og teke vare på ({count})',
  'merge.repair.restored': '«{row}» var sletta, men blir verande fordi «{via}» høyrer til han.',
  'merge.repair.editedAfterDelete': '«{row}» var sletta, men vart endra seinare; han blir verande med endringa.',
  'merge.repair.cycleBroken': '«{row}» var flytt inn under noko som var flytt inn under han; «{row}» er lagd øvst.',
  'merge.repair.movedUp': '«{row}» låg under eit område som er flytt til eit anna tema; det ligg no øvst i sitt tema.',
  'merge.repair.referenceCleared': '«{row}» viste til noko som ikkje finst; tilvisinga er fjerna.',
  'merge.repair.hidden': '«{row}» høyrer til noko som ikkje finst, og blir ikkje vist.',
  'merge.deletedEdit.restoredHere': '«{row}» er sletta her og endra i kopien: han blir verande med endringa.',
  'merge.deletedEdit.restoredCopy': '«{row}» er sletta i kopien og endra her: han blir verande med endringa.',
  'merge.deletedEdit.deletedHere': '«{row}» er sletta her og endra i kopien; slettinga gjeld. Endringa i kopien: {text}',
  'merge.deletedEdit.deletedCopy': '«{row}» er sletta i kopien og endra her; slettinga gjeld. Endringa her: {text}',
  'merge.offered.fromCopy': 'Eit avsnitt i «{chapter}» er sletta her, men endra i kopien. Teksten i kopien: {text}',
  'merge.offered.fromHere': 'Eit avsnitt i «{chapter}» er sletta i kopien, men endra her. Teksten her: {text}',
  'merge.doubled': 'Teksten «{text}» i «{chapter}» var flytta likt her og i kopien og står no éin gong.',
};

export const mergeStructureEn: typeof mergeStructureNb = {
  'merge.rulesHeading': 'How copies are merged',
  'merge.rules':
    'Nothing disappears without you seeing it. Something deleted on one side and edited later on the other is kept with the edit. If the delete came last it stands, and the edit is shown here with the other side’s text. If the other side added something under a deleted item (a sub-chapter, an area, a cell or a measure), the deleted item is kept so the new one has a place. If two chapters were moved into each other, the one moved last goes to the top level. If a paragraph was deleted on one side and typed in on the other, its text is shown here so you can paste it back. If both sides joined the same two paragraphs, the text appears once, and this is listed here. All of this is in the preview before you merge, and the backup lets you go back.',
  'merge.structureHeading': 'Deleted, moved and kept ({count})',
  'merge.repair.restored': '«{row}» was deleted, but is kept because «{via}» belongs to it.',
  'merge.repair.editedAfterDelete': '«{row}» was deleted, but edited later; it is kept with the edit.',
  'merge.repair.cycleBroken': '«{row}» was moved under something that was moved under it; «{row}» now sits at the top level.',
  'merge.repair.movedUp': '«{row}» was under an area that moved to another theme; it is now a top-level area of its theme.',
  'merge.repair.referenceCleared': '«{row}» pointed at something that does not exist; the reference is removed.',
  'merge.repair.hidden': '«{row}» belongs to something that does not exist and is not shown.',
  'merge.deletedEdit.restoredHere': '«{row}» was deleted here and edited in the copy: it is kept with the edit.',
  'merge.deletedEdit.restoredCopy': '«{row}» was deleted in the copy and edited here: it is kept with the edit.',
  'merge.deletedEdit.deletedHere': '«{row}» was deleted here and edited in the copy; the delete stands. The copy’s edit: {text}',
  'merge.deletedEdit.deletedCopy': '«{row}» was deleted in the copy and edited here; the delete stands. The edit here: {text}',
  'merge.offered.fromCopy': 'A paragraph in «{chapter}» was deleted here but edited in the copy. The copy’s text: {text}',
  'merge.offered.fromHere': 'A paragraph in «{chapter}» was deleted in the copy but edited here. The text here: {text}',
  'merge.doubled': 'The text «{text}» in «{chapter}» was moved the same way here and in the copy and now appears once.',
};
