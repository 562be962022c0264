/**
 * The small closed word lists the entity rules read: titles that introduce people,
 * words that say "a place follows", capitalised words that are not names, etc.
 * All lower case unless stated; looked up by `Token.lower`.
 */
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Head nouns of a role ("chief *negotiator*", "*President*", "*CEO*"). */
export const TITLE_HEADS = words(`
  president vice-president prime premier minister chancellor king queen prince princess pope emperor
  governor mayor senator congressman congresswoman lawmaker legislator deputy ambassador envoy diplomat
  negotiator spokesman spokeswoman spokesperson secretary chairman chairwoman chair director ceo cfo coo cto
  executive founder co-founder owner head leader chief commander general admiral colonel captain lieutenant
  sergeant officer judge justice prosecutor attorney lawyer advocate adviser advisor aide analyst economist
  professor researcher scientist doctor dr editor correspondent reporter journalist coach manager striker
  midfielder defender goalkeeper player captain champion chief-executive official representative
  ombudsman commissioner inspector sheriff marshal bishop archbishop cardinal rabbi imam cleric patriarch
  mp mep president-elect designer engineer analyst vp evangelist c.e.o. co-founder czar tsar
  co-chairman co-chair co-ceo co-president co-director co-head
`);

/**
 * Lower-case nouns that call a person and are no office (so no role): "billionaire X",
 * "investor X", "his wife X". A name right after one is a person.
 */
export const PERSON_NOUNS = words(`
  billionaire millionaire tycoon magnate mogul investor financier entrepreneur businessman businesswoman
  banker activist campaigner candidate nominee actor actress singer rapper musician author novelist writer
  poet filmmaker artist comedian philanthropist dissident suspect defendant plaintiff victim widow widower
  wife husband son daughter brother sister father mother uncle aunt cousin nephew niece grandson granddaughter
  boyfriend girlfriend fiance fiancee
`);

/** Words that may precede a title head inside the title ("*chief* negotiator", "*foreign* minister"). */
export const TITLE_MODIFIERS = words(`
  chief deputy vice foreign defence defense interior finance economy economic justice health education
  former senior top acting interim lead general executive managing press prime first second state
  presidential military national regional local opposition team assistant associate supreme high
  human rights energy trade culture environment agriculture transport digital security intelligence
  technical operating financial marketing communications parliamentary majority minority party
  head principal then new current outgoing incoming presiding co-chief
`);

/** Honorifics: a name follows, and it is a person ("Mr Jobs", "Dr. Smith"). Compared on the written form. */
export const HONORIFICS = new Set(
  'Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Sen. Rep. Gen. Col. Lt. Capt. Sgt. Gov. Pres. St. Saint Rev. Fr.'.split(' '),
);

/** Verbs of saying: "X said", "X told". Compared on the lemma. */
export const SPEECH_VERBS = words(`
  say tell add write state announce confirm deny claim explain insist argue note warn
  stress comment reply respond declare tweet post accuse urge
`);

/** Words before "in X" that make it ownership, not location ("a stake in X", "invested in X"). Compared on the lemma. */
export const OWNERSHIP_WORDS = words(`stake share shares interest investment invest holding holdings equity`);

/** Prepositions after which a capitalised name is likely a place ("in Geneva", "from Kyiv"). */
export const PLACE_PREPOSITIONS = words(`in near outside inside across throughout`);

/** Wider set for gazetteer cities, where the name already says "place" ("to Kyiv", "from Abu Dhabi", "at Geneva"). */
export const CITY_PREPOSITIONS = words(`in at from near outside inside across toward towards around into to via throughout`);

/** Last words of capitalised facility names ("Moscone Center", "Heathrow Airport"). Written form. */
export const FACILITY_SUFFIXES = new Set(
  'Center Centre Theater Theatre Airport Stadium Arena Bridge Square Street Avenue Road Hall Palace Tower Building Park Station Dam Port Cathedral Mosque Temple Castle Plant Prison Base'.split(' '),
);

/** Last words of names of natural features ("Atlantic Ocean", "Yangtze River"). Written form. */
export const GEOGRAPHIC_SUFFIXES = new Set(
  'Ocean Sea River Lake Mountains Mountain Mount Island Islands Bay Gulf Strait Valley Desert Peninsula Coast Canal Basin Plateau Delta'.split(' '),
);

/** First words of names of natural features ("Mount Merapi", "Lake Victoria"). Written form. */
export const GEOGRAPHIC_PREFIXES = new Set('Mount Mt. Lake Cape Isle Gulf Bay Strait'.split(' '));

/** First words of names of storms, which are events ("Hurricane Ian"). Written form. */
export const STORM_PREFIXES = new Set('Hurricane Typhoon Cyclone Storm Tropical Superstorm'.split(' '));

/** Last words of names of events, which the events stage owns ("Worldwide Developers Conference"). Written form. */
export const EVENT_SUFFIXES = new Set('Conference Summit Expo Festival Championship Championships Olympics Games Cup Awards Week Day Eve Fair Show Tour'.split(' '));

/** Words before a name that make it a thing rather than a person/place/organization ("the new MacBook", "its iPod"). */
export const PRODUCT_DETERMINERS = words(`a an new its their his her our your my latest original`);
/**
 * Kinds of software and computers: an unknown name right before ("the Mac OS X operating system",
 * "Pixel laptops") or right after one ("web browser Safari", "e-mail client Mail") is the
 * product, not its maker. Makers' components ("Intel processors") are left out: there the
 * name is the company.
 */
export const SOFTWARE_AND_COMPUTER_NOUNS = words(`software browser app apps application applications laptop laptops notebook notebooks desktop desktops client program programs`);

/** Head nouns of an appositive that describes a product ("Tiger, the newest *version* of Mac OS X"). */
export const PRODUCT_HEADS = words(`version versions release edition update upgrade successor model codename`);

/** Verbs whose object is a product, not its maker ("Apple unveiled Lion", "launched Gemini"). Lemmas. */
export const LAUNCH_VERBS = words(`unveil launch release introduce debut preview demonstrate`);

/** Abbreviations and units that look like acronyms but name nothing ("16 GB", "No. 1", "USD"). */
export const NOT_ACRONYMS = new Set('I No. Vol. GB MB KB TB GHz MHz Hz USD EUR GBP TV PC OS CD DVD LCD LED CPU GPU HD MP3 PDF USB RAM ROM AM PM FM UTC GMT ID OK'.split(' '));

/**
 * First words of organization names in other languages that English news keeps untranslated
 * ("Instituto Socioambiental", "Banco Santander", "Partido Popular"). Written form.
 */
export const FOREIGN_ORG_HEADS = new Set(
  `Instituto Institut Istituto Universidad Universidade Università Université Universität Universiteit Banco Banque
   Partido Parti Partito Partei Fundación Fundação Fondation Fondazione Stiftung Ministerio Ministério Ministère
   Compagnie Compañía Companhia Sociedad Società Société Gesellschaft Asociación Associação Tribunal Consejo Conselho`.split(/\s+/),
);

/** Plural nouns for the staff of a body: "researchers from X", "scientists at X". */
export const STAFF_NOUNS = words(`researchers scientists scholars doctors engineers economists analysts experts academics staff`);

/** Verbs after which "in X" names a publication, not a place ("published in The Lancet"). Lemmas. */
export const PUBLISH_VERBS = words(`publish print appear`);

/**
 * Predicates of people only, written right after a name, alone or after "was"/"has":
 * "X was born", "X was arrested", "X died", "X has resigned". Written forms.
 */
export const PERSON_PREDICATES = words(`born arrested detained jailed sentenced convicted died dies resigned resigns retired retires testified testifies married graduated`);
/**
 * The predicates above that people undergo: said actively ("Police in Lyon arrested the mayor"),
 * they are said of whoever does it, so without "was" they count only with no object after them
 * (a headline's "Kolev arrested in Antwerp").
 */
export const UNDERGONE_PREDICATES = words(`arrested detained jailed sentenced convicted`);
/**
 * Words that say how or when a title is held ("Former Lyon mayor", "Acting Porto club president"):
 * capitalised at a sentence start they belong to the title that follows, not to the name.
 */
export const TITLE_STANDING = words(`former acting interim outgoing incoming`);

/** Designators that make "X <designator>" a region ("Donetsk province", "Kharkiv oblast"). */
export const REGION_DESIGNATORS = words(`province region oblast state county district governorate prefecture territory canton`);

/** Nouns that make "[the] X <modifiers> <noun>" a facility ("the Mariupol steel plant"). */
export const FACILITY_NOUNS = words(`
  plant factory mill refinery mine port harbour harbor airport airbase base station dam bridge
  stadium arena prison jail hospital reactor complex terminal pipeline shipyard depot warehouse
  headquarters embassy consulate camp
`);

/** Words that may stand between a place name and a facility noun ("steel", "nuclear power"). */
export const FACILITY_MODIFIERS = words(`
  steel nuclear power coal gas oil chemical car auto iron metallurgical thermal hydroelectric
  sea river air military naval international main central city railway train bus detention
  azovstal water treatment football olympic
`);

/**
 * Fields of activity that name bodies with an inner "and" ("Research and Development
 * Corporation", "Health and Human Services Department"). A single capitalised word before
 * "and" joins the name after it only when it is one of these: "Ford and General Motors"
 * are two companies.
 */
export const FIELD_NOUNS = words(`
  research development science sciences technology trade industry commerce health human
  services arts culture heritage defence defense security energy environment climate
  education transport transportation agriculture food drug drugs housing urban rural labor
  labour employment finance economic economy justice safety information communications media
  sport sports tourism fisheries forestry water mining resources planning policy
`);

/** Connectors allowed inside a multi-word name when a capitalised word follows ("Bank *of* England"). */
export const NAME_CONNECTORS = words(`of de du del della der von van zu al el bin la le da dos das y`);

/**
 * Capitalised words that start sentences or headings but are not names. Checked only for
 * sentence-initial and heading tokens; any other capitalised token is a name candidate.
 */
export const NOT_NAMES = words(`
  the a an this that these those there then than their they them he she it its his her we our you your i
  in on at of for from by with to into after before during while when where why how what which who whom whose
  if but and or nor so yet because although though however meanwhile moreover also still even only just
  according as about over under since until unless despite both either neither each every all some many
  most more much few several other another such no not one two three four five six seven eight nine ten
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  today yesterday tomorrow tonight now last next earlier later previous recent
  nothing everything everyone everybody someone somebody something anyone anybody nobody none here
  officials official sources source prisoners hundreds thousands dozens people police
  investigators prosecutors detectives regulators lawmakers legislators analysts experts critics researchers
  scientists doctors residents witnesses protesters demonstrators rescuers firefighters troops soldiers
  militants rebels workers employees shareholders investors voters authorities
  mr mrs ms dr sir president minister ceo chairman
`);

/** Day and month names: capitalised, never entities here (the dates stage owns them). */
export const CALENDAR_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan thanksgiving
`);

/** Words after "on" / "in a" that make a following lexicon channel a channel ("on Telegram", "a Facebook post"). */
export const CHANNEL_NOUNS = words(`post posts channel account page video message statement tweet feed livestream broadcast`);

/** Prepositions and verbs that introduce a channel: "on X", "via Telegram", "Writing on Telegram". */
export const CHANNEL_PREPOSITIONS = words(`on via through`);

/** Words that make the following source a citation: "according to X", "told the BBC", "reports X". */
export const CITATION_CUES = words(`according reported reports report reporting told quoted cited citing via per said says wrote`);

/** Words that express a share of a place: "20 percent of", "a small part of". */
export const SHARE_NOUNS = words(`percent per cent % part parts portion portions half third quarter share rest remainder most much majority bulk`);

/** Verbs that only a company does in news ("Toyota recalled", "Nokia hired"). Compared on the lemma. */
export const CORPORATE_VERBS = words(`
  report post sell buy acquire hire recall unveil manufacture deliver employ ship merge
  market license licence
`);

/** Nouns only a company has, after its name or possessive ("Toyota executives", "Toyota's shareholders"). */
export const CORPORATE_NOUNS = words(`
  shares stock stocks ceo cfo coo chairman chairwoman executive executives spokesman spokeswoman
  spokesperson shareholders investors board subsidiary subsidiaries stake stakes
`);

/** Nouns a company owns, but also its products ("Toyota's profits", "Mac sales"): only after a possessive. */
export const BUSINESS_NOUNS = words(`
  profit profits revenue revenues sales earnings dealers dealership dealerships brand brands
  vehicles models products lineup
`);

/** Nouns of the people and sites a body has: a name before them is that body ("GM workers", "Opel plants"). */
export const WORKFORCE_NOUNS = words(`
  workers employees staff engineers managers unions plant plants factory factories dealers suppliers
  members officials negotiators
`);

/** Head nouns of an appositive that describes a company ("Toyota, the world's largest *carmaker*"). */
export const CORPORATE_HEADS = words(`
  company firm maker carmaker automaker manufacturer planemaker aircraft-maker chipmaker airline carrier
  group giant retailer bank lender insurer producer supplier developer publisher brand chain
  operator conglomerate corporation business startup start-up subsidiary unit division rival contractor
`);
