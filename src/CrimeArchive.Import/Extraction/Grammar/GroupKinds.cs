using CrimeArchive.Data.Text;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>What kind of group a noun names, the same in English and Spanish ("front" and "frente",
/// "faction" and "facción"). Nouns any group answers to ("group", "organización") have no kind.</summary>
public static class GroupKinds
{
    private static readonly Dictionary<string, string> Kinds = Build(
        ("front", ["front", "frente"]),
        ("faction", ["faction", "faccion", "wing", "ala"]),
        ("cell", ["cell", "celula", "sintonia"]),
        ("clique", ["clique", "clica", "clika"]),
        ("program", ["program", "programa"]),
        ("cartel", ["cartel"]),
        // A family and its clan are one group more often than not.
        ("family", ["family", "familia", "clan"]),
        ("bloc", ["bloc", "bloque"]),
        ("column", ["column", "columna"]),
        ("militia", ["militia", "milicia", "militias", "milicias"]),
        ("guerrilla", ["guerrilla", "guerrillas", "insurgency", "insurgencia"]),
        ("army", ["army", "ejercito"]),
        ("gang", ["gang", "pandilla", "banda", "crew", "mara", "posse"]),
        ("syndicate", ["syndicate", "sindicato"]),
        ("network", ["network", "red", "ring"]),
        ("coalition", ["coalition", "coalicion", "alliance", "alianza", "federation", "federacion", "confederation", "confederacion"]),
        ("command", ["command", "comando"]));

    private static Dictionary<string, string> Build(params (string Kind, string[] Nouns)[] kinds)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, nouns) in kinds)
            foreach (var noun in nouns)
                map[noun] = kind;
        return map;
    }

    public static string? Of(string noun) =>
        Kinds.TryGetValue(noun, out var kind) ? kind : Kinds.GetValueOrDefault(NameNormalizer.Normalize(noun));

    /// <summary>Whether a word of the name says the group is of that kind ("Frente Sur" a front).</summary>
    public static bool Names(string name, string kind) => InName(name).Contains(kind);

    /// <summary>The kinds the words of a name say a group is.</summary>
    public static HashSet<string> InName(string name)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var words = NameNormalizer.Normalize(name).Split(' ');
        foreach (var word in words)
            if (Of(word) is { } kind)
                kinds.Add(kind);
        // "Tolvaneras Locos 22": "Locos" after a name's first word marks a street gang's clique.
        if (words.Skip(1).Contains("locos"))
            kinds.Add("clique");
        return kinds;
    }
}
