using System.Text.RegularExpressions;
using CrimeArchive.Import.Text;

namespace CrimeArchive.Import.Extraction.Entities;

public sealed record FoundFact(EntityDraft Entity, string Value, Sentence Sentence);

/// <summary>A person's status as a sentence states it right after naming them: "was arrested",
/// "surrendered", "was extradited", "was killed", "is alive". A denial in the sentence ("denied
/// reports that … surrendered", "had not", "was a bodyguard") turns a capture or death into its
/// contrary ("Alive", "At large"), or drops it. Conservative on purpose: one person, the verb close to the name.</summary>
public static partial class StatusRules
{
    [GeneratedRegex(@"^[^.;]{0,160}?\b(?:(?<alive>is\s+alive|is\s+still\s+alive|remains\s+at\s+large|is\s+still\s+at\s+large)|(?<Extradited>(?:was|has\s+been|had\s+been)\s+extradited)|(?<Surrendered>(?:has\s+)?surrendered|handed\s+himself\s+(?:over|in)|turned\s+himself\s+in|gave\s+himself\s+up|se\s+entreg[oó])|(?<Escaped>(?:has\s+)?escaped|fled\s+(?:from\s+)?prison)|(?<Killed>(?:was|has\s+been)\s+(?:killed|shot\s+dead|murdered|assassinated)|died)|(?<Captured>(?:was|has\s+been|had\s+been)\s+(?:arrested|captured|detained|recaptured)|fue\s+(?:capturad|detenid)[oa])|(?<Released>(?:was|has\s+been)\s+released)|(?<Sentenced>(?:was|has\s+been)\s+sentenced))\b")]
    private static partial Regex StatusAfterNamePattern();
    private static readonly CuedRegex StatusAfterName = new(StatusAfterNamePattern());

    // "Soldiers captured Felipe Aranda", "police have recaptured X".
    [GeneratedRegex(@"\b(?:(?<Captured>arrested|captured|recaptured|detained|capturaron|detuvieron)|(?<Killed>killed|shot\s+dead|mataron)|(?<Extradited>extradited))\s+(?:a\s+)?$")]
    private static partial Regex StatusBeforeNamePattern();
    private static readonly CuedRegex StatusBeforeName = new(StatusBeforeNamePattern());

    [GeneratedRegex(@"\b(?:denied|denies|false|not\s+true|had\s+not|has\s+not|did\s+not|was\s+a\s+(?:bodyguard|relative|decoy)|desminti[oó])\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenialPattern();
    private static readonly CuedRegex Denial = new(DenialPattern());

    private static readonly string[] Values = ["alive", "Extradited", "Surrendered", "Escaped", "Killed", "Captured", "Released", "Sentenced"];

    /// <summary>What a denial of a status states instead: a denied death means alive, a denied capture,
    /// surrender or extradition means still at large; other denials state nothing.</summary>
    private static string Contrary(string value) => value switch
    {
        "Killed" => "Alive",
        "Captured" or "Surrendered" or "Extradited" => "At large",
        _ => "",
    };

    public static List<FoundFact> Find(List<SentenceInfo> sentences, List<SentenceMention>[] mentions)
    {
        var facts = new List<FoundFact>();
        foreach (var info in sentences)
        {
            var people = mentions[info.Index].Where(m => m.Entity.IsPerson).ToList();
            if (people.Count == 0 || people.Select(m => m.Entity).Distinct().Count() > 2)
                continue;
            var s = info.Sentence;
            var denied = Denial.IsMatch(s.Text);
            foreach (var m in people.GroupBy(p => p.Entity).Select(g => g.First()))
            {
                var match = StatusAfterName.Match(s.Text, m.End - s.Start, s.Text.Length - (m.End - s.Start));
                if (!match.Success)
                {
                    var from = Math.Max(0, m.Start - s.Start - 40);
                    match = StatusBeforeName.Match(s.Text, from, m.Start - s.Start - from);
                }
                if (!match.Success)
                    continue;
                var value = Values.First(v => match.Groups[v].Success);
                if (value == "alive")
                    value = "Alive";
                else if (denied)
                    value = Contrary(value);
                if (value.Length > 0)
                    facts.Add(new FoundFact(m.Entity, value, s));
            }
        }
        return facts;
    }
}
