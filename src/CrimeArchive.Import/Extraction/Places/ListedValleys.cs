using System.Text.RegularExpressions;
using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Places;

/// <summary>"the Tambo, Lurén and Ocoña River Valley (CATLO)", "la Cuenca de los Arroyos Tambo, Lurén y Ocoña (CATLO)":
/// a valley or basin named after the rivers it lists, with the acronym of its name after it, is one place, commas and
/// all — not the rivers one by one; the acronym in its parenthesis is the same place.</summary>
internal static partial class ListedValleys
{
    public sealed record Valley(int Start, int Length, int AcronymStart, string Acronym, GazetteerEntry Entry);

    public static List<Valley> Find(string text)
    {
        var found = new List<Valley>();
        // Most paragraphs hold no "(ABC)": the search runs only behind one.
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = open + 1;
            while (close < text.Length && char.IsUpper(text[close]))
                close++;
            if (close - open - 1 is < 3 or > 8 || close >= text.Length || text[close] != ')')
                continue;
            var sentenceStart = text.LastIndexOfAny(['.', ';', ':'], open) + 1;
            var m = ListBeforeAcronym().Match(text, sentenceStart, close + 1 - sentenceStart);
            if (!m.Success || m.Index + m.Length != close + 1)
                continue;
            var (start, name) = WithoutOpeningWords(m.Groups["name"].Index, m.Groups["name"].Value);
            var acronym = m.Groups["acronym"].Value;
            if (!IsValleyName(name) || !InitialsInOrder(acronym, ListedInitials(name)))
                continue;
            var entry = new GazetteerEntry(name, PlaceKind.Region, "", 0, false);
            found.Add(new Valley(start, name.Length, m.Groups["acronym"].Index, acronym, entry));
        }
        return found;
    }

    // "In Tambo, Lurén and …": a capitalized function word opening the sentence is no part of the name.
    private static (int Start, string Name) WithoutOpeningWords(int start, string name)
    {
        var space = name.IndexOf(' ');
        while (space > 0 && Entities.NameWords.IsStopWord(name[..space]))
        {
            start += space + 1;
            name = name[(space + 1)..];
            space = name.IndexOf(' ');
        }
        return (start, name);
    }

    // The name's head is a valley or a basin — last in English ("… River Valley"), first in Spanish ("Cuenca de los …"):
    // not an office named after the rivers ("la Comisión de los Ríos …", "the … Rivers Authority").
    private static bool IsValleyName(string name)
    {
        var words = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return NameNormalizer.Normalize(words[^1]) is "valley" or "basin" || NameNormalizer.Normalize(words[0]) is "valle" or "cuenca";
    }

    // The first letters of the names the list gives: the word before each comma or "and", and the word after the last.
    private static string ListedInitials(string name)
    {
        var initials = new List<char>();
        var parts = ListSeparator().Split(name);
        for (var i = 0; i < parts.Length; i++)
        {
            var words = parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
                initials.Add(char.ToUpperInvariant(NameNormalizer.Normalize(i == parts.Length - 1 ? words[0] : words[^1])[0]));
        }
        return new string([.. initials]);
    }

    // The listed names' initials in order inside the acronym ("TLO" in "CATLO").
    private static bool InitialsInOrder(string acronym, string initials)
    {
        var at = 0;
        foreach (var c in acronym)
            if (at < initials.Length && c == initials[at])
                at++;
        return initials.Length >= 3 && at == initials.Length;
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}-]*(?:\s+(?:(?:de|del)\s+(?:(?:los|las|la)\s+)?)?\p{Lu}[\p{L}-]*)*(?:,\s*\p{Lu}[\p{L}-]*)+,?\s+(?:and|y|e)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s*\((?<acronym>\p{Lu}{3,8})\)")]
    private static partial Regex ListBeforeAcronym();

    [GeneratedRegex(@",\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")]
    private static partial Regex ListSeparator();
}
