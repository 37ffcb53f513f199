namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Lets a phrase rule ask the lexicon whether a stretch of text holds a verb of its own.</summary>
public static class VerbCheck
{
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "became", "becomes", "become", "remains", "remained", "has", "had", "have",
        "es", "era", "fue", "son", "sería", "sigue", "named", "appointed", "considered", "described", "identified", "alleged", "reputed", "suspected",
        // Verbs that state a role of their object: "whom prosecutors describe as the leader of".
        "describe", "describes", "consider", "considers", "call", "calls", "called", "name", "names", "identify", "identifies", "believe", "believed", "say", "said", "says",
    };

    private static readonly char[] WordBreaks = [' ', ',', '"', '“', '”', '(', ')'];

    /// <summary>True when the words hold a finite verb other than a copula, or a passive's "by"
    /// ("met with the", "was killed by"): what follows is then that verb's object, not an apposition.</summary>
    public static bool HasOtherVerb(string text)
    {
        var first = true;
        var relative = false;
        // Right after the name, with no comma between, a past form is the name's own verb: "X prosecuted the head of".
        var bare = !text.TrimStart().StartsWith(',');
        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            if (first && bare && !Linking.Contains(lower) && ((Lexicon.Lookup(lower, spanish: false).All & PartOfSpeech.PastTense) != 0 || IsSpanishPast(lower)))
                return true;
            first = false;
            if (lower is "by" or "por")
                return true;
            // "X, who jailed the boss of": the relative clause's verb takes the role phrase as object.
            if (lower is "who" or "whom" or "quien")
            {
                relative = true;
                continue;
            }
            if (Linking.Contains(lower) || char.IsUpper(word[0]))
                continue;
            // "X, quien presentó cargos contra el líder de": a Spanish past tense in any verb's shape.
            if (relative && IsSpanishPast(lower))
                return true;
            var entry = Lexicon.Lookup(lower, spanish: false);
            if ((entry.Likely & (PartOfSpeech.Verb | PartOfSpeech.PastTense)) != 0
                || (relative && (entry.All & (PartOfSpeech.PastTense | PartOfSpeech.PastParticiple | PartOfSpeech.Verb)) != 0))
                return true;
        }
        return false;
    }

    // "presentó", "capturaron": the past tense's endings, which few Spanish nouns share.
    private static bool IsSpanishPast(string lower) =>
        (lower.Length > 3 && lower[^1] == 'ó')
        || (lower.Length > 5 && (lower.EndsWith("aron", StringComparison.Ordinal) || lower.EndsWith("ieron", StringComparison.Ordinal)));
}
