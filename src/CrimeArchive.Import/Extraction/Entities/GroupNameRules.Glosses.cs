using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Entities;

public static partial class GroupNameRules
{
    /// <summary>"the Hermandad del Cerro Negro (HCN), or Brotherhood of the Black Hill.": the group's name put into
    /// English after "or", closing the sentence; only where the dictionary says it renders the name word for word,
    /// since "A, or B." may as well close a list of two groups.</summary>
    public static List<(string Name, int Start)> GlossAfterOr(SentenceInfo info, string name, int end)
    {
        var m = GlossAfterOrPattern().Match(info.Sentence.Text, end - info.Sentence.Start);
        if (!m.Success || !TranslatedGroupNames.Renders(name, m.Groups["name"].Value))
            return [];
        return [(m.Groups["name"].Value, info.Sentence.Start + m.Groups["name"].Index)];
    }

    [GeneratedRegex(@"\G(?:\s*\([^()]{1,80}\))?\s*,\s+or\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\-]*){1,5})\.?$")]
    private static partial Regex GlossAfterOrPattern();
}
