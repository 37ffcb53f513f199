using System.Globalization;
using System.Text;

namespace CrimeArchive.Data.Text;

/// <summary>The one normalizer for names and text, shared by the importer and search: accents off,
/// case folded, typographic quotes and dashes made plain, spaces collapsed.</summary>
public static class NameNormalizer
{
    public static string Normalize(string text)
    {
        // Most names are plain ASCII, and many are already in normal form: the importer calls this
        // for every candidate word, so those skip Unicode decomposition and, when they can, allocation.
        if (System.Text.Ascii.IsValid(text))
            return IsNormalAscii(text) ? text : NormalizeAscii(text);
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

    private static bool IsNormalAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterUpper(c) || c == '`' || (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' ')))
                return false;
        }
        return true;
    }

    private static string NormalizeAscii(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            buffer[length++] = c == '`' ? '\'' : char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
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
