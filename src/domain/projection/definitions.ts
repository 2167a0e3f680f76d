/** A definition shown in the UI's help and printed under the PDF tables: the term, its formula and what it means. */
export interface Definition {
  key: string;
  term: string;
  formula: string;
  text: string;
}

/** The definitions every capacity and projection figure follows (the same wording in the UI, the PDF and the API). */
export const DEFINITIONS: readonly Definition[] = [
  {
    key: 'openPlaces',
    term: 'Ledige plasser',
    formula: 'Σ maks(0, listetak − listelengde)',
    text: 'Plassene en innbygger faktisk kan flytte til. En liste over taket gir ikke negative ledige plasser.',
  },
  {
    key: 'openShare',
    term: 'Ledig andel',
    formula: 'ledige plasser ÷ Σ listetak',
    text: 'Sammenlignes med kommunens mål for ledig andel (Innstillinger → Kapasitetsmål).',
  },
  {
    key: 'netFreePlaces',
    term: 'Ledige plasser (Helsedirektoratet)',
    formula: 'Σ listetak − Σ listelengde',
    text: 'Netto: en liste over taket trekker fra ledige plasser andre steder. Lik «ledige plasser» når ingen liste er over taket.',
  },
  {
    key: 'positionsNeeded',
    term: 'Nye hjemler som trengs for målet',
    formula: '(Σ listelengder ÷ (1 − mål) − Σ listetak) ÷ planlagt gjennomsnittsliste',
    text: 'Med et minstetall m ledige plasser: (Σ listelengder + m − Σ listetak) ÷ planlagt gjennomsnittsliste; med begge gjelder det strengeste. Vises med én desimal; hjemler å opprette er tallet rundet opp.',
  },
  {
    key: 'demand',
    term: 'Behov (hoder)',
    formula: '(innbyggere − innbyggere på liste i andre kommuner + ikke-innbyggere på liste her) × andel som ønsker fastlege',
    text: 'Innbyggere fra SSBs befolkningsframskriving. Andelen kalibreres slik at behovet i dag er lik antall pasienter på listene, eller settes fast.',
  },
  {
    key: 'demandAgeWeighted',
    term: 'Behov (aldersvektet)',
    formula: 'behov × konsultasjoner per innbygger i året ÷ konsultasjoner per innbygger i basisåret',
    text: 'Konsultasjoner per innbygger etter alder og kjønn (SSB 2023, kan endres). En eldre befolkning trenger mer legetid enn hodetallet sier.',
  },
  {
    key: 'supply',
    term: 'Kapasitet',
    formula: 'Σ listetak (dagens) eller Σ planlagt liste per hjemmel, + planlagte nye hjemler × planlagt liste',
    text: 'Planlagt liste kan variere med organisasjonsform og for ALIS (Sarpsborg: spesialister 800–900, ALIS 600–700).',
  },
  {
    key: 'gap',
    term: 'Gap',
    formula: 'hjemler som trengs − hjemler',
    text: 'Positivt: så mange hjemler mangler. «Bemanningsgap» trekker i tillegg fra hjemler uten fast lege.',
  },
  {
    key: 'recruitsNeeded',
    term: 'Rekrutteringsbehov',
    formula: 'pensjoneringer + andre avganger + nye hjemler (planlagte og nødvendige) + hjemler uten lege i dag',
    text: 'Pensjonering ved valgt alder ut fra fødselsår; andre avganger med valgt årlig rate (Sarpsborg: over 30 % på fem år).',
  },
  {
    key: 'monteCarlo',
    term: 'Usikkerhet (vifte)',
    formula: '10., 50. og 90. persentil over mange trekninger med fast frø',
    text: 'Hver trekning velger et befolkningsforløp mellom SSBs lave og høye alternativ, og trekker avganger og gjenbesettinger år for år.',
  },
];
