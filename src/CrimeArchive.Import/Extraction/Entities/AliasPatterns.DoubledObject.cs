using System.Text.RegularExpressions;

namespace CrimeArchive.Import.Extraction.Entities;

/// <summary>Spanish doubles an object named before the verb with a pronoun: "A Evaristo lo llaman “el Mayor” y a
/// Ladislao “el Chico”". The nickname is the named person's, not that of whoever the pronoun would stand for alone.</summary>
public static partial class AliasPatterns
{
    private static IEnumerable<AliasStatement> DoubledObjectNicknames(SentenceInfo info)
    {
        var text = info.Sentence.Text;
        for (var m = NamedObjectCalled().Match(text); m.Success; m = DoubledObjectAgain().Match(text, m.Index + m.Length))
        {
            // "le dicen «Usted miente»" is speech: after "dicen", only a name is a nickname.
            var nick = m.Groups["nick"];
            if (m.Groups["says"].Success && !SaidName().IsMatch(nick.Value))
                continue;
            if (!char.IsUpper(nick.Value[0]) && NameWords.Key(nick.Value.Split(' ')[0]) is not ("el" or "la"))
                continue;
            // The finder may have read a capitalised "A" opening the sentence into the name: the owner is the words after it.
            var name = m.Groups["name"];
            var first = info.Words.FindIndex(w => w.Start == info.Sentence.Start + name.Index);
            var last = info.Words.FindIndex(w => w.End == info.Sentence.Start + name.Index + name.Length);
            if (first < 0 || last < first)
                continue;
            var owner = new NameSpan(info.Sentence, info.Words.GetRange(first, last - first + 1), first);
            var nickStart = info.Sentence.Start + nick.Index;
            yield return new AliasStatement(owner, nick.Value.Trim(), nickStart, info.Spans.FirstOrDefault(s => s.Start == nickStart), null);
        }
    }

    // "A Evaristo", "a Evaristo, sus socios": the object named before the pronoun.
    private const string DoubledObject = @"(?<![\p{L}\-])[Aa]\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3})";
    private const string SubjectBeforePronoun = @"\s*,?\s*(?:(?:todos|muchos|sus\s+\p{Ll}+|los\s+\p{Ll}+)\s+)?";

    [GeneratedRegex(DoubledObject + SubjectBeforePronoun + @"(?:lo|la|le)\s+(?:llaman|llamaban|apodan|apodaban|apodaron|conocen\s+como|conoc[íi]an\s+como|(?<says>dicen|dec[íi]an))\s+[“""«](?<nick>[^“”""«»]{1,30}?)[,.]?[”""»]")]
    private static partial Regex NamedObjectCalled();

    [GeneratedRegex(@"\G\s*,?\s*y\s+" + DoubledObject + @"\s*,?\s+[“""«](?<nick>[^“”""«»]{1,30}?)[,.]?[”""»]")]
    private static partial Regex DoubledObjectAgain();

    [GeneratedRegex(@"^(?:(?:el|la|El|La)\s+)?\p{Lu}\p{Ll}+$")]
    private static partial Regex SaidName();

    // "A Evaristo lo llaman", "Al primero lo apodan", "al segundo, …": the pronoun doubles an object named before it.
    [GeneratedRegex(@"(?:" + DoubledObject + @"|\b[Aa]l\s+(?:primero|segundo|tercero|mayor|menor|otro|[úu]ltimo)|\b[Aa]\s+(?:est[ea]|es[ea]|aquel|aquella)(?:\s+[úu]ltim[oa])?)" + SubjectBeforePronoun + "$")]
    private static partial Regex DoubledObjectBefore();
}
