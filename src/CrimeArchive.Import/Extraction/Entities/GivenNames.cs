using System.Collections.Frozen;
using System.Reflection;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Popular given names (tools/given-names), for telling a second first name from a
/// surname: "Tadeo Ignacio Lerma" has two first names, "Eloy Quispe Lanza" two surnames. A word
/// that is as often a surname (Cruz, Santos) is not in the list, so it answers no.</summary>
public static class GivenNames
{
    private static readonly FrozenSet<string> Names = Read();

    public static bool Contains(string word) => Names.Contains(NameWords.Key(word));

    private static FrozenSet<string> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CrimeArchive.Entities.given-names.txt")
            ?? throw new InvalidOperationException("Embedded resource CrimeArchive.Entities.given-names.txt is missing.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                names.Add(line);
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
