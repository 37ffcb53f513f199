using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

// A nickname the text uses before it says whose it is: "a commander calling himself “Cuchilla” … Military
// intelligence identifies Cuchilla as Jhon Fredy Salamanca Ortiz", "the Banda del Pran Tito. Tito is José
// Alberto Mendible Rojas".
public sealed partial class EntityDiscovery
{
    private void ReadNicknameEquations(SentenceInfo info, int index)
    {
        var text = info.Sentence.Text;
        if (!MayEquateNickname().IsMatch(text))
            return;
        foreach (Match m in NicknameEquation.Matches(text))
        {
            var nick = m.Groups["nick"].Value;
            var nameAt = info.Sentence.Start + m.Index + m.Length;
            if (info.Spans.FirstOrDefault(s => s.Start == nameAt) is not { Count: >= 2 } named
                || registry.FindOne(named.Surface, EntityKind.Person) is not { } person
                || registry.Find(nick).Count > 0 || NameWords.IsPlace(nick) || NameWords.IsStopWord(nick) || NameWords.IsTitle(nick)
                || person.NameWords.Contains(NameWords.Key(nick)) || !UsedBefore(nick, index) || !EndsClause(text, named.End - info.Sentence.Start))
                continue;
            AddNickname(person, nick);
        }
    }

    // The nickname stands in an earlier sentence, alone or in a name ("the Banda del Pran Tito").
    private bool UsedBefore(string nick, int index)
    {
        for (var k = 0; k < index; k++)
        {
            var text = sentences[k].Sentence.Text;
            for (var at = text.IndexOf(nick, StringComparison.Ordinal); at >= 0; at = text.IndexOf(nick, at + 1, StringComparison.Ordinal))
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + nick.Length == text.Length || !char.IsLetter(text[at + nick.Length])))
                    return true;
        }
        return false;
    }

    // "Tito is José Alberto Mendible Rojas." but not "Tito is José Alberto Mendible Rojas's cousin": the name closes its clause.
    private static bool EndsClause(string text, int end) =>
        end >= text.Length || text.AsSpan(end).TrimStart() is var rest && (rest.IsEmpty || rest[0] is ',' or '.' or ';' or ':' or ')');

    [GeneratedRegex(@"(?:\b(?:identif(?:y|ies|ied|ying)|identific(?:a|an|aron|ó)\s+a)\s+[“""«]?(?<nick>\p{Lu}[\p{L}\-]+)[”""»]?\s+(?:as|como)|(?:^|(?<=[;:]\s)|\b(?:that|believe|believes|believed|say|says|said|que|creen|cree)\s+)[“""«]?(?<nick>\p{Lu}[\p{L}\-]+)[”""»]?\s+(?:is|was|es|era|ser[íi]a)(?:\s+(?:in\s+fact|actually|really|en\s+realidad))?)\s+(?=\p{Lu})")]
    private static partial Regex NicknameEquationPattern();
    private static readonly CuedRegex NicknameEquation = new(NicknameEquationPattern());

    // What each shape of an equation holds: "identif…", or a capitalized word before its copula and a space. The
    // equation's own cue words ("is", "es") are in nearly every sentence, and its openings ("that", "que", a clause's
    // start) let it be tried almost everywhere; this is tried only where a capital starts a word.
    [GeneratedRegex(@"identif|\p{Lu}[\p{L}\-]+[”""»]?\s+(?:is|was|es|era|ser[íi]a)\s")]
    private static partial Regex MayEquateNickname();
}
