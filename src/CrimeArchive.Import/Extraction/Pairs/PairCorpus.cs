using System.Text.Json;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>Training examples for <see cref="PairTrainer"/>: every pair of names the extractor
/// finds, with the clause rules alone, in annotated texts, labelled by the annotation or "no tie".
/// Two sources: annotated sentences (JSON Lines with text, groups, people, relationships and
/// "same" for two names of one entity; the corpus folder beside this file) and whole texts in the
/// scorer's gold format, whose ties are labelled wherever the two ends meet.</summary>
public sealed class PairCorpus
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public List<(string[] Features, PairLabel Label)> Examples { get; } = [];
    public int Texts { get; private set; }
    /// <summary>Annotated sentence ties whose two ends the extractor did not both find.</summary>
    public int Unmatched { get; private set; }
    public List<string> Problems { get; } = [];

    private sealed record Tie(string Subject, string Type, string Object);

    private sealed record Item(string Text, List<string>? Groups, List<string>? People, List<Tie>? Relationships, List<List<string>>? Same);

    private sealed record GoldEntity(string Name, List<string>? Aliases);

    private sealed record GoldText(string File, List<GoldEntity>? Groups, List<GoldEntity>? People, List<Tie>? Relationships);

    public void AddSentences(string name, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            Item? item;
            try
            {
                item = JsonSerializer.Deserialize<Item>(line, Json);
            }
            catch (JsonException e)
            {
                Problems.Add($"{name}: skipped a line that is not an item: {e.Message}");
                continue;
            }
            if (item?.Text is null)
                continue;
            Texts++;
            AddSentence(item);
        }
    }

    public void AddDocuments(string goldJson, string textsFolder)
    {
        var texts = JsonSerializer.Deserialize<List<GoldText>>(File.ReadAllText(goldJson), Json) ?? [];
        foreach (var text in texts)
        {
            var path = Path.Combine(textsFolder, text.File);
            if (!File.Exists(path))
            {
                Problems.Add($"{path}: not found, skipped");
                continue;
            }
            Texts++;
            AddDocument(text, File.ReadAllText(path));
        }
    }

    private void AddSentence(Item item)
    {
        var document = SourceTextParser.Parse("Annotated sentence\n\n" + item.Text + "\n");
        var pairs = new List<(ExtractedEntity First, ExtractedEntity Second, PairCandidate Pair)>();
        EntityExtractor.Extract(document, null, null, pairs);
        var same = (item.Same ?? []).Where(s => s.Count == 2).ToList();
        bool Names(ExtractedEntity e, string name)
        {
            var wanted = new HashSet<string> { NameNormalizer.Normalize(name) };
            foreach (var s in same.Where(s => s.Contains(name)))
                wanted.UnionWith(s.Select(NameNormalizer.Normalize));
            return wanted.Contains(NameNormalizer.Normalize(e.Name)) || e.Aliases.Any(a => wanted.Contains(NameNormalizer.Normalize(a)));
        }
        var matched = 0;
        foreach (var (first, second, pair) in pairs)
        {
            var label = Label(item.Relationships, first, second, (e, name) => Names(e, name));
            matched += label == PairLabel.None ? 0 : 1;
            Examples.Add((pair.Features, label));
        }
        Unmatched += Math.Max(0, (item.Relationships?.Count ?? 0) - matched);
    }

    private void AddDocument(GoldText gold, string source)
    {
        var document = SourceTextParser.Parse(source);
        if (document.SkipReason is not null)
            return;
        var pairs = new List<(ExtractedEntity First, ExtractedEntity Second, PairCandidate Pair)>();
        EntityExtractor.Extract(document, null, null, pairs);
        var annotated = (gold.Groups ?? []).Concat(gold.People ?? [])
            .Select(e => (e.Name, Keys: (e.Aliases ?? []).Append(e.Name).Select(NameNormalizer.Normalize).ToHashSet())).ToList();
        bool Names(ExtractedEntity e, string name)
        {
            var keys = e.Aliases.Append(e.Name).Select(NameNormalizer.Normalize).ToHashSet();
            return annotated.FirstOrDefault(a => a.Keys.Overlaps(keys)).Name == name;
        }
        foreach (var (first, second, pair) in pairs)
            Examples.Add((pair.Features, Label(gold.Relationships, first, second, Names)));
    }

    private static PairLabel Label(List<Tie>? ties, ExtractedEntity first, ExtractedEntity second, Func<ExtractedEntity, string, bool> names)
    {
        foreach (var tie in ties ?? [])
        {
            if (Type(tie.Type) is not { } type)
                continue;
            var forward = names(first, tie.Subject) && names(second, tie.Object);
            if (forward || names(second, tie.Subject) && names(first, tie.Object))
                return PairLabels.Of(type, forward, first.Kind == EntityKind.Group && second.Kind == EntityKind.Group);
        }
        return PairLabel.None;
    }

    private static RelationshipType? Type(string type) => type switch
    {
        "leader-of" => RelationshipType.LeaderOf,
        "member-of" => RelationshipType.MemberOf,
        "founded" => RelationshipType.Founded,
        "rival-of" => RelationshipType.RivalOf,
        "ally-of" => RelationshipType.AllyOf,
        "sibling-of" => RelationshipType.SiblingOf,
        _ => null,
    };
}
