using System.Text.Json;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Places;
using Xunit.Abstractions;

namespace CrimeArchive.Import.Tests.Places;

/// <summary>Runs the finder over whole annotated texts (the seeds and the dev texts, with the copies of
/// their annotations kept under Fixtures/) and checks that the annotated places are found. Whole files
/// include site chrome, so extra names are printed for a reader rather than asserted. A missing set
/// fails the test: a check with nothing to check would pass without saying so.</summary>
public class GoldPlacesRecallTests(ITestOutputHelper output)
{
    [Fact]
    public void Annotated_places_of_the_seeds_and_dev_texts_are_found()
    {
        var root = RepoRoot();
        var fixtures = Path.Combine(root, "tests", "CrimeArchive.Import.Tests", "Fixtures");
        var sets = new[]
        {
            (Texts: Path.Combine(root, "seeds"), Gold: Path.Combine(fixtures, "gold", "seeds.json")),
            (Texts: Path.Combine(fixtures, "dev", "texts"), Gold: Path.Combine(fixtures, "gold", "dev.json")),
        };
        int expected = 0, found = 0;
        foreach (var (texts, gold) in sets)
        {
            Assert.True(File.Exists(gold) && Directory.Exists(texts), $"The annotated set {gold} (texts in {texts}) is missing.");
            foreach (var doc in JsonDocument.Parse(File.ReadAllText(gold)).RootElement.EnumerateArray())
            {
                if (!doc.TryGetProperty("places", out var places))
                    continue;
                var file = doc.GetProperty("file").GetString()!;
                var text = File.ReadAllText(Path.Combine(texts, file));
                var foundNames = PlaceFinder.Find(text).Select(m => NameNormalizer.Normalize(m.Name)).ToHashSet();
                var goldNames = places.EnumerateArray()
                    .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : p.GetProperty("name").GetString()!)
                    .Select(NameNormalizer.Normalize).ToHashSet();
                expected += goldNames.Count;
                found += goldNames.Count(foundNames.Contains);
                output.WriteLine($"{file}: missed [{string.Join(", ", goldNames.Except(foundNames))}] extra [{string.Join(", ", foundNames.Except(goldNames))}]");
            }
        }
        output.WriteLine($"recall {found}/{expected}");
        Assert.True(expected > 0, "The annotated sets name no places: there was nothing to check.");
        Assert.True(found >= expected * 0.9, $"found {found} of {expected} annotated places");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrimeArchive.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CrimeArchive.sln not found above the test binaries.");
    }
}
