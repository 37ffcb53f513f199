using System.Text;
using System.Text.RegularExpressions;

namespace CrimeArchive.Benchmarks.Search;

/// <summary>The cast of one text: its group and rival, one or two people, its country.</summary>
internal sealed record TextCast(GroupNaming Group, GroupNaming Rival, PersonNaming Person, PersonNaming? Second, SearchCountry Country, int Year);

/// <summary>Writes the sentences of one text: frames of the phrasebook filled with the text's
/// names and with runs of words drawn from the language's Zipf vocabulary.</summary>
internal sealed partial class ProseWriter(Random random, SearchVocabulary vocabulary, Phrasebook book, TextCast cast)
{
    // Drawn words never stand next to a name when they would make it a group's name or a group
    // ("Tamuro members", "gang, El Tamuro"), a newspaper ("Pérez reported"), a place ("in Pérez") or
    // not a person ("the Pérez").
    private static readonly HashSet<string> GroupCues =
    [
        "cartel", "cartels", "clan", "family", "gang", "gangs", "group", "groups", "members", "member", "leader", "leaders", "boss",
        "bosses", "cell", "cells", "criminal", "drug", "network", "faction", "factions", "structure", "brothers", "rival", "rivals",
        "ally", "allies", "war", "alliance", "coalition", "like", "as", "such", "familia", "pandilla", "pandillas", "grupo", "grupos",
        "red", "banda", "guerra", "alianza", "aliados", "rivales", "jefe", "líder", "líderes", "miembros", "como", "célula", "facción",
        "organization", "leadership", "stronghold", "syndicate", "operations", "operatives", "militia", "mafia", "crew", "crews",
        "commander", "commanders", "founder", "founders", "hitmen", "territory", "turf", "chief", "chiefs",
    ];

    // "Pérez, the ~ gang" would make Pérez a group: no article opens a run after a name either.
    private static readonly HashSet<string> NotAfterName = [.. GroupCues, "the", "a", "an", "one", "reported", "reports", "report", "y", "de", "del", "la", "los", "las"];

    private static readonly HashSet<string> NotBeforeName =
        [.. GroupCues, "the", "a", "an", "in", "near", "en", "el", "la", "los", "las", "un", "una", "de", "del", "of", "daily", "told", "reported"];

    public string Lead() => Write(Pick(book.Leads));

    /// <summary>A sentence naming the text's entities (about a third of the text) or none.</summary>
    public string Body()
    {
        if (random.NextDouble() < 0.32)
        {
            var frame = Pick(book.Frames);
            if (cast.Second is null && frame.Contains("{Q}", StringComparison.Ordinal))
                frame = book.Frames[0];
            return Write(frame);
        }
        return Write(Pick(book.Openers) + " ~ ~ ~.");
    }

    private string Write(string frame)
    {
        var text = new StringBuilder();
        for (var i = 0; i < frame.Length; i++)
        {
            var c = frame[i];
            if (c == '~')
            {
                text.Append(Words(1 + random.Next(6)));
                continue;
            }
            if (c != '{')
            {
                text.Append(c);
                continue;
            }
            var close = frame.IndexOf('}', i);
            var token = frame[(i + 1)..close];
            i = close;
            var after = close + 1 < frame.Length ? frame[close + 1] : '.';
            switch (token)
            {
                case "P" or "Q":
                    var (name, consumed) = (token == "P" ? cast.Person : cast.Second!).Next(after);
                    text.Append(name);
                    if (consumed)
                        i++;
                    break;
                case "G" or "R" or "dG" or "dR" or "aG" or "aR":
                    var beforeAnotherName = AnotherNameNext().IsMatch(frame.AsSpan(close + 1));
                    text.Append(Contract(token.Length == 2 ? token[0] : ' ', (token[^1] == 'G' ? cast.Group : cast.Rival).Next(beforeAnotherName)));
                    break;
                case "C":
                    text.Append(cast.Country.Cities[random.Next(cast.Country.Cities.Count)]);
                    break;
                case "N":
                    text.Append(cast.Country.Name(book.Language));
                    break;
                case "Y":
                    text.Append(cast.Year - random.Next(8));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown token {{{token}}} in a frame");
            }
        }
        var sentence = text.ToString();
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    /// <summary>Spanish "de" or "a" before a name: "del Cartel de Tamarón", "al CTM", "de Los Peñaleros".</summary>
    public static string Contract(char preposition, string name) => preposition switch
    {
        'd' => name.StartsWith("el ", StringComparison.Ordinal) ? "del " + name[3..] : "de " + name,
        'a' => name.StartsWith("el ", StringComparison.Ordinal) ? "al " + name[3..] : "a " + name,
        _ => name,
    };

    private string Words(int count)
    {
        var words = new List<string>(count + 2);
        for (var i = 0; i < count; i++)
        {
            var word = vocabulary.Sample(random);
            // Now and then a comma, as prose has; never the same word twice in a row.
            if (words.Count > 0 && word == words[^1].TrimEnd(','))
                word = vocabulary.Sample(random);
            words.Add(i > 0 && i < count - 1 && random.NextDouble() < 0.06 ? word + "," : word);
        }
        for (var tries = 0; tries < 8 && NotAfterName.Contains(words[0].TrimEnd(',')); tries++)
            words[0] = vocabulary.Sample(random);
        for (var tries = 0; tries < 8 && NotBeforeName.Contains(words[^1]); tries++)
            words[^1] = vocabulary.Sample(random);
        return string.Join(' ', words);
    }

    private string Pick(string[] options) => options[random.Next(options.Length)];

    [GeneratedRegex(@"^\s*(?:and|or|y|o|como)\s+\{")]
    private static partial Regex AnotherNameNext();
}
