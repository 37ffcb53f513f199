using System.Text.RegularExpressions;
using CrimeArchive.Import.Extraction.Places;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A group name found in a sentence: the name to file it under and the stretch of text
/// that names it (which may run past the span: "the Valle Valle family", "the Sinaloa cartel").</summary>
/// <param name="FamilyShaped">Found only by its shape, "the X Ys", which is also how a family's plural
/// ("the Calle Sernas") looks: the reader checks the text names no one "X Y".</param>
public sealed record GroupHit(string Name, int Start, int End, bool FamilyShaped = false);

/// <summary>When a capitalized span names a criminal group: a group word inside it ("Gulf Cartel",
/// "Cartel del Golfo"), "Los"/"Las" before a plural, "the" before a capitalized plural ("the Zetas"),
/// a lower-case group noun after it ("the Urabeños gang", "the Valle Valle family").</summary>
public static partial class GroupNameRules
{
    [GeneratedRegex(@"^\s*\((?<inner>[^()]{1,140})\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+[–—-]\s+|\s*[,;/]\s*")]
    private static partial Regex PartSeparator();

    // "known as", "also called", "conocido como", "whose members are called", "whose name translates as" … before another name:
    // one alternation, cut in four
    // because as one generated method it passed the size at which the JIT stops optimizing. The
    // pieces are tried in order, as the alternation tried its branches.
    private const string KnownAsOpening = @"^(?:,|\s*[—–]|\s+--?)?\s*(?:(?:also|and|or|otherwise|sometimes|which|that)\s+)?(?:(?:formerly|previously|once|originally|earlier|until\s+(?:recently|\d{4})|antes|anteriormente|otrora|originalmente|previamente|inicialmente|hasta\s+\d{4})\s+)?(?:";
    private const string KnownAsClosing = @")\s+(?:the\s+(?=[“""«]))?";

    // Its ", or …" glosses, apart: "o" is a cue of theirs, which every sentence holds (see KnownAsFirstMayMatch).
    private const string KnownAsFirstBeforeGlosses = @"(?:better|more\s+commonly|commonly|popularly|formally|officially)\s+known\s+as|(?:more\s+)?(?:widely|commonly|popularly|usually|often)\s+(?:called|known\s+as)|(?:formally|officially|legally)\s+(?:named|called|titled|registered\s+as)|(?:formalmente|oficialmente)\s+(?:llamad[oa]|denominad[oa]|registrad[oa]\s+como)|(?:called|known)\s+(?:by|among|in|on|along|across|around)\s+(?:[\p{L}\-]+\s+){1,6}?(?:just|simply|only|as)(?:\s+as)?(?=\s+[“""«‘'])";
    private const string KnownAsOrGlosses = @"|(?<=^,\s*)(?:or|o)(?:\s+(?:simply|just|simplemente))?(?=\s+(?:the\s+)?[“""«]?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}[,.]?[”""»]?\s*(?:[,;)]|como\s+(?:lo|la|los|las)\s+(?:llaman|conocen|denominan)\b))|(?<=^,\s*)(?:or|o)(?=\s+[“""«](?:the\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}[,.]?[”""»])|(?<=^,\s*)(?<gloss>or)(?=\s+the\s+(?-i:\p{Lu})[\p{L}\-]+(?:\s+(?-i:\p{Lu})[\p{L}\-]+){0,3}\.?$)";
    private const string KnownAsFirstAfterGlosses = @"|(?:whose|cuyo)\s+(?:formal|official|full|legal|oficial|completo)\s+name\s+is|whose\s+name\s+(?:translates\s+(?:as|to)|means|is\s+translated\s+as)|cuyo\s+nombre\s+(?:significa|se\s+traduce\s+como)|cuyo\s+nombre\s+(?:formal|oficial|completo)\s+es|(?<=^,\s*)(?:al|a\s+la|a\s+los|a\s+las)\s+que\s+(?:[\p{Ll}\-]+\s+){1,4}?(?:llaman|denominan|conocen\s+como|apodan)|known\s+(?:(?:around|across|along|in|on|throughout|among|to|by)\s+(?:the\s+)?(?:[\p{L}\-]+\s+){1,4}?|locally\s+|widely\s+)?(?:simply\s+|just\s+)?as|(?:[–—-]{1,2}\s*)?literally";

    [GeneratedRegex(KnownAsOpening + KnownAsFirstBeforeGlosses + KnownAsOrGlosses + KnownAsFirstAfterGlosses + KnownAsClosing, RegexOptions.IgnoreCase)]
    private static partial Regex KnownAsFirstPattern();

    [GeneratedRegex(KnownAsOpening + @"[–—]{1,2}\s*(?:an?\s+|una?\s+)?(?:Creole|Spanish|Portuguese|French|English|Quechua|Guaran[íi]|criolla?|portugu[ée]sa?|francesa?|ingl[ée]sa?|quechua)\s+(?:phrase|word|term|expression|name|frase|palabra|t[ée]rmino|expresi[óo]n|nombre)\s+(?:meaning|that\s+means|for|que\s+significa|para)(?=\s*[“""«‘'])|[–—]{1,2}(?=\s*(?-i:\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,5})\s+(?:in\s+English|en\s+(?:ingl[ée]s|espa[ñn]ol))\s*[–—,)])|(?<=^\s*)[–—]{1,2}(?=\s*[“""«]?the\s+(?-i:\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})[,.]?[”""»]?\s*[–—])|[–—-]{1,2}\s*(?:(?:Portuguese|Spanish|Creole|French|English|street\s+talk|slang|portugu[ée]s|espa[ñn]ol|criollo|franc[ée]s)\s+(?:for|para)|in\s+(?:Creole|Portuguese|Spanish|French|English)\s*,|en\s+(?:criollo|portugu[ée]s|ingl[ée]s|franc[ée]s)\s*,)(?=\s*(?:[“""«]|(?:the\s+)?(?-i:\p{Lu})[^–—,;.]{0,40}[–—]))|as\s+(?:[\p{L}\-]+\s+){1,4}?(?:(?:sometimes|often|also|usually)\s+)?(?:call|calls|called)(?=\s+(?:the\s+|los\s+|las\s+)?\p{Lu})|(?:(?:which|that)\s+means|que\s+significa)(?=\s+[“""«])|(?:whose|cuyos|cuyas)\s+(?:members|fighters|men|gunmen|rank\s+and\s+file|foot\s+soldiers|integrantes|miembros|hombres|combatientes|sicarios)\s+(?:are|were|son|eran)\s+(?:(?:also|often|widely|commonly|locally|tambi[ée]n)\s+)?(?:called|known\s+as|dubbed|llamad[oa]s|conocid[oa]s\s+como)" + KnownAsClosing, RegexOptions.IgnoreCase)]
    private static partial Regex KnownAsSecondPattern();

    [GeneratedRegex(KnownAsOpening + @"(?:an?|the|una?|la|el)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:gang|group|organi[sz]ation|network|crew|clan|cartel|faction|militia|family|band|syndicate|banda|grupo|organizaci[oó]n|red|pandilla|estructura|familia)\s+(?:that|which|que|(?:a\s+)?(?:la|el|lo)\s+que|al\s+que)\s+(?:[\p{L}\d\-'’]+\s+){1,5}?(?:call|calls|called|dub|dubs|dubbed|refers?\s+to(?:\s+(?:in|on)(?:\s+\p{Ll}+){1,3}?)?\s+as|se\s+conoc(?:e|[íi]a)\s+como|llaman?|llamaban|denominan?|denominaban|conoc[ei]n\s+como|conoc[íi]an\s+como)|(?:an?|una?)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:gang|group|organi[sz]ation|network|crew|clan|cartel|faction|militia|family|band|syndicate|banda|grupo|organizaci[oó]n|red|pandilla|estructura|familia)\s+(?:(?:also|better|widely|locally|m[aá]s|tambi[eé]n)\s+)?(?:(?:known|conocid[oa])\s+(?:(?:in|on|across|along|among|to|by|en|entre)\s+(?:[\p{L}\-]+\s+){1,4}?)?(?:as|como)|called|llamad[oa](?:\s+como)?)|(?:tambi[eé]n\s+)?llamad[oa]s?(?:\s+tambi[eé]n)?(?=\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?[“""«]?(?-i:\p{Lu}))|called(?!\s+(?:itself|themselves)\b)|(?:(?:who|which|that)\s+)?(?:(?:now|also|sometimes|today|later|have|has|formerly|once|originally|until\s+\d{4})\s+){0,2}(?:call(?:s|ed)?|styles?|styled|names?|named|dubs?|dubbed|brands?|branded|rebrand(?:s|ed)?|renamed?|renames)\s+(?:itself|themselves)(?:\s+as)?" + KnownAsClosing, RegexOptions.IgnoreCase)]
    private static partial Regex KnownAsThirdPattern();

    [GeneratedRegex(KnownAsOpening + @"(?:que\s+)?(?:(?:hoy|ahora|tambi[eé]n|luego|despu[eé]s|antes|hasta\s+\d{4})\s+)?se\s+(?:hac(?:en?|[íi]an?)\s+llamar|autodenomin(?:an?|aban?|[óo]|aron)|autoproclam(?:an?|[óo]|aron)|llam(?:an?|aban?)|conoc(?:e|[íi]a|i[óo])\s+como|(?:les?|los|las)\s+(?:conoce|conoc[íi]a|llama|llamaba)(?:\s+como)?)|(?:la\s+|el\s+)?autodenominad[oa]s?|(?:que\s+)?pas(?:[óo]|aron)\s+a\s+llamarse|a\.k\.a\.?|aka|(?:which|that|what)\s+(?:[\p{L}.\-]+\s+){1,3}?(?:call|calls|called|dub|dubbed|named|christened|baptized|refers?\s+to\s+as|knows?\s+as|knew\s+as|translates?\s+as|translated\s+as|renders?\s+as|rendered\s+as)|(?:which|that)\s+(?:translates|is\s+translated)\s+as(?=\s+[“""«])|(?:que|al\s+que|a\s+la\s+que)\s+(?:\p{Ll}+\s+){0,4}(?:(?:re)?bautizaron|renombraron|llamaron|denominaron|traduc(?:e|en|[íi]an?)\s+como)(?:\s+en\s+\d{4})?(?:\s+como)?|known\s+(?:since|from)\s+(?:the\s+)?\d{4}s?\s+as|(?:m[aá]s|mejor)\s+conocid[oa]s?\s+como|(?:tambi[eé]n\s+)?(?:conocid[oa]s?|llamad[oa]s?)(?:\s+tambi[eé]n)?(?:\s+(?:hasta|desde)\s+\d{4})?(?:\s+(?:en|entre|del?|por|para)\s+(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+)?(?:\s+simplemente)?\s+como" + KnownAsClosing, RegexOptions.IgnoreCase)]
    private static partial Regex KnownAsFourthPattern();

    private static readonly CuedRegex[] KnownAs = [new(KnownAsFirstPattern()), new(KnownAsSecondPattern()), new(KnownAsThirdPattern()), new(KnownAsFourthPattern())];

    // "also known as L-14 or simply “la Legión”": the last name may come in quotes, with its article.
    [GeneratedRegex(@"^(?:,\s*(?:and\s+|or\s+|y\s+|o\s+)?|\s+(?:and|or|y|o)\s+)(?:(?:simply|just|simplemente)\s+)?(?:[“""«](?:el\s+|la\s+)?)?(?:the\s+|los\s+|las\s+)?")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\b(?:and|y)\b")]
    private static partial Regex AndWord();


    // "… and, until a few years ago, as the Urabeños"; "se hace llamar X (…) y más recientemente Y": the time
    // word alone carries the naming verb over.
    [GeneratedRegex(@"^\s*,?\s*(?:and|or|y|o)\s*,?\s*(?:(?:until|before|since|in|hasta|antes\s+de|desde|en)\s+[^,;()]{1,30}?,?\s+)?(?:(?:(?:also|once|formerly|earlier|tambi[ée]n)\s+)?(?:as|como)|(?:(?:more|most)\s+recently|lately|later|m[áa]s\s+recientemente|recientemente|m[áa]s\s+tarde|luego|despu[ée]s)\s*,?)\s+(?:the\s+|los\s+|las\s+)?")]
    private static partial Regex AnotherAs();

    public static GroupHit? Classify(NameSpan raw, SentenceInfo info) => raw.ReadAsGroup(info, ClassifyAfresh);

    private static GroupHit? ClassifyAfresh(NameSpan raw, SentenceInfo info) =>
        // "the neighborhoods of A, Los B and C": a name a list of places holds is none, whatever it looks like.
        Read(raw, info) is { } hit && !PersonNameRules.IsListedPlace(raw, info) ? hit : null;

    /// <summary>"Ruiseñor Front of the Highland Liberation Army", "Frente 41 de las FRU", "Los Tordos del
    /// Cártel del Valle Alto": a unit named with the group it belongs to, split into the two names.
    /// The unit is a front, bloc, wing or cell with a name of its own, or a gang in its own right; the
    /// group after "of" must be one on its own (a cartel, an army, an acronym), not a place.</summary>
    public static (NameSpan Unit, NameSpan Parent)? UnitOfParent(NameSpan span, SentenceInfo info)
    {
        for (var c = 1; c < span.Count - 1; c++)
        {
            var connector = NameWords.Key(span.Words[c]);
            if (connector is not ("of" or "de" or "del"))
                continue;
            var from = c + 1;
            if (connector != "del" && NameWords.Key(span.Words[from]) is "the" or "la" or "las" or "los" or "el")
                from++;
            if (from >= span.Count)
                return null;
            var unit = span.Slice(0, c);
            var parent = span.Slice(from, span.Count - from);
            // "la subestructura Leones del Sinú del Clan del Norte": after a unit noun any name is the unit's.
            if (!(IsUnitName(unit) || unit.Count >= 2 && UnitNouns.Contains(PersonNameRules.WordBefore(info, span) ?? ""))
                || !IsGroupOnItsOwn(parent) || NameWords.IsPlace(parent.Surface)
                || IsProgram(unit) && !IsStreetGang(parent))
                continue;
            return (unit, parent);
        }
        return null;
    }

    private static readonly HashSet<string> UnitNouns = new(StringComparer.Ordinal)
    {
        "subestructura", "estructura", "faccion", "celula", "clica", "faction", "cell", "clique", "unit", "unidad",
    };

    private static bool IsUnitName(NameSpan unit)
    {
        var words = unit.Words.Select(w => NameWords.Key(w)).ToList();
        var first = words[0] is "the" or "el" or "la" ? 1 : 0;
        if (words.Count - first < 2)
            return false;
        // "Los Tordos": a gang's name on its own.
        if (words[first] is "los" or "las" && unit.Words[^1].Text.EndsWith('s'))
            return true;
        // "Programa Cumbre de la Mara Cenzontle": UnitOfParent asks the parent to be a street gang.
        if (IsProgram(unit))
            return true;
        return words.Skip(first).Count(UnitWords.Contains) == 1 && !words.Skip(first).Any(w => NameWords.IsGroupHead(w) && !UnitWords.Contains(w));
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "front", "bloc", "block", "faction", "wing", "cell", "column", "brigade", "battalion", "command", "squad",
        "frente", "bloque", "faccion", "ala", "celula", "columna", "brigada", "batallon", "comando", "escuadron",
        "subestructura",
    };

    private static bool IsGroupOnItsOwn(NameSpan parent)
    {
        if (parent.Count == 1)
            return parent.Words[0].IsAllCaps && parent.Words[0].Text.Count(char.IsLetter) >= 2;
        return NameWords.IsInsurgentName(parent.Words)
            || parent.Words.Any(w => NameWords.IsGroupHead(w) && !UnitWords.Contains(NameWords.Key(w)) && !w.IsAllCaps);
    }

    private static GroupHit? Read(NameSpan raw, SentenceInfo info)
    {
        if (MembersOfLength(raw) is > 0 and var members)
            raw = raw.Slice(members, raw.Count - members);
        if (WithoutHomeTown(raw) is { } named)
            raw = named;
        if (LocosClique(raw, info) is { } clique)
            return new GroupHit(clique.Surface, clique.Start, clique.End);
        if (IsListedAfterGroupNoun(raw, info))
        {
            // "La Banda del Tuerto" is the Banda del Tuerto, as everywhere else.
            var listed = raw.Count > 2 && NameWords.DropsArticle(raw.Words[0].Text, raw.Words[1].Text) ? raw.Slice(1, raw.Count - 1) : raw;
            return new GroupHit(listed.Surface, listed.Start, listed.End);
        }
        // "el barrio Los Almendros", "the Colinas del Viento neighborhood": a neighbourhood's name, not a gang's.
        if (IsPlaceName(raw, info))
            return null;
        if (PersonNameRules.IsParty(raw, info))
            return null;
        // "la Nueva Guardia, liderada por Omar Tapia", "the Grupo Astillero, run by …": a name after a
        // lower-case article that something is led by is an outfit's.
        if (PersonNameRules.WordBefore(info, raw) is "la" or "el" or "the" && !info.Words[raw.Index - 1].IsCapitalized && raw.Count >= 2
            && !NameWords.IsPlace(raw.Surface) && !NotOutfitWords.Contains(NameWords.Key(raw.Words[0]))
            && !raw.Words.Any(w => StateWords.Contains(NameWords.Key(w)) || NameWords.IsInstitutionWord(w) && !FirmWords.Contains(NameWords.Key(w)))
            && LedByAfter().IsMatch(info.Sentence.Text.AsSpan(raw.End - info.Sentence.Start)))
            return new GroupHit(raw.Surface, raw.Start, raw.End);
        // "a crew of young men who call themselves the Alto Pumas", "una banda que se hace llamar Los Remeros":
        // whatever the name looks like, it is the name an outfit gives itself (where the sentence speaks of one,
        // or the name takes a plural's article: "his followers, who call themselves the Kingfisher Renegades";
        // "el detenido, que se hace llamar Comandante Rojo" is a man).
        if (SelfNamedBefore.IsMatch(info.Sentence.Text, 0, raw.Start - info.Sentence.Start) && !NameWords.IsPlace(raw.Surface)
            && (info.Words.Take(raw.Index).Any(w => Grammar.Discourse.IsGroupWord(NameWords.Key(w)))
                || NameWords.Key(raw.Words[0]) is "los" or "las" || raw.Index > 0 && NameWords.Key(info.Words[raw.Index - 1]) is "the" or "los" or "las"))
            return new GroupHit(raw.Surface, raw.Start, raw.End);
        // "The Cartel", "Family", "Gang": a generic word, with or without its article, names no particular group.
        if (raw.Words.All(w => NameWords.IsGroupHead(w) || NameWords.Key(w) is "the" or "el" or "la" or "los" or "las"))
            return IsFirmName(raw, info) ? new GroupHit(raw.Surface, raw.Start, raw.End) : null;
        // "Frente Comandante Anselmo Quiroga", "the Zenón Paredes Mobile Column": a unit named after a
        // person is the unit, title and all, not the person.
        if (UnitNamedAfterPerson(raw) is { } unit)
            return new GroupHit(unit.Surface, unit.Start, unit.End);
        // "the Compañía Remigio Lara, a unit of the front": a guerrilla company, where the sentence speaks of an insurgency
        // (a firm's "Compañía Minera del Sur" has no front or unit beside it).
        if (CompanyOfFighters(raw, info) is { } company)
            return new GroupHit(company.Surface, company.Start, company.End);
        var span = PersonNameRules.TrimLeading(raw, keepArticles: true);
        // "at war with the Second Marquetalia": the context speaks for the whole span, everyday words included.
        var whole = StripStopWords(raw);
        if (whole is not null && (span is null || whole.Count > span.Count) && HasGroupContext(whole, info) && !NameWords.IsPlace(whole.Surface)
            && !whole.Words.Any(w => NameWords.IsInstitutionWord(w) || NameWords.IsTitle(w) || NameWords.IsDemonym(w)))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        if (whole is { Count: >= 2 } && IsOutfitWithSpanishForm(whole, info))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        // "groups such as Halcones Negros", "a unit of Halcones Negros": a Spanish plural noun and its adjective, no
        // article before them, where the sentence speaks of groups.
        if (whole is { Count: 2 or 3 } && whole.Start == raw.Start && PersonNameRules.WordBefore(info, whole) is not ("los" or "las" or "the")
            && whole.Words.All(IsSpanishPluralWord) && !NameWords.IsPlace(whole.Surface) && HasGroupContext(whole, info))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        // "The Union Sur, a federation led by …": said outright to be a group, the whole name is one, institution word and all.
        if (whole is { Count: >= 2 } && (span is null || whole.Count > span.Count) && whole.End == (span?.End ?? whole.End)
            && IsDescribedAsGroup(whole, info) && !NameWords.IsPlace(whole.Surface) && !whole.Words.Any(w => NameWords.IsTitle(w) || NameWords.IsDemonym(w)))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        // "the Two Bridges gang": a number word opens a name of everyday words.
        if (whole is { Count: >= 2 } && IsNumber(whole.Words[0]) && !whole.Words[0].Text.All(char.IsDigit)
            && PersonNameRules.WordAfter(info, whole) is "gang" or "crew" or "clique" or "cell" && !whole.Words.Any(w => NameWords.IsDemonym(w)))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        // "la Red del Estuario": a network of somewhere, unless its words say it is an office or an NGO.
        // "la denominada Red Colibrí": so is a network with a name of its own.
        if (whole is { Count: >= 2 } && NameWords.Key(whole.Words[0]) == "red"
            && (whole.Count >= 3 && NameWords.Key(whole.Words[1]) is "de" or "del" || char.IsUpper(whole.Words[1].Text[0]) && !NameWords.IsPlace(whole.Slice(1, whole.Count - 1).Surface))
            && PersonNameRules.WordBefore(info, whole) is "la" or "una" or "esa" or "esta" or "denominada" or "llamada" or "autodenominada"
            && !whole.Words.Skip(1).Any(w => NameWords.IsInstitutionWord(w) || OfficeWords.Contains(NameWords.Key(w))))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        // "the Quarry Kings", "the Ridge Boys": a plural of lords, boys or beasts closing a name after "the".
        if (whole is { Count: >= 2 and <= 4 } && NameWords.IsGangPlural(whole.Words[^1]) && !NameWords.IsPlace(whole.Surface)
            && (PersonNameRules.WordBefore(info, whole) is "the" or "la" or "las" or "los" || raw.Words[0] != whole.Words[0] && NameWords.Key(raw.Words[0]) == "the")
            && !HoldsOfficeWord(whole))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        if (span is null || span.Words.All(w => w.IsAllCaps && w.Text.Length <= 2))
            return null;
        // "the gang 3 Minit", "la pandilla 18 Calles": a number after a group noun opens the name.
        if (span.Index >= 2 && info.Words[span.Index - 1] is { Text.Length: <= 4 } numeral && numeral.Text.All(char.IsDigit)
            && IsGroupNoun(NameWords.Key(info.Words[span.Index - 2])) && !NameWords.IsPlace(span.Surface))
        {
            return new GroupHit(info.Sentence.Text[(numeral.Start - info.Sentence.Start)..(span.End - info.Sentence.Start)], numeral.Start, span.End);
        }
        if (span.Count == 1 && span.Words[0].IsAllCaps)
            return !NameWords.IsPlace(span.Surface) && !NameWords.IsStopWord(span.Surface)
                && (NameWords.IsGroupCueAfter(PersonNameRules.WordAfter(info, span) ?? "") || HasGroupContext(span, info)
                    || (span.Surface.Any(char.IsDigit) && span.Surface.Count(char.IsLetter) >= 2) || IsArmedAcronym(span, info))
                ? new GroupHit(span.Surface, span.Start, span.End) : null;
        if (span.Count > 2 && NameWords.DropsArticle(span.Words[0].Text, span.Words[1].Text))
            span = span.Slice(1, span.Count - 1);
        // "Costa Rican", "Dominican": a nationality is no group, whatever the context.
        if (NameWords.IsDemonym(span.Surface))
            return null;
        // "Heriberto Campos's gang", "Chavelo's crew": the noun after a possessive is what the name owns, not what it is.
        var after = IsPossessive(span, info) ? null : PersonNameRules.WordAfter(info, span);
        var afterIndex = span.Index + span.Count;
        // "the Tapajós river route": a river's name is no group's.
        // "the Guardianes del Valle (Valley Guardians)": a word in a parenthesis is none of the name's.
        if (after is "river" or "rivers" or "valley" or "basin" or "delta" && !info.Sentence.Text.AsSpan(span.End - info.Sentence.Start, info.Words[afterIndex].Start - span.End).Contains('('))
            return null;
        if (IsSpelledOutAcronym(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "Lakou Zetwal, which means “Star Yard” in Creole": a name the text translates is an outfit's, not a person's.
        if (span.Count >= 2 && TranslatedName().IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start)) && !NameWords.IsPlace(span.Surface))
            return new GroupHit(span.Surface, span.Start, span.End);
        if (NameWords.IsInsurgentName(span.Words))
            return new GroupHit(span.Surface, span.Start, span.End);
        if ((span.Words.Any(w => NameWords.IsGroupHead(w) && !w.IsAllCaps) || IsBikersClub(span))
            && !span.Words.Any(w => NameWords.Key(w) is "department" or "court") && !IsStateOrganization(span))
            return new GroupHit(span.Surface, span.Start, span.End);
        var first = NameWords.Key(span.Words[0]);
        // "the Alto Verde Mobile Company", "la Compañía Móvil Arturo Ruiz": a guerrilla unit, not a firm.
        if (span.Count >= 3 && (NameWords.Key(span.Words[^2]) == "mobile" && NameWords.Key(span.Words[^1]) == "company"
            || first is "compania" && NameWords.Key(span.Words[1]) == "movil"))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "Tren de Aragua"-style names: a gang called "the Train of" a place.
        if (first is "tren" && span.Count >= 3 && NameWords.Key(span.Words[1]) is "de" or "del")
            return new GroupHit(span.Surface, span.Start, span.End);
        // "la Red del Estuario": a network of somewhere, unless its words say it is an office or an NGO.
        if (first is "los" or "las" && span.Count >= 2 && span.Words[1].Text.EndsWith('s') && !NameWords.IsPlace(span.Surface) && !IsNearPlace(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        if (IsFirmName(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "Los Zazueta", "Los Ochenta", "La Segunda Línea", "La Oficina del Oriente": an article written with
        // a capital inside a sentence makes a name of what follows, and one that is no place, office or
        // newspaper is an outfit's (a person's nickname comes quoted or after "alias").
        if (first is "los" or "las" or "la" && span.Count >= 2 && char.IsUpper(span.Words[0].Text[0]) && !IsSentenceStart(span, info)
            && !NameWords.IsPlace(span.Surface) && !NameWords.IsPlace(span.Slice(1, span.Count - 1).Surface)
            && !span.Words.Any(w => NameWords.IsInstitutionWord(w)) && !PersonNameRules.IsMedia(span, info)
            && PersonNameRules.WordBefore(info, span) is not ("alias" or "vulgo" or "apodo" or "apodado" or "apodada" or "conocido" or "conocida") && !IsQuoted(span, info)
            && !IsCuedPlace(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "Barrio 18": the gang, not a neighbourhood (those have names, not numbers).
        // "Clica 40", "Mara 503": so is a clique's.
        if (first is "barrio" or "clica" or "clique" or "mara" && span.Count == 2 && span.Words[1].Text.All(char.IsDigit))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "the Tejones Locos 31": a clique's name is a plural of its own and the number of its gang.
        if (IsNumberedClique(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        if (StreetGangProgram(span, info) is { } program)
            return new GroupHit(program.Surface, program.Start, program.End);
        // "the Tigres del Sur", "the Lobos de la Sierra": a capitalised plural with an of-phrase after an article.
        if (span.Count >= 3 && PersonNameRules.WordBefore(info, span) is "the" or "los" or "las" && NameCandidateFinder.IsParticle(span.Words[1].Text)
            && IsPluralGroupWord(span.Words[0], span.Slice(0, 1), info) && !NameWords.IsPlace(span.Surface))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "el clan de los Ancasi": a family's outfit named by its surname after the plural article ("la familia de los
        // Ancasi" is as often the family that lives next door).
        if (span.Count <= 2 && ClanBeforePluralArticle(info, span) is { } clan && !NameWords.IsPlace(span.Surface) && !span.Words.Any(w => w.IsAllCaps))
            return new GroupHit(info.Sentence.Text[(clan.Start - info.Sentence.Start)..(span.End - info.Sentence.Start)], clan.Start, span.End);
        // "the Urquijo crime family": the kind of family is part of its name; "the Sinaloa crime syndicate" is a
        // syndicate of Sinaloa.
        if (after is "crime" && afterIndex + 1 < info.Words.Count && NameWords.Key(info.Words[afterIndex + 1]) is "family" or "clan" or "syndicate"
            && PersonNameRules.WordBefore(info, span) == "the" && !NameWords.IsPlace(span.Surface) && !NameWords.IsDemonym(span.Surface))
        {
            var kind = info.Words[afterIndex + 1];
            return new GroupHit(CrimeFamilyName(span.Surface, kind.Text), span.Start, kind.End);
        }
        // "a Santarém organization": an organization from a place, not one named after it; "a Miskito
        // family" is some family, not a clan.
        if (IsNameNounAfter(after) && !PersonNameRules.IsMedia(span, info)
            && !((NameWords.IsPlace(span.Surface) || after is "family") && PersonNameRules.WordBefore(info, span) is "a" or "an"))
        {
            var word = info.Words[afterIndex];
            var name = after == "cartel" ? span.Surface + " Cartel" : span.Surface + " " + word.Text;
            return new GroupHit(name, span.Start, word.End);
        }
        if ((IsDescribedAsGroup(span, info) || ArmedWingAfter.IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start, info.Sentence.End - span.End)))
            && !(span.Count == 1 && (NameWords.IsStopWord(span.Surface) || NameWords.IsEveryday(span.Surface) || IsOpeningTimeWord(span, info)))
            && !IsNamedKin(span, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "its armed wing, the Fuerzas Rurales Coyote (FRC)", "las Fuerzas del Alba, brazo armado del cártel": forces
        // set in apposition to a group's armed wing are the wing, not the state's.
        if (whole is { Count: >= 2 } && NameWords.Key(whole.Words[0]) is "fuerzas" or "fuerza" or "forces" && IsWingForces(whole, info))
            return new GroupHit(whole.Surface, whole.Start, whole.End);
        if (NameWords.IsPlace(span.Surface) || span.Words.Any(w => NameWords.IsInstitutionWord(w)))
            return null;
        // "a cell that answers to the Junta Mayor Unida (JMU)": a name with its own acronym, in a sentence about
        // cells, fronts or fighters, is the armed group's name, not a state body's.
        if (span.Count >= 2 && PersonNameRules.HasOwnAcronym(span, info) && SpeaksOfArmedGroups(info))
            return new GroupHit(span.Surface, span.Start, span.End);
        // "the Sapo crews", "the Chavelo coalition", "a Sombra cell": a group noun right after the name.
        if (IsGroupNounAfter(after) || (after is "drug" or "criminal" && afterIndex + 1 < info.Words.Count
            && NameWords.Key(info.Words[afterIndex + 1]) is "gang" or "organization" or "group" or "syndicate"))
        {
            if (span.Count == 1 && NameWords.IsEveryday(span.Words[0]))
                return null;
            // "the Sector 7 gang": a number alone is no name; the everyday word before it belongs to it.
            if (span.Words.All(w => w.Text.All(char.IsDigit)))
                return whole is not null && whole.Count > span.Count ? new GroupHit(whole.Surface, whole.Start, whole.End) : null;
            // "the 300 Pikliz gang": the number is part of the name.
            // "the Nine Lanterns gang": so is a capitalized number word.
            var number = span.Index > 0 && IsNumber(info.Words[span.Index - 1]) && span.Words[0].SpaceBefore;
            return number
                ? new GroupHit(info.Sentence.Text[(info.Words[span.Index - 1].Start - info.Sentence.Start)..(span.End - info.Sentence.Start)], info.Words[span.Index - 1].Start, span.End)
                : new GroupHit(span.Surface, span.Start, span.End);
        }
        // "Trueno Trueno", "Calor Calor": a word said twice is a gang's name, not a person's (a place's, if the gazetteer knows it).
        if (span.Count == 2 && NameWords.Key(span.Words[0]) == NameWords.Key(span.Words[1]) && !span.Words[0].IsAllCaps)
            return new GroupHit(span.Surface, span.Start, span.End);
        if (OpenPluralName(raw, whole, info) is { } open)
            return open;
        if (span.Count == 1 && IsPluralGroupWord(span.Words[0], raw, info))
            return new GroupHit(span.Surface, span.Start, span.End);
        if (HasGroupContext(span, info) && !NameWords.IsDemonym(span.Surface)
            && !(span.Count == 1 && (NameWords.IsStopWord(span.Surface)
                || (NameWords.IsEveryday(span.Surface) && PersonNameRules.WordBefore(info, span) is not ("the" or "los" or "las"))))
            && !(PersonNameRules.IsFullName(span, info) && PersonNameRules.WordBefore(info, span) is not ("the" or "los" or "las" or "la" or "el") && !IsGroupsRival(span, info)
                && !IsGroupNoun(PersonNameRules.WordBefore(info, span)) && !IsHeadedThing(span, info)
                // "The alliance, called Kòd Lakay": named by the sentence as the group it describes.
                && !IsNameOfDescribedGroup(info, span.Start) && !IsGivenToGroupNoun(info, span.Index - 1) && !IsNamedBesideUnit(span, info)))
            return new GroupHit(span.Surface, span.Start, span.End);
        return null;
    }

    // "the Redwater Jackals", "the Coldbrook Marmots": any English plural the gang list lacks closes a name of two
    // to four words after "the" too — unless the words before it are a place's or a man's ("the Texas
    // Rangers", "the Tomás Reyes trial"), it names a site ("the Harbour Road Apartments") or it qualifies
    // the noun after it ("the Roig Lemus brothers").
    private static GroupHit? OpenPluralName(NameSpan raw, NameSpan? whole, SentenceInfo info)
    {
        if (whole is not { Count: >= 2 and <= 4 } || !(PersonNameRules.WordBefore(info, whole) == "the" && !info.Words[whole.Index - 1].IsCapitalized
                || raw.Words[0] != whole.Words[0] && NameWords.Key(raw.Words[0]) == "the"))
            return null;
        var plural = whole.Words[^1];
        if (!plural.Text.All(char.IsAsciiLetter) || !IsPluralGroupWord(plural, whole, info) || NameWords.IsEveryday(plural)
            || Grammar.SpanishWords.Table.ContainsKey(NameWords.Key(plural)) || SiteNouns.Contains(NameWords.Key(plural)))
            return null;
        var before = whole.Words.Take(whole.Count - 1).ToList();
        if (before.Any(w => !char.IsUpper(w.Text[0]) || w.IsAllCaps || NameWords.IsStopWord(w) || IsSizablePlace(w.Text))
            || GivenNames.Contains(before[0].Text) || NameWords.IsPlace(whole.Surface) || HoldsOfficeWord(whole) || PersonNameRules.IsMedia(whole, info))
            return null;
        if (whole.Index + whole.Count < info.Words.Count && !info.Words[whole.Index + whole.Count].IsCapitalized && IsQualifiedNoun(info, whole.Index + whole.Count))
            return null;
        // "The gang he leads, the Tovar Lemuses, …": a family's plural the text says is the gang stays one.
        var evident = IsDescribedAsGroup(whole, info) || IsNameOfDescribedGroup(info, whole.Start) || IsGivenToGroupNoun(info, whole.Index - 1)
            || GroupNounAppositionBefore().IsMatch(info.Sentence.Text.AsSpan(0, whole.Start - info.Sentence.Start));
        return new GroupHit(whole.Surface, whole.Start, whole.End, FamilyShaped: !evident);
    }

    // "the Tomás Reyes murder was ordered", "the Roig Lemus brothers": a noun right after the name that the name
    // qualifies — one that can only be a noun, or a noun a verb or the end of the clause follows ("the Redwater
    // Jackals control most of the trade", "fight for control" are verbs). A gang's leader or members are still
    // the gang's ("the Coldbrook Marmots leader").
    private static bool IsQualifiedNoun(SentenceInfo info, int k)
    {
        if (!info.GapBefore(k).IsWhiteSpace() || GroupRoleNouns.Contains(NameWords.Key(info.Words[k])))
            return false;
        var entry = Grammar.Lexicon.Lookup(NameWords.Key(info.Words[k]), spanish: false);
        if (entry.Likely != Grammar.PartOfSpeech.Noun)
            return false;
        if ((entry.All & Grammar.PartsOfSpeech.AnyVerb) == 0 || k + 1 >= info.Words.Count || info.GapBefore(k + 1).ContainsAny(",;:()"))
            return true;
        var after = Grammar.Lexicon.Lookup(NameWords.Key(info.Words[k + 1]), spanish: false).Likely;
        return (after & (Grammar.PartsOfSpeech.AnyVerb | Grammar.PartOfSpeech.Modal)) != 0;
    }

    // "Texas", "Toronto": a state or a town of some size names the team or the force, not a gang; "Lake" and
    // "Reef" are also the names of hamlets somewhere.
    private static bool IsSizablePlace(string word) =>
        Places.Gazetteer.Default.Lookup(word).Any(e => e.Kind is not Places.PlaceKind.City || e.Population >= 50_000);

    /// <summary>"gunmen", "lieutenant": what a group's people are called.</summary>
    public static bool IsGroupRoleNoun(string key) => GroupRoleNouns.Contains(key);

    private static readonly HashSet<string> GroupRoleNouns = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "boss", "bosses", "chief", "chiefs", "founder", "founders", "member", "members", "president",
        "gunman", "gunmen", "hitman", "hitmen", "enforcer", "enforcers", "associate", "associates", "lieutenant", "lieutenants",
    };

    // "his family, the Calle Sernas" is a family: only an outfit's noun says the plural is a gang.
    [GeneratedRegex(@"\b(?:gang|group|crew|cartel|clan|organi[sz]ation|network|outfit)\b[^,;.]{0,30},\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupNounAppositionBefore();

    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "apartments", "towers", "gardens", "heights", "estates", "homes", "flats", "suites", "courts", "houses", "condos", "villas",
    };

    // A title, a nationality or a word of a state body or a site makes a name no gang's, but for the street a
    // corner gang is named after ("the Dundas Street Kings").
    private static bool HoldsOfficeWord(NameSpan name) =>
        name.Words.Any(w => NameWords.IsInstitutionWord(w) && !(w != name.Words[^1] && StreetWords.Contains(NameWords.Key(w)))
            || NameWords.IsTitle(w) || NameWords.IsDemonym(w));

    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal) { "street", "avenue", "road", "lane", "block" };

    /// <summary>"the Steel Horsemen MC", "the Silver Ravens Motorcycle Club": an outlaw bikers' club, named as
    /// such; any other club (a jockey club, a nightclub, a Rotary club) is none.</summary>
    public static bool IsBikersClub(NameSpan span) =>
        span.Count >= 2 && (span.Words[^1].Text == "MC"
            || span.Count >= 3 && NameWords.Key(span.Words[^1]) == "club" && GroupNameCore.IsBikersWord(NameWords.Key(span.Words[^2])));

    private static NameSpan? CompanyOfFighters(NameSpan raw, SentenceInfo info)
    {
        var from = NameWords.Key(raw.Words[0]) is "the" or "la" ? 1 : 0;
        if (raw.Count - from < 2 || NameWords.Key(raw.Words[from]) != "compania" || !char.IsUpper(raw.Words[from].Text[0])
            || raw.Words.Skip(from + 1).Any(w => StateWords.Contains(NameWords.Key(w)) || NameWords.IsInstitutionWord(w))
            || !info.Words.Any(w => InsurgentUnitCues.Contains(NameWords.Key(w))))
            return null;
        return raw.Slice(from, raw.Count - from);
    }

    /// <summary>"the Ruiz Front", "Pacific Ridge Bloc": the English nouns a unit's name closes with.</summary>
    public static bool IsUnitNounClosingName(string key) => key is "column" or "front" or "bloc" or "brigade" or "battalion";

    private static NameSpan? UnitNamedAfterPerson(NameSpan raw)
    {
        // "Its Eastern Ridge Bloc holds the valley": a possessive before the name is no part of it.
        var from = NameWords.Key(raw.Words[0]) is "the" or "el" or "la" or "its" or "their" or "su" or "sus" ? 1 : 0;
        if (raw.Count - from < 3)
            return null;
        var unit = raw.Slice(from, raw.Count - from);
        var first = NameWords.Key(unit.Words[0]);
        var last = NameWords.Key(unit.Words[^1]);
        var opens = first is "frente" or "bloque" or "columna" or "brigada" or "batallon" or "subestructura" && unit.Words.Skip(1).All(w => char.IsUpper(w.Text[0]));
        var closes = IsUnitNounClosingName(last) && char.IsUpper(unit.Words[^1].Text[0])
            && unit.Words.Take(unit.Count - 1).All(w => char.IsUpper(w.Text[0]) || NameCandidateFinder.IsParticle(w.Text));
        return opens || closes ? unit : null;
    }

    // Words of firms and fellowships that criminal outfits take as names ("La Empresa", "La Oficina del
    // Valle", "La Unión de Tepito", "La Hermandad"); a state body or a company has a state word beside them.
    private static readonly HashSet<string> FirmWords = new(StringComparer.Ordinal)
    {
        "empresa", "oficina", "union", "guardia", "corporacion", "compania", "sucursal", "hermandad", "familia", "banda", "cofradia", "liga",
    };

    public static bool IsFirmWord(string key) => FirmWords.Contains(key);

    // "la Operación Orión, dirigida por el general …", "the Plan Colombia": things people lead that are no outfits.
    private static readonly HashSet<string> NotOutfitWords = new(StringComparer.Ordinal)
    {
        "operacion", "operation", "plan", "programa", "program", "programme", "proyecto", "project", "mision", "mission", "comision",
        "commission", "campana", "campaign", "ruta", "route", "reforma", "reform", "ley", "law", "fundacion", "foundation", "iglesia", "church",
    };

    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
    {
        "nacional", "federal", "civil", "estatal", "municipal", "europea", "aerea", "naval", "publica", "republica", "comisionado",
        "fiscal", "naciones", "unidas", "internacional", "colombiana", "mexicana", "venezolana", "peruana", "ecuatoriana", "brasilena",
        "petroleos", "electrica", "aguas", "defensor", "derechos", "humanos", "ministerio", "general", "presidencial",
    };

    /// <summary>"leader of La Empresa del Pacífico", "integrantes de La Vieja Guardia": a name opened by a
    /// capitalized "La" or "Las", made of a firm's word and no state word, in a sentence that speaks of it
    /// as an outfit.</summary>
    private static bool IsFirmName(NameSpan span, SentenceInfo info)
    {
        if (!(NameWords.Key(span.Words[0]) is "la" or "las" && char.IsUpper(span.Words[0].Text[0]) || IsSpanishFirmAfterArticle(span, info)) || span.Count < 2 || IsQuoted(span, info)
            || !span.Words.Any(w => FirmWords.Contains(NameWords.Key(w)))
            || span.Words.Any(w => StateWords.Contains(NameWords.Key(w)) || (NameWords.IsInstitutionWord(w) && !FirmWords.Contains(NameWords.Key(w)))))
            return false;
        // At a sentence's start the capital says nothing: there the sentence must say what the name is.
        var said = IsDescribedAsGroup(span, info) || LedOrMadeByAfter().IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start));
        return said || !IsSentenceStart(span, info) && (HasGroupContext(span, info) || IsHeadedThing(span, info) || WorksFor(span, info));
    }

    // "the Compañía Fluvial", "The Oficina Sur": in an English sentence a Spanish firm's word after "the" opens
    // an outfit's name as a capitalized "La" does in Spanish.
    private static bool IsSpanishFirmAfterArticle(NameSpan span, SentenceInfo info)
    {
        var (article, firm) = NameWords.Key(span.Words[0]) == "the" && span.Count >= 3 ? (span.Words[0], span.Words[1])
            : span.Index > 0 ? (info.Words[span.Index - 1], span.Words[0]) : (null, null);
        // "the Union Station" is English; "the Unión del Norte" is not. "la Oficina del Prado": an office that Spanish
        // writes with a capital is an outfit's where the sentence speaks of one (a state office has a state word).
        return article is not null && firm!.IsCapitalized && FirmWords.Contains(NameWords.Key(firm)) && firm.Text != "Union"
            && (NameWords.Key(article) == "the" || article.Text == "la" && NameWords.Key(firm) == "oficina");
    }

    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)?|styl(?:e|es|ed|ing)|dub(?:s|bed|bing)?)\s+(?:themselves|itself)\s+(?:as\s+)?(?:the\s+)?[“""«]?$|\bse\s+(?:hac(?:e|en|[íi]a|[íi]an)\s+llamar|autodenomin(?:a|an|aba|aban)|autoproclam(?:a|an|aba|aban))\s+(?:como\s+)?[“""«]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfNamedBeforePattern();
    private static readonly CuedRegex SelfNamedBefore = new(SelfNamedBeforePattern());

    // "La Unión de Tepito, dirigida por", "La Hermandad was formed in 2012 by": what a name is led or made by.
    private const string ByOpening = @"^\s*,?\s*(?:(?:was|were|is|fue|es)\s+)?(?:";
    private const string LedVerbs = @"led|run|headed|dirigid[oa]s?|liderad[oa]s?|encabezad[oa]s?|comandad[oa]s?";
    private const string MadeVerbs = @"founded|formed|created|fundad[oa]s?|cread[oa]s?|formad[oa]s?";
    private const string ByClosing = @")\s+(?:(?:in|en)\s+\d{4}\s+)?(?:by|por)\b";

    [GeneratedRegex(ByOpening + LedVerbs + "|" + MadeVerbs + ByClosing, RegexOptions.NonBacktracking)]
    private static partial Regex LedOrMadeByAfter();

    // "la Nueva Guardia, liderada por Omar Tapia": led, not made, by someone.
    [GeneratedRegex(ByOpening + LedVerbs + "|commanded" + ByClosing, RegexOptions.NonBacktracking)]
    private static partial Regex LedByAfter();

    // "a plaza chief for La Nueva Empresa", "sicario al servicio de La Oficina": a role held for an outfit.
    private static bool WorksFor(NameSpan span, SentenceInfo info)
    {
        var k = span.Index - 1;
        if (k >= 0 && NameWords.Key(info.Words[k]) is "servicio")
            return true;
        return k >= 1 && NameWords.Key(info.Words[k]) is "for" or "para" && (RoleNouns.Contains(NameWords.Key(info.Words[k - 1]))
            || NameWords.Key(info.Words[k - 1]) is "works" or "worked" or "working" or "operator" or "hitman" or "trabaja" or "trabajaba" or "sicario");
    }

    // "the border crossing of La Mesilla": a town the place finder knows by its cues.
    private static bool IsCuedPlace(NameSpan span, SentenceInfo info)
    {
        var (from, to) = (span.Start - info.Sentence.Start, span.End - info.Sentence.Start);
        return info.Places.Any(p => p.Start < to && from < p.Start + p.Length);
    }

    // "near Las Cañadas", "outside Los Pinos": what a place is near is a place, though its name has a gang's shape
    // ("violence around Los Choneros" is about the gang).
    private static bool IsNearPlace(NameSpan span, SentenceInfo info) =>
        span.Index >= 1 && NameWords.Key(info.Words[span.Index - 1]) is "near" or "outside" && IsCuedPlace(span, info);

    /// <summary>"Urquijo crime family": the name a surname and the kind of crime family make.</summary>
    public static string CrimeFamilyName(string surname, string kind) => surname + " crime " + kind;

    /// <summary>"clan" in "el clan de los Ancasi", before the name at <paramref name="span"/>.</summary>
    public static Word? ClanBeforePluralArticle(SentenceInfo info, NameSpan span) =>
        span.Index >= 3 && NameWords.Key(info.Words[span.Index - 1]) == "los" && NameWords.Key(info.Words[span.Index - 2]) == "de"
            && info.Words[span.Index - 3] is { IsCapitalized: false } clan && NameWords.Key(clan) == "clan" ? clan : null;

    // "fundó, junto a su hermano Teodoro Ponce Villa, una red de contrabando": a relative's full name; the
    // description after it is the object of the verb before.
    private static bool IsNamedKin(NameSpan span, SentenceInfo info) =>
        span.Index >= 1 && PersonNameRules.IsFullName(span, info) && Grammar.ClauseRelations.IsKinNoun(info.Words[span.Index - 1].Text.ToLowerInvariant());

    // "Hoy es la organización criminal más poderosa de …": the time the sentence speaks of, not what it describes.
    private static bool IsOpeningTimeWord(NameSpan span, SentenceInfo info) => PersonNameRules.IsTimeWord(span.Words[0]) && IsSentenceStart(span, info);

    private static bool IsSentenceStart(NameSpan span, SentenceInfo info) =>
        info.Sentence.Text.AsSpan(0, span.Start - info.Sentence.Start).Trim().Trim("\"“«‘'(").IsEmpty;

    private static bool IsQuoted(NameSpan span, SentenceInfo info)
    {
        var at = span.Start - info.Sentence.Start;
        return at > 0 && info.Sentence.Text[at - 1] is '"' or '“' or '«' or '‘' or '\'';
    }

    private static bool IsPossessive(NameSpan span, SentenceInfo info)
    {
        var at = span.End - info.Sentence.Start;
        var text = info.Sentence.Text;
        return at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's';
    }

    // "Los Garcetas of Cúcuta", "the Toros of Sinaloa": in English a gang's plural name ends before "of" and the
    // town it is from, which the gazetteer knows.
    private static NameSpan? WithoutHomeTown(NameSpan raw)
    {
        for (var c = 1; c < raw.Count - 1; c++)
        {
            if (NameWords.Key(raw.Words[c]) != "of")
                continue;
            var name = raw.Slice(0, c);
            var from = NameWords.Key(name.Words[0]) is "the" or "los" or "las" ? 1 : 0;
            var town = raw.Slice(c + 1, raw.Count - c - 1);
            return name.Count - from >= 1 && name.Words[^1].Text.Length > 3 && name.Words[^1].Text.EndsWith('s') && NameWords.IsPlace(town.Surface)
                && !name.Words.Any(w => NameWords.IsGroupHead(w) || NameWords.IsInstitutionWord(w) || NameWords.IsTitle(w)) ? name : null;
        }
        return null;
    }

    // "el barrio X", "the town of X", "la cárcel de X", "the X prison": a place noun names it, unless a
    // group noun follows ("the X prison gang").
    private static bool IsPlaceName(NameSpan raw, SentenceInfo info)
    {
        var before = PersonNameRules.WordBefore(info, raw);
        if (before is not null && PlaceNouns.BeforeName(before))
            return true;
        if (PersonNameRules.FollowsPlaceNounOf(raw, info))
            return true;
        var next = raw.Index + raw.Count + 1;
        return PersonNameRules.WordAfter(info, raw) is { } after && PlaceNouns.AfterName(after)
            && !(next < info.Words.Count && IsGroupNoun(NameWords.Key(info.Words[next])));
    }

    /// <summary>A number that opens a gang's name: "300", or a capitalized number word ("Nine").</summary>
    public static bool IsNumber(Word w) =>
        (w.Text.Length <= 4 && w.Text.All(char.IsDigit))
        || (w.IsCapitalized && NameWords.Key(w) is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
            or "eleven" or "twelve" or "twenty" or "hundred" or "thousand");

    /// <summary>"the Corsair gang", "the Lynx faction", "the Bermúdez Alsina organization": a lower-case
    /// group noun right after a name says what the name is.</summary>
    public static bool IsGroupNounAfter(string? word) =>
        word is "gang" or "gangs" or "crew" or "crews" or "coalition" or "network" or "cell" or "clique" or "empire" or "imperio";

    /// <summary>"the Corsair gang": a group noun the group also answers to, kept as a name of it.</summary>
    public static bool IsAnsweredNounAfter(string? word) => word is "gang" or "crew" or "network";

    /// <summary>"the Lynx faction", "the Rincón Vidal organization": a noun that is part of the name it follows.</summary>
    public static bool IsNameNounAfter(string? word) =>
        word is "family" or "clan" or "familia" or "cartel" or "faction" or "organization" or "organisation" or "syndicate" or "federation";

    // "Hijos Libres, a gang from the south", "Estambul and Fuego Fuego are rival federations": the
    // sentence says outright that the name is a group, whatever the name looks like.
    // A place "described" by a definite group noun is where the group is ("Villa Sol, the gang's base";
    // "In Villa Sol, the cartel …"): only an indefinite one counts.
    private static bool IsDescribedAsGroup(NameSpan span, SentenceInfo info) =>
        DescribedAsGroup.Match(info.Sentence.Text, span.End - info.Sentence.Start, info.Sentence.Text.Length - (span.End - info.Sentence.Start)) is { Success: true } m
            && !((NameWords.IsPlace(span.Surface) || PersonNameRules.WordBefore(info, span) is "in" or "en")
                && DefiniteApposition().IsMatch(m.Value) && !GroupClauseAfter().IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start + m.Length)))
            // "the east side of Valledupar, an outfit built by …", "in the market of Tarija, a crew of …": a town
            // the sentence puts something in or of; the description is of the group the sentence is about.
            && !(NameWords.IsPlace(span.Surface) && PersonNameRules.WordBefore(info, span) is "in" or "en" or "of" or "de" or "del" or "near" or "around" or "outside" or "cerca")
            && !IsFrontedPlace(span, info);

    // "Brigada Norteña, the Sun Cartel's armed wing", "Brigada Norteña, brazo armado del cártel": whatever its
    // name looks like, a group's armed wing is a group.
    [GeneratedRegex(@"^\s*,\s*(?-i:(?:the|an?|its|their|el|su|la)\s+)?(?-i:(?:\p{Lu}[\p{L}\-]*(?:['’]s?)?|[\p{L}\-]+['’]s?)\s+){0,3}?(?:armed|military|enforcement)\s+(?:wing|arm)(?=\s*[,.;:)]|\s+(?:of|that|which|in)\b)|^\s*,\s*(?:(?:el|su)\s+)?brazo\s+(?:armado|militar|ejecutor)(?=\s*[,.;:)]|\s+(?:de|del|que|en)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedWingAfterPattern();
    private static readonly Regex ArmedWingAfter = ArmedWingAfterPattern();

    [GeneratedRegex(@"^\s+(?:that|which|whose|led|run|founded|created|formed|known|que|dirigid[oa]|liderad[oa]|fundad[oa])\b")]
    private static partial Regex GroupClauseAfter();

    [GeneratedRegex(@"^['’]?\s*,\s*(?:the|el|la)\s")]
    private static partial Regex DefiniteApposition();

    [GeneratedRegex(@"^['’]?(?:\s*\([^()]{1,80}\))?(?:\s+(?:and|y)\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})?(?:\s*,\s*(?:a|an|the|one\s+of\s+(?:the|its|their)|una?|el|la|uno\s+de\s+(?:los|sus)|una\s+de\s+(?:las|sus))|\s+(?:is|was|are|were|became|remains|es|era|son|eran|fue)(?:\s+(?:a|an|the|one\s+of\s+the|una?|el|la|uno\s+de\s+los|una\s+de\s+las))?)\s+(?:(?!of\b|de\b|del\b|for\b|with\b|in\b|en\b|con\b|para\b)[\p{L}\-]+\s+){0,3}?(?:gang|group|cartel|federation|coalition|alliance|organization|organisation|network|faction|cell|militia|mafia|syndicate|guerrilla|crew|clique|splinter|offshoot|banda|pandilla|grupo|c[aá]rtel|federaci[oó]n|coalici[oó]n|alianza|organizaci[oó]n|facci[oó]n|c[eé]lula|milicia|ring|red|estructura|oficina(?=s?\s+de\s+cobro)|family|familia|clan)(?:s|es)?\b(?:\s+(?:criminal|criminales|delictiv[ao]s?|armad[ao]s?|paramilitar(?:es)?|guerriller[ao]s?|disidentes?|rival(?:es)?|juvenil(?:es)?|carcelari[ao]s?|transnacional(?:es)?|narcotraficantes?|locale?s?|regional(?:es)?))?(?:\s+m[aá]s\s+\p{Ll}+)?(?=\s*[,.;:)]|\s*$|\s+(?:of|from|based|that|which|whose|with|in|led|run|active|operating|known|founded|created|formed|made|de|del|que|con|en|dirigid[oa]|liderad[oa]|fundad[oa])\b)")]
    private static partial Regex DescribedAsGroupPattern();
    private static readonly Regex DescribedAsGroup = DescribedAsGroupPattern();

    private static bool SpeaksOfArmedGroups(SentenceInfo info) =>
        info.Words.Any(w => NameWords.Key(w) is "cell" or "cells" or "faction" or "factions" or "front" or "fronts" or "fighters"
            or "bloc" or "blocs" or "bloque" or "bloques" or "column" or "columns" or "columna" or "columnas"
            or "guerrilla" or "guerrillas" or "dissidents" or "militia" or "gang" or "gangs" or "coalition" or "alliance" or "members"
            or "commander" or "commanders" or "celula" or "celulas" or "faccion" or "frente" or "frentes" or "guerrilla" or "disidencias"
            or "milicia" or "banda" or "bandas" or "clica" or "clicas" or "clique" or "cliques" or "pandilla" or "pandillas" or "alianza" or "coalicion" or "integrantes" or "miembros" or "cabecilla" or "autodenomina" or "autodenominado" or "autodenominada"
            // "se hace llamar X (ACR)", "calls itself X (ACR)": a name an organization gives itself.
            or "llamar" or "llamarse" or "itself" or "themselves" or "autodenominaba" or "autoproclama");

    // Words of the state's own forces ("Fuerzas Armadas", "Fuerza Civil"), which name a wing only with a name of its own after them.
    private static readonly HashSet<string> ForceKinds = new(StringComparer.Ordinal)
    {
        "armadas", "armada", "militares", "especiales", "navales", "policiales", "federales", "rural", "rurales", "policial",
        "armed", "special", "military", "police", "air",
    };

    private static bool IsWingForces(NameSpan name, SentenceInfo info)
    {
        var second = NameWords.Key(name.Words[1]);
        if (second is "de" or "del" or "of" || (ForceKinds.Contains(second) || StateWords.Contains(second))
            && (name.Count < 3 || NameWords.Key(name.Words[2]) is "de" or "del" or "of" || StateWords.Contains(NameWords.Key(name.Words[2]))))
            return false;
        var text = info.Sentence.Text;
        var after = name.End - info.Sentence.Start;
        if (BracketAfter().Match(text, after) is { Success: true } bracket)
            after += bracket.Length;
        return WingBefore().IsMatch(text.AsSpan(0, name.Start - info.Sentence.Start)) || ArmedWingAfter.IsMatch(text.AsSpan(after));
    }

    [GeneratedRegex(@"\G\s*\([^()]{1,12}\)")]
    private static partial Regex BracketAfter();

    // "Its armed wing, the", "El brazo armado del cártel, las": the wing named right before.
    [GeneratedRegex(@"\b(?:(?:armed|military)\s+wing|brazo\s+armado(?:\s+(?:de|del)\s+[^,;]{1,60})?)\s*,\s*(?:(?:the|las|los|la|el)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WingBefore();

    private static readonly HashSet<string> NamedGroupNouns = new(StringComparer.Ordinal)
    {
        "gang", "group", "network", "outfit", "crew", "organization", "organisation", "faction", "cartel", "clan", "militia",
        "syndicate", "ring", "combo", "cell", "clique", "band", "mafia", "splinter", "offshoot",
        "banda", "pandilla", "grupo", "red", "organizacion", "faccion", "estructura", "celula", "clica", "milicia",
    };

    // "una organización criminal conocida como …": Spanish adjectives after the noun.
    private static readonly HashSet<string> AdjectivesAfterGroupNoun = new(StringComparer.Ordinal)
    {
        "criminal", "criminales", "armado", "armada", "delictivo", "delictiva", "local", "disidente", "juvenil", "carcelario", "carcelaria", "rival",
    };

    // "a network known as Monte Ralo", "an outfit called Piedra Ralo", "una organización criminal conocida como Cerro
    // Alto": the name a group noun is given, though it looks like a person's or a place's. k is the word before the
    // name. Not "the cartel called Juan Pérez a traitor" (a verb after a definite noun) nor "the leader of the network,
    // known as Carlos Ruiz" (set off by a comma, the name is the leader's).
    private static bool IsGivenToGroupNoun(SentenceInfo info, int k)
    {
        int noun;
        if (k >= 2 && NameWords.Key(info.Words[k]) is "called" or "dubbed" or "llamada" or "llamado" or "denominada" or "denominado" or "apodada" or "apodado")
            noun = GroupNounBefore(info, k - 1);
        else if (k >= 3 && NameWords.Key(info.Words[k]) is "as" or "como" && NameWords.Key(info.Words[k - 1]) is "known" or "conocida" or "conocido" or "conocidas" or "conocidos")
            noun = GroupNounBefore(info, k - 2);
        else
            return false;
        return noun >= 1 && !info.Sentence.Text.AsSpan(info.Words[noun].End - info.Sentence.Start, info.Words[k].Start - info.Words[noun].End).Contains(',')
            && (NameWords.Key(info.Words[k]) is "as" or "como" || NameWords.Key(info.Words[noun - 1]) is "a" or "an" or "un" or "una");
    }

    // The group noun before "known", "called" or "llamada", past "locally", "also" and a Spanish adjective; -1 if none.
    private static int GroupNounBefore(SentenceInfo info, int k)
    {
        while (k > 0 && NameWords.Key(info.Words[k]) is "also" or "locally" or "better" or "widely" or "simply" or "tambien" or "localmente" or "mas")
            k--;
        if (k > 0 && AdjectivesAfterGroupNoun.Contains(NameWords.Key(info.Words[k])))
            k--;
        return k >= 0 && NamedGroupNouns.Contains(NameWords.Key(info.Words[k])) ? k : -1;
    }

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "leader", "leaders", "head", "boss", "bosses", "founder", "founders", "member", "members", "faction", "factions",
        "cell", "cells", "clique", "cliques", "wing", "rival", "rivals", "ally", "allies", "remnants", "splinter",
        "offshoot", "dissidents", "dissident", "jefe", "lider", "miembros", "miembro", "integrantes", "fundador", "celula", "faccion", "brazo",
        "gunmen", "hitmen", "sicarios", "pistoleros", "exintegrantes", "exmiembros", "operatives", "lieutenant", "lieutenants", "commander",
        "chief", "jefes", "cabecilla", "lugarteniente", "finances", "finanzas",
    };

    // "a cell of the Tren de Aragua", "allied with Los Chacales", "the Metros, the Gulf Cartel faction", "its main rival is the ELN".
    public static bool HasGroupContext(NameSpan span, SentenceInfo info)
    {
        var k = span.Index - 1;
        while (k >= 0 && NameWords.Key(info.Words[k]) is "the" or "los" or "las" or "el" or "la" or "former" or "is" or "was" or "are" or "were")
            k--;
        if (k >= 0 && NameWords.Key(info.Words[k]) is "rival" or "rivals" or "ally" or "allies" or "enemy" or "enemies"
            or "fought" or "fights" or "battled" or "battles" or "confronted")
            return true;
        // "co-founded the Falange Gris", "fundó Hijos del Sol": what is founded, joined or led is a group.
        if (k >= 0 && NameWords.Key(info.Words[k]) is "founded" or "co-founded" or "cofounded" or "joined" or "leads" or "heads" or "commands"
            or "created" or "formed" or "fundo" or "fundaron" or "cofundo" or "lidera" or "liderada" or "liderado" or "encabeza" or "ingreso" or "integra" or "integraba")
            return true;
        if (IsGivenToGroupNoun(info, k))
            return true;
        // "Mexican groups like the Zetas", "gangs such as Los Toros".
        // "la pandilla Barrio 18", "the gang MS13".
        // "the head of the Quevedo Gang, Elías Montoya": a man's name set off by a comma is no group noun's ("a Haitian
        // gang, Rasin Kolektif," still is).
        if (k >= 0 && k == span.Index - 1 && IsGroupNoun(NameWords.Key(info.Words[k]))
            && !(info.GapBefore(span.Index).Contains(',') && GivenNames.Contains(span.Words[0].Text)))
            return true;
        if (k >= 1 && NameWords.Key(info.Words[k]) is "like" or "as" or "como"
            && NameWords.Key(info.Words[k - 1]) is "groups" or "gangs" or "cartels" or "organizations" or "factions" or "such" or "grupos" or "carteles")
            return true;
        // Not "the police chief of Llano Verde", "the army commander of": a state body's chief is a town's.
        if (k >= 1 && NameWords.Key(info.Words[k]) is "of" or "de" or "del" && RoleNouns.Contains(NameWords.Key(info.Words[k - 1]))
            && !(k >= 2 && IsStateBodyWord(NameWords.Key(info.Words[k - 2]))))
            return true;
        if (k >= 1 && NameWords.Key(info.Words[k]) is "with" or "against" or "con" or "contra"
            && NameWords.Key(info.Words[k - 1]) is "allied" or "alliance" or "alliances" or "war" or "aliado" or "aliados" or "alianza" or "guerra")
            return true;
        if (IsNamedBesideUnit(span, info))
            return true;
        // "the clan, known along the coast as Los Berrío": a name given to a group described; not "X, a founder of the
        // group", where the group is what the person's role is of.
        return AppositiveGroup.IsMatch(info.Sentence.Text.AsSpan(span.End - info.Sentence.Start, info.Sentence.End - span.End)) && !IsFrontedPlace(span, info)
            || IsNameOfDescribedGroup(info, span.Start);
    }

    private static bool IsSpanishPluralWord(Word word) =>
        word.Text.Length > 4 && word.IsCapitalized && !word.IsAllCaps && (word.Text.EndsWith("os", StringComparison.Ordinal) || word.Text.EndsWith("as", StringComparison.Ordinal)
            || word.Text.EndsWith("es", StringComparison.Ordinal)) && !GivenNames.Contains(word.Text) && !NameWords.IsTitle(word) && !NameWords.IsInstitutionWord(word);

    private static bool IsStateBodyWord(string key) =>
        key.EndsWith("police", StringComparison.Ordinal) || key is "army" or "navy" or "fire" or "customs";

    // "fundador de Camino Rojo", "the founder of Trueno Trueno": what a founder, leader or boss is of is an
    // organization, even when its name looks like a person's ("an ally of" or "a rival of" may be a person).
    private static bool IsHeadedThing(NameSpan span, SentenceInfo info)
    {
        var k = span.Index - 1;
        if (k >= 0 && NameWords.Key(info.Words[k]) is "the" or "el" or "la" or "los" or "las")
            k--;
        return k >= 1 && NameWords.Key(info.Words[k]) is "of" or "de" or "del"
            && NameWords.Key(info.Words[k - 1]) is "leader" or "leaders" or "head" or "boss" or "founder" or "founders" or "cofounder"
                or "co-founder" or "jefe" or "jefes" or "lider" or "lideres" or "fundador" or "fundadores" or "cofundador" or "cabecilla" or "cabecillas";
    }

    // "Judicial Investigation Organization", "Organización de Inteligencia Nacional": an organization
    // named by institution words is a state body, unlike "Los Cuinis Organization".
    // "Organismo de Investigación … Organization", "Bloque de Búsqueda de la Policía Nacional", "Sindicato
    // Único de Trabajadores Mineros", "Comando Conjunto de las Fuerzas Armadas": a group noun that a state
    // body, a union or a civic body shares with the outfits.
    private static bool IsStateOrganization(NameSpan span) =>
        span.Words.Any(w => NameWords.Key(w) is "organization" or "organisation" or "organizacion" or "sindicato" or "bloque" or "frente" or "comando"
            or "sintonia" or "celula")
        && span.Words.Any(w => NameWords.IsInstitutionWord(w));

    // "la pandilla Calor Calor", "the gang Bagdad": a group noun right before the name says what it is.
    private static bool IsGroupNoun(string? word) =>
        word is "pandilla" or "banda" or "gang" or "coalicion" or "coalition" or "network" or "red" or "clan" or "organizacion" or "grupo"
            or "clica" or "clique" or "celula";

    public static NameSpan? StripStopWords(NameSpan raw)
    {
        var skip = 0;
        while (skip < raw.Count && (NameWords.IsStopWord(raw.Words[skip]) || NameCandidateFinder.IsParticle(raw.Words[skip].Text)
            || PersonNameRules.IsLeadingModifier(raw.Words[skip], skip + 1 < raw.Count)))
            skip++;
        return skip == raw.Count ? null : raw.Slice(skip, raw.Count - skip);
    }

    // "Integrantes del Frente Unido del Norte atacaron…", "Members of the Delta Front…": a sentence that opens
    // with the group's men is about the group; the words before its name are no part of it.
    private static int MembersOfLength(NameSpan raw)
    {
        if (raw.Count < 3 || !MemberNouns.Contains(NameWords.Key(raw.Words[0])) || NameWords.Key(raw.Words[1]) is not ("of" or "de" or "del"))
            return 0;
        // "Members of Los Toros": a capitalized Spanish article belongs to the name; "the" never does.
        var article = raw.Words[2].Text is "the" or "The" or "la" or "el" or "los" or "las";
        return article && raw.Count > 3 ? 3 : 2;
    }

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "members", "men", "gunmen", "fighters", "militants", "remnants", "leaders", "bosses", "hitmen",
        "integrantes", "miembros", "hombres", "sicarios", "combatientes", "remanentes", "lideres", "jefes", "cabecillas", "pistoleros",
    };

    // "the group's war with its rival, Calor Calor": a group's rival or ally is a group, whatever its name looks like.
    private static bool IsGroupsRival(NameSpan span, SentenceInfo info)
    {
        var k = span.Index - 1;
        if (k >= 0 && NameWords.Key(info.Words[k]) is "the")
            k--;
        if (k < 1 || NameWords.Key(info.Words[k]) is not ("rival" or "rivals" or "ally" or "allies"))
            return false;
        k--;
        if (k >= 1 && NameWords.Key(info.Words[k]) is "main" or "old" or "chief" or "biggest")
            k--;
        return NameWords.Key(info.Words[k]) is "its" or "their";
    }

    [GeneratedRegex(@"^['’]?(?:\s*\([^()]{1,80}\))?\s*,\s*(?:a|an|the|one\s+of\s+the)\s+(?!(?:[\p{L}\-]+\s+)?(?:co-?)?(?:founder|leader|head|boss|chief|member|commander|lieutenant|financier|treasurer|accountant|spokesman|enforcer|hitman)\s+of\b)(?!(?<=one\s+of\s+the\s+)(?:[\p{L}\-]+\s+)?(?:co-?)?(?:founders|leaders|heads|bosses|chiefs|members|commanders|lieutenants)\s+of\b)(?:[\p{L}\-]+\s+){0,4}?(?:clique|faction|cell|gang|group|organization|militia|splinter|offshoot|ring|network|cartel|mafia|syndicate|guerrilla|band)s?\b(?=\s*[,.;)]|\s+(?:of|based|that|which|led|run|from|in|with|known|whose|operating|active|founded|created|made|linked|tied|responsible)\b)")]
    private static partial Regex AppositiveGroupPattern();
    private static readonly Regex AppositiveGroup = AppositiveGroupPattern();

    /// <summary>"MS13" for "Mara Salvatrucha", "ELN" for "Ejército de Liberación Nacional": the
    /// initials of a name's words, particles left out.</summary>
    public static string Initials(string key, bool spellDe = false)
    {
        var letters = key.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => (spellDe && w is "de" or "del" or "do" or "dos" || !NameCandidateFinder.IsParticle(w) && w is not ("the" or "el" or "da" or "e")) && char.IsLetter(w[0]))
            .Select(w => w[0]);
        return new string(letters.ToArray());
    }

    /// <summary>Whether the letters abbreviate the name, its "de" and "del" left out ("Cártel de Jalisco
    /// Nueva Generación", CJNG) or spelled ("Cártel del Golfo", CDG).</summary>
    public static bool Abbreviates(string letters, string key) => Initials(key) == letters || Initials(key, spellDe: true) == letters;

    /// <summary>"That outfit, also known as the …", "La banda, conocida como …": the name at
    /// <paramref name="start"/> is another name of a group the sentence only describes.</summary>
    public static bool IsNameOfDescribedGroup(SentenceInfo info, int start) =>
        DescribedGroupKnownAs.IsMatch(info.Sentence.Text.AsSpan(0, start - info.Sentence.Start));

    /// <summary>"X, as the gang is called in …", "X, como se conoce a la banda": the name before is what
    /// a group the sentence only describes is called.</summary>
    public static bool IsNameOfTheGroupSaidAfter(SentenceInfo info, int end) =>
        AsTheGroupIsCalled.IsMatch(info.Sentence.Text.AsSpan(end - info.Sentence.Start, info.Sentence.End - end));

    /// <summary>"X is the name prosecutors give to the Y clan", "X es el nombre que la policía da a Y": the
    /// span after the clause, which the span before names.</summary>
    public static NameSpan? NamedGroupAfter(SentenceInfo info, NameSpan span)
    {
        var text = info.Sentence.Text;
        var end = span.End - info.Sentence.Start;
        var m = NameGivenTo.Match(text, end, text.Length - end);
        // "Known in English as the Chainmen, the Cadeneros are …", "Conocida en inglés como Dock Brotherhood, la Cofradía
        // del Muelle es …": the name a fronted naming gives is the one after the comma's.
        if (!m.Success && FrontedNaming().IsMatch(text.AsSpan(0, span.Start - info.Sentence.Start)))
            m = CommaBeforeNamed().Match(text, end, text.Length - end);
        return m.Success ? info.Spans.FirstOrDefault(s => s.Start == info.Sentence.Start + m.Index + m.Length) : null;
    }

    [GeneratedRegex(@"^(?:(?:Also|Better|Widely)\s+)?(?:[Kk]nown|[Cc]alled|[Cc]onocid[oa]s?|[Ll]lamad[oa]s?)\s+(?:[\p{L}\-]+\s+){0,5}?(?:as|como)\s+(?:the\s+)?[“""«]?$")]
    private static partial Regex FrontedNaming();

    [GeneratedRegex(@"\G[”""»]?\s*,\s+(?:(?:the|la|el|los|las)\s+)?")]
    private static partial Regex CommaBeforeNamed();

    [GeneratedRegex(@"\G\s+(?:is|was|es|era)\s+(?:the|el)\s+(?:name|nickname|nombre|apodo)\s+(?:that\s+|que\s+)?(?:[\p{L}\-]+\s+){0,4}?(?:give|gives|gave|use|uses|used|da|dan|daban|dio|dieron|usa|usan|usaban)\s+(?:to|for|a|al)\s+(?:(?:the|la|el|los|las)\s+)?(?:(?:clan|familia|banda|grupo|red)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NameGivenToPattern();
    private static readonly Regex NameGivenTo = NameGivenToPattern();

    /// <summary>"it was once known as X", "its Portuguese-speaking members refer to it as X" (only its own people:
    /// what users call "it" is a drug's name), "the gang later took the name X" (not "the son's faction" nor "that
    /// cell", which name a new group), "se le conocía como X", "las autoridades lo llaman X" (unquoted: "lo
    /// llaman “Flaco”" is a man's nickname; the plural's "los llaman simplemente “Mantas”" a group's): the name at <paramref name="start"/> is
    /// what a pronoun, the group in focus, was or is called.</summary>
    public static bool IsNameOfPronoun(SentenceInfo info, int start) =>
        PronounNamedAs.IsMatch(info.Sentence.Text.AsSpan(0, start - info.Sentence.Start));

    [GeneratedRegex(@"(?:\bit\s+(?:(?:was|is|had\s+been|has\s+been)\s+)(?:(?:once|originally|first|initially|formerly|previously|earlier|also|still|sometimes|then)\s+)?(?:known|called|named|dubbed)\s+(?:(?:just|simply|only)\s+)?(?:as\s+)?|\bse\s+(?:le|la|lo)\s+(?:(?:conoc[íi]a|conoci[óo]|conoce)\s+(?:(?:simplemente|solo|s[óo]lo)\s+)?como|llamaba|llamaban|llama|llaman)\s+|\bse\s+hac(?:[íi]an?|en?)\s+llamar\s+|\bse\s+present(?:aba|[óo]|a)\s+como\s+|\b(?:it|they|(?:the|this|that)\s+(?:group|gang|cartel|organi[sz]ation|network|clan|band|outfit)(?:\s*,\s*(?:which|that))?)\s+(?:(?:later|then|soon|eventually|also|first)\s+)?(?:took|adopted|assumed)\s+the\s+name(?:\s+of)?\s+|\b(?:tom[óo]|adopt[óo]|asumi[óo]|us[óo])\s+el\s+nombre\s+de\s+|\bit\s+(?:later\s+|then\s+|soon\s+)?(?:renamed|rebranded|restyled)\s+itself\s+(?:as\s+)?|\b(?:it|they|(?:these|those)\s+(?:same\s+)?(?:fighters|men|gunmen|members|militants|guerrillas|combatants))\s+(?:(?:originally|first|once|still|then)\s+)?went\s+by\s+(?:the\s+name\s+(?:of\s+)?)?|\b(?:they|(?:the|these|those)\s+(?:same\s+)?(?:fighters|men|gunmen|members|militants|guerrillas|combatants))\s+(?:(?:originally|first|once|still|then|had)\s+)?called\s+themselves\s+|\b(?i:members|speakers|fighters|followers|recruits|insiders)\b[^.;,]{0,30}?\b(?:call|calls|called|refer\s+to|refers\s+to|referred\s+to)\s+it\s+(?:(?:simply|just|only)\s+)?(?:as\s+)?)(?:the\s+)?[“""«]?$|\b(?:lo|la)\s+(?:llaman|llamaban|denominan|denominaban)\s+$|\b(?:los|las)\s+(?:llaman|llamaban|denominan|denominaban)\s+(?:(?:simplemente|solo|s[óo]lo)\s+)?[“""«]?$", RegexOptions.NonBacktracking)]
    private static partial Regex PronounNamedAsPattern();
    private static readonly CuedRegex PronounNamedAs = new(PronounNamedAsPattern());

    [GeneratedRegex(@"^[”""»’']?\s*,\s+(?:as\s+(?:the|this|that)\s+(?:outfit|group|gang|organi[sz]ation|network|crew|band|clan|cartel|faction|coalition|alliance)\s+(?:is|was|are|were)\s+(?:(?:now|also|often|usually|widely)\s+)?(?:called|known|dubbed|named)|como\s+(?:se\s+(?:conoce|llama|denomina)\s+a\s+(?:la|el|esta|este|esa|ese)\s+(?:banda|grupo|organizaci[oó]n|red|pandilla|c[aá]rtel|clan|alianza)|(?:la|el)\s+(?:banda|grupo|organizaci[oó]n|red|pandilla|c[aá]rtel|clan)\s+es\s+(?:conocid[oa]|llamad[oa])))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsTheGroupIsCalledPattern();
    private static readonly Regex AsTheGroupIsCalled = AsTheGroupIsCalledPattern();

    /// <summary>The noun of the description a name at <paramref name="start"/> is given to ("clan" in
    /// "the clan, known as …"), if it is one.</summary>
    public static string? DescribedGroupNoun(SentenceInfo info, int start)
    {
        var m = DescribedGroupKnownAs.Match(info.Sentence.Text, 0, start - info.Sentence.Start);
        return m.Success ? m.Groups["noun"].Value.ToLowerInvariant() : null;
    }

    // The description may carry an adjective ("its armed wing"), the naming verb a place or a manner
    // ("known along the coast as"), or be a relative clause ("que en los expedientes aparece como").
    [GeneratedRegex(@"^(?:(?:that|the|this|its|their|el|la|esta|este|esa|ese|su)\s+)(?:[\p{Ll}\-]+\s+)?(?<noun>outfit|group|gang|organi[sz]ation|network|crew|band|clan|cartel|faction|front|bloc|unit|ring|syndicate|militia|federation|family|coalition|alliance|wing|cell|banda|bloque|grupo|organizaci[oó]n|red|pandilla|c[aá]rtel|facci[oó]n|frente|familia|coalici[oó]n|alianza|brazo|c[eé]lula|estructura|combo|mafia)\s*,\s+(?:(?:also|better|otherwise|popularly|simply|tambi[eé]n)\s+)?(?:(?:known|called|conocid[oa]|llamad[oa])(?:\s+[\p{L}\-]+){0,5}?\s+(?:as|como)|called|llamad[oa]|que\s+(?:[\p{L}\-]+\s+){0,5}?(?:aparece|figura|se\s+conoce|es\s+conocid[oa]|llaman|denominan)\s+como|que\s+(?:[\p{L}\-]+\s+){0,3}?se\s+(?:hac(?:e|en|[íi]a|[íi]an)\s+llamar|llamaba|llama|autodenomina(?:ba)?)|which\s+(?:[\p{L}\-]+\s+){0,4}?(?:(?:call|calls|called)(?:\s+(?:itself|themselves))?|refers?\s+to\s+as))\s+[“""«']?(?:simply\s+)?(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedGroupKnownAsPattern();
    private static readonly Regex DescribedGroupKnownAs = DescribedGroupKnownAsPattern();

    /// <summary>"as its name, “Door Kickers,” suggests": the name in quotes, with its offset.</summary>
    public static (string Name, int Start)? NameItsNameSuggests(SentenceInfo info)
    {
        var m = ItsNameSuggests.Match(info.Sentence.Text);
        return m.Success ? (m.Groups["name"].Value, info.Sentence.Start + m.Groups["name"].Index) : null;
    }

    [GeneratedRegex(@"\b(?:as\s+(?:its|their)\s+name\s*,?\s*[“""«](?<name>\p{Lu}[^“”""«»,.]{1,40})[,.]?[”""»]\s*,?\s+(?:suggests|implies|indicates|says|sugiere|indica)\b|(?:its|their|whose)\s+name\s*,?\s+(?:which\s+)?(?:means|translates\s+(?:as|to))\s+[“""«](?:the\s+)?(?<name>\p{Lu}[^“”""«»,.]{1,40})[,.]?[”""»]|(?:su|cuyo)\s+nombre\s*,?\s+(?:que\s+)?significa\s+[“""«](?:el\s+|la\s+|los\s+|las\s+)?(?<name>\p{Lu}[^“”""«»,.]{1,40})[,.]?[”""»])")]
    private static partial Regex ItsNameSuggestsPattern();
    private static readonly CuedRegex ItsNameSuggests = new(ItsNameSuggestsPattern());

    /// <summary>"(Mesa Conjunta Trasera – MCT)": the name and its acronym, inside one pair of parentheses.</summary>
    public static bool IsAcronymAfterDash(SentenceInfo info, NameSpan name, NameSpan acronym)
    {
        var text = info.Sentence.Text;
        var before = name.Start - info.Sentence.Start;
        var between = text[(name.End - info.Sentence.Start)..(acronym.Start - info.Sentence.Start)].Trim();
        return between is "–" or "—" or "-" or "," && before > 0 && text[before - 1] == '('
            && acronym.End - info.Sentence.Start < text.Length && text[acronym.End - info.Sentence.Start] == ')';
    }

    /// <summary>"the Rear Joint Board (Mesa Conjunta …", "Irmandade do Mar (Brotherhood of the Sea)": a
    /// name followed at once by another name in parentheses, which gives it in another language.</summary>
    public static bool IsGlossedBy(SentenceInfo info, NameSpan name, NameSpan gloss)
    {
        var from = name.End - info.Sentence.Start;
        return info.Sentence.Text.AsSpan(from, gloss.Start - info.Sentence.Start - from).SequenceEqual(" (");
    }

    public static string AcronymLetters(string acronym) =>
        new(NameWords.Key(acronym).Where(char.IsLetter).ToArray());

    // "the Rastrojos", "los Zetas", "Tiguerones members": a capitalized plural used as a name.
    private static bool IsPluralGroupWord(Word word, NameSpan raw, SentenceInfo info)
    {
        var t = word.Text;
        if (t.Length < 4 || !t.EndsWith('s') || word.IsAllCaps || NameWords.IsDemonym(word) || NameWords.IsPlace(word)
            || NameWords.IsStopWord(word) || NameWords.IsTitle(word) || NameWords.IsInstitutionWord(word))
            return false;
        var article = raw.Count > 1 && NameWords.Key(raw.Words[0]) == "the" && raw.Words[1] == word;
        var before = PersonNameRules.WordBefore(info, raw);
        article |= before is "the" or "los" or "las";
        var index = info.Words.IndexOf(word);
        var cueAfter = index + 1 < info.Words.Count && NameWords.IsGroupCueAfter(info.Words[index + 1]);
        if (NameWords.IsEveryday(t) || NameWords.IsEveryday(t[..^1]))
            return article && cueAfter;
        return article || cueAfter;
    }

    /// <summary>"Jalisco Cartel New Generation (Cartel Jalisco Nueva Generación - CJNG)": the other
    /// names a parenthesis right after a group name gives, with their offsets.</summary>
    public static List<(string Name, int Start)> ParentheticalNames(SentenceInfo info, int end)
    {
        var names = new List<(string, int)>();
        var rel = end - info.Sentence.Start;
        var m = Parenthetical().Match(info.Sentence.Text, rel, info.Sentence.Text.Length - rel);
        if (!m.Success)
            return names;
        var inner = m.Groups["inner"];
        var innerStart = info.Sentence.Start + inner.Index;
        var position = 0;
        foreach (var part in PartSeparator().Split(inner.Value))
        {
            var at = inner.Value.IndexOf(part, position, StringComparison.Ordinal);
            position = at + part.Length;
            var name = LanguageNote().Replace(part.Trim(), "");
            // "Los Alcatraces ("the Pelicans")": quotes round the gloss are no part of it either.
            var quote = name.Length > 2 && name[0] is '"' or '“' or '«' or '‘' ? 1 : 0;
            name = name[quote..].TrimEnd('"', '”', '»', '’');
            at += quote;
            // "Los Alcatraces (the Pelicans)": the English article is no part of the gloss.
            var article = name.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0;
            name = name[article..];
            at += article;
            // "Hijos del Monte (Sons of the Mountain – HDM)": an English gloss keeps its "of the".
            var glossWords = name.Split(' ');
            if (name.Length < 2 || !char.IsUpper(name[0])
                || glossWords.Where((w, k) => w.Length > 0 && char.IsLower(w[0]) && !NameCandidateFinder.IsParticle(w) && !(w == "the" && k > 0 && glossWords[k - 1] == "of")).Any())
                return [];
            names.Add((name, innerStart + at + (part.Length - part.TrimStart().Length)));
        }
        return names;
    }

    // "Kòd Lakay ("Home Cord" in Creole)": the language a gloss is in is no part of it.
    [GeneratedRegex(@"\s+(?:in|en)\s+(?:Creole|Haitian\s+Creole|Krey[òo]l|English|Spanish|Portuguese|French|Quechua|Guaran[íi]|Aymara|Dutch|Papiamento|ingl[ée]s|espa[ñn]ol|portugu[ée]s|franc[ée]s|criollo|creole|quechua|guaran[íi]|aymara|neerland[ée]s)$")]
    private static partial Regex LanguageNote();

    /// <summary>"a dissident faction of Los Atunes known as Los Delfines", "la facción disidente de Chato,
    /// conocida como Los Gorriones": the name at start is the whole a part belongs to, so a name the
    /// sentence then gives is the part's, not another of the whole's.</summary>
    public static bool FollowsPartNoun(SentenceInfo info, int start) =>
        PartNounOf.IsMatch(info.Sentence.Text.AsSpan(0, start - info.Sentence.Start));

    [GeneratedRegex(@"\b(?:faction|cell|wing|splinter|offshoot|branch|arm|fracci[oó]n|facci[oó]n|c[eé]lula|brazo|escisi[oó]n|ala|disidencia|reducto)(?:\s+[\p{Ll}\-]+){0,2}\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PartNounOfPattern();
    private static readonly CuedRegex PartNounOf = new(PartNounOfPattern());

    /// <summary>"an enemy of the Garzones, a crew called Los Mirlos": the name a group's description then gives is
    /// the enemy's (or ally's), not another of the Garzones'.</summary>
    public static bool FollowsTieNoun(SentenceInfo info, int start) =>
        TieNounOf.IsMatch(info.Sentence.Text.AsSpan(0, start - info.Sentence.Start));

    [GeneratedRegex(@"\b(?:an?|una?)\s+(?:[\p{Ll}\-]+\s+)?(?:enemy|rival|ally|partner|enemig[oa]|aliad[oa]|soci[oa])\s+(?:of|de|del)\s+(?:(?:the|la|el|los|las)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TieNounOfPattern();
    private static readonly CuedRegex TieNounOf = new(TieNounOfPattern());

    /// <summary>"Los Tejones, as the remnant of the People's Front (Frente del Pueblo – FDP) is known": the
    /// name the clause says the group before it is known by, with the names its parentheses add.</summary>
    public static List<(string Name, int Start)> KnownAsBefore(SentenceInfo info, int end)
    {
        var text = info.Sentence.Text;
        var rel = end - info.Sentence.Start;
        var m = AsWhatIsKnown().Match(text, rel, text.Length - rel);
        if (!m.Success)
            return [];
        var name = m.Groups["name"];
        List<(string, int)> names = [(name.Value, info.Sentence.Start + name.Index)];
        if (m.Groups["paren"].Success)
            names.AddRange(ParentheticalNames(info, info.Sentence.Start + name.Index + name.Length));
        return names;
    }

    [GeneratedRegex(@"\G,\s+as\s+(?:(?:the|its|a|an|what|el|la|lo)\s+)?(?:[\p{Ll}\-]+\s+){0,4}?(?:(?:of|de|del)\s+)?(?:(?:the|el|la|los|las)\s+)?(?<name>\p{Lu}[\p{L}\p{N}’'\- ]{1,60}?)(?<paren>\s*\([^()]{1,100}\))?\s+(?:is|was|are|were|es|era)\s+(?:(?:now|still|also|locally|widely|popularly)\s+)?(?:known|called|conocid[oa]s?)\b")]
    private static partial Regex AsWhatIsKnown();

    private static Match MatchKnownAs(string text, int start)
    {
        foreach (var piece in KnownAs)
        {
            if (piece == KnownAs[0] && !KnownAsFirstMayMatch(text, start))
                continue;
            if (piece.Match(text, start, text.Length - start) is { Success: true } m)
                return m;
        }
        return Match.Empty;
    }

    // The first pattern's cue words less the glosses' "o" (which every sentence holds): the pattern without its glosses,
    // built only for its cues and never run.
    private static readonly CuedRegex KnownAsFirstWithoutGlosses =
        new(new Regex(KnownAsOpening + KnownAsFirstBeforeGlosses + KnownAsFirstAfterGlosses + KnownAsClosing, RegexOptions.IgnoreCase));

    // A match holds one of the other shapes' cue words, or is a gloss: ", or", ", o", which opens the text after the name
    // (each gloss looks behind to the start for the comma and the spaces alone).
    private static bool KnownAsFirstMayMatch(string text, int start)
    {
        if (KnownAsFirstWithoutGlosses.MayMatchIn(text))
            return true;
        if (start >= text.Length || text[start] != ',')
            return false;
        var at = start + 1;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        return at < text.Length && text[at] is 'o' or 'O';
    }

    /// <summary>Where a description of the group that ends on a naming participle stops ("X, a crew of smugglers
    /// from the port known as …"), or -1.</summary>
    public static int DescriptionBeforeKnownAs(SentenceInfo info, int end) =>
        DescriptionThenNaming().Match(info.Sentence.Text, end - info.Sentence.Start) is { Success: true } m ? end + m.Length : -1;

    // ", a crew of smugglers from the port", ", una banda de Esmeraldas": a group described by its noun and by where or
    // what it is of, read here before a naming participle and by AliasPatterns before a nickname's cue.
    internal const string GroupDescriptionOpening = @",\s+(?:the|an?|el|la|una?)\s+(?:[\p{Ll}\-]+\s+)?";
    internal const string GroupDescriptionOf =
        @"(?:\s+(?:criminal|local|familiar|armad[ao]))?(?:\s+(?:of|from|in|on|de|del|en)\s+(?:(?:the|los|las|la|el)\s+)?(?:[\p{Ll}\-]+|\p{Lu}[\p{Ll}\-]+)(?:\s+\p{Lu}[\p{Ll}\-]+){0,2})";

    [GeneratedRegex(@"\G" + GroupDescriptionOpening + @"(?:gang|group|crew|network|clan|cartel|faction|band|banda|grupo|pandilla|red|c[áa]rtel|facci[óo]n|organizaci[óo]n)"
        + GroupDescriptionOf + @"{0,3}(?=\s+(?:also\s+)?(?:known|called|conocid[oa]s?|llamad[oa]s?)\b)")]
    private static partial Regex DescriptionThenNaming();

    /// <summary>"the X, also known as the Y, Z and W (Spanish name – ACRONYM)": the other names,
    /// each a span of the sentence, with the names their parentheses add.</summary>
    public static List<(string Name, int Start)> KnownAsNames(SentenceInfo info, int end)
    {
        var names = new List<(string, int)>();
        var text = info.Sentence.Text;
        var rel = end - info.Sentence.Start;
        var m = MatchKnownAs(text, rel);
        // "Las Fuerzas Unidas del Sur (FUS), conocidas como los Sureños": past the name's own parenthesis.
        if (!m.Success && text.AsSpan(rel).TrimStart().StartsWith("(") && Parenthetical().Match(text[rel..]) is { Success: true } own)
        {
            rel += own.Length;
            m = MatchKnownAs(text, rel);
        }
        if (!m.Success)
            return names;
        // "un enviado de Los Lagartos conocido como …": a singular participle after a plural name names someone else.
        var before = text[..rel].TrimEnd();
        var wordsBack = before.Split(' ').Reverse().ToList();
        var name = wordsBack.TakeWhile(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        // "La banda Los Zorros, también llamada …": the participle agrees with the group noun before the name.
        var nounBefore = wordsBack.Skip(name.Count).FirstOrDefault() is { } wordBeforeName && Grammar.Discourse.IsGroupWord(wordBeforeName.ToLowerInvariant());
        var plural = name.LastOrDefault() is "Los" or "Las" && !nounBefore;
        // "its teen crew, known as Los Zorritos, or the Little Foxes.": unquoted, closing the sentence, an English
        // gloss follows a Spanish name; after an English one it would be the last of a list.
        if (m.Groups["gloss"].Success && (name.Count == 0 || NameWords.Key(name[^1]) is not ("los" or "las" or "la" or "el" or "os" or "as")
            || text[(rel + m.Length)..].Split(' ').Any(w => NameWords.IsGroupHead(w.TrimEnd('.')))))
            return names;
        // "Los Choneros and Los Lobos, or “the Big Two.”": a gloss after the last of two names is both's, not the last one's.
        if (m.Value.TrimStart(',', ' ').StartsWith('o') && wordsBack.Skip(name.Count).FirstOrDefault() is "and" or "y")
            return names;
        if (plural && m.Value.Contains("conocido ", StringComparison.OrdinalIgnoreCase) | m.Value.Contains("conocida ", StringComparison.OrdinalIgnoreCase)
            | m.Value.Contains("llamado ", StringComparison.OrdinalIgnoreCase) | m.Value.Contains("llamada ", StringComparison.OrdinalIgnoreCase))
            return names;
        rel += m.Length;
        // "known … as “Los Arce”": the name in quotes; but "conocido como “el Chato”" is a person's nickname.
        if (rel < text.Length && text[rel] is '“' or '"' or '«' or '‘')
        {
            rel++;
            if (text.AsSpan(rel).StartsWith("el ", StringComparison.Ordinal) || text.AsSpan(rel).StartsWith("la ", StringComparison.Ordinal))
                return names;
        }
        if (!info.Spans.Any(s => s.Start - info.Sentence.Start == rel))
            foreach (var article in (ReadOnlySpan<string>)["the ", "el ", "la ", "los ", "las "])
            {
                if (text.AsSpan(rel).StartsWith(article, StringComparison.Ordinal))
                    rel += article.Length;
            }
        // "Los Tallanes, conocidos también como el clan Tallán": a family's group, its noun before the surname.
        if (FamilyNounBefore().Match(text, rel) is { Success: true } familyNoun
            && info.Spans.FirstOrDefault(s => s.Start - info.Sentence.Start == rel + familyNoun.Length) is { } surname)
        {
            names.Add((familyNoun.Value + surname.Surface, info.Sentence.Start + rel));
            return names;
        }
        var items = 0;
        while (true)
        {
            var span = info.Spans.FirstOrDefault(s => s.Start - info.Sentence.Start == rel);
            // "also known as the 12 or P-12": a short form of digits, which is no capitalized span.
            if (span is null && NumberedName().Match(text, rel) is { Success: true } numbered)
            {
                names.Add((numbered.Value, info.Sentence.Start + rel));
                rel += numbered.Length;
                var afterNumber = ListSeparator().Match(text[rel..]);
                if (!afterNumber.Success)
                    break;
                rel += afterNumber.Length;
                continue;
            }
            if (span is null)
                break;
            names.Add((WithKindAfter(info, span), span.Start));
            var paren = ParentheticalNames(info, span.End);
            names.AddRange(paren);
            rel = span.End - info.Sentence.Start;
            if (paren.Count > 0)
                rel = text.IndexOf(')', rel) + 1;
            // "known as X (…) and, until a few years ago, as the Urabeños": a second "as" names the group again.
            if (AnotherAs().Match(text, rel, text.Length - rel) is { Success: true } again)
            {
                rel += again.Length;
                items = 0;
                continue;
            }
            var sep = ListSeparator().Match(text[rel..]);
            // "conocido como Los Linces, y los Cóndores…": ", and" after a single name closes the aside and
            // goes on with the sentence's list; after "A, B," it ends the list of names.
            if (!sep.Success || ++items == 1 && sep.Value.Contains(',') && AndWord().IsMatch(sep.Value))
                break;
            rel += sep.Length;
        }
        return names;
    }

    /// <summary>"known as the Ramírez clan", "a.k.a. the Ochoa organization": the kind written in lower
    /// case after the name is part of it.</summary>
    public static string WithKindAfter(SentenceInfo info, NameSpan span)
    {
        var kind = FamilyNounAfter().Match(info.Sentence.Text, span.End - info.Sentence.Start);
        return kind.Success ? span.Surface + " " + kind.Groups["noun"].Value : span.Surface;
    }

    [GeneratedRegex(@"\G\s(?<noun>clan|family|gang|crew|cartel|network|organi[sz]ation|syndicate|ring|outfit)\b")]
    private static partial Regex FamilyNounAfter();

    [GeneratedRegex(@"\G(?:clan|familia) (?=\p{Lu})")]
    private static partial Regex FamilyNounBefore();

    [GeneratedRegex(@"^\s*,\s*(?:(?:which|that)\s+means|que\s+significa)\s+[“""«‘']")]
    private static partial Regex TranslatedName();

    [GeneratedRegex(@"\G(?:\p{Lu}{1,3}-?)?\d{1,3}(?:s|['’]s)?(?![\p{L}\d])")]
    private static partial Regex NumberedName();

    // Spanish offices, whose English words NameWords already knows as institutions.
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "centro", "oficina", "instituto", "consejo", "comision", "unidad", "direccion", "superintendencia", "agencia", "observatorio",
        "fundacion", "asociacion", "movimiento", "frente", "comite", "sistema", "servicio", "red", "programa", "organismo", "autoridad",
    };

    /// <summary>"the Fuerza Nueva Tarapoto (FNT)": a name of several words spelled out before its own
    /// initials is an organization; in a text on crime, an armed one, unless its words say it is an office.</summary>
    private static bool IsSpelledOutAcronym(NameSpan span, SentenceInfo info)
    {
        var rest = info.Sentence.Text.AsSpan(span.End - info.Sentence.Start).TrimStart();
        if (span.Count < 2 || rest.Length < 4 || rest[0] != '(')
            return false;
        if (NameWords.IsPlace(span.Surface)
            || span.Words.Any(w => NameWords.IsInstitutionWord(w) || NameWords.IsDemonym(w) || OfficeWords.Contains(NameWords.Key(w))))
            return false;
        var close = rest.IndexOf(')');
        if (close < 3)
            return false;
        var acronym = rest[1..close].ToString();
        if (acronym.Length <= 6 && acronym.All(char.IsUpper) && Initials(NameWords.Key(span.Surface)).Equals(AcronymLetters(acronym), StringComparison.Ordinal))
            return !span.Words.Any(w => NameWords.IsTitle(w));
        // "the Moorland General Staff (Estado Mayor del Páramo – EMP)": the name in the other language, spelled
        // out before its own initials; a rank inside the name ("General") is no person's.
        return !NameWords.IsTitle(span.Words[0]) && OtherLanguageWithAcronym().Match(acronym) is { Success: true } other
            && Abbreviates(AcronymLetters(other.Groups["acronym"].Value), NameWords.Key(other.Groups["name"].Value))
            && !other.Groups["name"].Value.Split(' ').Any(w => NameWords.IsInstitutionWord(w) || OfficeWords.Contains(NameWords.Key(w)));
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\-]*(?: [\p{L}\-]+){1,7}) [–—-] (?<acronym>\p{Lu}{2,6})$")]
    private static partial Regex OtherLanguageWithAcronym();
}
