using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>The breadcrumb line that glues the section path to the title: <c>HomeNewsBrief&lt;Title&gt;</c>,
/// <c>HomeNews&lt;Title&gt;</c>, <c>HomeNoticiasNoticias del día&lt;Título&gt;</c>, or for a profile
/// <c>Home&lt;Country&gt;&lt;Name&gt;</c>.</summary>
/// <remarks><see cref="Path"/> is all that follows 'Home': a title that itself starts with a section
/// word (<c>Analysis Shows…</c>) is still found at its end.</remarks>
public sealed partial record Breadcrumb(DocumentKind? Kind, bool IsProfile, string? Country, string Tail, bool Spanish, string Path)
{
    // Longest first: 'Noticias del día' must be taken whole before 'Noticias'.
    private static readonly (string Word, DocumentKind? Kind, bool Spanish)[] Sections =
    [
        ("Noticias del día", DocumentKind.Brief, true), ("Noticias del Día", DocumentKind.Brief, true),
        ("Investigations", DocumentKind.Investigation, false), ("Investigaciones", DocumentKind.Investigation, true),
        ("Investigación", DocumentKind.Investigation, true), ("Análisis", DocumentKind.Analysis, true),
        ("Analysis", DocumentKind.Analysis, false), ("Noticias", null, true), ("Opinion", DocumentKind.Analysis, false),
        ("Opinión", DocumentKind.Analysis, true), ("Briefs", DocumentKind.Brief, false), ("Brief", DocumentKind.Brief, false),
        ("News", null, false), ("Profiles", null, false), ("Perfiles", null, true),
    ];

    public static Breadcrumb? Parse(string line)
    {
        var m = Start().Match(line);
        if (!m.Success)
            return null;
        var rest = line[m.Length..];
        var path = rest;
        DocumentKind? kind = null;
        var sawSection = false;
        var spanish = m.Value.StartsWith("Inicio", StringComparison.Ordinal);
        // Section words are glued to what follows; 'Analysis Shows…' is the title's first word.
        for (var matched = true; matched;)
        {
            matched = false;
            foreach (var (word, sectionKind, isSpanish) in Sections)
            {
                if (rest.Length > word.Length && rest.StartsWith(word, StringComparison.Ordinal) && !char.IsLower(rest[word.Length]) && !char.IsWhiteSpace(rest[word.Length]))
                {
                    rest = rest[word.Length..];
                    kind = sectionKind ?? kind;
                    spanish |= isSpanish;
                    sawSection = matched = true;
                    break;
                }
            }
        }
        // A news breadcrumb with no finer section ('HomeNews<Title>') is the later layout's news brief.
        if (sawSection && kind is null && !line.Contains("Profiles", StringComparison.Ordinal) && !line.Contains("Perfiles", StringComparison.Ordinal))
            kind = DocumentKind.Brief;
        var isProfile = !sawSection || line.Contains("Profiles", StringComparison.Ordinal) || line.Contains("Perfiles", StringComparison.Ordinal);
        string? country = null;
        if (isProfile && Countries.AtStart(rest) is { } found)
        {
            country = found.Name;
            rest = rest[found.Length..];
        }
        return new Breadcrumb(isProfile ? null : kind, isProfile, country, rest.Trim(), spanish, path);
    }

    /// <summary>A breadcrumb whose steps are set apart: <c>Home » Analysis » Title</c>, <c>Noticias » Chile</c>,
    /// <c>Home / News / Briefs</c>, <c>Home › Criminal Groups › Peru › Los Zorros</c>, <c>Analysis | Peru</c>.
    /// Menus between bars are not: only a section and a country may stand between bars.</summary>
    public static Breadcrumb? ParseSeparated(string line)
    {
        if (line.Length > 200 || line.AsSpan().IndexOfAny(Steps) < 0)
            return null;
        var parts = StepSeparator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length < 2 || parts.Any(p => LineReader.CountWords(p) > 15))
            return null;
        var barred = line.Contains('|') && !line.Contains('»') && !line.Contains('›');
        if (barred && (parts.Length != 2 || LooseByline.Section(parts[0]) is null || Countries.Find(parts[1]) is null))
            return null;
        var first = parts[0].ToLowerInvariant();
        if (!barred && first is not ("home" or "inicio" or "portada") && LooseByline.Section(parts[0]) is null && !IsProfileStep(first))
            return null;
        DocumentKind? kind = null;
        var isProfile = false;
        string? country = null;
        var spanish = first is "inicio" or "portada";
        var tail = "";
        for (var i = first is "home" or "inicio" or "portada" ? 1 : 0; i < parts.Length; i++)
        {
            var key = parts[i].ToLowerInvariant();
            if (LooseByline.Section(parts[i]) is { } section)
            {
                kind = section;
                spanish |= key is "noticias" or "análisis" or "analisis" or "investigación" or "investigaciones" or "opinión";
            }
            else if (IsProfileStep(key))
            {
                isProfile = true;
                spanish |= key is "perfiles" or "personas" or "grupos criminales";
            }
            else if (Countries.Find(parts[i]) is { } c)
                country = c;
            else if (i == parts.Length - 1)
                tail = parts[i];
            else if (key is not ("news" or "noticias"))
                return null;
        }
        var path = string.Join(" ", parts.Skip(first is "home" or "inicio" or "portada" ? 1 : 0));
        return new Breadcrumb(isProfile ? null : kind, isProfile, country, tail, spanish, path);
    }

    private static bool IsProfileStep(string key) =>
        key is "profiles" or "perfiles" or "people" or "personas" or "criminal groups" or "grupos criminales" or "groups" or "grupos" or "personalities";

    private static readonly char[] Steps = ['»', '›', '/', '|', '>'];

    [GeneratedRegex(@"\s*(?:»|›|\s/\s|\s>\s|\|)\s*")]
    private static partial Regex StepSeparator();

    /// <summary>A tag or section listing page: <c>Home Tags CJNG</c>.</summary>
    public static bool IsListingPage(string line) => ListingPage().IsMatch(line);

    [GeneratedRegex(@"^(?:Home|Inicio)(?=\p{Lu}|¿|¡|'|‘|""|“)")]
    private static partial Regex Start();

    [GeneratedRegex(@"^(?:Home|Inicio)\s*(?:/\s*)?(?:Tags?|Etiquetas?|Category|Categories|Categor[íi]as?|Topics?|Temas?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListingPage();
}
