namespace CrimeArchive.Data;

/// <summary>The one name readers see for each kind of article.</summary>
public static class ArticleKinds
{
    public static string DisplayName(this ArticleKind kind) => kind switch
    {
        ArticleKind.Brief => "Brief",
        ArticleKind.Analysis => "Analysis",
        ArticleKind.Investigation => "Investigation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind of article has no display name."),
    };
}
