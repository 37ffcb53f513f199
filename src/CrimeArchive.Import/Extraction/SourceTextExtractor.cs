using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

/// <summary>The whole extraction step for one text: parse, then find entities and links.</summary>
public static class SourceTextExtractor
{
    public static Extraction Extract(string text, KnownNames? known = null) =>
        EntityExtractor.Extract(SourceTextParser.Parse(text), known);
}
