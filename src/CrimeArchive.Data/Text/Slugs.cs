using System.Text;

namespace CrimeArchive.Data.Text;

public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>"Urabeños Gang's Push" → "urabenos-gangs-push".</summary>
    public static string From(string text)
    {
        var normalized = NameNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (c is '\'' or '"')
                continue;
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
            slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? "untitled" : slug;
    }
}
