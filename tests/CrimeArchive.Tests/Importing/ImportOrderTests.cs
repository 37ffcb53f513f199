using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Importing;

/// <summary>Statements are kept whoever comes first: the same texts imported in two orders give the same records.</summary>
public class ImportOrderTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    public static IReadOnlyList<string> Corpus() =>
        [
            .. Directory.GetFiles(RepoPaths.Seeds),
            .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "import")),
            .. Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "CrimeArchive.Import.Tests", "Fixtures", "own", "texts")),
        ];

    [Fact]
    public async Task Importing_in_two_orders_gives_the_same_records()
    {
        var files = Corpus().Order(StringComparer.Ordinal).ToList();
        await database.CreateImporter().ImportAsync(files);

        var reversed = await TestPostgres.CreateDatabaseAsync();
        try
        {
            foreach (var file in Enumerable.Reverse(files))
                await DatabaseFixture.ImporterFor(reversed).ImportAsync([file]);

            var forward = await SnapshotAsync(database.ConnectionString);
            var backward = await SnapshotAsync(reversed);
            Assert.NotEmpty(forward);
            var onlyForward = forward.Except(backward).ToList();
            var onlyBackward = backward.Except(forward).ToList();
            Assert.True(onlyForward.Count == 0 && onlyBackward.Count == 0,
                "Only in forward order:\n" + string.Join("\n", onlyForward) + "\nOnly in reverse order:\n" + string.Join("\n", onlyBackward));
            Assert.Equal(forward, backward);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(reversed);
        }
    }

    private static async Task<List<string>> SnapshotAsync(string connectionString)
    {
        await using var db = ArchiveDb.CreateContext(connectionString);
        var lines = new List<string>();
        lines.AddRange((await db.Articles.Select(a => new { a.Slug, a.Title, a.TitleDerived, a.Kind, a.PublishedOn, a.Author, a.Country, a.BodyMarkdown, a.AnalysisMarkdown, Sources = a.Sources.Count }).ToListAsync())
            .Select(a => $"article {a}"));
        lines.AddRange((await db.Entities.Select(e => new { e.Kind, e.Name, e.Slug, e.Lead, Aliases = e.Aliases.Select(x => x.NormalizedName).ToList() }).ToListAsync())
            .Select(e => $"entity {e.Kind} {e.Name} {e.Slug} {e.Lead} [{string.Join("|", e.Aliases.Order(StringComparer.Ordinal))}]"));
        lines.AddRange(await db.Relationships.Select(r => $"rel {r.Subject!.Name} {r.Type} {r.Object!.Name} {r.SourceDocument!.FileName} {r.Sentence}").ToListAsync());
        lines.AddRange(await db.Facts.Select(f => $"fact {f.Entity!.Name} {f.Key}={f.Value} {f.SourceDocument!.FileName}").ToListAsync());
        lines.AddRange(await db.Mentions.Select(m => $"mention {m.Entity!.Name} {m.SourceDocument!.FileName} {m.Start} {m.Length}").ToListAsync());
        lines.AddRange(await db.ProfileSections.Select(s => $"section {s.Entity!.Name} {s.Position} {s.Heading}").ToListAsync());
        lines.AddRange(await db.SourceDocuments.Select(s => $"source {s.FileName} {s.Article!.Slug} {s.ProfileEntity!.Name}").ToListAsync());
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
