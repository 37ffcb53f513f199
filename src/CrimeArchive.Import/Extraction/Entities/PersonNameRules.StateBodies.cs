namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A person named right after a state body ("el excabo de la Guardia Municipal X").</summary>
public static partial class PersonNameRules
{
    // "el excabo de la Guardia Municipal Anselmo Ferraz", "la Policía Estatal Nilo Bezerra": a state body's noun and
    // adjectives opening the span belong to the body, when a name of two or more words follows them.
    private static int PastStateBody(NameSpan span, int skip)
    {
        if (skip >= span.Count || !NameWords.IsInstitutionWord(span.Words[skip]))
            return skip;
        var after = skip + 1;
        while (after < span.Count && BodyAdjectives.Contains(NameWords.Key(span.Words[after])))
            after++;
        // "el Gobierno de Aurelio Santamaría": the government of a man named in full after "de" is his, the name is his. A
        // town's office is not ("la Alcaldía de Gustavo Madero": a municipality named after a man).
        if (after + 2 < span.Count && NameWords.Key(span.Words[skip]) is "gobierno" or "presidencia" or "regimen"
            && NameWords.Key(span.Words[after]) is "de" or "del" && GivenNames.Contains(span.Words[after + 1].Text))
            after++;
        else if (after == skip + 1 || after >= span.Count || NameCandidateFinder.IsParticle(span.Words[after].Text))
            return skip;
        if (span.Count - after < 2 || NameWords.IsPlace(span.Words[after])
            || NameWords.IsPlace(span.Slice(after, span.Count - after).Surface))
            return skip;
        for (var i = after; i < span.Count; i++)
        {
            var word = span.Words[i];
            if (word.IsAllCaps || NameWords.IsStopWord(word) || NameWords.IsInstitutionWord(word) || NameWords.IsTitle(word))
                return skip;
        }
        return after;
    }

    private static readonly HashSet<string> BodyAdjectives = new(StringComparer.Ordinal)
    {
        "municipal", "estatal", "nacional", "federal", "civil", "militar", "metropolitana", "metropolitano", "ministerial", "judicial",
        "preventiva", "penitenciaria", "rural",
    };
}
