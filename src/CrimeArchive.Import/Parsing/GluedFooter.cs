namespace CrimeArchive.Import.Parsing;

/// <summary>Finds footer chrome glued to the end of the last paragraph when a capture lost the line
/// break between them (<c>…the ports.Was this content helpful?DONATE</c>).</summary>
public static class GluedFooter
{
    private static readonly string[] Markers =
    [
        "share icon", "SHARETweet", "Was this content helpful", "What are your thoughts?", "DONATE", "Related Content",
        "Latest News", "¿Te resultó útil", "¿Te sirvió", "¿Le sirvió", "¿Le resultó útil", "Contenido relacionado",
        "Apóyenos", "Apóyanos", "DONAR", "¿Qué opina", "¿Fue útil", "¿Este contenido", "Was this article", "Did you find this",
        "Advertisement", "ADVERTISEMENT", "Publicidad", "PUBLICIDAD",
    ];

    // Every paragraph is searched: one vectorized pass tells that none of the markers is there.
    private static readonly Text.WordSearch AnyMarker = new(Markers, StringComparison.Ordinal);

    /// <summary>Where glued footer chrome starts in the line, or -1. The text before it must end a
    /// sentence, and everything from it on must be chrome.</summary>
    public static int Start(string line)
    {
        if (!AnyMarker.IsIn(line))
            return -1;
        foreach (var marker in Markers)
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var before = line[..at].TrimEnd();
            var tail = line[at..];
            if (TitleText.EndsSentence(before) && ChromeFilter.Classify(tail) != ChromeKind.None)
                return at;
        }
        return -1;
    }
}
