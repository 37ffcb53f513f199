namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A group named after its place ("the Tumeremo Syndicate", "Los Caciques del Oro") and the
/// place itself ("the town of Tumeremo", "la provincia de El Oro"): where the place's name stands alone
/// where a place stands, it is the place, not a short form of the group.</summary>
public static class PlaceNamedGroups
{
    private static readonly HashSet<string> FamilyWords = new(StringComparer.Ordinal) { "clan", "family", "familia", "brothers", "hermanos" };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "el", "la", "los", "las", "o", "a", "os", "as" };

    // Words after which a group's place stands for the place: "in", "around", "the town of", "la provincia de".
    private static readonly HashSet<string> PlaceWordsBefore = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "around", "from", "of", "into", "through", "outside", "en", "de", "del", "desde", "cerca", "hacia", "por",
    };

    /// <summary>Takes out of <paramref name="mentions"/> each group mention that is only its group's place, lies
    /// inside one of <paramref name="places"/> (text offsets the place finder read as places) and stands where a
    /// place does: the place finder's own cue, or a locative word before it. "El Tigre pactó una tregua" is the gang.</summary>
    public static void Release(List<SentenceMention>[] mentions, List<SentenceInfo> sentences, IReadOnlyList<(int Start, int End, bool Cued)> places)
    {
        if (places.Count == 0)
            return;
        foreach (var info in sentences)
        {
            // "a former Valle Hondo plaza boss" of the Valle Hondo Cartel: a cartel's name without its "Cartel" is the
            // cartel's short form wherever no locative word says it is the place ("the violence in Valle Hondo").
            mentions[info.Index].RemoveAll(m => !m.Entity.IsPerson && places.FirstOrDefault(p => p.Start <= m.Start && m.End <= p.End) is { End: > 0 } place
                && (place.Cued && !IsCartelsShortForm(m.Surface, m.Entity) || PlaceWordsBefore.Contains(WordBefore(info.Sentence, m.Start))) && IsPlaceOfName(m.Surface, m.Entity));
        }
    }

    private static string WordBefore(Sentence sentence, int start)
    {
        var before = sentence.Text.AsSpan(0, Math.Max(0, start - sentence.Start)).TrimEnd();
        var space = before.LastIndexOf(' ');
        return before[(space + 1)..].ToString().ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="surface"/> is the place a group's name holds: all of the name but its
    /// last word ("Tumeremo" of "Tumeremo Syndicate"), or what follows its "de" or "of" ("El Oro" of "Caciques
    /// del Oro", "Tabatinga" of "Os Crias de Tabatinga"), articles aside.</summary>
    public static bool IsPlaceOfName(string surface, EntityDraft group)
    {
        var part = WithoutArticles(NameWords.Key(surface).Split(' '));
        if (part.Length == 0)
            return false;
        // The name as the text gives it, not the keys made from it ("the Garzón organization" for the Garzón clan).
        var words = WithoutArticles(EntityRegistry.KeyOf(group.Name).Split(' '));
        // "the Garzón clan" is named after a family, whatever town shares its name.
        if (words.Length < 2 || words.AsSpan().SequenceEqual(part) || words.Any(FamilyWords.Contains))
            return false;
        if (words.AsSpan(0, words.Length - 1).SequenceEqual(part))
            return true;
        var of = Array.FindIndex(words, 1, w => w is "de" or "del" or "of" or "do" or "da" or "dos" or "das");
        return of > 0 && WithoutArticles(words[(of + 1)..]).AsSpan().SequenceEqual(part);
    }

    private static bool IsCartelsShortForm(string surface, EntityDraft group) =>
        group.Name.EndsWith(" Cartel", StringComparison.OrdinalIgnoreCase) && EntityRegistry.IsNameAndCartel(EntityRegistry.KeyOf(group.Name), EntityRegistry.KeyOf(surface));

    private static string[] WithoutArticles(string[] words)
    {
        var start = 0;
        while (start < words.Length - 1 && Articles.Contains(words[start]))
            start++;
        return start == 0 ? words : words[start..];
    }
}
