using System.Text.Json.Nodes;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>Alias sets counted on the forms the text itself uses. An annotation may give an entity a
/// form the text never writes (seed 003 gives "Javier Antonio Calle Serna" the alias "Javier", but the
/// text only says "his brother Javier"); no extraction of that text can produce such a form, so the
/// target "every alias set kept together" is checked on the forms present in the text.</summary>
public static class TextAliasSets
{
    public static (int Kept, int Total, List<string> NotKept) Check(string corpus)
    {
        var gold = ExtractionCorpus.LoadGold(FixturePaths.Gold(corpus));
        var folder = FixturePaths.Texts(corpus);
        var predictions = ExtractionCorpus.ParseJsonLines(string.Join("\n", ExtractionCorpus.ExtractLines(folder)));
        var (kept, total, notKept) = (0, 0, new List<string>());
        foreach (var (file, g) in gold)
        {
            if (g["reject"] is JsonValue || !predictions.TryGetValue(file, out var p))
                continue;
            var text = ScoreNames.Norm(File.ReadAllText(Path.Combine(folder, file)));
            foreach (var kind in new[] { "groups", "people" })
            {
                var predicted = (p[kind] as JsonArray ?? []).Select(ScoreNames.Names).ToList();
                foreach (var entity in g[kind] as JsonArray ?? [])
                {
                    var forms = ScoreNames.Names(entity).Where(n => text.Contains(n, StringComparison.Ordinal)).ToHashSet();
                    if (forms.Count < 2)
                        continue;
                    total++;
                    if (predicted.Any(forms.IsSubsetOf))
                        kept++;
                    else
                        notKept.Add($"{file}: {string.Join(", ", forms.Order(StringComparer.Ordinal))}");
                }
            }
        }
        return (kept, total, notKept);
    }
}
