using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Parsing;

/// <summary>Tells a person's profile from a group's: by the factbox labels first (DOB, Group against
/// Leader, Founded, Size), then by how the lead introduces its subject.</summary>
public static partial class KindClassifier
{
    public static DocumentKind ProfileKind(IReadOnlyList<KeyValuePair<string, string>> factbox, string? lead, string? title = null)
    {
        var person = factbox.Count(f => ProfileVocabulary.IsPersonLabel(f.Key));
        var group = factbox.Count(f => ProfileVocabulary.IsGroupLabel(f.Key));
        if (person != group)
            return person > group ? DocumentKind.PersonProfile : DocumentKind.GroupProfile;
        // "Full Name, alias 'Nick'": groups have other names, but a page never heads or opens on a group with a nickname.
        if ((title is not null && (NameWithNickname().IsMatch(title) || NicknameInsideName().IsMatch(title)))
            || (lead is not null && NameWithNickname().IsMatch(lead)))
            return DocumentKind.PersonProfile;
        if (lead is null)
            return DocumentKind.GroupProfile;
        var personMatch = PersonLead().Match(lead);
        var groupMatch = GroupLead().Match(lead);
        // "es una red de traficantes": at the same verb, the nearer noun is the subject's.
        // "is a Jamaican gang leader": an English group noun that only qualifies the role after it ("una red de
        // traficantes" is the network's, and "una organización líder" a leading organization).
        if (personMatch.Success && (!groupMatch.Success || personMatch.Index < groupMatch.Index
            || (personMatch.Index == groupMatch.Index && (personMatch.Length <= groupMatch.Length
                || RoleAfterGroupNoun().IsMatch(lead.AsSpan(groupMatch.Index + groupMatch.Length, personMatch.Length - groupMatch.Length))))))
            return DocumentKind.PersonProfile;
        return DocumentKind.GroupProfile;
    }

    /// <summary>Nouns that say what a criminal is (lower case, as a regex alternation): a lead that calls
    /// its subject one of these is about a person.</summary>
    internal const string CriminalRoles =
        "trafficker|drug\\s+lord|kingpin|capo|leader|boss|commander|smuggler|extortionist|gunman|mobster|gangster|"
        + "narcotraficante|traficante|contrabandista|extorsionador|pistolero|guerrillero|pandillero|marero|g[aá]ngster|"
        + "l[ií]der|lideresa|jef[ea]|cabecilla|comandante|narcotraficanta|traficanta|contrabandista|pandillera|marera";

    /// <summary>Trades of a criminal economy a profile's lead may define a person by, besides the roles
    /// (lower case, as a regex alternation): no ordinary job ("operator", "broker") that a news lead
    /// gives a witness or a victim.</summary>
    internal const string CriminalTrades =
        "money\\s+launderer|launderer|financier|hitman|enforcer|ringleader|warlord|lavador|lavadora|financista|testaferro|sicario";

    /// <summary>Words for an outfit that are no group's designator (lower case, as a regex alternation).</summary>
    internal const string OutfitNouns = "structure|estructura|crew|posse";

    /// <summary>Nouns that say what a criminal group is (lower case, as a regex alternation).</summary>
    internal const string GroupNouns =
        "group|gang|cartel|organi[sz]ation|network|clan|militia|guerrilla|faction|syndicate|federation|mafia|"
        + "grupo|banda|pandilla|c[aá]rtel|organizaci[oó]n|red|milicia|facci[oó]n|federaci[oó]n";

    [GeneratedRegex(@"\b(?:was|is|has been|fue|es|era)\s+(?:a|an|the|one of the|one of its|un|una|el|uno de los)\s+(?:[\p{L}\-]+\s+){0,3}?(?:" + CriminalRoles + @"|head|chief|founder|co-founder|lord|member|lieutenant|politician|businessman|official|son|brother|daughter|wife|fundador|miembro|lugarteniente|pol[íi]tico|empresario|hijo|hermano|jef[ae]|fundadora|l[íi]deresa|hermana|hija|mujer|hombre|woman|man|sister|broker|" + CriminalTrades + @")(?:s|es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonLead();

    [GeneratedRegex(@"\b(?:was|is|are|were|has been|fue|es|son|eran)\s+(?:a|an|the|one of the|un|una|el|la|uno de los|una de las)\s+(?:[\p{L}\-]+\s+){0,4}?(?:" + GroupNouns + @"|family|familia|" + OutfitNouns + @")(?:s|es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLead();

    [GeneratedRegex(@"^\s+(?:leader|boss|chief|commander|kingpin|capo|enforcer|lieutenant|member|hitman|financier)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfterGroupNoun();

    // "Dwayne 'Blacka' Henriques": a title that is a name with the nickname inside it.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+\s+[""“‘'][^""”’']{1,30}[""”’']\s+\p{Lu}[\p{L}'’\-]+")]
    private static partial Regex NicknameInsideName();

    [GeneratedRegex(@"^[^,.]{3,60},\s*(?:alias|a\.k\.a\.|nicknamed|conocido\s+como|apodad[oa])\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameWithNickname();
}
