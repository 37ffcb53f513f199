using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

// The lines of a profile outside its body that the extraction reads as sentences: the factbox heading, the title
// with its alias, the factbox lines that name a leader with his.
public static partial class EntityExtractor
{
    // A profile's factbox heading ("Luis E. Calle Serna Factbox", "Datos Juan Pérez") names its subject,
    // sometimes in a form the text uses nowhere else; the parser keeps no block for it. The heading is looked for
    // in profiles only.
    private static IEnumerable<TextBlock> FactboxHeadings(ParsedDocument document, Match heading)
    {
        if (document.Factbox.Count == 0 || !heading.Success)
            yield break;
        yield return new TextBlock(heading.Groups["name"].Value, heading.Groups["name"].Index);
    }

    // "Casimiro Urrutia Bedoya, alias 'El Tapir'": a person profile's title line may be the one place that gives
    // the nickname; the parser keeps no block for the title, so it is read from its own line of the source.
    private static IEnumerable<TextBlock> TitleWithAlias(ParsedDocument document)
    {
        if (document.Kind is not DocumentKind.PersonProfile || document.TitleDerived || document.Title is not { } title
            || !Parsing.TitleDeriver.HasAlias(title))
            yield break;
        var source = document.SourceText;
        for (var at = source.IndexOf(title, StringComparison.Ordinal); at >= 0; at = source.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            var lineStart = source.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            var lineEnd = source.IndexOf('\n', at);
            var line = source[lineStart..(lineEnd < 0 ? source.Length : lineEnd)];
            if (line.Trim() == title)
            {
                yield return new TextBlock(title, at);
                yield break;
            }
        }
    }

    // "Leader: Anselmo Berrendo Cardozo, alias "Don Chemo"", or the name alone on a line of the factbox: a group
    // profile's factbox may be the one place that gives its leader's nickname, and the parser keeps such a line as a
    // label's value or drops it. Each line of the factbox (from its heading to the next paragraph of the body, at most
    // a few lines) that is a name and its alias is read as a sentence of its own.
    private static IEnumerable<TextBlock> FactboxLinesWithAlias(ParsedDocument document, Match heading)
    {
        if (document.Kind is not DocumentKind.GroupProfile || !heading.Success)
            yield break;
        var source = document.SourceText;
        var start = heading.Index + heading.Length + 1;
        var end = document.AllBlocks.Where(b => b.Start >= start).Select(b => b.Start).DefaultIfEmpty(source.Length).Min();
        for (var lines = 0; start < end && lines < MaxFactboxLines; lines++)
        {
            var lineEnd = source.IndexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            var line = source[start..lineEnd].TrimEnd();
            var label = FactboxLabel().Match(line);
            var value = line[label.Length..];
            if (value.Length <= 100 && Parsing.TitleDeriver.HasAlias(value) && IsPlainName(Parsing.TitleDeriver.ProfileName(value)))
                yield return new TextBlock(value, start + label.Length);
            start = lineEnd + 1;
        }
    }

    // A factbox runs a dozen lines or so, blank ones included.
    private const int MaxFactboxLines = 24;

    // "Anselmo Berrendo Cardozo", "Anselmo de la Cruz Berrendo": capitalized words and name particles, none glued to
    // the site's navigation ("HomeHondurasAnselmo").
    private static bool IsPlainName(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 6 && char.IsUpper(words[0][0])
            && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) ? !w.Skip(1).Any(char.IsUpper) : NameCandidateFinder.IsParticle(w)));
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L} ]{1,30}:\s+")]
    private static partial Regex FactboxLabel();

    [GeneratedRegex(@"^(?:(?<name>\p{Lu}[^\n]{2,60}?) Factbox|Datos (?<name>\p{Lu}[^\n]{2,60}?))[ \t\r]*$", RegexOptions.Multiline)]
    private static partial Regex FactboxHeading();
}
