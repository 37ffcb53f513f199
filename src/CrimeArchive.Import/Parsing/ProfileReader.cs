using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>A profile split into its lead, its sections and its factboxes.</summary>
public sealed record ProfileContent(
    IReadOnlyList<TextBlock> Lead,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<KeyValuePair<string, string>> Factbox,
    IReadOnlyList<KeyValuePair<string, string>> CountryFactbox,
    IReadOnlyList<string> Warnings);

/// <summary>Reads a profile's content lines: heading lines open sections; factbox lines (labelled
/// values, a label with its value on the next line) fill the factbox, or the country factbox once the
/// labels or a heading turn to the country; values with no label are left out, never guessed.</summary>
public static partial class ProfileReader
{
    private const int MaxValueWords = 20;
    // Headings, factbox headings and factbox lines are all shorter than this.
    private const int MaxShortLineLength = 200;

    private enum Box { None, Subject, Country }

    public static ProfileContent Read(IReadOnlyList<SourceLine> lines)
    {
        var lead = new List<TextBlock>();
        var sections = new List<ParsedSection>();
        var factbox = new List<KeyValuePair<string, string>>();
        var countryBox = new List<KeyValuePair<string, string>>();
        var warnings = new List<string>();
        string? heading = null;
        var paragraphs = lead;
        var box = Box.None;

        void Add(string label, string value)
        {
            if (box != Box.Country && factbox.Count > 0 && ProfileVocabulary.IsCountryLabel(label))
                box = Box.Country;
            (box == Box.Country ? countryBox : factbox).Add(new(label, value));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var next = i + 1 < lines.Count ? lines[i + 1].Text : null;
            if (FactboxLine.Heading(text) is { } subject)
            {
                box = factbox.Count > 0 || Countries.Find(subject) is not null ? Box.Country : Box.Subject;
                continue;
            }
            if (FactboxLine.LabelAndValue(text) is { } pair
                && (ProfileVocabulary.IsLabel(pair.Label) || (box != Box.None && LineReader.CountWords(pair.Value) <= MaxValueWords)))
            {
                box = box == Box.None ? Box.Subject : box;
                Add(pair.Label, pair.Value);
                continue;
            }
            if (FactboxLine.LoneLabel(text) is { } label && next is not null && IsValue(next)
                && (box != Box.None || ProfileVocabulary.IsLabel(label)) && !(ProfileVocabulary.IsHeading(text) && box == Box.None))
            {
                box = box == Box.None ? Box.Subject : box;
                Add(label, next);
                i++;
                continue;
            }
            if (box != Box.None && IsValue(text) && !IsHeading(text, next))
            {
                warnings.Add($"a factbox value without a label was left out: \"{text}\"");
                continue;
            }
            box = Box.None;
            if (IsHeading(text, next))
            {
                heading = text.TrimEnd(':');
                paragraphs = [];
                sections.Add(new ParsedSection(heading, paragraphs));
                continue;
            }
            // A short line that is no sentence, no heading and no factbox line is a caption or a
            // stray value; it is not text of the profile.
            if (lines[i].WordCount <= 12 && !TitleText.EndsSentence(text) && next is not null)
                continue;
            paragraphs.Add(lines[i].ToBlock());
        }
        return new ProfileContent(lead, sections.Where(s => s.Paragraphs.Count > 0).ToList(), factbox, countryBox, warnings);
    }

    /// <summary>"Los Tejones are a family-run gang from…", "Ramiro Ortega is a trafficker who…": a lead
    /// that opens with a name and says, in the present, what it is. A brief opens with what happened.</summary>
    public static bool OpensWithDefinition(string lead) => Definition().IsMatch(lead);

    // The name may hold a quoted nickname (Dwayne "Blacka" Henriques) and be followed by an alias or by
    // its other name ("La Familia Rosales, o Clan Rosales, es una estructura…").
    [GeneratedRegex(@"^(?:(?:The|El|La|Los|Las)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|del|of|the|la|los|las|y)\s+)?(?:\p{Lu}[\p{L}'’\-]+|[«""“‘'][^»""”’']{1,30}[»""”’'])){0,5}(?:\s*\([^()]{1,60}\))?(?:,\s*(?:(?:alias|nicknamed|dubbed|(?:also\s+|better\s+)?known\s+as|apodad[oa]|conocid[oa]\s+como)\s+[«""“‘'][^»""”’']{1,30}[»""”’']|(?:or|o|also\s+called|tambi[ée]n\s+llamad[oa])\s+(?:(?:the|el|la|los|las)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:de|del|of|the|la|los|las)\s+)?\p{Lu}[\p{L}'’\-]+){0,4}))?,?\s+(?:is|are|es|son)\s+(?:a|an|one\s+of\s+the|un|una|uno\s+de\s+los|una\s+de\s+las|the|el|la)\s+(?:[\p{L}\-]+\s+){0,4}?(?:" + KindClassifier.GroupNouns + "|" + KindClassifier.CriminalRoles + "|" + KindClassifier.CriminalTrades + "|" + KindClassifier.OutfitNouns + @")(?:s|es)?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Definition();

    /// <summary>Whether the lines look like a profile's: section headings or factbox lines.</summary>
    public static bool LooksLikeProfile(IReadOnlyList<SourceLine> lines)
    {
        int headings = 0, labels = 0;
        var factboxHeading = false;
        foreach (var line in lines)
        {
            if (line.Text.Length > MaxShortLineLength)
                continue;
            if (ProfileVocabulary.IsHeading(line.Text))
                headings++;
            else if (FactboxLine.Heading(line.Text) is not null)
                factboxHeading = true;
            else if (FactboxLine.LabelAndValue(line.Text) is { } pair && ProfileVocabulary.IsLabel(pair.Label))
                labels++;
        }
        return headings >= 2 || factboxHeading || labels >= 2;
    }

    private static bool IsValue(string line) =>
        LineReader.CountWords(line) <= MaxValueWords && !TitleText.EndsSentence(line) && FactboxLine.Heading(line) is null;

    private static bool IsHeading(string text, string? next) =>
        ProfileVocabulary.IsHeading(text)
        || (LineReader.CountWords(text) <= 5 && !TitleText.EndsSentence(text) && TitleText.IsTitleCase(text)
            && next is not null && LineReader.CountWords(next) >= 12);
}
