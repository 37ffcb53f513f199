using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Tells a person's profile from a group's: by the factbox labels first (DOB, Group against
/// Leader, Founded, Size), then by how the lead introduces its subject.</summary>
public static partial class KindClassifier
{
    public static DocumentKind ProfileKind(IReadOnlyList<KeyValuePair<string, string>> factbox, string? lead)
    {
        var person = factbox.Count(f => ProfileVocabulary.IsPersonLabel(f.Key));
        var group = factbox.Count(f => ProfileVocabulary.IsGroupLabel(f.Key));
        if (person != group)
            return person > group ? DocumentKind.PersonProfile : DocumentKind.GroupProfile;
        if (lead is null)
            return DocumentKind.GroupProfile;
        var personMatch = PersonLead().Match(lead);
        var groupMatch = GroupLead().Match(lead);
        if (personMatch.Success && (!groupMatch.Success || personMatch.Index <= groupMatch.Index))
            return DocumentKind.PersonProfile;
        return DocumentKind.GroupProfile;
    }

    [GeneratedRegex(@"\b(?:was|is|has been|fue|es|era)\s+(?:a|an|the|one of the|one of its|un|una|el|uno de los)\s+(?:[\p{L}\-]+\s+){0,3}?(?:leader|boss|head|chief|commander|founder|co-founder|trafficker|kingpin|capo|drug lord|lord|member|lieutenant|financier|hitman|politician|businessman|official|son|brother|daughter|wife|l[íi]der|jefe|cabecilla|comandante|fundador|narcotraficante|capo|miembro|lugarteniente|sicario|pol[íi]tico|empresario|hijo|hermano|jef[ae]|fundadora|l[íi]deresa|hermana|hija|mujer|hombre|woman|man|sister)(?:s|es)?\b|^[^,.]{3,60},\s*(?:alias|a\.k\.a\.|nicknamed|conocido\s+como|apodad[oa])\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonLead();

    [GeneratedRegex(@"\b(?:was|is|are|were|has been|fue|es|son|eran)\s+(?:a|an|the|one of the|un|una|el|la|uno de los|una de las)\s+(?:[\p{L}\-]+\s+){0,4}?(?:group|gang|cartel|organization|organisation|network|clan|family|militia|guerrilla|faction|structure|syndicate|federation|mafia|grupo|banda|pandilla|cartel|cártel|organización|red|clan|familia|milicia|guerrilla|facción|estructura)(?:s|es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLead();
}
