using System.Globalization;
using System.Text;

namespace CrimeArchive.Data.Text;

/// <summary>The one normalizer for names and text, shared by the importer and search: accents off,
/// case folded, typographic quotes and dashes made plain, spaces collapsed.</summary>
public static class NameNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var plain = c switch
            {
                '‘' or '’' or '´' or '`' => '\'',
                '“' or '”' or '«' or '»' => '"',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(plain))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(plain);
        }
        return builder.ToString();
    }
}
