/**
 * Words that flip or lower a match (CLASSIFIER-NOTES.md, "Modifiers"): negation, jokes and
 * hyperbole, reported news, general questions, fiction.
 */
export const modifiers = {
  negation: [
    'inte', 'ej', 'icke', 'inget', 'ingen', 'inga', 'aldrig', 'utan', 'ingenting', 'knappast', 'inte alls', 'no', 'not', 'never', 'nobody',
    'no one', 'noone', 'nothing', 'none', "n't", 'without', 'varken', 'neither',
  ],
  joke: [
    'haha*', 'hehe*', 'hihi', 'lol', 'lmao', 'rofl', 'xd', 'skämt*', 'skojar', 'skoja', 'skämtar', 'av skratt', 'dör av skratt',
    'skrattar ihjäl', 'döööör', 'dödstrist', 'dödstråkig*', 'mördande', 'ihjäl av tristess', 'kill me now', "i'm dying", 'dying of laughter',
    'just kidding', 'jk', 'joking', 'literally dying', "i'm dead", 'killing it', '😂', '🤣', '😅', '😆', '😜', '🙃', '💀', 'xD',
  ],
  news: [
    'läste att', 'läste i', 'läst att', 'läst i', 'såg på nyheterna', 'på nyheterna', 'i tidningen', 'tidningen skrev', 'enligt polisen',
    'enligt hn', 'hn skriver', 'gp skriver', 'aftonbladet', 'expressen', 'svt', 'p4', 'lokaltidning*', 'artikel*', 'artikeln', 'reportage*',
    'dömdes', 'dömd', 'åtalad*', 'åtal', 'rättegång*', 'tingsrätt*', 'hovrätt*', 'polisen utreder', 'polisen har gripit', 'greps', 'häktad*',
    'statistik*', 'rapport*', 'undersökning*', 'studie*', 'read that', 'on the news', 'in the paper', 'article', 'according to',
    'was sentenced', 'convicted', 'statistics', 'report shows', 'i landet', 'i sverige', 'nationellt',
    'hörde på radion', 'på radion', 'radion', 'radioinslag*', 'on the radio', 'bbc', 'podd', 'podden', 'podcast*', 'dokumentär*',
    'documentary', 'nyhetsinslag*', 'reportaget', 'news report',
  ],
  generalQuestion: [
    'hur ansöker man', 'hur söker man', 'hur gör man', 'hur gör jag för att', 'vart vänder man sig', 'vart vänder jag mig', 'vem kontaktar man',
    'vem ska man', 'kan man', 'får man', 'ska man', 'måste man', 'hur funkar', 'hur fungerar', 'hur länge brukar', 'brukar det', 'finns det',
    'var hittar jag', 'var hittar man', 'hur anmäler man', 'how do i apply', 'how do you apply', 'can i apply', 'how does', 'where can i find',
    'is it possible', 'who do i contact', 'what are the rules', 'någon som vet', 'någon som har', 'är det någon', 'tips på',
    'hur man känner igen', 'hur känner man igen', 'vill veta hur man', 'hur skyddar man', 'hur skyddar jag', 'hur undviker man',
    'hur anmäler jag', 'vad gäller för', 'vad har man rätt till', 'vad säger reglerna', 'how do you report', 'how can i report',
    'how do i report', 'what are my rights',
  ],
  fiction: [
    'boken', 'bok', 'roman*', 'filmen', 'film', 'serien', 'tv-serie*', 'avsnitt*', 'spelet', 'låttext*', 'texten', 'pjäs*', 'teater*',
    'deckare*', 'karaktär*', 'huvudperson*', 'bokcirkel*', 'i boken', 'novell*', 'book', 'novel', 'movie', 'film', 'episode', 'the show',
    'game', 'song', 'lyrics', 'character', 'netflix', 'astrid lindgren', 'pippi', 'emil i lönneberga', 'harry potter',
    'the scene where', 'scenen där', 'audience', 'acting', 'actor*', 'actress', 'the play', 'theatre', 'theater', 'cinema',
    'på bio', 'bion', 'skådespelar*', 'föreställning*', 'bandet', 'låten', 'sjöng med', 'allsång*', 'refräng*', 'konsert*',
    'concert',
    'sångtext*', 'visan', 'låttexten',
  ],
  /** Information, events and prevention work: the topic is named, nobody is in it. */
  informational: [
    'föreläsning*', '*föreläsning', 'prevention*', '*prevention', '*preventiv*', 'förebygg*', 'utbildning*', 'seminari*', 'kampanj*', 'temavecka*',
    'temadag*', 'informationsträff*', 'informationskväll*', 'öppet hus', 'välkommen på', 'välkomna på', 'övning', 'övningen', 'bra initiativ',
    'awareness', 'lecture', 'workshop*', 'webinar*', 'prevention week', 'training day', 'campaign',
    'föräldramöte*', 'informationsmöte*', 'föredrag*', 'föredragshållare*', 'infomöte*', 'studiedag*',
  ],
  /** Calm, wholly positive framing: thanks and praise. */
  praise: ['tack*', 'tusen tack', 'bästa', 'fantastisk*', 'underbar*', 'grymt', 'så bra', 'toppen', 'eloge', 'beröm', 'thank*', 'amazing', 'great job', 'love', 'wonderful'],
} as const;
