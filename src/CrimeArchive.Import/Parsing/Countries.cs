using System.Globalization;
using System.Text;

namespace CrimeArchive.Import.Parsing;

/// <summary>Country names the site files pieces under (a byline tag, a profile's breadcrumb), in
/// English and Spanish, each mapped to one English name so both editions file under one country.</summary>
public static class Countries
{
    // English name, then other spellings (Spanish, short forms).
    private static readonly string[][] Names =
    [
        ["Mexico", "México"], ["Guatemala"], ["Honduras"], ["El Salvador"], ["Nicaragua"], ["Costa Rica"],
        ["Panama", "Panamá"], ["Belize", "Belice"], ["Colombia"], ["Venezuela"], ["Ecuador"], ["Peru", "Perú"],
        ["Bolivia"], ["Chile"], ["Argentina"], ["Uruguay"], ["Paraguay"], ["Brazil", "Brasil"], ["Guyana"],
        ["Suriname", "Surinam"], ["French Guiana", "Guayana Francesa"], ["Cuba"], ["Haiti", "Haití"],
        ["Dominican Republic", "República Dominicana", "Republica Dominicana"], ["Jamaica"], ["Puerto Rico"],
        ["Trinidad and Tobago", "Trinidad y Tobago"], ["Bahamas", "The Bahamas"], ["Barbados"],
        ["United States", "Estados Unidos", "USA", "US", "EE.UU.", "EEUU"], ["Canada", "Canadá"],
        ["Spain", "España"], ["Italy", "Italia"], ["Netherlands", "Países Bajos", "Holanda"], ["Portugal"],
        ["France", "Francia"], ["Germany", "Alemania"], ["United Kingdom", "Reino Unido", "UK"],
        ["China"], ["Russia", "Rusia"], ["Australia"],
    ];

    private static readonly Dictionary<string, string> ByKey = BuildIndex();

    // Longest first, so that 'Dominican Republic' wins over a shorter name that prefixes it.
    private static readonly (string Spelling, string Name)[] BySpelling =
        [.. Names.SelectMany(n => n.Select(s => (s, n[0]))).OrderByDescending(p => p.s.Length)];

    /// <summary>The English name of a country written in any case or language; null when it is none.</summary>
    public static string? Find(string text) => ByKey.GetValueOrDefault(Key(text));

    /// <summary>A country name at the start of a glued breadcrumb tail (<c>ColombiaLuis…</c>).</summary>
    public static (string Name, int Length)? AtStart(string text)
    {
        foreach (var (spelling, name) in BySpelling)
        {
            if (spelling.Length >= 4 && text.Length > spelling.Length && text.StartsWith(spelling, StringComparison.Ordinal))
                return (name, spelling.Length);
        }
        return null;
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in Names)
        {
            foreach (var spelling in names)
                index[Key(spelling)] = names[0];
        }
        return index;
    }

    private static string Key(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }
}
