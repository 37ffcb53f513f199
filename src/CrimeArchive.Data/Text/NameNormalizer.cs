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

    /// <summary>Lower case without accents, one character for one: offsets in the folded text are
    /// offsets in the original, so it can be searched with ordinal comparisons.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = FoldChar(source[i]);
        });

    private static char FoldChar(char c)
    {
        if (c < 128)
            return char.ToLowerInvariant(c);
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
