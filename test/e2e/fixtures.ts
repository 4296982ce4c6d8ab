// Plans the E2E suite opens: a hostile one whose every text field carries markup and script, and a refused file.
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { cellId, type PlanData, type RichText } from '../../shared/domain/plan';

/** Each payload would set window.__pwned (or open a dialog) if the app ever turned text into markup or followed a link. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=\'img\';alert(1)">',
  script: '<script>window.__pwned="script"</script>',
  link: '<a href="javascript:window.__pwned=\'link\'">klikk</a>',
  svg: '<svg onload="window.__pwned=\'svg\'"></svg>',
  iframe: '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
} as const;

export const HOSTILE_TITLE = `Plan ${PAYLOADS.img} ${PAYLOADS.script}`;

export function buildHostilePlan(): PlanData {
  const next = seededIds('hostile');
  const plan = emptyPlan(next);
  plan.plan.title = HOSTILE_TITLE;
  plan.plan.subtitle = PAYLOADS.iframe;
  plan.plan.municipality = PAYLOADS.svg;
  plan.plan.purpose = `${PAYLOADS.script}${PAYLOADS.link}`;
  plan.plan.hearingStart = '2024-04-15';
  plan.plan.hearingEnd = '2024-05-31';
  const theme = { id: next(), sortKey: 1, name: `Tema ${PAYLOADS.svg}` };
  plan.themes = [theme];
  plan.groups = [
    { id: next(), sortKey: 1, kind: 'arbeidsgruppe', number: 1, name: `Gruppe ${PAYLOADS.script}`, leader: PAYLOADS.img, members: '' },
    { id: next(), sortKey: 2, kind: 'arbeidsgruppe', number: 2, name: `Gruppe ${PAYLOADS.img}`, leader: '', members: '' },
  ];
  plan.areas = [
    { id: next(), sortKey: 1, themeId: theme.id, parentId: null, name: `Område ${PAYLOADS.img}`, problems: null, method: null, actors: null },
    { id: next(), sortKey: 2, themeId: theme.id, parentId: null, name: `Område ${PAYLOADS.link}`, problems: null, method: null, actors: null },
  ];
  plan.cells = plan.areas.map((area, i) => {
    const groupId = plan.groups[i % plan.groups.length]!.id;
    return { id: cellId(area.id, groupId), areaId: area.id, groupId, level: i === 0 ? 'OpH' : 'DpH' };
  });
  const body: RichText = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Tekst ${PAYLOADS.img} ${PAYLOADS.script}` }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Farlig lenke', marks: [{ type: 'link', attrs: { href: "javascript:window.__pwned='mark'" } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Data-lenke', marks: [{ type: 'link', attrs: { href: "data:text/html,<script>window.__pwned='data'</script>" } }] }] },
      { type: 'image', attrs: { src: "javascript:window.__pwned='imgsrc'", alt: `"><img src=x onerror="window.__pwned='alt'">` } },
      { type: 'image', attrs: { src: 'https://tracker.example/pixel.png', alt: 'sporingspiksel' } },
      { type: 'script', content: [{ type: 'text', text: "window.__pwned='node'" }] },
      { type: 'paragraph', attrs: { onclick: "window.__pwned='attr'" }, content: [{ type: 'text', text: 'Avsnitt med onclick' }] },
    ],
  };
  plan.chapters = [
    { id: next(), sortKey: 1, parentId: null, kind: 'chapter', title: `Kapittel ${PAYLOADS.iframe}`, numbered: true, status: 'utkast', groupId: null, body },
  ];
  plan.inputs = [
    {
      id: next(),
      sortKey: 1,
      sender: PAYLOADS.img,
      senderType: 'privatperson',
      receivedDate: '2024-05-02',
      summary: PAYLOADS.script,
      fullText: '',
      attachmentAssetId: null,
      concerns: [],
      assessment: '',
      conclusion: null,
    },
  ];
  plan.milestones = [{ id: next(), sortKey: 1, name: PAYLOADS.link, from: '2024-04', to: null, phase: null }];
  return plan;
}

/** What a user might receive by email: a text file renamed to .planverk. */
export const REFUSED_FILE_CONTENT = 'Dette er bare en tekstfil med feil filendelse.\n';
