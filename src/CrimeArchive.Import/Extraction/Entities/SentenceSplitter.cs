namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A sentence of a paragraph: its text and its offset in the decoded source text.</summary>
public sealed record Sentence(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits a paragraph into sentences without changing the text, so that offsets stay
/// offsets into the source. Knows abbreviations (U.S., Luis E., Jr., Gen.) and sentences glued
/// together by a lost line break ("in PanamaHe was").</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "gen", "col", "lt", "mr", "mrs", "ms", "dr", "no", "st", "sgt", "capt", "gov", "sen",
        "rep", "inc", "co", "corp", "vs", "etc", "av", "ave", "ft", "mt", "prof", "gral", "cnel", "sra", "sr", "lic", "ing",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "dept", "u.s", "e.g", "i.e",
    };

    // Words that open a sentence glued to the previous one ("PanamaHe", "2020But").
    private static readonly HashSet<string> GluedOpeners = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "The", "But", "In", "On", "At", "This", "That", "His", "Her", "Their", "We",
        "However", "According", "After", "Since", "While", "Although", "Authorities", "Police", "And", "As", "A",
        "An", "If", "Its", "There", "These", "Those", "Meanwhile", "Still", "Yet", "El", "La", "Los", "Las", "Según",
    };

    public static List<Sentence> Split(string text, int offset)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cut = BreakAfter(text, i);
            if (cut < 0)
                continue;
            Add(sentences, text, start, cut, offset);
            start = cut;
            i = cut - 1;
        }
        Add(sentences, text, start, text.Length, offset);
        return sentences;
    }

    // The index where the next sentence starts when a break falls at text[i], or -1.
    private static int BreakAfter(string text, int i)
    {
        var c = text[i];
        if (c is '.' or '!' or '?')
        {
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')')
                j++;
            // "…for the market.Police said": a line break lost after a full stop leaves no space either.
            if (c == '.' && j == i + 1 && j + 1 < text.Length && char.IsUpper(text[j]) && char.IsLower(text[j + 1]) && EndsLowerWord(text, i))
                return j;
            if (j >= text.Length || !char.IsWhiteSpace(text[j]))
                return -1;
            var k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k]))
                k++;
            if (k >= text.Length)
                return -1;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '¿' or '¡'))
                return -1;
            return c == '.' && IsAbbreviation(text, i) ? -1 : k;
        }
        if ((char.IsLower(c) || char.IsDigit(c)) && i + 2 < text.Length && char.IsUpper(text[i + 1]) && char.IsLower(text[i + 2]))
            return IsGlued(text, i) ? i + 1 : -1;
        return -1;
    }

    // A word of three lower-case letters or more before the stop, capitalised at most on its first: not "U.S",
    // "e.g" or a site's name ("InsightCrime.Org").
    private static bool EndsLowerWord(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1]))
            s--;
        for (var k = s + 1; k < dot; k++)
        {
            if (!char.IsLower(text[k]))
                return false;
        }
        return dot - s >= 3;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
            s--;
        var word = text[s..dot];
        if (word.Length == 0)
            return false;
        // "Luis E. Calle", "U.S.": single capitals and dotted initials do not end sentences.
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        if (word.Contains('.'))
            return true;
        return Abbreviations.Contains(word);
    }

    private static bool IsGlued(string text, int i)
    {
        var s = i;
        while (s > 0 && char.IsLetterOrDigit(text[s - 1]))
            s--;
        if (i - s + 1 < 3)
            return false;
        var e = i + 1;
        while (e < text.Length && char.IsLetter(text[e]))
            e++;
        return GluedOpeners.Contains(text[(i + 1)..e]);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int offset)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        if (end > start)
            sentences.Add(new Sentence(text[start..end], offset + start));
    }
}
