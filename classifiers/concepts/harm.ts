/**
 * Harm done or threatened: violence, neglect, drugs, threats, sexual abuse, crimes against
 * property. Verbs are listed by form rather than with a trailing * where the stem alone would
 * catch harmless words (slå* also matches "slående", "slut" is not "slut*").
 */
export const harm = {
  violence: [
    'slår', 'slog', 'slagit', 'slå', 'slagen', 'slagna', 'slogs', 'slåss', 'sparka*', 'sparkar', 'misshandel*',
    '*misshandel', 'misshandla*', 'misshandlad*', 'stryk', 'fått stryk', 'får stryk', 'ger stryk', 'örfil*', 'lavett*', 'dask*',
    'nyp*', 'slagsmål*', 'fight', 'fighting', 'vrålar', 'vrålade', 'skriker på barnen', 'skriker på dem', 'skrek på barnen', 'brännmärk*', 'cigarettmärk*', 'märken på armarna', 'märken på ryggen', 'knuffa*', 'knuffar', 'kastade mig', 'kastade henne', 'kastade honom', 'kastar saker', 'kastade saker', 'drämm*', 'dängde', 'dänger', 'klappar till', 'klappade till',
    'puckla*', 'strypgrepp', 'stryper', 'ströp', 'strypt*', 'skakade*', 'skakar', 'blåmärk*', 'blå märken', 'blåtira',
    'blodig*', 'blodet', 'blodvite', 'brände', 'bränner', 'biter', 'drog i håret', 'drar i håret', 'våld',
    'våldet', '*våldet', 'våldsam*', 'utsatt för våld', 'våld i nära*', 'knivhugg*', 'knivhögg', 'knivskur*', 'skottloss*',
    'skjuten', 'sköt', 'skjutit', 'beat', 'beats', 'beating', 'beaten', 'hits her', 'hits him', 'hits me', 'hit me', 'hit her', 'hit him', 'hitting', 'hits the', 'hit the kids', 'punch*', 'kick*', 'slap*',
    'choke*', 'strangl*', 'abuse*', 'abusive', 'bruise*', 'hurts me', 'hurt me', 'hurt her', 'hurt him', 'hurting her', 'hurting him', 'shove*', 'stabb*', 'violence', 'violent',
    'assault*', 'black eye', 'battered', 'thrown against', 'threw him', 'threw her', 'sexuella övergrepp', 'övergrepp*',
    '*övergrepp', 'våldtäkt*', '*våldtäkt', 'våldtog', 'tafsa*', 'tafsar', 'molested', 'raped', 'rape', 'grooming', 'groomar',
  ],
  neglect: [
    'ensam hemma', 'ensamma hemma', 'utelåst*', 'låst ute', 'låses ute', 'gråter i timmar', 'skriker i timmar', 'gråter varje', 'matsäck', 'inte finns mat', 'finns ingen mat', 'samma tröja', 'helt själva', 'alldeles själva', 'själva varje dag', 'ingen vuxen syns', 'ingen vuxen', 'aldrig sett en vuxen', 'inte får komma hem', 'får inte komma hem', 'inte får gå hem', 'får inte gå hem', 'gifta bort', 'giftas bort', 'tvångsgift*', 'barnäktenskap', 'hedersförtryck', 'hedersvåld', 'låste in', 'låser in', 'värdelös', 'sover hela dagarna', 'utan att ha ätit', 'inte ätit', 'ätit på', 'smutsiga kläder', 'lämnas ensam*', 'lämnade ensam*', 'lämnar ensam*', 'lämnar dem', 'lämnar barnen',
    'utan tillsyn', 'utan uppsikt', 'ingen tillsyn', 'ingen mat', 'inte fått mat', 'inte ätit', 'hungrig*', 'svälter',
    'ingen mat hemma', 'tomt kylskåp', 'kylskåpet är tomt', 'smutsig*', 'skitiga', 'luktar illa', 'luktar urin', 'samma kläder',
    'tunna kläder', 'inga vinterkläder', 'utan jacka', 'ute ensam*', 'ute sent', 'ute hela nätterna', 'sover ute', 'rymt', 'rymmer',
    'rymde', 'försvunnen', 'far illa', 'farit illa', 'fara illa', 'mår dåligt hemma', 'vanvård*', 'försummad*', 'försumma*',
    'ingen vuxen', 'inga vuxna', 'utan vuxna', 'ingen bryr sig', 'left alone', 'home alone', 'alone at home', 'no food',
    'hungry', 'starving', 'neglect*', 'unsupervised', 'dirty clothes', 'no adult*', 'ran away', 'runs away', 'runaway',
    'skolkar', 'kommer inte till skolan', 'inte varit i skolan', 'sover i trapphuset', 'vågar inte gå hem', 'vill inte gå hem',
  ],
  drugs: [
    'knark*', 'narkotika*', 'droger', 'drogerna', 'drogad*', 'påverkad*', 'hög', 'höga', 'full', 'fulla', 'fyllan', 'packad*',
    'dricker', 'super', 'söp', 'alkis', 'alkohol*', 'fylla', 'berusad*', 'hasch', 'gräs', 'weed', 'kokain', 'kola', 'spice',
    'tabletter', 'piller', 'amfetamin', 'heroin', 'sprutor', 'sprutan', 'röker på', 'langar', 'langare', 'langa*', 'säljer knark',
    'drug*', 'drunk', 'high', 'wasted', 'dealing', 'dealer*', 'cocaine', 'pills', 'needles', 'alcoholic', 'drinking',
  ],
  /** Narcotics only: alcohol is legal, so it counts for a child's safety but not as a crime. */
  narcotics: [
    'knark*', 'narkotika*', 'droger', 'drogerna', 'drogad*', 'hasch', 'gräs', 'weed', 'kokain', 'kola', 'spice', 'amfetamin', 'heroin',
    'sprutor', 'langar', 'langare', 'langa*', 'röker på', 'rökte på', 'säljer knark', 'säljer droger', 'säljer gräs', 'droghandel*',
    'knarkhandel*', 'cocaine', 'dealing', 'dealer*', 'drug dealer*', 'selling drugs', 'needles', 'cannabis', 'marijuana', 'ecstasy',
  ],
  /** Fear for one's safety. */
  fear: [
    'rädd', 'rädda', 'livrädd', 'skräck*', 'vågar inte', 'otrygg', 'hotad', 'gömmer mig', 'gömde mig', 'låst in mig', 'låser in mig',
    'scared', 'afraid', 'terrified', 'hiding', 'not safe', 'unsafe',
  ],
  threat: [
    'hotar', 'hotade', 'hotat', 'hotet', 'hot om', 'dödshot*', 'hotfull*', 'ska döda', 'ska mörda', 'dödar mig', 'döda mig', 'slår ihjäl mig', 'mörda mig', 'borde hängas', 'ska hängas', 'hänga er', 'skjuta er', 'kill me', 'kills me', 'hurt me if', 'ska skjuta', 'ska slå ihjäl',
    'slå ihjäl', 'tar livet av dig', 'ta livet av dig', 'ska hämnas', 'ni ska få se', 'kommer att döda', 'kommer döda',
    'spränga', 'bomba', 'bränna ner', 'tända eld på', 'ska få betala', 'vet var du bor', 'vet var ni bor', 'threaten*',
    'threat', 'threats', 'kill you', 'gonna kill', 'going to kill', 'will kill', 'burn it down', 'blow up', 'i know where you live',
  ],
  weapon: ['kniv', 'kniven', 'knivar', 'vapen', 'vapnet', 'pistol*', 'gevär*', 'skjutvapen', 'yxa', 'yxan', 'machete', 'knife', 'gun', 'guns', 'weapon*', 'pistol'],
  property: [
    'stöld*', '*stöld', 'stal', 'stulit', 'stulen', 'stulna', 'stjäl', 'snott', 'snodde', 'sno', 'tjuv*', 'inbrott*', '*inbrott',
    'bröt sig in', 'brutit sig in', 'bryter sig in', 'bryter upp', 'rån', 'rånet', 'rånad*', 'rånade', 'rånat', 'väskrån*', 'personrån*', 'butiksrån*', 'snatteri*', 'snattade', 'snattat', 'krossat', 'krossade', 'kastat sten', 'kastade sten', 'bröt upp', 'brutit upp', 'tömt', 'tömde', 'tömdes', 'bedragare*', 'sprejat', 'sprayat', 'klottrat', 'hakkors', 'hatbrott*', 'tände på', 'eldat upp', '/(?:saknas|fattas|forsvunnit|borta) (?:nu )?(?:\\p{N}[\\p{N} .]*) ?(?:kr|kronor|spann)/', 'nu saknas',  'bedrägeri*', '*bedrägeri', 'bedrog',
    'lurade', 'lurat', 'blev lurad', 'blivit lurad', 'pengar saknas', 'pengarna försvann', 'pengar försvunnit', 'saknas pengar',
    'försvunnit pengar', 'pengar har försvunnit', 'fattas pengar', 'skadegörelse', 'klotter', 'vandaliser*', 'sönderslag*',
    'slagit sönder', 'slog sönder', 'eld på', 'anlagd brand', 'stole', 'stolen', 'steal*', 'theft', 'thief', 'burglar*',
    'broke in', 'break-in', 'robbed', 'robbery', 'fraud', 'scam*', 'vandal*', 'smashed', 'missing money', 'money missing',
  ],
  harassment: [
    'trakassera*', 'trakasserar', 'förföljer', 'förföljd', 'förföljt', 'stalkar', 'stalker', 'ofredande', 'ofredar', 'hängning',
    'hänga ut', 'hängde ut', 'sprider nakenbilder', 'nakenbilder', 'utpressning', 'utpressar', 'harass*', 'stalk*', 'blackmail*',
  ],
  /** Words that name a crime outright. */
  crimeWord: [
    'brott', 'brottet', 'brottslig*', 'polisanm*', 'anmäla till polisen', 'anmält till polisen', 'olaga hot', 'olagligt', 'olaglig',
    'pedofil*', 'crime', 'illegal', 'police report', 'dömts', 'dömd för', 'åkte fast', 'gripen', 'rattfylla', 'lagbrott',
  ],
} as const;
