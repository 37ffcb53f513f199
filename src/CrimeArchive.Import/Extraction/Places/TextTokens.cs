namespace CrimeArchive.Import.Extraction.Places;

/// <summary>A word of a text. Adjacent: only spaces separate it from the previous word (no
/// punctuation, no line break), so the two can belong to one name. StartsSentence: nothing but
/// a sentence end, a line break or the start of the text comes before it. Key: the word normalized,
/// worked out once, as the place rules ask for it again and again.</summary>
internal readonly record struct Token(int Start, int Length, bool IsCapitalized, bool IsAllCaps, bool Adjacent, bool StartsSentence, string Key)
{
    public int End => Start + Length;
}

/// <summary>Splits text into words the way place names need: "U.S." is one word, "Self-Defense"
/// is one word, and a possessive "'s" is cut off ("Mexico's" gives "Mexico").</summary>
internal static class TextTokens
{
    public static List<Token> Split(string text)
    {
        // A word every five or six characters: sized up front, since place scanning splits every paragraph.
        var tokens = new List<Token>(text.Length / 5 + 1);
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var end = IsDottedAbbreviation(text, i) ? AbbreviationEnd(text, i) : WordEnd(text, i);
            tokens.Add(MakeToken(text, start, end, previousEnd));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    private static Token MakeToken(string text, int start, int end, int previousEnd)
    {
        var adjacent = previousEnd >= 0 && start > previousEnd;
        var startsSentence = previousEnd < 0;
        for (var k = Math.Max(previousEnd, 0); k < start; k++)
        {
            var c = text[k];
            if (c is not (' ' or '\t' or '\u00a0'))
                adjacent = false;
            if (c is '.' or '!' or '?' or '\n' or '\r' or ':' or ';')
                startsSentence = true;
        }
        var capitalized = char.IsUpper(text[start]);
        var allCaps = capitalized && end - start >= 2;
        for (var k = start; k < end && allCaps; k++)
        {
            if (char.IsLower(text[k]))
                allCaps = false;
        }
        return new Token(start, end - start, capitalized, allCaps, adjacent, startsSentence, PlaceCues.KeyOf(text.AsSpan(start, end - start)));
    }

    // "U.S.", "U.S.A.", Spanish "EE.UU.": groups of one or two capitals, each closed by a dot.
    private static bool IsDottedAbbreviation(string text, int i)
    {
        var groups = 0;
        for (var g = DottedGroupLength(text, i); g > 0; g = DottedGroupLength(text, i))
        {
            groups++;
            i += g;
        }
        return groups >= 2;
    }

    private static int AbbreviationEnd(string text, int i)
    {
        for (var g = DottedGroupLength(text, i); g > 0; g = DottedGroupLength(text, i))
            i += g;
        return i;
    }

    private static int DottedGroupLength(string text, int i)
    {
        if (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
            return 2;
        if (i + 2 < text.Length && char.IsUpper(text[i]) && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            return 3;
        return 0;
    }

    // "a Valdora-based group", "the Valdora-born trafficker": a capitalized word before the hyphen is a word of its own.
    private static readonly string[] PlaceCompounds = ["based", "born"];

    private static bool IsPlaceCompound(string text, int start, int hyphen)
    {
        if (text[hyphen] != '-' || !char.IsUpper(text[start]))
            return false;
        var rest = text.AsSpan(hyphen + 1);
        foreach (var compound in PlaceCompounds)
            if (rest.StartsWith(compound, StringComparison.Ordinal) && (rest.Length == compound.Length || !char.IsLetter(rest[compound.Length])))
                return true;
        return false;
    }

    private static int WordEnd(string text, int i)
    {
        var start = i;
        while (true)
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                i++;
            if (i + 1 >= text.Length || text[i] is not ('-' or '\'' or '’') || !char.IsLetter(text[i + 1]))
                return i;
            var possessive = text[i] != '-' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
            if (possessive || IsPlaceCompound(text, start, i))
                return i;
            i++;
        }
    }
}
