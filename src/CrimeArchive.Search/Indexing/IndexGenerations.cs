using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CrimeArchive.Search.Indexing;

/// <summary>An index folder holds numbered generations (g1, g2…): a rebuild writes the next one
/// while the current one serves, then takes its place. A generation counts only once its commit
/// says it is complete and was built from this database with this index layout.</summary>
internal static class IndexGenerations
{
    /// <summary>Bumped whenever documents or analysis change shape: older indexes are then rebuilt.</summary>
    public const string Layout = "8";

    public const string LayoutKey = "layout";
    public const string DatabaseKey = "database";
    public const string WatermarkKey = "watermark";

    public sealed record Generation(string Path, long Watermark);

    public static Generation? FindUsable(string root, string database)
    {
        if (!System.IO.Directory.Exists(root))
            return null;
        foreach (var path in Numbered(root).OrderByDescending(g => g.Number).Select(g => g.Path))
        {
            var data = CommitData(path);
            if (data is not null && data.GetValueOrDefault(LayoutKey) == Layout && data.GetValueOrDefault(DatabaseKey) == database
                && long.TryParse(data.GetValueOrDefault(WatermarkKey), CultureInfo.InvariantCulture, out var watermark))
                return new Generation(path, watermark);
        }
        return null;
    }

    public static string Next(string root)
    {
        System.IO.Directory.CreateDirectory(root);
        var next = Numbered(root).Select(g => g.Number).DefaultIfEmpty(0).Max() + 1;
        return System.IO.Path.Combine(root, "g" + next.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Removes every generation but the one in use; one still open elsewhere is left for next time.</summary>
    public static void RemoveAllBut(string root, string keep)
    {
        foreach (var (path, _) in Numbered(root))
        {
            if (string.Equals(path, keep, StringComparison.Ordinal))
                continue;
            try
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public static Dictionary<string, string> Data(long watermark, string database) => new()
    {
        [LayoutKey] = Layout,
        [DatabaseKey] = database,
        [WatermarkKey] = watermark.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string>? CommitData(string path)
    {
        try
        {
            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory))
                return null;
            var infos = new SegmentInfos();
            infos.Read(directory);
            return new Dictionary<string, string>(infos.UserData);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static IEnumerable<(string Path, int Number)> Numbered(string root) =>
        System.IO.Directory.EnumerateDirectories(root, "g*")
            .Select(p => (Path: p, Ok: int.TryParse(System.IO.Path.GetFileName(p)[1..], CultureInfo.InvariantCulture, out var n), Number: n))
            .Where(g => g.Ok)
            .Select(g => (g.Path, g.Number));
}
