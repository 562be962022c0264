/**
 * Organizations: the suffix and prefix words that make a proper name an organization
 * ("… Airlines", "Ministry of …"), and a short list of international and state bodies
 * news names bare ("NATO", "the Kremlin"). No companies: those are found by rules.
 */
import { slug } from './regions.js';

/** Last word of a name that marks it an organization ("Apple Inc.", "Ukrainian Armed Forces"). */
export const ORG_SUFFIXES = new Set(
  (
    'Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. LLC plc PLC AG SA S.A. GmbH NV Group Holdings ' +
    'Ministry Agency Airlines Airways Forces Army Navy Party University College School Council Bank Association ' +
    'Committee Commission Court Department Office Institute Foundation Fund Organization Organisation Union ' +
    'Federation League Club Police Service Services Network Motors Systems Technologies Technology Electronics ' +
    'Industries Partners Capital Securities Energy Telecom Pharmaceuticals Records Studios Entertainment Media ' +
    'Parliament Assembly Senate Congress Board Authority Administration Government Guard Guards Brigade Battalion ' +
    'Regiment Command Directorate Bureau Alliance Coalition Movement Front Society Trust Authority Exchange ' +
    'Reserve Labs Laboratories Software Computer Computers Communications Hospital Church Times Post ' +
    'Journal Herald Tribune News Gazette Broadcasting Television Radio FC Team Cabinet Secretariat Mission ' +
    'Force Corps Courts Workers Employees Council Tribunal Prosecutor Prosecutors Academy Museum Orchestra Comics Games Mobile Motor Oil Gas Steel'
  ).split(' '),
);

/** First words of "X of Y" organization names ("Ministry of Defence", "Bank of England"). */
export const ORG_PREFIXES = new Set(
  'Ministry Department Bank University Church Council Court Office Institute Institutes Federation League Union Board House Chamber Secretary Center Centre Academy Museum Society Association Organization Organisation Commission Committee Agency Bureau Fund'.split(
    ' ',
  ),
);

/** Bodies news names bare, by written form → canonical name. Case-sensitive. */
const KNOWN: Record<string, string[]> = {
  'United Nations': ['United Nations', 'UN', 'U.N.'],
  NATO: ['NATO', 'Nato'],
  'European Union': ['European Union', 'EU', 'E.U.'],
  'European Commission': ['European Commission'],
  'European Parliament': ['European Parliament'],
  'International Monetary Fund': ['International Monetary Fund', 'IMF'],
  'World Bank': ['World Bank'],
  'World Health Organization': ['World Health Organization', 'WHO'],
  'World Trade Organization': ['World Trade Organization', 'WTO'],
  'International Committee of the Red Cross': ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  OSCE: ['OSCE'],
  'International Atomic Energy Agency': ['International Atomic Energy Agency', 'IAEA'],
  'International Criminal Court': ['International Criminal Court', 'ICC'],
  OPEC: ['OPEC'],
  'African Union': ['African Union'],
  ASEAN: ['ASEAN'],
  'G7': ['G7', 'G-7'],
  'G20': ['G20', 'G-20'],
  Kremlin: ['Kremlin'],
  'White House': ['White House'],
  Pentagon: ['Pentagon'],
  'Downing Street': ['Downing Street'],
  FBI: ['FBI'],
  CIA: ['CIA'],
  SBU: ['SBU'],
  FSB: ['FSB'],
  Hamas: ['Hamas'],
  Hezbollah: ['Hezbollah'],
  Taliban: ['Taliban'],
  'Islamic State': ['Islamic State', 'ISIS', 'ISIL'],
  'Wagner Group': ['Wagner', 'Wagner Group'],
  FIFA: ['FIFA'],
  UEFA: ['UEFA'],
  'International Olympic Committee': ['International Olympic Committee', 'IOC'],
  SEC: ['SEC'],
  'Federal Reserve': ['Federal Reserve', 'Fed'],
  'European Central Bank': ['European Central Bank', 'ECB'],
  Congress: ['Congress'],
  Senate: ['Senate'],
  'Verkhovna Rada': ['Verkhovna Rada'],
  Duma: ['Duma', 'State Duma'],
  'Supreme Court': ['Supreme Court'],
  'High Court': ['High Court'],
  'Amnesty International': ['Amnesty International', 'Amnesty'],
  'Human Rights Watch': ['Human Rights Watch'],
};

let byForm: Map<string, string> | undefined;

/** Canonical name of a well-known body from a written form ("UN" → "United Nations"), else undefined. */
export function lookupOrganization(form: string): string | undefined {
  byForm ??= new Map(Object.entries(KNOWN).flatMap(([name, forms]) => forms.map((f) => [f, name] as const)));
  return byForm.get(form);
}

/** Stable, global key of a well-known body ("org:nato"). */
export function knownOrganizationKey(name: string): string {
  return `org:${slug(name)}`;
}
