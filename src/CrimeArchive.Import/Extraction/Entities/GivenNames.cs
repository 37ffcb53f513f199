using System.Collections.Frozen;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Popular given names (tools/given-names), for telling a second first name from a
/// surname: "Tadeo Ignacio Lerma" has two first names, "Eloy Quispe Lanza" two surnames. A word
/// that is as often a surname (Cruz, Santos) is not in the list, so it answers no.</summary>
public static class GivenNames
{
    private static readonly FrozenSet<string> Names = Read();

    public static bool Contains(string word) => Names.Contains(NameWords.Key(word));

    private static FrozenSet<string> Read() =>
        Places.Gazetteer.ReadResourceLines("CrimeArchive.Entities.given-names.txt").ToFrozenSet(StringComparer.Ordinal);
}
