/**
 * Reader for MEANTIME CAT XML (NewsReader MEANTIME corpus, Wikinews, CC BY 4.0,
 * © 2015 FBK, VU Amsterdam, UPV/EHU).
 *
 * A CAT document is a flat list of `<token t_id sentence number>` elements, then
 * `<Markables>` (mentions anchored on token ids, and instance elements without anchors)
 * and `<Relations>` (`REFERS_TO`: mention ids → one instance id). This module turns it
 * into plain data; nothing here knows about scoring.
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../errors.js';

export interface CatToken {
  /** `t_id`, unique in the document. */
  id: string;
  text: string;
  /** Sentence index as annotated (0 is the title in Wikinews documents). */
  sentence: number;
  /** Position in the document (`number`). */
  number: number;
}

/** An `ENTITY_MENTION` with the instance it refers to (if any). */
export interface CatEntityMention {
  id: string;
  /** NAM (proper name), NOM, PRO, APP (apposition), CONJ, PTV, ARC, HLS, or '' when unannotated. */
  syntacticType: string;
  /** Token ids, in document order. */
  tokens: string[];
  /** The `ENTITY` instance it `REFERS_TO`, if linked. */
  entity?: CatEntity;
}

/** An `ENTITY` instance: PER, ORG, LOC, PRO (product), FIN (financial), MIX. */
export interface CatEntity {
  id: string;
  type: string;
  name: string;
  /** DBpedia URI, when given. */
  externalRef?: string;
  /** Cross-document instance id (shared by every document mentioning the same thing). */
  instanceId?: string;
}

export interface CatTimex {
  id: string;
  /** DATE, TIME, DURATION, SET. */
  type: string;
  value: string;
  /** `CREATION_TIME` for the publication date, else ''. */
  functionInDocument: string;
  tokens: string[];
}

export interface CatDocument {
  id: string;
  name: string;
  url?: string;
  tokens: CatToken[];
  entityMentions: CatEntityMention[];
  timexes: CatTimex[];
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Token text must stay as written ("06" must not become 6).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) =>
    ['token', 'token_anchor', 'ENTITY_MENTION', 'ENTITY', 'TIMEX3', 'REFERS_TO', 'source', 'target'].includes(name),
});

const list = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const anchors = (node: XmlNode): string[] => list(node.token_anchor).map((a) => str(a.t_id));

/** Parse one CAT XML document. `input` names it in errors. */
export function parseCat(xml: string, input: string): CatDocument {
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch (cause) {
    throw new InputError(input, `not well-formed XML (${(cause as Error).message})`, { cause });
  }
  const doc = root.Document as XmlNode | undefined;
  if (!doc || typeof doc !== 'object') throw new InputError(input, 'expected a CAT <Document> root element');

  const tokens: CatToken[] = list(doc.token)
    .map((t) => ({
      id: str(t.t_id),
      text: str(t['#text']),
      sentence: Number(t.sentence),
      number: Number(t.number),
    }))
    .sort((a, b) => a.number - b.number);
  if (tokens.length === 0) throw new InputError(input, 'expected <token> elements, found none');

  const markables = (doc.Markables ?? {}) as XmlNode;
  const entities = new Map<string, CatEntity>();
  for (const e of list(markables.ENTITY)) {
    const ref = str(e.external_ref).trim();
    const instance = str(e.instance_id).trim();
    entities.set(str(e.m_id), {
      id: str(e.m_id),
      type: str(e.ent_type),
      name: str(e.TAG_DESCRIPTOR).trim(),
      ...(ref ? { externalRef: ref } : {}),
      ...(instance ? { instanceId: instance } : {}),
    });
  }

  // REFERS_TO: several source mentions → one target instance.
  const refersTo = new Map<string, string>();
  const relations = (doc.Relations ?? {}) as XmlNode;
  for (const r of list(relations.REFERS_TO)) {
    const target = list(r.target)[0];
    if (!target) continue;
    for (const s of list(r.source)) refersTo.set(str(s.m_id), str(target.m_id));
  }

  const order = new Map(tokens.map((t) => [t.id, t.number]));
  const byPosition = (ids: string[]) => ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

  const entityMentions: CatEntityMention[] = list(markables.ENTITY_MENTION)
    .map((m) => {
      const id = str(m.m_id);
      const entity = entities.get(refersTo.get(id) ?? '');
      return {
        id,
        syntacticType: str(m.syntactic_type),
        tokens: byPosition(anchors(m)),
        ...(entity ? { entity } : {}),
      };
    })
    // CAT also lists anchorless stubs of mentions; they name nothing in the text.
    .filter((m) => m.tokens.length > 0);

  const timexes: CatTimex[] = list(markables.TIMEX3)
    .map((t) => ({
      id: str(t.m_id),
      type: str(t.type),
      value: str(t.value),
      functionInDocument: str(t.functionInDocument),
      tokens: byPosition(anchors(t)),
    }))
    .filter((t) => t.tokens.length > 0);

  const url = str(doc.url);
  return {
    id: str(doc.doc_id),
    name: str(doc.doc_name),
    ...(url ? { url } : {}),
    tokens,
    entityMentions,
    timexes,
  };
}
