using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Parsing;

/// <summary>Builds test texts in the seeds' shape: lines separated by blank lines.</summary>
internal static class Texts
{
    public static string Lines(params string[] lines) => string.Join("\n\n", lines);

    public static ParsedDocument Parse(params string[] lines) => SourceTextParser.Parse(Lines(lines));

    public static string AllText(ParsedDocument doc) =>
        string.Join("\n", doc.AllBlocks.Select(b => b.Text).Concat(doc.Sections.Select(s => s.Heading)));

    public const string Lead =
        "Police in northern Honduras have arrested a man accused of running the Valle family's cocaine routes, according to local press reports.";

    public const string Second =
        "The suspect was detained at a checkpoint near San Pedro Sula, where officers found two rifles and a large sum of cash in his truck.";

    public const string Third =
        "Prosecutors say the clan moved cocaine from the Guatemalan border to the Caribbean coast for more than a decade before the arrests began.";
}
