using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>A profile's factbox states roles the prose may not repeat: in a group's, "Leader: X" makes X
/// the leader of the profiled group and "Founders: X and Y" its founders; in any profile, "Enemies: G"
/// and "Allies: G" make the subject G's rival or ally.</summary>
public static partial class FactboxRoles
{
    /// <summary>The subject of the profile stands on the other side of the tie.</summary>
    public sealed record FactboxRole(EntityDraft Holder, RelationshipType Type, string Value, int Start);

    public static List<FactboxRole> Find(ParsedDocument document, EntityRegistry registry, EntityDraft? subject)
    {
        var roles = new List<FactboxRole>();
        if (document.Kind is not (DocumentKind.GroupProfile or DocumentKind.PersonProfile) || subject is null
            || subject.IsPerson != (document.Kind == DocumentKind.PersonProfile))
            return roles;
        foreach (var (label, value) in document.Factbox)
        {
            var key = NameNormalizer.Normalize(label);
            RelationshipType type;
            EntityKind holderKind;
            if (!subject.IsPerson && TypeOf(key) is { } role)
                (type, holderKind) = (role, EntityKind.Person);
            else if (SideOf(key) is { } side)
                (type, holderKind) = (side, EntityKind.Group);
            else
                continue;
            var start = Math.Max(0, document.SourceText.IndexOf(value, StringComparison.Ordinal));
            foreach (var name in Separator().Split(value))
            {
                var holder = registry.FindOne(name.Trim(), holderKind);
                if (holder is not null && holder != subject)
                    roles.Add(new FactboxRole(holder, type, value, start));
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

    private static RelationshipType? SideOf(string label) => label switch
    {
        "enemies" or "rivals" or "enemigos" or "rivales" or "main rivals" or "principales rivales" => RelationshipType.RivalOf,
        "allies" or "aliados" or "alliances" or "alianzas" or "main allies" or "principales aliados" => RelationshipType.AllyOf,
        _ => null,
    };

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\by\b)\s*")]
    private static partial Regex Separator();
}
