using System.Text.Json.Nodes;
using CrimeArchive.Import.Extraction;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Quality;

/// <summary>Loads gold annotations and runs the importer's extraction over a folder of texts, giving
/// each text the JSON record `crimearchive extract` would print for it.</summary>
public static class ExtractionCorpus
{
    /// <summary>Gold records by file name; the file holds one record, a list, or {"files": [...]}.</summary>
    public static Dictionary<string, JsonObject> LoadGold(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path));
        if (root is JsonObject obj && obj["files"] is JsonArray files)
            root = files;
        var records = root is JsonArray array ? array.OfType<JsonObject>() : [(JsonObject)root!];
        return records.ToDictionary(r => Path.GetFileName((string)r["file"]!), r => r, StringComparer.Ordinal);
    }

    /// <summary>Extract output records by file name, from JSON Lines text.</summary>
    public static Dictionary<string, JsonObject> ParseJsonLines(string jsonLines)
    {
        var records = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var n = 0;
        foreach (var line in jsonLines.Split('\n'))
        {
            n++;
            if (line.Trim().Length == 0)
                continue;
            var record = (JsonObject)JsonNode.Parse(line)!;
            records[Path.GetFileName((string?)record["file"] ?? $"line{n}")] = record;
        }
        return records;
    }

    /// <summary>Runs the extraction over every .txt file in the folder, as the extract verb does: one
    /// JSON line per file, in file name order.</summary>
    public static IReadOnlyList<string> ExtractLines(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(ExtractLine)];

    /// <summary>The JSON line the extract verb prints for one file (same decode, skip and warning rules).</summary>
    public static string ExtractLine(string path)
    {
        var name = Path.GetFileName(path);
        var decoded = SourceDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.Error is not null)
            return ExtractJson.Error(name, decoded.Error);
        var extraction = SourceTextExtractor.Extract(decoded.Text!);
        if (extraction.Document.SkipReason is { } reason)
            return ExtractJson.Skipped(name, reason);
        var document = extraction.Document with { Warnings = [.. decoded.Warnings, .. extraction.Document.Warnings] };
        return ExtractJson.Write(name, extraction with { Document = document });
    }

    /// <summary>Extracts and scores one corpus. The predictions and the report are also written next to
    /// the test assembly (quality-CORPUS.jsonl / .txt), so a failure can be looked into, or the same
    /// predictions scored with the python scorer.</summary>
    public static ScoreReport Score(string corpus)
    {
        var lines = ExtractLines(FixturePaths.Texts(corpus));
        var jsonLines = string.Join("\n", lines) + "\n";
        var report = ExtractionScorer.Score(LoadGold(FixturePaths.Gold(corpus)), ParseJsonLines(jsonLines));
        var output = Path.Combine(AppContext.BaseDirectory, $"quality-{corpus}");
        File.WriteAllText(output + ".jsonl", jsonLines);
        File.WriteAllText(output + ".txt", report.ToString());
        return report;
    }
}
