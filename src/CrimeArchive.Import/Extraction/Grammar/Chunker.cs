namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Groups tagged tokens into noun phrases and verb groups. A name right after a common
/// noun starts a phrase of its own ("the gang's chief | X"), so that a title and the name it
/// introduces stay apart for the clause reader.</summary>
public static class Chunker
{
    private const PartOfSpeech NounPart = PartOfSpeech.Determiner | PartOfSpeech.PossessivePronoun | PartOfSpeech.Adjective
        | PartOfSpeech.Number | PartOfSpeech.Noun | PartOfSpeech.ProperNoun | PartOfSpeech.Name | PartOfSpeech.PossessiveMarker;

    private const PartOfSpeech VerbPart = PartsOfSpeech.AnyVerb | PartOfSpeech.Modal | PartOfSpeech.Adverb;

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "whom", "whose", "which", "que", "quien", "quienes", "cual", "cuales" };

    public static List<Phrase> Chunk(List<Token> tokens)
    {
        var phrases = new List<Phrase>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (IsNounStart(tokens, i))
            {
                var run = new List<Token> { t };
                i++;
                while (i < tokens.Count && ContinuesNoun(run, tokens[i], tokens, i))
                    run.Add(tokens[i++]);
                phrases.Add(new Phrase(PhraseKind.Noun, run));
                continue;
            }
            if (t.Is(PartOfSpeech.Pronoun) && !Relatives.Contains(t.Lower) && t.Lower is not "se")
            {
                phrases.Add(new Phrase(PhraseKind.Noun, [t]));
                i++;
                continue;
            }
            if (t.Is(VerbPart) || (t.Lower is "to" && i + 1 < tokens.Count && tokens[i + 1].Is(PartOfSpeech.Verb)) || (t.Lower is "se" && i + 1 < tokens.Count && tokens[i + 1].Is(PartsOfSpeech.AnyVerb)))
            {
                var run = new List<Token> { t };
                i++;
                while (i < tokens.Count && (tokens[i].Is(VerbPart) || (tokens[i].Lower is "to" && i + 1 < tokens.Count && tokens[i + 1].Is(PartOfSpeech.Verb))
                    || (tokens[i].Is(PartOfSpeech.Particle) && tokens[i].Lower is "over" or "up")))
                    run.Add(tokens[i++]);
                // Adverbs alone ("also,") are no verb group.
                phrases.Add(new Phrase(run.Any(r => r.Is(PartsOfSpeech.AnyVerb | PartOfSpeech.Modal)) ? PhraseKind.Verb : PhraseKind.Other, run));
                continue;
            }
            var kind = t.Text switch
            {
                "," => PhraseKind.Comma,
                "(" or "[" => PhraseKind.Open,
                ")" or "]" => PhraseKind.Close,
                ";" or ":" or "—" or "–" => PhraseKind.Boundary,
                _ when Relatives.Contains(t.Lower) => PhraseKind.Relative,
                // "a gang from the south that was founded by": "that" after a noun and before a verb opens a relative clause.
                _ when t.Lower is "that" && phrases.Count > 0 && phrases[^1].Kind == PhraseKind.Noun && i + 1 < tokens.Count && tokens[i + 1].Is(VerbPart)
                    => PhraseKind.Relative,
                _ when t.Is(PartOfSpeech.Preposition) || t.Is(PartOfSpeech.Particle) => PhraseKind.Preposition,
                _ when t.Is(PartOfSpeech.Conjunction) => PhraseKind.Conjunction,
                _ => PhraseKind.Other,
            };
            phrases.Add(new Phrase(kind, [t]));
            i++;
        }
        return WithoutAliases(phrases);
    }

    /// <summary>"X, alias “Y,” led G" reads as "X led G", and "X, alias “Y,” the gang's chief," as "X,
    /// the gang's chief,": a nickname set off after a name is that name again, and the clause reads on
    /// past it.</summary>
    private static List<Phrase> WithoutAliases(List<Phrase> phrases)
    {
        for (var i = 0; i + 3 < phrases.Count; i++)
        {
            if (phrases[i].Entity is null || phrases[i + 1].Kind is not (PhraseKind.Comma or PhraseKind.Open))
                continue;
            var parenthesis = phrases[i + 1].Kind == PhraseKind.Open;
            var j = i + 2;
            if (phrases[j].Kind != PhraseKind.Noun || phrases[j].Lower is not ("alias" or "vulgo" or "aka" or "a.k.a." or "a" or "apodado"))
                continue;
            j++;
            j = SkipQuotes(phrases, j);
            if (j >= phrases.Count || phrases[j].Kind != PhraseKind.Noun)
                continue;
            j = SkipQuotes(phrases, j + 1);
            if (parenthesis)
            {
                if (j >= phrases.Count || phrases[j].Kind != PhraseKind.Close)
                    continue;
                phrases.RemoveRange(i + 1, j - i);
                continue;
            }
            var comma = j < phrases.Count && phrases[j].Kind == PhraseKind.Comma;
            var end = SkipQuotes(phrases, comma ? j + 1 : j);
            var keepComma = comma && end < phrases.Count && phrases[end].Kind is not (PhraseKind.Verb or PhraseKind.Relative);
            // Keep one comma when an apposition follows; drop it before the verb.
            var commaPhrase = phrases[j < phrases.Count ? j : i + 1];
            phrases.RemoveRange(i + 1, end - (i + 1));
            if (keepComma)
                phrases.Insert(i + 1, commaPhrase);
        }
        return phrases;
    }

    private static int SkipQuotes(List<Phrase> phrases, int j)
    {
        while (j < phrases.Count && phrases[j].Kind == PhraseKind.Other && phrases[j].Tokens.Count == 1 && phrases[j].First.Text is "\"" or "“" or "”" or "«" or "»" or "'" or "‘" or "’")
            j++;
        return j;
    }

    // A possessive marker continues a noun phrase; it never opens one.
    private static bool IsNounStart(List<Token> tokens, int i) =>
        tokens[i].Is(NounPart) && !tokens[i].Is(PartOfSpeech.PossessiveMarker);

    private static bool ContinuesNoun(List<Token> run, Token t, List<Token> tokens, int i)
    {
        if (!t.Is(NounPart))
            return t.Is(PartOfSpeech.Adverb) && i + 1 < tokens.Count && tokens[i + 1].Is(PartOfSpeech.Adjective);
        var last = run[^1];
        if (t.Is(PartOfSpeech.Determiner))
            return last.Is(PartOfSpeech.Determiner) && last.Lower is "all" or "both";
        if (t.Is(PartOfSpeech.PossessivePronoun))
            return false;
        // A name after a common noun is the name that noun introduces.
        if (t.IsName && last.Is(PartOfSpeech.Noun) && !last.IsName)
            return false;
        if (t.IsName && last.IsName)
            return false;
        // "En 2010 Severino Almagro fundó", "In 2019 Los Zorzales split": a year before a name is no part of it.
        if (t.IsName && last.Is(PartOfSpeech.Number) && (t.Entity is { IsPerson: true } || run.All(r => r.Is(PartOfSpeech.Number))))
            return false;
        // After a noun head, a new determiner-less adjective starts no new phrase; a proper noun after a name does.
        return !(last.IsName && t.Is(PartOfSpeech.ProperNoun));
    }
}
