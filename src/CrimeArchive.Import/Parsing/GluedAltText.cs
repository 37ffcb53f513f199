using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Parsing;

/// <summary>Cuts a chart's alt text glued to the end of a paragraph with no space
/// (<c>…remain at large.chart of the network</c>).</summary>
public static partial class GluedAltText
{
    private static readonly HashSet<string> GraphicWords = ["chart", "graph", "map", "graphic", "infographic", "table", "diagram", "gráfico", "mapa", "tabla"];

    private static readonly HashSet<string> DomainEndings = ["com", "org", "net", "gov", "edu", "info", "html", "php"];

    private static readonly char[] SentenceStops = ['.', '!', '?'];

    public static bool IsGraphicWord(string word) => GraphicWords.Contains(word.ToLowerInvariant());

    /// <summary>The length of the paragraph without a glued alt text; the whole length when there is none.</summary>
    public static int KeptLength(string paragraph)
    {
        // "…doubled (see chart below)homicides by province bar chart": glued after a pointer's parenthesis.
        var close = paragraph.LastIndexOf(')');
        if (close > 0 && close + 1 < paragraph.Length && char.IsLower(paragraph[close + 1]))
        {
            var glued = paragraph[(close + 1)..].TrimEnd('.', ' ');
            var lastWord = glued[(glued.LastIndexOf(' ') + 1)..];
            if (glued.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-') && LineReader.CountWords(glued) is >= 2 and <= 8 && GraphicWords.Contains(lastWord))
                return close + 1;
        }
        // "…in the capital."Photo: National Police", "…la frontera.(Foto: Ejército)": a credit glued after the stop.
        if (GluedCredit.Match(paragraph) is { Success: true } credit)
            return credit.Index + 1 + credit.Groups["quote"].Length;
        var stop = paragraph.LastIndexOfAny(SentenceStops);
        if (stop < 2 || stop == paragraph.Length - 1)
            return paragraph.Length;
        // The word before the stop must be a real word or number, a decade included ("…in the 1990s.harbor flights
        // chart"), not an initial (U.S.based); a pointer's parenthesis or a quote may close it ("…(see the graph
        // below).killings by year chart").
        var end = stop - 1;
        while (end > 1 && paragraph[end] is ')' or '"' or '”' or '’' or '»')
            end--;
        if (!(char.IsLetter(paragraph[end]) && char.IsLetterOrDigit(paragraph[end - 1])) && !char.IsDigit(paragraph[end]))
            return paragraph.Length;
        var cut = stop + 1;
        while (cut < paragraph.Length && paragraph[cut] is '"' or '”' or '’' or ')')
            cut++;
        if (cut >= paragraph.Length || !char.IsLetter(paragraph[cut]))
            return paragraph.Length;
        var tail = paragraph[cut..];
        if (!tail.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-'))
            return paragraph.Length;
        var words = LineReader.CountWords(tail);
        // "…of Puerto Azul.XYZ Sierra map", "….Border seizures graph 2018-2022": a capitalized alt text only
        // when it ends by saying what it shows, give or take the years it covers.
        if (char.IsUpper(paragraph[cut]))
            return words is >= 2 and <= 9 && GraphicWords.Contains(LastWordBeforeYears(tail).ToLowerInvariant()) ? cut : paragraph.Length;
        // A stop followed by a lower-case word with no space is no prose: alt texts run to fifteen words or so.
        var alt = words is >= 2 and <= 15 || (words == 1 && tail.Length >= 4 && !DomainEndings.Contains(tail));
        return alt ? cut : paragraph.Length;
    }

    private static string LastWordBeforeYears(string tail)
    {
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 0 && YearOrSpan().IsMatch(words[last]))
            last--;
        return words[last];
    }

    [GeneratedRegex(@"^\d{4}(?:-\d{2,4})?$")]
    private static partial Regex YearOrSpan();

    [GeneratedRegex(@"[.!?](?<quote>[""”’)]?)\(?(?:Photo|Foto|Image|Imagen|Credit|Cr[ée]dito|Fotograf[íi]a)s?\s*:\s*[^.!?]{1,80}\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedCreditPattern();
    private static readonly CuedRegex GluedCredit = new(GluedCreditPattern());
}
