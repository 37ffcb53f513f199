using System.Text.RegularExpressions;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>When a capitalized span is a person's full name, and how titles, demonyms and
/// sentence openers around it are trimmed off ("Colombian President Juan Manuel Santos").</summary>
public static partial class PersonNameRules
{
    private static readonly HashSet<string> MediaCuesBefore = new(StringComparer.Ordinal)
    {
        "newspaper", "daily", "outlet", "magazine", "weekly", "paper", "reported", "told", "interview", "diario",
        "periodico", "revista", "semanario",
    };

    private static readonly HashSet<string> MediaCuesAfter = new(StringComparer.Ordinal)
    {
        "reported", "reports", "newspaper", "daily", "magazine", "informo", "reporto", "publico",
    };

    /// <summary>The span without leading titles, demonyms and capitalized common words. Articles
    /// of names ("El", "Los") are kept when <paramref name="keepArticles"/>.</summary>
    public static NameSpan? TrimLeading(NameSpan span, bool keepArticles) => span.Trimmed(keepArticles, Trim);

    private static NameSpan? Trim(NameSpan span, bool keepArticles)
    {
        var skip = 0;
        while (skip < span.Count)
        {
            var word = span.Words[skip];
            var w = word.Text;
            var key = NameWords.Key(word);
            var isArticle = key is "el" or "la" or "los" or "las";
            var more = skip + 1 < span.Count;
            if (isArticle && keepArticles && more)
                break;
            // "Fundó Los Pericos en 2012": a sentence opened by a relation verb (Spanish drops the subject).
            if (skip == 0 && more && w.Length > 3 && Grammar.RelationWords.Lemma(w.ToLowerInvariant()) is { } lemma && Grammar.RelationWords.IsRelationVerb(lemma))
            {
                skip++;
                continue;
            }
            // "the Del Carpio clan": a capitalized particle inside a sentence opens a surname.
            if (span.Index + skip > 0 && w is "Del" or "De" && more && span.Words[skip + 1].IsCapitalized && !NameCandidateFinder.IsParticle(span.Words[skip + 1].Text))
                break;
            if (NameWords.IsStopWord(word) || NameWords.IsTitle(word) || NameWords.IsDemonym(word) || NameCandidateFinder.IsParticle(w) || IsLeadingModifier(word, more)
                || (NameWords.IsEveryday(word) && !IsNameLike(word) && !HasGroupHead(span, skip) && !IsGivenNameBeforeSurnames(span, skip)))
            {
                skip++;
                continue;
            }
            break;
        }
        skip = PastStateBody(span, skip);
        // "Defense Minister Luis Sandoval", "Attorney General Ana Ruiz": an office of several words.
        for (var j = skip + 1; j <= skip + 2 && j < span.Count - 2; j++)
        {
            if (NameWords.IsTitle(span.Words[j]) && !NameWords.IsTitle(span.Words[j + 1]))
            {
                skip = j + 1;
                break;
            }
        }
        // A particle never ends a name.
        var take = span.Count - skip;
        while (take > 0 && NameCandidateFinder.IsParticle(span.Words[skip + take - 1].Text))
            take--;
        return take <= 0 ? null : span.Slice(skip, take);
    }

    // Words that open a sentence before a name and belong to the sentence, not the name: "After Cártel del
    // Istmo founder X", "Both Los Pumas and", "Ni el Clan del Río", "Jailed Gulley Road Crew boss".
    private static readonly HashSet<string> LeadingModifiers = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "after", "before", "if", "should", "both", "neither", "either", "nor", "when", "while", "since", "until", "unless",
        "because", "although", "despite", "during", "once", "onetime", "one-time", "jailed", "imprisoned", "alleged", "slain", "late",
        "ni", "si", "cuando", "ambos", "ambas", "incluso", "pese", "tanto",
    };

    // "Ahora Los Cárabos cobran cuotas": the time a sentence speaks of, a leading modifier too.
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "hoy", "ahora", "actualmente", "today", "now", "currently" };

    /// <summary>"Hoy", "Today": a time word that opens a sentence and names nothing.</summary>
    public static bool IsTimeWord(Word word) => TimeWords.Contains(NameWords.Key(word));

    // "Mancera-led Bloque Sur", "Albanian-run Krasniqi network", "the Comas-based gang".
    private static readonly string[] ModifierEndings = ["-led", "-run", "-based", "-backed", "-linked", "-style"];

    public static bool IsLeadingModifier(Word word, bool more)
    {
        if (!more)
            return false;
        var key = NameWords.Key(word);
        if (LeadingModifiers.Contains(key) || TimeWords.Contains(key))
            return true;
        // A loop, not a lambda: every name span asks.
        foreach (var ending in ModifierEndings)
        {
            if (word.Text.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // "Gulf Clan", "Gulf Cartel": an everyday word is part of a group's name.
    private static bool HasGroupHead(NameSpan span, int from)
    {
        if (NameWords.IsInsurgentName(span.Words, from))
            return true;
        for (var i = from; i < span.Count; i++)
        {
            if (NameWords.IsGroupHead(span.Words[i]) && !span.Words[i].IsAllCaps)
                return true;
        }
        // "the Red Wolves MC", "the Silver Ravens Motorcycle Club".
        return span.Count - from >= 2 && GroupNameRules.IsBikersClub(span);
    }

    // All-capital acronyms and initials are not everyday words even when they spell one.
    private static bool IsNameLike(Word word) => word.IsAllCaps || word.IsInitial;

    // "the boss's bookkeeper, Hope Carrizo Saldías": inside a sentence, a given name that is an everyday word
    // too opens the name before two surnames. A sentence may open with the word ("Will Carrizo Saldías
    // testify?"), and "In May Carrizo Saldías …" is the month's.
    private static bool IsGivenNameBeforeSurnames(NameSpan span, int at) =>
        at == 0 && span.Count >= 3 && span.Index > 0 && GivenNames.Contains(span.Words[0].Text) && !Parsing.BylineParser.IsMonthName(span.Words[0].Text)
        && span.Words.Skip(1).All(w => w.IsCapitalized && !w.IsAllCaps && !NameWords.IsEveryday(w) && !NameWords.IsStopWord(w) && !NameWords.IsTitle(w));

    /// <summary>True when a trimmed span reads as a person's full name.</summary>
    public static bool IsFullName(NameSpan span, SentenceInfo info)
    {
        if (span.Count < 2 || span.Count > 6)
            return false;
        var first = NameWords.Key(span.Words[0]);
        if (Places.PlaceCues.OpensTownName(first) || first is "el" or "la" or "los" or "las" or "villa" or "colonia" or "isla"
            or "bahia" or "cerro" or "rio" or "lago" or "sierra" or "alto" or "nueva" or "nuevo" or "port" or "fort" or "mount" or "lake"
            or "tren" or "comando" or "valle" or "monte" or "loma" or "st" or "saint" or "barrio" or "morro" or "vila" or "playa" or "punta"
            or "rancho" or "hacienda" or "finca" or "llano" or "parque" || NameCandidateFinder.IsAbbreviationInName(span.Words[0]))
            return false;
        // "Bajo Cauca": the lower reach of a known place, not a man named Bajo.
        if (Places.PlaceCues.IsReachWord(first) && NameWords.IsPlace(span.Slice(1, span.Count - 1).Surface))
            return false;
        // "Cabo Sirena" is a cape; "Cabo Luis Pérez Soto" a corporal.
        if (first is "cabo" && span.Count == 2)
            return false;
        // "del Estado de Valdoria" left over from "Fiscalía General del Estado de Valdoria": no name opens on a particle.
        if (NameCandidateFinder.IsParticle(span.Words[0].Text))
            return false;
        // "El viceministro de Régimen Lacustre, Teodomiro Apaza": the office's portfolio, not a person.
        if (IsPortfolio(span, info))
            return false;
        var nameWords = 0;
        foreach (var word in span.Words)
        {
            var t = word.Text;
            if (NameCandidateFinder.IsParticle(t) || word != span.Words[0] && IsCapitalizedParticleOfSurname(span, t))
            {
                if (t == "of")
                    return false;
                continue;
            }
            // "J.L. Méndez Aguirre": given names as initials open a name (unless they are a place's, as "U.S." is).
            if (word.IsInitial || word.IsGluedInitials && word == span.Words[0] && !NameWords.IsPlace(word))
                continue;
            // "Everton Price", "Tomás Urbina Real", "Delroy Grant Henry": after a given name, a surname may be an everyday word.
            if (word.IsAllCaps || NameWords.IsEveryday(word) && !(word == span.Words[0] && IsGivenNameBeforeSurnames(span, 0)) && !(word != span.Words[0] && span.Count <= 4 && (!t.EndsWith('s') || IsPluralWordSurname(span, word)) && (!PlaceNameEnds.Contains(NameWords.Key(word)) || IsSurnameAsPlaceEnd(span, word)) && (IsGivenNameLike(span.Words[0].Text) || IsSecondSurname(span, word))) || NameWords.IsInstitutionWord(word) || NameWords.IsStopWord(word)
                || NameWords.IsTitle(word) || NameWords.IsGroupHead(word) || NameWords.IsDemonym(word) || t.Any(char.IsDigit))
                return false;
            nameWords++;
        }
        if (nameWords < 2 || NameWords.IsPlace(span.Surface) || NameWords.IsDemonym(span.Surface))
            return false;
        // "Tabasco y Chiapas": two places joined, not a double surname.
        if (span.Words.Any(w => w.Text is "y" or "and") && span.Words.Any(w => !NameCandidateFinder.IsParticle(w.Text) && NameWords.IsPlace(w)))
            return false;
        return !IsMedia(span, info) && !PrecededBy(info, span, "the") && !IsPlaceContext(span, info) && !HasOwnAcronym(span, info);
    }

    private static bool IsPortfolio(NameSpan span, SentenceInfo info) =>
        span.Index >= 2 && NameWords.Key(info.Words[span.Index - 1]) is "de" or "del" && PortfolioOffices.Contains(NameWords.Key(info.Words[span.Index - 2]))
        && !GivenNames.Contains(span.Words[0].Text);

    private static readonly HashSet<string> PortfolioOffices = new(StringComparer.Ordinal)
    {
        "ministro", "ministra", "viceministro", "viceministra", "secretario", "secretaria", "subsecretario", "subsecretaria",
        "director", "directora", "minister", "secretary",
    };

    // "Saturnino Del Carpio Gorostiza", "Marco De la Vega": a surname's particle may be capitalized, after a known
    // given name or before two surnames; "Costa Del Sol", "Paseo De La Reforma" are places.
    private static bool IsCapitalizedParticleOfSurname(NameSpan span, string word)
    {
        if (word is not ("Del" or "De" or "La" or "Da" or "Do" or "Dos" or "Das"))
            return false;
        if (GivenNames.Contains(span.Words[0].Text))
            return true;
        var surnames = 0;
        for (var k = span.Count - 1; k > 0 && !NameCandidateFinder.IsParticle(NameWords.Key(span.Words[k])); k--)
            surnames++;
        return surnames >= 2;
    }

    // "Dawson Street", "Rincón Market": everyday words that close the names of places, not of people.
    private static readonly HashSet<string> PlaceNameEnds = new(StringComparer.Ordinal)
    {
        "street", "avenue", "road", "bridge", "market", "square", "hill", "beach", "park", "river", "bay", "city", "town", "county",
        "island", "valley", "port", "prison", "jail", "hospital", "university", "school", "church", "airport", "highway", "district",
        "estate", "gardens", "heights", "point", "village", "harbour", "harbor", "creek", "lane", "drive", "court", "mall", "plaza", "station",
    };

    // "Trevor Hill", "Nadia Lane": two of those words are common surnames, and close a known given name's short name;
    // not "park", which names parks after people ("Stanley Park").
    private static readonly HashSet<string> SurnamePlaceEnds = new(StringComparer.Ordinal) { "hill", "lane" };

    private static bool IsSurnameAsPlaceEnd(NameSpan span, Word word) =>
        word == span.Words[^1] && span.Count <= 3 && SurnamePlaceEnds.Contains(NameWords.Key(word)) && GivenNames.Contains(span.Words[0].Text);

    // "Marcos Antônio Ribeiro Sales", "Rigoberto Alas": a plural everyday word after a given name is a surname too when
    // it ends as Iberian surnames do (a vowel and "s"); not a business's plural ("Diego Motors", "Rafael Imports",
    // "Lucia Supplies"), a gang's ("Mario Kings") or a place's ("Santa Rita Gardens"), and one such word at most.
    private static bool IsPluralWordSurname(NameSpan span, Word word)
    {
        var t = word.Text;
        return t.Length >= 4 && "aeiou".Contains(t[^2]) && !t.EndsWith("ies", StringComparison.Ordinal) && !t.EndsWith("ces", StringComparison.Ordinal)
            && !t.EndsWith("ses", StringComparison.Ordinal) && !NameWords.IsGangPlural(word) && !NameWords.IsPlace(word)
            && span.Words.Count(w => w.Text.EndsWith('s') && NameWords.IsEveryday(w)) == 1 && !NameWords.IsPlace(span.Surface);
    }

    // "Washington Preciado Bone": the last of three words is a second surname after a first one that can only be a name,
    // whatever the given name is also (a city here).
    private static bool IsSecondSurname(NameSpan span, Word word) =>
        span.Count == 3 && word == span.Words[2] && !NameCandidateFinder.IsParticle(span.Words[1].Text) && IsGivenNameLike(span.Words[1].Text)
        && !GivenNames.Contains(span.Words[1].Text);

    // A first word that can only be a name: a known given name, or a word no list knows.
    internal static bool IsGivenNameLike(string word) =>
        GivenNames.Contains(word) || !(NameWords.IsEveryday(word) || NameWords.IsPlace(word) || NameWords.IsTitle(word) || NameWords.IsInstitutionWord(word)
            || NameWords.IsStopWord(word) || NameWords.IsDemonym(word) || NameWords.IsGroupHead(word));

    // "Servicio Nacional Aeronaval (SENAN)": a name followed by the acronym of its initials is a body, not a person.
    public static bool HasOwnAcronym(NameSpan span, SentenceInfo info)
    {
        var text = info.Sentence.Text;
        var i = span.End - info.Sentence.Start;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i >= text.Length || text[i] != '(')
            return false;
        var close = text.IndexOf(')', i);
        if (close < 0 || close - i > 12)
            return false;
        var acronym = GroupNameRules.AcronymLetters(text[(i + 1)..close]);
        return acronym.Length >= 2 && text[(i + 1)..close].All(c => !char.IsLower(c))
            && GroupNameRules.Initials(NameWords.Key(span.Surface)).StartsWith(acronym[..2], StringComparison.Ordinal);
    }

    /// <summary>"the town of X", "la ciudad fronteriza de X": a place noun opens the of-phrase the span ends.</summary>
    public static bool FollowsPlaceNounOf(NameSpan span, SentenceInfo info)
    {
        if (IsPlaceExample(span, info))
            return true;
        var before = WordBefore(info, span);
        if (before is not ("of" or "de" or "del") || span.Index < 2)
            return false;
        var noun = NameWords.Key(info.Words[span.Index - 2]);
        return PlaceNouns.BeforeOf(noun)
            || before is not "of" && span.Index >= 3 && !info.Words[span.Index - 2].IsCapitalized && PlaceNouns.MayQualify(noun)
                && PlaceNouns.BeforeOf(NameWords.Key(info.Words[span.Index - 3]));
    }

    // "villages such as X", "pueblos como X": an example of a plural place noun is a place (the cue as the place
    // scanner reads it, PlaceCues.OpensExampleList), when no comma stands between.
    private static bool IsPlaceExample(NameSpan span, SentenceInfo info)
    {
        var k = span.Index - 1;
        return k >= 1 && !HasCommaBetween(info, info.Words[k - 1], info.Words[k]) && IsExampleCueAt(info, k);
    }

    // "towns like", "pueblos como", "villages such as" ending at word k.
    private static bool IsExampleCueAt(SentenceInfo info, int k)
    {
        var cue = NameWords.Key(info.Words[k]);
        return PlaceNouns.IsExampleCue(cue) && PlaceNouns.IsPlural(NameWords.Key(info.Words[k - 1]))
            || cue == "as" && k >= 2 && NameWords.Key(info.Words[k - 1]) == "such" && PlaceNouns.IsPlural(NameWords.Key(info.Words[k - 2]));
    }

    private static bool HasCommaBetween(SentenceInfo info, Word first, Word second) =>
        info.Sentence.Text.AsSpan(first.End - info.Sentence.Start, second.Start - first.End).Contains(',');

    // "the Rosendo Albar airport", "Galo Prieto Avenue": sites named after a person, which are not the person.
    private static readonly HashSet<string> SiteNounsAfter = new(StringComparer.Ordinal)
    {
        "zone", "airport", "avenue", "street", "highway", "bridge", "park", "stadium", "market", "hospital", "school", "university",
    };

    // "in Alto Hospicio", "the town of Ciudad Pedro de Alvarado": where a place, not a person, is named.
    public static bool IsPlaceContext(NameSpan span, SentenceInfo info)
    {
        // "A lawmaker from the region, Rosa Méndez, said": after a comma the name is in apposition, not the place noun's.
        var before = CommaBefore(info, span) ? null : WordBefore(info, span);
        // Unless a nickname follows: "un aliado en Federico Adrián Quiroga, “El Ingeniero”", "formed around Homero Garza, alias …".
        if (before is "in" or "near" or "en" or "outside" or "around" or "towards" or "toward" or "into" or "across" or "throughout")
            return !NicknameFollows(info, span);
        // "comerciantes de Salina Cruz y Matías Romero": a town the gazetteer knows, listed after another place, is no man.
        if (before is "y" or "and" or "e" && IsKnownPlace(span.Surface) && PlaceRunBefore(info, span.Index - 1) is { } run && IsKnownPlace(run)
            && !IsDescribedAfter(info, span))
            return true;
        var i = span.Index - 2;
        // "fled south to Pampa Dorada".
        if (before is "to" && i >= 0 && PlaceNouns.IsDirection(NameWords.Key(info.Words[i])))
            return true;
        // "en el Alto Baudó", "in the Baixada Norte": an article between the preposition and the name.
        if (before is "el" or "la" or "the" && i >= 0 && NameWords.Key(info.Words[i]) is "in" or "en" or "near" or "desde" or "hacia")
            return true;
        if (before is not null && FollowsPlaceNounOf(span, info))
            return true;
        // "el barrio Galo Prieto", "the Galo Prieto neighborhood".
        // Not "sent to prison X": in English a prison's name comes before the noun; not "Mayor X", a title.
        return (before is not null && ((PlaceNouns.IsSingular(before) || PlaceNouns.IsPlural(before)) && before is not ("prison" or "jail") || PlaceNouns.BeforeName(before)))
            || WordAfter(info, span) is { } after && (PlaceNouns.AfterName(after) || SiteNounsAfter.Contains(after));
    }

    /// <summary>"the neighborhoods of Villa Nueva, Los Cedros and El Retiro", "los barrios Alto y Cabañas":
    /// a name in a list that a plural place noun opens is a place, whatever its words look like.</summary>
    public static bool IsListedPlace(NameSpan span, SentenceInfo info)
    {
        var passedName = false;
        var joined = false;
        // "In the provinces of A and B, Los C fight": a comma nearer the name than the list's "and" closes the list before it.
        var commaBefore = false;
        // "merchants in Tepeaca and Villa Rosales.": the last of names a place preposition opens, closing the clause.
        var end = span.End - info.Sentence.Start;
        var closes = end >= info.Sentence.Text.Length || info.Sentence.Text[end] is '.' or ',' or ';' or ':' or ')';
        for (var i = span.Index - 1; i >= 0 && i >= span.Index - 16; i--)
        {
            var word = info.Words[i];
            var key = NameWords.Key(word);
            // "in Llano Hondo and nearby Cañada del Pino".
            if (i == span.Index - 1 && key is "nearby" or "neighboring" or "neighbouring" or "vecino" or "vecina" or "cercano" or "cercana")
                continue;
            // "in towns like Arenal and Lomas de Olmo.": the last example of a plural place noun, closing the clause, too.
            if (joined && passedName && closes && i >= 1 && IsExampleCueAt(info, i))
                return true;
            if (!joined && info.GapBefore(i + 1).Contains(','))
                commaBefore = true;
            if (word.IsCapitalized && !PlaceNouns.IsPlural(key))
            {
                passedName = true;
                continue;
            }
            if (key is "and" or "y" or "e" or "or" or "o")
            {
                if (commaBefore)
                    return false;
                joined = true;
                continue;
            }
            if (key is "of" or "de" or "del" && i >= 1)
                return PlaceNouns.IsPlural(NameWords.Key(info.Words[i - 1]));
            if (joined && passedName && closes && key is "in" or "en" or "near" && !GivenNames.Contains(span.Words[0].Text))
                return true;
            return passedName && PlaceNouns.IsPlural(key);
        }
        return false;
    }

    public static bool IsMedia(NameSpan span, SentenceInfo info)
    {
        var before = WordBefore(info, span);
        var after = WordAfter(info, span);
        // "El Heraldo Sureño informó", but "Pedro Soto Ruiz informó": a given name opening two or more words is a person reporting.
        return (before is not null && MediaCuesBefore.Contains(before))
            || (after is not null && MediaCuesAfter.Contains(after) && !(span.Count >= 2 && GivenNames.Contains(span.Words[0].Text)))
            || IsParty(span, info);
    }

    /// <summary>"the Renovación Sureña party", "el partido Movimiento Austral": a political party, no person or gang.</summary>
    public static bool IsParty(NameSpan span, SentenceInfo info) =>
        WordAfter(info, span) is "party" or "parties" || !CommaBefore(info, span) && WordBefore(info, span) is "partido" or "party";

    public static bool PrecededBy(SentenceInfo info, NameSpan span, string word) =>
        WordBefore(info, span) == word;

    private static bool CommaBefore(SentenceInfo info, NameSpan span) => info.GapBefore(span.Index).Contains(',');

    // "… y Juan Morales, jefe del cartel, murió": a comma and a role, or a verb, after the name say it is a man's.
    private static bool IsDescribedAfter(SentenceInfo info, NameSpan span)
    {
        var rest = info.Sentence.Text.AsSpan(span.End - info.Sentence.Start).TrimStart();
        var next = span.Index + span.Count < info.Words.Count ? NameWords.Key(info.Words[span.Index + span.Count]) : null;
        return rest.StartsWith(",") && next is not null && next is not ("donde" or "where" or "which" or "que" or "y" or "and")
            || next is not null && Grammar.VerbCheck.HasOtherVerb(next);
    }

    private static bool NicknameFollows(SentenceInfo info, NameSpan span)
    {
        if (span.Count < 2 || NameWords.IsPlace(span.Words[0]) && !GivenNames.Contains(span.Words[0].Text) || IsKnownPlace(span.Surface))
            return false;
        var rest = info.Sentence.Text.AsSpan(span.End - info.Sentence.Start);
        return NicknameOpening().IsMatch(rest);
    }

    // A quoted nickname is a short capitalized name ("“El Ingeniero”"); "“la puerta del Pacífico”" describes a town.
    [GeneratedRegex(@"^(?:,?\s+\(?(?:alias|a\.k\.a\.|aka|apodad[oa]|nicknamed)\b|,\s+[“""«](?:(?:El|La|el|la)\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}[,.]?[”""»])")]
    private static partial Regex NicknameOpening();

    private static bool IsKnownPlace(string name)
    {
        var key = Places.Gazetteer.KeyOf(name);
        return Places.Gazetteer.Default.TryLookupKey(key, out _) || Places.Gazetteer.Default.TryLookupMinorKey(key, out _);
    }

    // The capitalized words just before word `end` (a conjunction), as the text writes them.
    private static string? PlaceRunBefore(SentenceInfo info, int end)
    {
        var first = end;
        while (first > 0 && end - first < 3 && info.Words[first - 1].IsCapitalized)
            first--;
        if (first == end)
            return null;
        return info.Sentence.Text[(info.Words[first].Start - info.Sentence.Start)..(info.Words[end - 1].End - info.Sentence.Start)];
    }

    public static string? WordBefore(SentenceInfo info, NameSpan span)
    {
        var i = span.Index - 1;
        return i >= 0 ? NameWords.Key(info.Words[i]) : null;
    }

    public static string? WordAfter(SentenceInfo info, NameSpan span)
    {
        var i = span.Index + span.Count;
        return i < info.Words.Count ? NameWords.Key(info.Words[i]) : null;
    }

    /// <summary>Whether two people may be brother and sister by their names: not when both are named in full
    /// (a given name and surnames, not "El Gringo" or "Keron") and share no surname, hyphenated ones split and
    /// particles left out.</summary>
    public static bool MayBeSiblings(string one, string other) =>
        SurnameWords(one) is not { } a || SurnameWords(other) is not { } b || a.Overlaps(b);

    private static HashSet<string>? SurnameWords(string name)
    {
        var words = EntityRegistry.KeyOf(name).Split(' ', '-');
        if (words.Length < 2 || words[0] is "el" or "la" or "los" or "las" or "the" or "don" or "dona")
            return null;
        var surnames = words.Skip(1).Where(w => !NameCandidateFinder.IsParticle(w)).ToHashSet(StringComparer.Ordinal);
        return surnames.Count > 0 ? surnames : null;
    }

    /// <summary>The surnames of a full name: the last two words of a Hispanic name of four words, or of
    /// three whose middle word is no given name; else the last word.</summary>
    public static string Surnames(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Ximena Bustillos Loera" has two surnames, "Julio César León" two given names.
        return words.Length >= 4 || words.Length == 3 && !GivenNames.Contains(words[1]) ? string.Join(' ', words[^2..]) : words[^1];
    }
}
