using System.Globalization;
using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>What a header line of another layout says about the text: its date, its authors, its
/// section and country.</summary>
public sealed record HeaderFacts(DateOnly? Date, IReadOnlyList<string> Authors, DocumentKind? Kind, string? Country, bool Spanish);

/// <summary>Reads the header lines other layouts use instead of the site's one-line byline:
/// <c>Written by X | March 4, 2021 | 5 min read</c>, <c>Posted Mar 4, 2019 · Posted in Analysis | Peru</c>,
/// <c>04/03/2019 | Actualizado: 05/03/2019 09:15</c>, <c>Escrito por X el 4 de marzo de 2023</c>,
/// <c>Tuesday, 4 March 2014</c>. A line is one only when every piece of it is such a piece.</summary>
public static partial class LooseByline
{
    private const int MaxLength = 200;

    public static HeaderFacts? Read(string line, bool spanishPage = false)
    {
        if (line.Length > MaxLength || !LineReader.HoldsDigit(line) && !ByWord().IsMatch(line) && !RoleWord().IsMatch(line))
            return null;
        DateOnly? date = null;
        List<string> authors = [];
        DocumentKind? kind = null;
        string? country = null;
        var spanish = spanishPage || SpanishCue().IsMatch(line);
        // "Posted on June 3, 2018 by Jane Roe": the date before the signature.
        if (PostedOnBy().Match(line) is { Success: true } signedAfter && DateIn(signedAfter.Groups["date"].Value, spanish) is { } postedOn
            && Authors(signedAfter.Groups["authors"].Value) is { Count: > 0 } postedBy)
            return new HeaderFacts(postedOn, postedBy, null, null, spanish);
        var read = 0;
        var pieces = Separator().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "Jane Doe | Staff writer", "Jane Doe, Reporter": a name beside its role is the author.
        var role = pieces.FindIndex(p => AuthorRole().IsMatch(p));
        if (pieces.Count == 1 && pieces[0].LastIndexOf(',') is > 0 and var comma && AuthorRole().IsMatch(pieces[0][(comma + 1)..].Trim())
            && IsNamesOnly(pieces[0][..comma]))
            return new HeaderFacts(null, Authors(pieces[0][..comma]), null, null, spanish);
        foreach (var piece in pieces)
        {
            if (role >= 0 && piece == pieces[role])
                continue;
            // "Por X, corresponsal en Arequipa", "Written by X, Andes Researcher": the role after the name goes.
            if (Signature().Match(TrailingRole().Replace(piece, "")) is { Success: true } signed)
            {
                if (authors.Count > 0)
                    return null;
                authors = Authors(signed.Groups["authors"].Value);
                if (authors.Count == 0)
                    return null;
                spanish |= signed.Value.StartsWith("Por", StringComparison.OrdinalIgnoreCase) || signed.Value.StartsWith("Escrito", StringComparison.OrdinalIgnoreCase);
                if (signed.Groups["date"].Success)
                    date ??= DateIn(signed.Groups["date"].Value, spanish);
                read++;
                continue;
            }
            if (role >= 0 && authors.Count == 0 && IsNamesOnly(piece))
            {
                authors = Authors(piece);
                read++;
                continue;
            }
            if (DatePiece().Match(piece) is { Success: true } dated && DateIn(dated.Groups["date"].Value, spanish) is { } found)
            {
                // The first date is the publication's; "Updated …" after it is not.
                date ??= found;
                read++;
                continue;
            }
            if (Ignorable().IsMatch(piece))
                continue;
            if (PostedIn().Match(piece) is { Success: true } posted && Section(posted.Groups["section"].Value) is { } section)
            {
                kind ??= section;
                continue;
            }
            if (Countries.Find(piece) is { } c)
            {
                country ??= c;
                continue;
            }
            return null;
        }
        return read == 0 ? null : new HeaderFacts(date, authors, kind, country, spanish);
    }

    /// <summary>The kind a section word names: "Analysis", "Análisis", "Briefs", "Noticias".</summary>
    public static DocumentKind? Section(string word) => word.Trim().ToLowerInvariant() switch
    {
        "analysis" or "análisis" or "analisis" or "opinion" or "opinión" => DocumentKind.Analysis,
        "brief" or "briefs" or "news" or "noticias" or "news briefs" or "noticias del día" => DocumentKind.Brief,
        "investigation" or "investigations" or "investigación" or "investigaciones" => DocumentKind.Investigation,
        _ => null,
    };

    // "By Jane Roe, Senior Reporter": a role after a comma is no second author.
    private static List<string> Authors(string names) =>
        AuthorSeparator().Split(names.Trim()).Select(a => a.Trim()).Where(a => a.Length > 1 && char.IsUpper(a[0]) && !AuthorRole().IsMatch(a))
            .Select(NameCasing.Author).ToList();

    /// <summary>"Staff writer", "Corresponsal": a line that gives the author's role alone.</summary>
    public static bool IsRole(string line) => line.Length <= 40 && AuthorRole().IsMatch(line);

    [GeneratedRegex(@"^(?:Posted|Published|Publicado)\s+(?:on\s+|el\s+)?(?<date>.+?)\s+(?:by|por)\s+(?<authors>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}(?:\s*(?:,|\band\b|\by\b|&)\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})*)$")]
    private static partial Regex PostedOnBy();

    /// <summary>A date in any of the shapes the layouts print: "March 4, 2019", "4 March 2019",
    /// "4 de marzo de 2023", "04/03/2019" (day first in Spanish, month first in English unless the
    /// numbers say otherwise), "2019-03-04".</summary>
    public static DateOnly? DateIn(string text, bool spanish)
    {
        var m = AnyDate().Match(text);
        if (!m.Success)
            return null;
        if (m.Groups["iso"].Success)
            return Make(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value);
        if (m.Groups["n1"].Success)
        {
            var a = int.Parse(m.Groups["n1"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["n2"].Value, CultureInfo.InvariantCulture);
            // "04.03.2021": dots are written day first.
            var dayFirst = a > 12 || (b <= 12 && (spanish || m.Value.Contains('.')));
            return dayFirst ? Make(m.Groups["ny"].Value, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture))
                : Make(m.Groups["ny"].Value, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture));
        }
        return BylineParser.ParseDate(m.Groups["day"].Value, m.Groups["month"].Value, m.Groups["year"].Value);
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var mo)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) || y is < 1900 or > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
            return null;
        return new DateOnly(y, mo, d);
    }

    [GeneratedRegex(@"\s*(?:\||·|•|—|–|\s-\s)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:by|por)\s*:?\s+\p{Lu}|^(?:Authors?|Autor|Autora|Autores)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ByWord();

    [GeneratedRegex(@"\b(?:Por|Escrito|Publicado|Actualizado|Actualización|Fecha|de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishCue();

    // "Written by X and Y", "By X", "Por X, Y y Z", "Escrito por X el 4 de marzo de 2023", "Autor: X".
    [GeneratedRegex(@"^(?:(?:(?:Written|Posted|Reported|Published)\s+)?[Bb]y\s*:?|(?:Escrito\s+|Publicado\s+)?[Pp]or\s*:?|Autor(?:a|es)?\s*:|Authors?\s*:)\s+(?<authors>\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|del|la|da|dos|van|von))*(?:\s*(?:,|\band\b|\by\b|&)\s*\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|del|la|da|dos|van|von))*)*)(?:\s+(?:el|on)\s+(?<date>.+))?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?:(?:Originally\s+)?(?:Posted|Published|Updated|Last\s+updated|Profile\s+published|Date|Publicado|Actualizado|Última\s+actualización|Ultima\s+actualizacion|Fecha)(?:\s+(?:on|el))?\s*:?\s*)?(?:(?:on|el)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lunes|Martes|Miércoles|Miercoles|Jueves|Viernes|Sábado|Sabado|Domingo),?\s+)?(?<date>.+?)(?:,?\s+(?:at\s+|a\s+las\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePiece();

    [GeneratedRegex(@"^(?:(?<month>\p{L}{3,10})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})|(?<day>\d{1,2})\s+(?:de\s+)?(?<month>\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?(?<year>\d{4})|(?<n1>\d{1,2})[/.\-](?<n2>\d{1,2})[/.\-](?<ny>\d{4})|(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})))$", RegexOptions.IgnoreCase)]
    private static partial Regex AnyDate();

    // Reading time, comment counts, buttons: pieces a byline row carries that say nothing.
    [GeneratedRegex(@"^(?:\d+\s*(?:min(?:ute)?s?\.?(?:\s+(?:read|de\s+lectura))?|minutos?(?:\s+de\s+lectura)?|comments?|comentarios?|responses?|respuestas?|shares?)|(?:Lectura|Reading\s+time|Tiempo\s+de\s+lectura)\s*:?\s*\d+\s*min(?:utos?|utes?)?\.?|Print|Email|E-mail|Share|Imprimir|Compartir|Enviar|Font\s+size|Tamaño\s+de\s+letra|Leave\s+a\s+comment|Deja\s+un\s+comentario|\d+|\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:h|hrs|horas))?(?:\s+\p{Lu}{2,4})?|(?:about\s+)?\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago|hace\s+\d+\s+(?:minutos?|horas?|d[íi]as?|semanas?))$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Ignorable();

    // The author's roles a byline may print beside the name, in either language: one list for the cheap
    // test that lets a line in and for the piece that is the role.
    private const string RoleNouns =
        @"writer|reporter|correspondent|editor|editora|contributor|journalist|columnist|analyst|investigator|researcher|"
        + @"corresponsal|redactor|redactora|periodista|colaborador|colaboradora|columnista|analista|investigador|investigadora|"
        + @"reportero|reportera|enviad[oa]\s+especial";

    [GeneratedRegex(@"(?:\||,)\s*(?:\p{L}+\s+)?(?:" + RoleNouns + @")(?:s|es|as)?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RoleWord();

    // "Staff writer", "Corresponsal", "Senior Investigator, Peru", "Andes Researcher", "corresponsal en
    // Arequipa": the author's role beside the name, with the words that qualify it and where it is held.
    private const string RolePhrase =
        @"(?:[\p{L}\-]+\s+){0,2}?(?:" + RoleNouns + @")(?:s|es|as)?\b(?:\s+(?:en|in|for|at|de|para|on)\s+[^,|]{1,40})?(?:\s*,\s*\p{Lu}[\p{L} ]{1,30})?";

    [GeneratedRegex("^" + RolePhrase + "$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AuthorRole();

    // The same role set after the name by a comma.
    [GeneratedRegex(@"\s*,\s*" + RolePhrase + "$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRole();

    /// <summary>"Jane Doe and John Roe", "María López": a line of personal names and nothing else.</summary>
    public static bool IsNamesOnly(string line) => line.Length <= 80 && NamesOnly().IsMatch(line);

    [GeneratedRegex(@"^(?!(?:By|Por|Written|Escrito)\b)\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:de|del|la|da|dos|van|von|\p{Lu}[\p{Ll}'’\-]+)){1,3}(?:\s*(?:,|\band\b|\by\b|&)\s*\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:de|del|la|da|dos|van|von|\p{Lu}[\p{Ll}'’\-]+)){1,3})*$")]
    private static partial Regex NamesOnly();

    /// <summary>The names of a names-only line.</summary>
    public static List<string> NamesIn(string line) => Authors(line);

    [GeneratedRegex(@"^(?:(?:Posted|Filed|Published)\s+in|Publicado\s+en|Secci[óo]n\s*:|Section\s*:)?\s*(?<section>Analysis|An[áa]lisis|Opini[óo]n|Briefs?|News(?:\s+Briefs)?|Noticias(?:\s+del\s+d[íi]a)?|Investigations?|Investigaci[óo]n(?:es)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedIn();

    [GeneratedRegex(@"\s*(?:,|\s(?:and|y|AND|Y|&)\s)\s*")]
    private static partial Regex AuthorSeparator();
}
