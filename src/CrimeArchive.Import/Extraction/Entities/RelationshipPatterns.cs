using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>The phrasings of the relationship rules, matched against the text between two mentions
/// or just before one. Kept apart so that each rule in <see cref="RelationshipRules"/> reads as a sentence.</summary>
public static partial class RelationshipPatterns
{
    // Person … "the leader of the powerful" … Group; the role word closes the gap before the group.
    // "jefe de plaza de", "head of security of", "finance chief of": a department's head is no leader of the group.
    [GeneratedRegex(@"\b(?:(?<!\b(?:finance|financial|security|operations|logistics|intelligence|plaza)\s+)(?<leader>leaders?|head|heads|boss|bosses|chief|chiefs|commander|kingpin|jefe|l[ií]der|cabecilla|top\s+(?:man|boss|figure))|(?<founder>founders?|co-founders?|fundador)|(?<member>members?|part|operatives?|lieutenants?|emissar(?:y|ies)|envoys?|operators?|veterans?|miembro|integrante|enviado|emisario|operador|sicario))\s+(?:of|in|de|del)\s+(?!(?:plazas?|security|finances?|logistics|operations|hitmen|seguridad|finanzas|log[ií]stica|operaciones|sicarios|escoltas|zona|cobros)\b)(?:the\s+|los\s+|las\s+|el\s+|la\s+)?(?:(?:a|an)\s+(?:\p{Ll}+\s+){0,2}(?:network|group|gang|clan|organization|organisation|cell|faction|band)\s*,?\s+(?:known\s+as|called|named)\s+(?:the\s+)?|(?:[\p{Ll}\-]+\s+){0,4})$")]
    public static partial Regex RoleOfBeforePattern();
    public static readonly CuedRegex RoleOfBefore = new(RoleOfBeforePattern());

    // "…, whom investigators call a member of", "a quien la fiscalía señala como integrante del": a relative clause that
    // says who holds the role, the only other verb being the one that attributes it.
    [GeneratedRegex(@"\b(?:who|whom|quien|quienes|a\s+quien|a\s+quienes|al\s+que|a\s+la\s+que)\s+(?:[\p{L}\-]+\s+){1,3}?(?:call|calls|called|describe|describes|described|consider|considers|considered|identify|identifies|identified|name|names|named|label|labels|labeled|labelled|list|lists|listed|señala|señalan|señaló|identifica|identifican|considera|consideran|describe|describen|llama|llaman)\s+(?:as\s+|como\s+)?(?:(?:a|an|the|un|una|el|la)\s+)?(?:[\p{Ll}\-]+\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex AttributionBeforeRole();

    // Person "took over" / "commands" / "founded" Group; "ran the finances of G" is a job in it, not its lead, and "joined forces
    // with G" an alliance, not a membership.
    [GeneratedRegex(@"\b(?:(?<leader>leads|led|heads|headed|runs|ran|commands|commanded|still\s+commands|took\s+over|took\s+control\s+of|took\s+command\s+of|dirige|dirigi[oó]|lidera|lider[oó])|(?<founder>founded|co-founded|fund[oó])|(?<member>joined|joins))\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?(?:(?!of\b|de\b|del\b|for\b|para\b|with\b|forces\b|hands\b)[\p{Ll}\-]+\s+){0,2}$")]
    public static partial Regex VerbBeforePattern();
    public static readonly CuedRegex VerbBefore = new(VerbBeforePattern());

    // What may not stand between a person and the role word: the person is not the one described.
    [GeneratedRegex(@"\b(?:that|said|says|told|according|after|before|when|while|son|daughter|wife|husband|father|mother|brother|sister|nephew|cousin|uncle|against|than|because|where|if|whether|que|hijo|esposa|hermano)\b|[;:]", RegexOptions.NonBacktracking)]
    public static partial Regex NotTheSame();

    // "a lieutenant of", "junto a": what comes next is a preposition's object, not a clause's subject.
    [GeneratedRegex(@"\b(?:of|for|with|to|by|under|from|de|del|con|para|por)\s+(?:the\s+|el\s+|la\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex ObjectOfPreposition();

    // ", is run by": a comma, then the verb of a subject named before an apposition.
    [GeneratedRegex(@"^\s*,\s*(?:is|was|are|were|has|had)\b")]
    public static partial Regex ClosedApposition();

    // Group … "bosses" / "leader," / "member" … Person ("Rastrojos bosses Luis Enrique", "former Cali Cartel member Victor Patiño").
    [GeneratedRegex(@"^(?:['’]s?)?\s*(?:\([\p{Lu}\d]+\)\s*)?,?\s*(?:(?:top|former|new|alleged|reputed|jailed|main|principal|imprisoned|the)\s+){0,2}(?:(?<leader>leaders?|boss|bosses|chief|chiefs|head|commander|kingpin)|(?<founder>founders?|co-founders?)|(?<member>members?|operatives?|lieutenants?|hitm[ae]n|emissar(?:y|ies)|envoys?|operators?|veterans?))\s*,?\s*(?:brothers\s+)?$")]
    public static partial Regex RoleAfterGroup();

    [GeneratedRegex(@"^(?:\s*,\s*(?:which|that|who)\s[^,;.]{1,80},)?\s*,?\s*(?:which\s+|that\s+|who\s+|(?:(?:is|are|was|were)\s+)?(?:a|an)\s+(?:\p{Ll}+\s+){0,2})?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|is\s+|are\s+)?(?:now\s+|still\s+)?(?:(?<leader>led|headed|run|commanded)|(?<founder>founded|co-founded|created|formed))(?:\s+in\s+[^,.;]{1,40}?)?\s+by\s+(?:the\s+)?(?:brothers\s+)?$")]
    public static partial Regex ByAfterGroup();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:also\s+)?known\s+as|conocid[oa]\s+como|alias|apodad[oa])\s+(?:the\s+|el\s+|la\s+)?[“""‘'«]?(?:el\s+|la\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex NicknameGap();

    // "Los Pumas, with which Los Lagartos maintained an alliance": the relation is stated after the second name.
    [GeneratedRegex(@"^\s*,\s*with\s+(?:which|whom)\s+(?:the\s+)?$")]
    public static partial Regex WithWhichBetween();

    [GeneratedRegex(@"\G\s+(?:\p{Ll}+\s+){0,2}?(?:(?<ally>(?:maintained|maintains|had|has|formed|forged|kept|keeps)\s+(?:an?\s+)?(?:\p{Ll}+\s+)?(?:alliance|partnership|pact)|allied|partnered)|(?<rival>(?:fought|fights|waged|wages|had|has)\s+(?:an?\s+)?(?:\p{Ll}+\s+){0,2}?(?:war|feud|battle|rivalry|conflict)|fought|feuded|clashed))\b")]
    public static partial Regex RelationAfterWithWhich();

    // "Its rivals, Los Cuervos and Los Gavilanes, …".
    [GeneratedRegex(@"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:gang|group|cartel|clan|network)['’]s)\s+(?:(?:main|chief|biggest|old|fiercest|principal)\s+)?(?:(?<rival>rivals|enemies)|(?<ally>allies|partners))\s*,\s*(?:the\s+|los\s+|las\s+)?$")]
    public static partial Regex PossessiveListBefore();

    // "its former leader, Jorge Luis Zambrano": the group is the one the sentence is about; "its
    // security chief" heads a department and is a member.
    [GeneratedRegex(@"\b(?:its|their|the\s+(?<noun>group|gang|cartel|organization|organisation|faction|clique|cell|clan|front|network|crew|family|militia)['’]s|su|sus)\s+(?:(?!(?:finance|financial|security|operations|logistics|intelligence|plaza)\s)[\p{Ll}\-]+\s+){0,2}(?:(?<leader>leaders?|boss|bosses|chief|head|commander)|(?<founder>founders?)|(?<member>(?:finance|financial|security|operations|logistics|intelligence|plaza)\s+(?:chief|head|boss|commander)|hitm[ae]n|operatives?|lieutenants?|emissar(?:y|ies)|envoys?|operators?|enforcers?|pilots?|accountants?|financiers?|bodyguards?|couriers?|captains?|deput(?:y|ies)|treasurers?|(?:head|chief)\s+of\s+(?:finances|security|logistics|operations|intelligence)))(?:\s+(?:at\s+the\s+time|then|now|in\s+\p{Lu}\p{L}+))?\s*,?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex PossessiveRoleBeforePattern();
    public static readonly CuedRegex PossessiveRoleBefore = new(PossessiveRoleBeforePattern());

    // "The founder of Los Montes, Isidro Montes": the role word stands before the group.
    [GeneratedRegex(@"\b(?:(?<leader>leaders?|head|boss|chief|commander)|(?<founder>founders?|co-founders?))\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex RoleOfBeforeGroup();

    // "the group is now run by his nephew, X".
    [GeneratedRegex(@"\b(?:[Tt]he\s+(?:group|gang|cartel|organization|faction|clan|network)|[Ii]t)\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|still\s+|later\s+)?(?<leader>run|led|headed|commanded)\s+by\s+(?:(?:his|her|its|their)\s+\p{Ll}+\s*,?\s+)?$")]
    public static partial Regex RunByBeforePattern();
    public static readonly CuedRegex RunByBefore = new(RunByBeforePattern());

    // "the leaders, brothers A and B": people in apposition to a role word.
    [GeneratedRegex(@"\b(?:leaders|leader|bosses|heads|chiefs)\s*,\s*(?:the\s+)?(?:brothers\s+|hermanos\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex LeadersApposition();

    // "Juan Carlos (pictured), brother of the leaders of the".
    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*,?\s*(?:the\s+)?(?:older\s+|younger\s+|elder\s+)?(?:brother|sister)\s+of\s+the\s+(?:leaders?|bosses|heads|chiefs)\s+of\s+(?:the\s+)?$")]
    public static partial Regex BrotherOfLeadersOfPattern();
    public static readonly Regex BrotherOfLeadersOf = BrotherOfLeadersOfPattern();

    // "Lugo's brother, X": right after a person's name.
    [GeneratedRegex(@"^['’]s?\s+(?:older\s+|younger\s+|elder\s+|twin\s+)?(?:brother|sister)\s*,?\s*$")]
    public static partial Regex PossessiveBrotherBetween();

    // "his older brother, X".
    [GeneratedRegex(@"\b(?:his|her|su)\s+(?:older\s+|younger\s+|elder\s+|twin\s+|half-|mayor\s+|menor\s+)?(?:brother|sister|hermano|hermana)\s*,?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex HisBrotherBeforePattern();
    public static readonly CuedRegex HisBrotherBefore = new(HisBrotherBeforePattern());

    // "X, brother of Y".
    [GeneratedRegex(@"^\s*,?\s*(?:the\s+|a\s+)?(?:older\s+|younger\s+|elder\s+|twin\s+)?(?:brother|sister|hermano|hermana)\s+(?:of|de)\s+$")]
    public static partial Regex BrotherOfBetween();

    // "the rival Urabeños", "rivals, the Zetas".
    [GeneratedRegex(@"\b(?:rival|rivals|enemy|enemies|rivales|rival\s+de)\s*,?\s+(?:(?:in|within|among|de)\s+)?(?:the\s+|los\s+|las\s+)?(?:[\p{Ll}\-]+\s+){0,1}$")]
    public static partial Regex RivalBeforePattern();
    public static readonly CuedRegex RivalBefore = new(RivalBeforePattern());

    // "fought a long war against", "a fierce battle with", "libran una guerra abierta con".
    [GeneratedRegex(@"\b(?:(?:war|wars|battle|battles|fight|fighting|fought|competed|competes|compete|competing|feuded|struggle|clash|clashes|clashed|dispute|disputes|feud|conflict|confrontation|confrontations|guerra|enfrentamiento|enfrentamientos|disputa|pugna)(?:\s+(?:abierta|total|sangrienta|feroz|open|all-out|bloody|bitter|brutal|fierce|deadly))?\s+(?:against|with|contra|con)|(?:fights|battles|battling|battled|confronts|confronting|confronted|(?:has|have|had)\s+fought|combate|combaten|enfrenta|enfrentan)(?!\s+(?:against|with)))\s+")]
    public static partial Regex WarCuePattern();
    public static readonly CuedRegex WarCue = new(WarCuePattern());

    // "both rivals of", "enemies of".
    [GeneratedRegex(@"^\s*,?\s*(?:both|all|each|two)?\s*(?:rivals?|enemies|enemy)\s+(?:of|to)\s+(?:the\s+)?$")]
    public static partial Regex RivalsOfBetweenPattern();
    public static readonly Regex RivalsOfBetween = RivalsOfBetweenPattern();

    [GeneratedRegex(@"\b(?<former>former\s+|one-time\s+|ex-|old\s+)?(?:(?:alliances?|allied|allies|ally|partnered|partnership|pact|aligned|alianzas?|aliad[oa]s?)\s+(?:with|of|con|de)\s+|(?:its|their|the\s+(?:group|gang|cartel)['’]s)\s+allies\b[^,.;]{0,40},\s*)")]
    public static partial Regex AllyCuePattern();
    public static readonly CuedRegex AllyCue = new(AllyCuePattern());

    // "an armed wing of the", "a faction of the".
    [GeneratedRegex(@"\b(?:armed\s+wing|wing|cell|faction|offshoot|dissidents|splinter\s+group|splinter|branch|clique|brazo\s+armado|c[eé]lula|facci[oó]n)\s+(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$")]
    public static partial Regex WingOfBeforePattern();
    public static readonly CuedRegex WingOfBefore = new(WingOfBeforePattern());

    // Between items of a list of names: ", the", " and ", ", and the", "its former allies, the".
    [GeneratedRegex(@"^\s*(?:,|and|or|y|o|,\s*and|,\s*or)?\s*(?:the\s+|los\s+|las\s+)?(?:(?:its|their)\s+)?(?:(?:former|old|one-time|rival|powerful|local)\s+)*(?:(?:allies|partners|rivals|enemies|gangs|groups|cartels)\s*,?\s*)?(?:the\s+|los\s+|las\s+|la\s+|el\s+)?(?:(?:coalici[oó]n|pandilla|banda|grupo|organizaci[oó]n|red|gang|network|coalition)\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex ListGap();

    // A name that only qualifies the next one: "former Cali Cartel member Victor Patiño".
    [GeneratedRegex(@"^\s*(?:member|leader|boss|chief|operative|lieutenant|founder|hitman|associate|financier|trafficker|commander)\s+$", RegexOptions.NonBacktracking)]
    public static partial Regex ModifierGap();

    // The group the sentence speaks of without naming it.
    [GeneratedRegex(@"\b(?:the\s+(?:gang|group|cartel|organization|organisation|clan|family)|its|their|it)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    public static partial Regex GroupAnaphor();

    // "Franklin Yépez, alias "Tigre," a member of the gang since 2019": the group named before.
    [GeneratedRegex(@"^[^;:]{0,60}?,[""”’']?\s*(?:also\s+)?(?:a|an|the|one\s+of\s+the)\s+(?:(?:former|top|senior|founding)\s+)?(?:(?<leader>leaders?|boss|head|chief)|(?<founder>founders?)|(?<member>members?|veterans?|operatives?|emissar(?:y|ies)|envoys?|operators?))\s+of\s+the\s+(?:gang|group|cartel|organization|organisation|clan|faction|network)\b")]
    public static partial Regex RoleOfAnaphorAfterPattern();
    public static readonly CuedRegex RoleOfAnaphorAfter = new(RoleOfAnaphorAfterPattern());

    // "Ramiro and Héctor are also both members of the clan".
    [GeneratedRegex(@"^(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:is|are|was|were)\s+(?:also\s+)?(?:both\s+)?(?:a\s+)?(?<member>members?)\s+of\s+the\s+(?:gang|group|clan|family|cartel|organization|organisation)\b")]
    public static partial Regex MembersOfAnaphorAfterPattern();
    public static readonly Regex MembersOfAnaphorAfter = MembersOfAnaphorAfterPattern();

    // "the Chapitos, the faction of the Sinaloa Cartel that…": the war is the faction's.
    [GeneratedRegex(@"^\s*,\s*(?:the|a|another)\s+(?:\p{Ll}+\s+)?(?:faction|wing|cell|clique|branch)\s+of\s+(?:the\s+)?$")]
    public static partial Regex FactionAppositionBetween();

    // "Ana, known as “La Flaca,” and Rosa": the clause giving a listed name's nickname.
    [GeneratedRegex(@"\G\s*,?\s*(?:(?:also\s+)?known\s+as|nicknamed|alias|apodad[oa]|conocid[oa]\s+como)\s+[“""«‘'][^“”""«»‘’']{1,30}[”""»’']\s*,?")]
    public static partial Regex NicknameClauseAfter();

    // "Ocampo Lara's sons, Ramiro and Héctor".
    [GeneratedRegex(@"(?:\b(?:his|her|their)|['’]s?)\s+(?:two\s+|three\s+|four\s+)?(?:sons|daughters|children|brothers|sisters|nephews|hijos|hermanos)\s*,?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex ChildrenBeforePattern();
    public static readonly CuedRegex ChildrenBefore = new(ChildrenBeforePattern());

    // "the founders of the Tren de Aragua and its top leader in Chile": a second role for the same group.
    [GeneratedRegex(@"^\s+and\s+its\s+(?:(?:top|main|new|former)\s+)?(?:(?<leader>leader|head|boss|chief)|(?<founder>founder)|(?<member>member))\b")]
    public static partial Regex AndItsRoleAfter();

    // "Los Esteros, a network … that he led until his arrest"; "the Rastrojos, of which he was a member".
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:that|which|of\s+which)\s+(?:he|she)\s+(?:(?<leader>led|headed|ran|commanded|was\s+the\s+leader)|(?<founder>founded|created)|(?<member>was\s+a\s+member|joined))\b")]
    public static partial Regex PronounClauseAfter();

    // A name that is the object of a verb or preposition: "worked with the", "against".
    [GeneratedRegex(@"\b(?:with|against|to|from|for|by|over|con|contra)\s+(?:the\s+|los\s+|las\s+|el\s+|la\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex ObjectBefore();

    // "Both men are members of the gang": the people of the sentence before.
    [GeneratedRegex(@"^(?:Both|The\s+two)\s+(?:men|brothers|sons|women|sisters|cousins)\s+(?:are|were)\s+(?:also\s+)?(?:(?<member>members)|(?<leader>leaders))\s+of\s+the\s+(?:gang|group|clan|family|cartel|organization|organisation)\b")]
    public static partial Regex BothMembersOf();

    // "… flew planes for G before setting up his own network", "antes de montar su propia banda".
    [GeneratedRegex(@"^[^;:.]{0,120}?\b(?:set(?:ting)?\s+up|found(?:ed|ing)|creat(?:ed|ing)|form(?:ed|ing)|launch(?:ed|ing)|start(?:ed|ing)|build(?:ing)?|built|fundar|fund[óo]|crear|cre[óo]|formar|form[óo]|montar|mont[óo]|armar|arm[óo])\s+(?:his|her|their|su|sus)\s+(?:own|propi[oa])\s+(?:network|organi[sz]ation|group|gang|cartel|outfit|clan|crew|band|red|organizaci[óo]n|grupo|banda|c[áa]rtel|estructura)\b")]
    public static partial Regex OwnGroupAfterPattern();
    public static readonly CuedRegex OwnGroupAfter = new(OwnGroupAfterPattern());

    // "Abelardo, the elder of the brothers, leads the group".
    [GeneratedRegex(@"^[^;:.]{0,60}?\b(?:(?<leader>leads|led|heads|headed|runs|ran|commands|commanded)|(?<founder>founded|co-founded|created))\s+the\s+(?:gang|group|cartel|organization|organisation|clan|faction|network)\b(?!['’])")]
    public static partial Regex VerbAnaphorAfterPattern();
    public static readonly CuedRegex VerbAnaphorAfter = new(VerbAnaphorAfterPattern());

    // "he founded the", "In 2009 he founded".
    [GeneratedRegex(@"\b(?:he|she)\s+(?:(?:later|also|then|had|once|co-)\s*)?(?:(?<leader>led|leads|headed|heads|ran|runs|commanded|commands|took\s+over)|(?<founder>founded|co-founded|created|formed))\s+(?:the\s+|los\s+|las\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PronounVerbBeforePattern();
    public static readonly CuedRegex PronounVerbBefore = new(PronounVerbBeforePattern());

    // "he … was a member of the", "he … before joining the".
    [GeneratedRegex(@"(?:\b(?:was|is|had\s+been|became|has\s+been)\s+(?:a|an|the)\s+(?:former\s+|top\s+|senior\s+|founding\s+)?(?:(?<leader>leader|head|boss|chief)|(?<founder>founder|co-founder)|(?<member>member))\s+of|\b(?<member>joined|joining)|\b(?:se\s+convirti[oó]\s+en|era|fue|es)\s+(?:un\s+)?(?<member>miembro|integrante)\s+(?:del?|de\s+la|de\s+los))\s+(?:(?:a|an)\s+(?:\p{Ll}+\s+){0,2}(?:network|group|gang|clan|organization|organisation|cell|faction|band)\s*,?\s+(?:known\s+as|called|named)\s+(?:the\s+)?)?(?:the\s+|los\s+|las\s+)?$")]
    public static partial Regex PronounRoleTailPattern();
    public static readonly CuedRegex PronounRoleTail = new(PronounRoleTailPattern());

    [GeneratedRegex(@"\b(?:he|she)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Pronoun();

    // "The group was founded in 2008 in the town of La Democracia by the brothers".
    [GeneratedRegex(@"\b(?:the\s+(?:gang|group|cartel|organization|organisation|clan|faction|network)|it)(?:\s*,\s*(?:which|that))?\s+(?:was|were|had\s+been)\s+(?:(?<founder>founded|co-founded|created|formed)|(?<leader>led|headed|run))\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:brothers\s+|hermanos\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex GroupPassiveByBefore();

    // "Saavedra's main ally was", "His main rival was".
    [GeneratedRegex(@"(?:^['’]s?|\b(?<owner>his|her|its|their|sus?))\s+(?:(?:main|chief|biggest|principal|closest|fiercest|old|principales?)\s+)?(?:(?<ally>ally|allies|partner|partners|aliados?)|(?<rival>rival|rivals|enemy|enemies|competitor|enemigos?|rivales))(?:\s+in\s+the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)?\s+(?:was|is|are|were|has\s+been|became|fueron|son|era|es)\s+(?:the\s+|los\s+|las\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PersonalAllyRivalBeforePattern();
    public static readonly CuedRegex PersonalAllyRivalBefore = new(PersonalAllyRivalBeforePattern());

    // Two groups and "rivals", "enemies", "fought each other", "killing one another's lookouts", "se enfrentan entre sí" in one sentence.
    [GeneratedRegex(@"\b(?:rivals|enemies|rivales|enemigos|(?<!\b(?:stopped|stop|stops|ceased|quit|no\s+longer|never)\s+)(?:fought|fight|fighting|battled|clashed|warred|kill|killing|killed|attack|attacking|attacked|targeting|targeted|ambushing|ambushed|murdering)\s+(?:with\s+)?(?:each\s+other|one\s+another)(?:['’]s?)?|(?<!\b(?:no|nunca|de)\s+(?:se\s+)?)(?:enfrentan|enfrentaron|enfrentaban|matan|mataron|atacan|atacaron|pelean|pelearon|combaten|combatieron)\s+(?:entre\s+s[íi]|mutuamente)|(?:war|fight|fighting|rivalry|clashes|battle|feud|conflict|guerra|guerras|disputas|pugna|rivalidad)\s+(?:between|entre)|(?:fight|fought|battle|battled|compete|competed|clash|clashed|vie|vied|se\s+disputan|disputan)\s+(?:for|over|por|el|la|los|las)\b)\b")]
    public static partial Regex MutualRivalryPattern();
    public static readonly CuedRegex MutualRivalry = new(MutualRivalryPattern());

    // "the Sureños, the other faction of the gang"; "Barrio 18's "Revolucionarios" faction"; "the Metros, the Gulf Cartel faction".
    [GeneratedRegex(@"^\s*,\s*(?:the|a|an|one|another)\s+(?:other\s+|main\s+|armed\s+|largest\s+)?(?:faction|clique|cell|wing|branch|offshoot|splinter)s?\s+of\s+the\s+(?:gang|group|cartel|organization|organisation)\b")]
    public static partial Regex FactionOfAnaphorAfterPattern();
    public static readonly Regex FactionOfAnaphorAfter = FactionOfAnaphorAfterPattern();

    [GeneratedRegex(@"^[""“”'’\s]*(?:faction|clique|cell|wing|branch|offshoot)\b")]
    public static partial Regex FactionWordAfter();

    // "the fight between the MS13 and the Barrio 18".
    [GeneratedRegex(@"\b(?:war|wars|fight|fighting|rivalry|clashes|battle|feud|conflict|dispute|disputes|guerra|guerras|pugna|pugnas|disputa|disputas|enfrentamientos|rivalidad)\s+(?:between|entre)\s+(?:the\s+|los\s+|las\s+|el\s+)?$", RegexOptions.NonBacktracking)]
    public static partial Regex BetweenCue();

    // "the Rastrojos’ three principal leaders".
    [GeneratedRegex(@"^['’]s?\s+(?<n>two|three|four|five|2|3|4|5)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:leaders|bosses|heads|chiefs)\b")]
    public static partial Regex CountedLeaders();
}
