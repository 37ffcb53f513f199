using System.CommandLine;
using System.Globalization;
using CrimeArchive.Data.Search;
using CrimeArchive.Search.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrimeArchive.Cli.Verbs;

/// <summary>`crimearchive reindex`: every web instance rebuilds its search index from the database
/// (a rebuild request in the change log), and the local index folder is rebuilt here when no
/// running instance holds it.</summary>
internal static class ReindexVerb
{
    public static Command Create()
    {
        var index = new Option<string?>("--index") { Description = "The index folder to rebuild here (default: .data/search)" };
        var command = new Command("reindex", "Rebuild the search index from the database") { index };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ArchiveSession.OpenAsync(cancellationToken);
            var path = parse.GetValue(index) ?? Path.Combine(ArchiveSession.RepositoryRoot(), ".data", "search");
            // Recorded first, so that the index built below already reflects its own request.
            await using (var db = session.CreateDbContext())
                await SearchChangeLog.RequestRebuildAsync(db, cancellationToken);
            var options = Options.Create(new SearchOptions { IndexPath = path });
            using var search = new SearchIndex(options, session, session.Loggers.CreateLogger<SearchIndex>());
            try
            {
                var report = await search.RebuildAsync(cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Rebuilt {path}: {report.Articles} articles, {report.Entities} entities in {report.Elapsed.TotalSeconds:0.0} s ({report.ArticlesPerSecond:0} articles/s)."));
            }
            catch (SearchIndexInUseException)
            {
                Console.WriteLine($"A running instance holds {path}; it rebuilds its index now, as every other instance does.");
            }
            return 0;
        });
        return command;
    }
}
