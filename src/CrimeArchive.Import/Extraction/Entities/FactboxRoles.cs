using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A group profile's factbox states roles the prose may not repeat: "Leader: X" makes X the
/// leader of the profiled group, "Founders: X and Y" its founders.</summary>
public static partial class FactboxRoles
{
    public sealed record FactboxRole(EntityDraft Person, RelationshipType Type, string Value, int Start);

    public static List<FactboxRole> Find(ParsedDocument document, EntityRegistry registry, EntityDraft? subject)
    {
        var roles = new List<FactboxRole>();
        if (document.Kind != DocumentKind.GroupProfile || subject is null || subject.IsPerson)
            return roles;
        foreach (var (label, value) in document.Factbox)
        {
            var type = TypeOf(NameNormalizer.Normalize(label));
            if (type is null)
                continue;
            var start = Math.Max(0, document.SourceText.IndexOf(value, StringComparison.Ordinal));
            foreach (var name in Separator().Split(value))
            {
                var person = registry.FindOne(name.Trim(), EntityKind.Person);
                if (person is not null)
                    roles.Add(new FactboxRole(person, type.Value, value, start));
            }
        }
        return roles;
    }

    private static RelationshipType? TypeOf(string label) => label switch
    {
        "leader" or "leaders" or "lider" or "lideres" or "boss" or "head" or "jefe" or "cabecilla" => RelationshipType.LeaderOf,
        "founder" or "founders" or "founded by" or "fundador" or "fundadores" or "fundado por" => RelationshipType.Founded,
        _ => null,
    };

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\by\b)\s*")]
    private static partial Regex Separator();
}
