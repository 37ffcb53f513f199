using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A word of a sentence. Offsets are into the source text; a possessive ending ("'s",
/// "’") is left out of <see cref="Text"/>.</summary>
public sealed record Word(string Text, int Start, bool SpaceBefore)
{
    private (string Key, NameWords.Facts Facts)? lexical;

    /// <summary>The word's normalized key and what the word lists say of it, looked up once.</summary>
    internal (string Key, NameWords.Facts Facts) Lexical => lexical ??= NameWords.Lookup(Text);

    // The looked-up facts are a cache, not part of the word.
    public bool Equals(Word? other) => other is not null && Text == other.Text && Start == other.Start && SpaceBefore == other.SpaceBefore;

    public override int GetHashCode() => HashCode.Combine(Text, Start, SpaceBefore);

    public int End => Start + Text.Length;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsAllCaps
    {
        get
        {
            var letters = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                    return false;
                letters |= char.IsLetter(c);
            }
            return Text.Length > 1 && letters;
        }
    }
    public bool IsInitial => Text.Length == 2 && char.IsUpper(Text[0]) && Text[1] == '.';

    /// <summary>"J.L.", "M.A.R.": a person's given names as initials written without spaces (also the shape of "U.S.").</summary>
    public bool IsGluedInitials => AreGluedInitials(Text);

    /// <summary>Two or three capitals (or, in a normalized key, letters), each with its dot, and nothing else.</summary>
    public static bool AreGluedInitials(string text, bool inKey = false) =>
        text.Length is 4 or 6 && IsInitialAt(text, 0, inKey) && IsInitialAt(text, 2, inKey) && (text.Length == 4 || IsInitialAt(text, 4, inKey));

    private static bool IsInitialAt(string text, int at, bool inKey) =>
        (inKey ? char.IsLetter(text[at]) : char.IsUpper(text[at])) && text[at + 1] == '.';
}

/// <summary>A run of capitalized words, with the lower-case particles that live inside names
/// ("Valle del Cauca", "Self-Defense Forces of Colombia"): the raw material for names.</summary>
public sealed record NameSpan(Sentence Sentence, IReadOnlyList<Word> Words, int Index)
{
    // The rules ask a span for its text again and again; it is cut from the sentence once.
    private string? surface;

    // A copy (`with`) may hold other words: it cuts its own text. A property added to the record must be copied here.
    private NameSpan(NameSpan original)
    {
        Sentence = original.Sentence;
        Words = original.Words;
        Index = original.Index;
    }

    // What PersonNameRules.TrimLeading makes of the span, articles kept and not: the rules ask it of each name again and again.
    private (bool Known, NameSpan? Span) trimmedKeepingArticles, trimmedDroppingArticles;

    // What GroupNameRules.Classify made of the span in its sentence, while the sentence's spans stay as they were:
    // the group pass and the person pass both ask.
    private (SentenceInfo? Info, int SpansVersion, GroupHit? Hit) groupReading;

    internal GroupHit? ReadAsGroup(SentenceInfo info, Func<NameSpan, SentenceInfo, GroupHit?> classify)
    {
        var version = NameCandidateFinder.SpansVersion;
        if (!ReferenceEquals(groupReading.Info, info) || groupReading.SpansVersion != version)
            groupReading = (info, version, classify(this, info));
        return groupReading.Hit;
    }

    internal NameSpan? Trimmed(bool keepArticles, Func<NameSpan, bool, NameSpan?> trim)
    {
        ref var trimmed = ref keepArticles ? ref trimmedKeepingArticles : ref trimmedDroppingArticles;
        if (!trimmed.Known)
            trimmed = (true, trim(this, keepArticles));
        return trimmed.Span;
    }

    public int Start => Words[0].Start;
    public int End => Words[^1].End;
    public string Surface => surface ??= Sentence.Text.Substring(Start - Sentence.Start, End - Start);
    public int Count => Words.Count;

    // The text cut once and the rules' readings kept on the span are caches, not part of it.
    public bool Equals(NameSpan? other) => other is not null && EqualityComparer<Sentence>.Default.Equals(Sentence, other.Sentence)
        && EqualityComparer<IReadOnlyList<Word>>.Default.Equals(Words, other.Words) && Index == other.Index;

    public override int GetHashCode() => HashCode.Combine(Sentence, Words, Index);

    /// <summary>The words from <paramref name="skip"/> on, at most <paramref name="take"/> of them; a view, not a copy,
    /// since the rules try many sub-spans of each name.</summary>
    public NameSpan Slice(int skip, int take)
    {
        skip = Math.Clamp(skip, 0, Count);
        take = Math.Clamp(take, 0, Count - skip);
        return Words is WordRange range
            ? new(Sentence, new WordRange(range.All, range.Offset + skip, take), Index + skip)
            : new(Sentence, new WordRange(Words, skip, take), Index + skip);
    }
}

/// <summary>A run of consecutive words of a longer list.</summary>
public sealed class WordRange(IReadOnlyList<Word> all, int offset, int count) : IReadOnlyList<Word>
{
    public IReadOnlyList<Word> All => all;
    public int Offset => offset;
    public int Count => count;

    public Word this[int index] => (uint)index < (uint)count ? all[offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Word> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
            yield return all[offset + i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Finds the words and the capitalized name spans of a sentence.</summary>
public static partial class NameCandidateFinder
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "of", "da", "do", "dos", "das", "di", "van", "von",
    };

    [GeneratedRegex(@"\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]|['’](?=\p{L}))*")]
    private static partial Regex WordPattern();

    public static List<Word> Words(Sentence sentence)
    {
        var words = new List<Word>(sentence.Text.Length / 5 + 4);
        var text = sentence.Text;
        var previousEnd = -1;
        foreach (var v in WordPattern().EnumerateMatches(text))
        {
            var word = text.Substring(v.Index, v.Length);
            var end = v.Index + v.Length;
            if ((word.Length == 1 && char.IsUpper(word[0]) || IsNameAbbreviation(word, text, end) && OpensOrContinuesName(words)) && v.Index + word.Length < text.Length && text[v.Index + word.Length] == '.')
            {
                word += ".";
                end++;
            }
            if (word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
                word = word[..^2];
            // "Ranchers' Union": a plural's possessive mark is passed over as "'s" is, so that the name may run on.
            else if (word.Length > 3 && word[^1] == 's' && end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == ' ')
                end++;
            var spaceBefore = previousEnd >= 0 && IsOnlySpaces(text, previousEnd, v.Index);
            previousEnd = end;
            // "the Belém-based Comando Serrano": the place a group is based in is no part of its name.
            if (word.Length > 7 && char.IsUpper(word[0]) && word.EndsWith("-based", StringComparison.OrdinalIgnoreCase))
            {
                words.Add(new Word(word[..^6], sentence.Start + v.Index, spaceBefore));
                words.Add(new Word(word[^5..], sentence.Start + v.Index + word.Length - 5, false));
                continue;
            }
            words.Add(new Word(word, sentence.Start + v.Index, spaceBefore));
        }
        return words;
    }

    // "Marcus St. Clair", "St. Kitts", "Mt. Pleasant": an abbreviation that lives inside names, before another
    // capitalized word, keeps its dot, so that the name runs on past it.
    private static readonly HashSet<string> NameAbbreviations = new(StringComparer.Ordinal) { "St", "Ste", "Mt", "Ft", "Pt", "Sta", "Pto" };

    /// <summary>"St.", "Mt.", "Pto.": the word opens a place's name ("St. Kitts"), not a person's.</summary>
    public static bool IsAbbreviationInName(Word word) => word.Text.EndsWith('.') && NameAbbreviations.Contains(word.Text[..^1]);

    private static bool IsNameAbbreviation(string word, string text, int end) =>
        NameAbbreviations.Contains(word) && end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsUpper(text[end + 2])
        && !OpensSentence(text.AsSpan(end + 2));

    // A loop, not a lambda: asked of every word, a lambda's captured state would cost an object each time.
    private static bool OpensSentence(ReadOnlySpan<char> rest)
    {
        foreach (var opener in SentenceOpeners)
        {
            if (rest.StartsWith(opener, StringComparison.Ordinal) && rest.Length > opener.Length && rest[opener.Length] == ' ')
                return true;
        }
        return false;
    }

    // "St. Kitts" opens a name and "Marcus St. Clair" goes on with one; "on King St." ends a street's.
    private static bool OpensOrContinuesName(List<Word> words) =>
        words.Count == 0 || !words[^1].IsCapitalized || GivenNames.Contains(words[^1].Text);

    private static readonly string[] SentenceOpeners = ["The", "He", "She", "It", "They", "In", "On", "At", "But", "A", "An", "El", "La", "Los", "Las", "En"];

    /// <summary>Maximal runs of capitalized words joined by single spaces, particles allowed inside.</summary>
    public static List<NameSpan> Spans(Sentence sentence, List<Word> words)
    {
        var spans = new List<NameSpan>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]) && !(IsOrdinal(words[i]) && i + 1 < words.Count && words[i + 1].SpaceBefore && IsNameWord(words[i + 1])))
            {
                i++;
                continue;
            }
            var last = i;
            var j = i + 1;
            while (j < words.Count && words[j].SpaceBefore)
            {
                if (PlaceThenArticleName(words, i, j))
                    break;
                // "detenida en Celaya Araceli Mondragón Pérez": a place after "en", then a given name and a surname, is two names.
                if (i > 0 && words[i - 1].Text is "en" or "in" && j + 1 < words.Count && words[j + 1].SpaceBefore && IsNameWord(words[j + 1])
                    && PlaceThenGivenName(words, i, last, j))
                    break;
                if (IsNameWord(words[j]) || IsNumberInName(words[j], words[j - 1]))
                {
                    last = j;
                    j++;
                    continue;
                }
                if (IsNumberClosingGroupName(words, i, last, j))
                {
                    last = j;
                    j++;
                    // "la Pandilla de los 5 Carlos Quiscal": a man named after the number is no part of the name.
                    if (j < words.Count && (GivenNames.Contains(words[j].Text) || NameWords.IsDemonym(words[j])))
                        break;
                    continue;
                }
                if (words[j].Text == "y" && SplitsAtY(words, i, last, j))
                    break;
                if (words[j].Text is "de" or "del" or "of" && (UnitOfParent(words, i, last, j) || GroupOfCountry(words, i, last, j) || SpanishNameOfPlace(words, i, last, j)
                    || GroupOfPerson(sentence, words, i, last, j)))
                    break;
                // "Cartel of the Coast", "Army of the People": "the" inside a name that holds a group word.
                // So in one the parentheses then gloss: "the Guardians of the River (Guardianes del Río)".
                if (words[j].Text == "the" && words[j - 1].Text == "of" && j + 1 < words.Count && IsNameWord(words[j + 1])
                    && (Enumerable.Range(i, last - i + 1).Any(k => NameWords.IsGroupHead(words[k])) || GlossFollows(sentence, words[j + 1])))
                {
                    j++;
                    continue;
                }
                // "the stabbing in March of Gonzalo Mirabal": a month is no part of the name after it.
                if (words[j].Text is "of" or "de" && j - 1 == i && Parsing.BylineParser.IsMonthName(words[i].Text))
                    break;
                // "the arrest in Guatemala of Octavio Ruano", "la captura en Manta de Darwin Estupiñán": nor is the place
                // where something happened to him ("San Juan de Dios" is a place, so "de" only after "en").
                if ((words[j].Text is "of" || words[j].Text is "de" && i > 0 && words[i - 1].Text is "en") && j + 1 < words.Count
                    && PlaceThenGivenName(words, i, last, j + 1))
                    break;
                if ((Particles.Contains(words[j].Text) || IsEpithetArticle(words, j)) && !EndsWithPossessive(sentence, words[j - 1]))
                {
                    j++;
                    continue;
                }
                break;
            }
            var spanWords = new List<Word>();
            for (var k = i; k <= last; k++)
            {
                if (k > i && EndsWithPossessive(sentence, words[k - 1]) && !PossessiveInsideName(sentence, words, i, k, last))
                    break;
                spanWords.Add(words[k]);
            }
            spans.Add(new NameSpan(sentence, spanWords, i));
            i += spanWords.Count;
        }
        return spans;
    }

    public static bool IsNameWord(Word word) => word.IsCapitalized;

    // Words first to last name a known place, and the word at given is a given name that names no place.
    private static bool PlaceThenGivenName(List<Word> words, int first, int last, int given) =>
        GivenNames.Contains(words[given].Text) && !NameWords.IsPlace(words[given])
        && NameWords.IsPlace(string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Text)));

    private static bool GlossFollows(Sentence sentence, Word word) =>
        sentence.Text.AsSpan(word.End - sentence.Start).StartsWith(" (", StringComparison.Ordinal);

    /// <summary>Changes whenever a sentence's spans change on this thread (<see cref="SpanOver"/> is the only
    /// way they do): a reading of a span that looked at its neighbours holds only while this stays the same.</summary>
    internal static int SpansVersion => spansVersion;

    [ThreadStatic] private static int spansVersion;

    /// <summary>Makes the words from <paramref name="start"/> to <paramref name="end"/> one name span of the
    /// sentence, in place of the spans it overlaps; null when those offsets are not word bounds.</summary>
    public static NameSpan? SpanOver(SentenceInfo info, int start, int end)
    {
        var first = info.Words.FindIndex(w => w.Start == start);
        var last = info.Words.FindIndex(w => w.End == end);
        if (first < 0 || last < first)
            return null;
        var span = new NameSpan(info.Sentence, info.Words.GetRange(first, last - first + 1), first);
        info.Spans.RemoveAll(s => s.Start < end && start < s.End);
        var at = info.Spans.FindIndex(s => s.Start > start);
        info.Spans.Insert(at < 0 ? info.Spans.Count : at, span);
        spansVersion++;
        return span;
    }

    // "Tino el Rojo", "Juan el Sordo": a first name and its epithet are one nickname. "Según el
    // Ejército" is not: the word before must be a name word, not a sentence's opening function word.
    // "Vicente el Tigre Carrillo"; but in "en Michoacán el Cártel Independiente" the article opens a second name.
    private static bool IsEpithetArticle(List<Word> words, int j) =>
        words[j].Text == "el" && j + 1 < words.Count && words[j + 1].SpaceBefore && IsNameWord(words[j + 1])
        && !NameWords.IsStopWord(words[j - 1]) && !NameWords.IsEveryday(words[j - 1])
        && !NameWords.IsPlace(words[j - 1]) && !NameWords.IsGroupHead(words[j + 1]);

    // "fundaron en la Sierra Nevada Los Marimberos", "en Zacatecas El Cártel de Los Altos": a capitalized
    // article right after a place's name opens the next name ("Barrio Los Almendros" has no place before it).
    private static bool PlaceThenArticleName(List<Word> words, int first, int j)
    {
        if (j + 1 >= words.Count || words[j].Text is not ("Los" or "Las" or "El" or "La") || !IsNameWord(words[j + 1]) || IsParticle(words[j - 1].Text))
            return false;
        var run = string.Join(' ', words.Skip(first).Take(j - first).Select(w => w.Text));
        return NameWords.IsPlace(run) || NameWords.IsPlace(words[j - 1]);
    }

    // "Los Zorros y Calavera Roja", "Estados Unidos y Europa": "y" joins two names, unlike the
    // double surname of "Ortega y Gasset". A name opened by an article, holding a group word or
    // naming a place is complete before "y"; so is one followed by an article.
    private static bool SplitsAtY(List<Word> words, int first, int last, int y)
    {
        if (y + 1 < words.Count && NameWords.Key(words[y + 1]) is "el" or "la" or "los" or "las" && words[y + 1].IsCapitalized)
            return true;
        if (NameWords.Key(words[first]) is "el" or "la" or "los" or "las")
            return true;
        for (var k = first; k <= last; k++)
        {
            if (NameWords.IsGroupHead(words[k]))
                return true;
        }
        var before = string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Text));
        if (NameWords.IsPlace(before) || (last == y - 1 && NameWords.IsPlace(words[last]) && NameWords.IsPlace(words[first])))
            return true;
        // "Elvira Iturbe y Rosaura Iturbe", "Elvira Iturbe Salas y Rosaura Vidal": a full name on each
        // side is two people; a double surname has a single word after "y" ("José Ortega y Gasset").
        var after = 0;
        for (var k = y + 1; k < words.Count && words[k].SpaceBefore && IsNameWord(words[k]); k++)
            after++;
        // "Sus primos, Rocío y Anacleto": a single word on each side is two first names. "Rafael y
        // Benito Quesada", "Aldemar y Ruperto Olaya Castillo": a single word before "y" is a first
        // name, not half of a double surname (a double surname comes after a given name).
        if (last == first && last == y - 1)
            return true;
        return last == y - 1 && last - first + 1 >= 2 && after >= 2;
    }

    // "Frente 9 del Ejército Popular Montañés", "Bloque Cordillera de las Milicias Campesinas", "the 12th
    // Front of the Army of the South": a named unit and the armed group it belongs to are two names.
    private static bool UnitOfParent(List<Word> words, int first, int last, int of)
    {
        if (NameWords.Key(words[first]) is "el" or "la" or "the" && first < last)
            first++;
        if (last != of - 1 || last - first > 2 || Grammar.GroupKinds.Of(NameWords.Key(words[first])) is not ("front" or "bloc" or "column" or "faction" or "cell")
            && !(last > first && Grammar.GroupKinds.Of(NameWords.Key(words[last])) is "front" or "bloc" or "column"))
            return false;
        var next = of + 1;
        while (next < words.Count && NameWords.Key(words[next]) is "la" or "las" or "los" or "el" or "the")
            next++;
        return next < words.Count && words[next].IsCapitalized
            && (NameWords.IsGroupHead(words[next]) || Grammar.GroupKinds.Of(NameWords.Key(words[next])) is not null
                || NameWords.Key(words[next]) is "fuerzas" or "forces" or "autodefensas");
    }

    // "Los Zancudos de Ildefonso Viveros Astudillo, alias “El Tábano”": a gang named by the man who runs it.
    // Only "alias" vouches for a man ("Los Hijos de X, known as …" may well name the gang), and only a full
    // name: a known given name, or a first word no list knows before two surnames ("Los Tigres de San
    // Fernando", "Los Rojos de Miguel Alemán" are towns).
    private static bool GroupOfPerson(Sentence sentence, List<Word> words, int first, int last, int of)
    {
        if (last != of - 1 || last == first || !(NameWords.Key(words[first]) is "los" or "las" || HoldsGroupHead(words, first, last)))
            return false;
        var given = of + 1;
        if (given + 1 >= words.Count || !PersonNameRules.IsGivenNameLike(words[given].Text) || Places.PlaceCues.OpensTownName(NameWords.Key(words[given])))
            return false;
        var end = given;
        while (end + 1 < words.Count && words[end + 1].SpaceBefore && words[end + 1].IsCapitalized)
            end++;
        return (end - given >= 2 || end > given && GivenNames.Contains(words[given].Text)) && AliasFollows(sentence, words[end].End);
    }

    private static bool HoldsGroupHead(List<Word> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (NameWords.IsGroupHead(words[k]))
                return true;
        }
        return false;
    }

    /// <summary>Whether ", alias …" (or "a.k.a.") comes right after the offset: a nickname that only a person has.</summary>
    internal static bool AliasFollows(Sentence sentence, int end) => AliasCue().IsMatch(sentence.Text.AsSpan(end - sentence.Start));

    [GeneratedRegex(@"^,?\s+(?:alias|a\.k\.a\.|aka)\b")]
    private static partial Regex AliasCue();

    // "Los Tucanes of Villa Serena": English "of" after a Spanish plural name says where the gang is, the
    // place is no part of its name (a Spanish name would say "de").
    private static bool SpanishNameOfPlace(List<Word> words, int first, int last, int of)
    {
        if (words[of].Text != "of" || last != of - 1 || words[first].Text is not ("Los" or "Las") || last == first)
            return false;
        var end = of + 1;
        while (end < words.Count && end <= of + 3 && words[end].IsCapitalized && words[end].SpaceBefore)
            end++;
        return end > of + 1 && NameWords.IsPlace(string.Join(' ', words.Skip(of + 1).Take(end - of - 1).Select(w => w.Text)));
    }

    // "el clan Obando de Nicaragua": a clan or gang "of" a country is the clan, and the country is where it is.
    private static bool GroupOfCountry(List<Word> words, int first, int last, int of)
    {
        if (last != of - 1 || of + 1 >= words.Count || !words[of + 1].IsCapitalized || !NameWords.IsPlace(words[of + 1])
            || of + 2 < words.Count && words[of + 2].SpaceBefore && words[of + 2].IsCapitalized)
            return false;
        // "the Reed Cartel of Guatemala": an English name closed by its group noun, then where the group is from.
        if (words[of].Text == "of" && last > first && Places.NameWords.ClosesEnglishGroupName(NameWords.Key(words[last]))
            && !NameWords.IsStopWord(words[last - 1]))
            return true;
        var groupNoun = false;
        var ownWord = false;
        for (var k = Math.Max(first - 1, 0); k <= last; k++)
        {
            var key = NameWords.Key(words[k]);
            if (key is "clan" or "gang" or "banda" or "pandilla" or "familia" or "family")
                groupNoun = true;
            else if (k >= first && key is not ("el" or "la" or "los" or "las" or "the"))
                ownWord = true;
        }
        // "La Banda del Puente": with no word of its own before "de", the place word is the gang's name;
        // "Los Cachorros de Olancho": a name with its own capitalized article takes its place along.
        return groupNoun && ownWord && words[first].Text is not ("Los" or "Las");
    }

    // "10th Front", "57th Front".
    private static bool IsOrdinal(Word word) =>
        word.Text.Length >= 3 && char.IsDigit(word.Text[0]) && word.Text[^2..] is "st" or "nd" or "rd" or "th" && word.Text[..^2].All(char.IsDigit);

    // "Barrio 18", "Frente 10": a short number right after a capitalized word belongs to the name.
    private static bool IsNumberInName(Word word, Word previous) => previous.IsCapitalized && IsShortNumber(word);

    private static bool IsShortNumber(Word word) => word.Text.Length <= 3 && word.Text.All(char.IsDigit);

    // "the Banda dos 40", "la Mara de la 13": a number after the article of a name a group word opens closes the name.
    // Not a count: after "of" or "de" ("Comando Serrano of 300 inmates"), before a noun ("un Bloque de los 200
    // hombres"), or as the first digits of a larger one ("de las 1.200 familias", "1 500").
    private static bool IsNumberClosingGroupName(List<Word> words, int first, int last, int at) =>
        IsShortNumber(words[at]) && words[at - 1].Text is "dos" or "das" or "los" or "las" or "la" or "da"
        && !(at + 1 < words.Count && (words[at + 1].SpaceBefore && char.IsLower(words[at + 1].Text[0])
            || char.IsDigit(words[at + 1].Text[0]) && words[at + 1].Start - words[at].End <= 1))
        && HoldsGroupHead(words, first, last);

    public static bool IsParticle(string word) => Particles.Contains(word);

    // "Rastrojos’ three leaders": a possessive ends the name it belongs to.
    public static bool EndsWithPossessive(Sentence sentence, Word word)
    {
        var i = word.End - sentence.Start;
        return i < sentence.Text.Length && sentence.Text[i] is '\'' or '’';
    }

    // "the Southern People's Army", "the Highland Farmer's Militia (Milicia Campesina …)": the possessive
    // belongs to a group's name, where "Colombia's ELN" or "the Gulf Clan's Militia" name an owner first.
    private static bool PossessiveInsideName(Sentence sentence, List<Word> words, int first, int at, int last)
    {
        var owner = words[at - 1];
        if (owner.IsAllCaps || NameWords.IsPlace(owner) || NameWords.IsDemonym(owner) || NameWords.IsGroupHead(owner)
            || NameWords.IsInstitutionWord(owner) || NameWords.IsGangPlural(owner))
            return false;
        var headed = false;
        for (var k = at; k <= last; k++)
            headed |= NameWords.IsGroupHead(words[k]) || words[k].Lexical.Key is "army" or "forces";
        var article = words[first].Lexical.Key == "the" || first > 0 && words[first - 1].Lexical.Key == "the";
        // "the Sierra Ranchers' Union", "the Workers' Party": a plural's possessive before a body's noun is the name's own.
        if (article && !headed && IsPluralPossessive(sentence, owner) && NameWords.IsInstitutionWord(words[last]))
            return true;
        return headed && (owner.Lexical.Key == "people" || article && GlossFollows(sentence, words[last]));
    }

    // "Ranchers'" (not "Ranchers's"): the mark alone after a plural.
    private static bool IsPluralPossessive(Sentence sentence, Word word)
    {
        var i = word.End - sentence.Start;
        return word.Text.EndsWith('s') && EndsWithPossessive(sentence, word) && (i + 1 == sentence.Text.Length || sentence.Text[i + 1] != 's');
    }

    private static bool IsOnlySpaces(string text, int from, int to)
    {
        if (to <= from)
            return false;
        for (var k = from; k < to; k++)
        {
            if (text[k] != ' ' && text[k] != '\u00a0')
                return false;
        }
        return true;
    }
}
