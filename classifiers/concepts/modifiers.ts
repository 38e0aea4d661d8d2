/**
 * Words that flip or lower a match (CLASSIFIER-NOTES.md, "Modifiers"): negation, jokes and
 * hyperbole, reported news, general questions, fiction.
 */
export const modifiers = {
  negation: [
    'inte', 'ej', 'icke', 'nästan', 'nära att', 'almost', 'nearly',
    // English contractions carry the negation inside the verb; typed with and without the apostrophe.
    "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't", 'wasnt', "won't", "can't", 'cant', 'cannot', "couldn't",
    'couldnt', "wouldn't", "shouldn't", "haven't", 'havent', "hasn't", 'hasnt', "hadn't", "aren't", "weren't", "ain't", 'inget', 'ingen', 'inga', 'aldrig', 'utan', 'ingenting', 'knappast', 'inte alls', 'no', 'not', 'never', 'nobody',
    'no one', 'noone', 'nothing', 'none', "n't", 'without', 'varken', 'neither',
  ],
  joke: [
    'haha*', 'hehe*', 'hihi', 'lol', 'lmao', 'rofl', 'xd', '/(?<!(?:inget|inte|ej|inga|inget javla) )skamt(?![\\p{L}])/', 'skämt åsido', 'skojar', 'skoja', 'skämtar', 'av skratt', 'dör av skratt',
    'skrattar ihjäl', 'dödstrist', 'av tristess', 'of boredom', 'dödstråkig*', 'mördande', 'ihjäl av tristess', 'kill me now', 'kill me this', 'this meeting', "i'm dying", 'dying of laughter',
    'just kidding', 'jk', 'joking', 'kidding', 'melting', 'smälter', '🍦', 'literally dying', "i'm dead", 'killing it', '😂', '🤣', '😅', '😆', '😜', '🙃', '💀', 'xD',
  ],
  news: [
    'läste att', 'läste i', 'läst att', 'läst i', 'såg på nyheterna', 'på nyheterna', 'i tidningen', 'tidningen skrev', 'enligt polisen',
    'enligt hn', 'hn skriver', 'gp skriver', 'aftonbladet', 'expressen', 'svt', 'p4', 'lokaltidning*', 'artikel*', 'artikeln', 'reportage*',
    'dömdes', 'dömts', 'har dömts', 'dömd', 'åtalad*', 'åtal', 'rättegång*', 'tingsrätt*', 'hovrätt*', 'polisen utreder', 'polisen har gripit', 'greps', 'häktad*',
    'statistik*', 'samhällsproblem*', 'i allmänhet', 'generellt', 'in general', 'har ökat', 'har minskat', 'ökar i', 'hela landet', 'rapport*', 'undersökning*', 'studie*', 'read that', 'read about', 'on the news', 'in the paper', 'local paper', 'the paper', 'läste om', 'lokaltidningen', 'article', 'according to',
    'was sentenced', 'convicted', 'statistics', 'report shows', 'i landet', 'i sverige', 'nationellt',
    'hörde på radion', 'på radion', 'radion', 'radioinslag*', 'on the radio', 'bbc', 'podd', 'podden', 'podcast*', 'dokumentär*',
    'documentary', 'nyhetsinslag*', 'reportaget', 'news report', 'enligt tidningen', 'reported that',
  ],
  generalQuestion: [
    'hur ansöker man', 'hur söker man', 'hur gör man', 'hur gör jag för att', 'vart vänder man sig', 'vart vänder jag mig', 'vem kontaktar man',
    'vem ska man', 'kan man', 'får man', 'ska man', 'måste man', 'hur funkar', 'hur fungerar', 'hur länge brukar', 'brukar det', 'finns det',
    'var hittar jag', 'var hittar man', 'hur anmäler man', 'how do i apply', 'how do you apply', 'can i apply', 'how does', 'where can i find',
    'is it possible', 'who do i contact', 'what are the rules', 'någon som vet', 'någon som har', 'är det någon', 'tips på',
    'hur man känner igen', 'hur känner man igen', 'vill veta hur man', 'hur skyddar man', 'hur skyddar jag', 'hur undviker man',
    'hur anmäler jag', 'vad gäller för', 'vad har man rätt till', 'vad säger reglerna', 'how do you report', 'how can i report',
    'how do i report', 'what are my rights', 'vad gör man om', 'vart ringer man', 'när öppnar', 'where can you turn', 'is there a way to',
  ],
  fiction: [
    'watch home alone', 'watching home alone', 'se home alone', 'såg home alone', 'visa home alone', 'julfilm*', 'christmas movie', 'please show',
    'boken', 'bok', 'roman*', 'filmen', 'film', 'serien', 'tv-serie*', 'avsnitt*', 'spelet', 'låttext*', 'texten', 'pjäs*', 'teater*',
    'deckare*', 'karaktär*', 'huvudperson*', 'bokcirkel*', 'i boken', 'novell*', 'book', 'novel', 'movie', 'episode', 'the show',
    'game', 'song', 'lyrics', 'character', 'netflix', 'astrid lindgren', 'pippi', 'emil i lönneberga', 'harry potter',
    'the scene where', 'scenen där', 'audience', 'acting', 'actor*', 'actress', 'the play', 'theatre', 'theater', 'cinema',
    'på bio', 'bion', 'skådespelar*', 'föreställning*', 'bandet', 'låten', 'sjöng med', 'allsång*', 'refräng*', 'konsert*',
    'concert',
    'sångtext*', 'visan', 'låttexten', 'såg bron', 'thriller*', 'skräckfilm*', 'mulle meck', 'snickerboa',
  ],
  /** Information, events and prevention work: the topic is named, nobody is in it. */
  informational: [
    'föreläsning*', '*föreläsning', 'prevention*', '*prevention', '*preventiv*', 'förebygg*', 'utbildning*', 'seminari*', 'kampanj*', 'temavecka*',
    'temadag*', 'informationsträff*', 'informationskväll*', 'öppet hus', 'välkommen på', 'välkomna på', 'övning', 'övningen', 'bra initiativ',
    'awareness', 'lecture', 'workshop*', 'webinar*', 'prevention week', 'training day', 'campaign',
    'föräldramöte*', 'informationsmöte*', 'föredrag*', 'föredragshållare*', 'infomöte*', 'studiedag*',
    // Helplines and their numbers are shared as information, not as a cry for help.
    'självmordslinjen', 'mind', 'jourhavande*', 'kvinnofridslinjen', 'bris', 'helpline', 'hotline', 'crisis line', '90101', 'dygnet runt',
    'vill tipsa om', 'vill påminna om', 'tipsa om', 'good to know',
    "it's always okay to", 'as a nurse', 'som lärare',
    'support group',
  ],
  /** Prevention work and helplines: the topic is named as a cause, nobody is in it. */
  prevention: [
    'prevention*', '*prevention', '*preventiv*', 'förebygg*', 'kampanj*', 'temavecka*', 'awareness', 'campaign', 'självmordslinjen', 'mind',
    'jourhavande*', 'kvinnofridslinjen', 'bris', 'helpline', 'hotline', 'crisis line', '90101',
  ],
  /** Sport and play: violent verbs that describe a match or a game. */
  sport: [
    'match', 'matchen', 'matcher', 'mål', 'målet', 'målvakt*', 'bollen', 'säsong*', 'serien', 'vann', 'vinst', 'förlust', 'laget', 'mitt lag', 'tränare', 'träningen',
    'cupen', 'derby*', 'fotbollsplan*', 'hockey', 'innebandy', 'handboll', 'season', 'goal', 'goals', 'the game', 'the match', 'team', 'league', 'scored',
    '/\\d{1,2}-\\d{1,2}(?![\\p{N}])/', 'dramagrupp*', 'scener', 'scenen', 'repetition*', 'teater*', 'övade', 'rollen',
  ],
  /** Long ago: the matter is over, not one to act on now. */
  longAgo: [
    'på 90-talet', 'på 80-talet', 'på 70-talet', '/pa \\d0-talet/', 'när jag gick i skolan', 'när jag var liten', 'för länge sen', 'för länge sedan',
    'för många år sedan', 'för många år sen', 'för några år sen', 'för några år sedan', 'years ago', 'back in the day', 'when i was at school', 'förr i tiden',
  ],
  /** Something that may happen one day, not something that has. */
  hypothetical: [
    'kommer bli', 'kommer att bli', 'förr eller senare', 'en tidsfråga', 'bara en tidsfråga', 'innan någon', 'innan nån', 'risk för att', 'kan bli',
    'skulle kunna', 'tänk om', 'sooner or later', 'before someone', 'only a matter of time', 'waiting to happen', 'what if', 'could get',
  ],
  /** Set phrases that use violent or crisis words for something harmless. */
  idiom: [
    'rån mitt på ljusa dan', 'rånet mitt på ljusa dan', 'rån mitt på ljusa dagen', 'slå mig hårt', 'värt varenda blåmärke', 'värt varje blåmärke',
    'drunknar i', 'drowning in', 'livrädd för vatten', 'rädd för vatten', 'rädd för mörkret', 'rädd för hundar',
    'sparkade igång', 'sparka igång', 'sparkar igång', 'klippte till med', 'brinner för', 'brann för', 'brände ut mig', 'bränt ut mig', 'smashed it', 'killing it',
    'slog rekord', 'slå rekord', 'slog till med', 'slår till med', 'slå ett slag för', 'slår ett slag för', 'rena rånet', 'rena stölden', 'rent rån', 'ren stöld',
    'daylight robbery', 'highway robbery', 'av tristess', 'of boredom', 'typ självmord', 'bränner sig', 'brände sig', 'slogs om', 'slåss om', 'knuffas',
    'dödar mig varje gång', 'kills me every time', 'hjärtat brinner', 'snodde showen', 'stal showen', 'stole the show',
  ],
  /** Calm, wholly positive framing: thanks and praise. */
  praise: ['tack*', 'tusen tack', '/basta(?![\\p{L}])(?! (?:van|vannen|vannens|vanner|vaninna\\p{L}*|kompis\\p{L}*|polare\\p{L}*))/', 'fantastisk*', 'underbar*', 'grymt', 'så bra', 'toppen', 'eloge', 'beröm', 'thank*', 'amazing', 'great job', 'love', 'wonderful', 'superbra', 'smidigt', 'räddade mitt liv', 'hjälpte mig', 'bra info', 'nöjd', 'nöjda', 'great', 'helped me', 'good info', 'grateful', 'tacksam'],
} as const;