using System.Text;
using CrimeArchive.Import.Importing;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Importing;

public class ImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Importing_the_seeds_keeps_every_raw_text_verbatim()
    {
        var report = await database.CreateImporter().ImportAsync([RepoPaths.Seeds]);

        Assert.Equal(5, report.Files.Count);
        Assert.All(report.Files, f => Assert.Equal(ImportStatus.Imported, f.Status));
        await using var db = database.CreateContext();
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds))
        {
            var stored = await db.SourceDocuments.SingleAsync(s => s.FileName == Path.GetFileName(file));
            Assert.Equal(await File.ReadAllTextAsync(file), stored.RawText);
            Assert.Equal(64, stored.Checksum.Length);
        }
    }

    [Fact]
    public async Task Reimporting_the_same_texts_changes_nothing()
    {
        await database.CreateImporter().ImportAsync([RepoPaths.Seeds]);
        var before = await SnapshotCountsAsync();

        var again = await database.CreateImporter().ImportAsync([RepoPaths.Seeds]);

        Assert.All(again.Files, f => Assert.Equal(ImportStatus.Unchanged, f.Status));
        Assert.Equal(before, await SnapshotCountsAsync());
    }

    [Fact]
    public async Task A_changed_text_updates_its_article_in_place_and_keeps_the_old_raw_text()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        var file = Path.Combine(folder, "port_brief_full.txt");
        await database.CreateImporter().ImportAsync([folder]);
        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("six private guards", "seven private guards", StringComparison.Ordinal));

        var report = await database.CreateImporter().ImportAsync([folder]);

        Assert.Equal(ImportStatus.Updated, Assert.Single(report.Files).Status);
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Contains("seven private guards", article.BodyMarkdown, StringComparison.Ordinal);
        var sources = await db.SourceDocuments.OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(2, sources.Count);
        Assert.Equal(sources[1].Id, sources[0].SupersededById);
        Assert.Equal(original, sources[0].RawText);
        Assert.All(sources, s => Assert.Equal(article.Id, s.ArticleId));
        Assert.False(await db.Mentions.AnyAsync(m => m.SourceDocumentId == sources[0].Id));
    }

    [Fact]
    public async Task Bad_files_are_reported_with_a_reason_and_the_batch_goes_on()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "a_empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(folder, "b_binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x10]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "c_huge.txt"), Encoding.UTF8.GetBytes(new string('a', 20 * 1024 * 1024)));
        await File.WriteAllBytesAsync(Path.Combine(folder, "d_latin1.txt"), Encoding.Latin1.GetBytes(
            "La policía capturó en Guayaquil a José Pérez, alias \"El Flaco\", jefe de una célula de Los Lobos, según la Fiscalía.\n"));

        var report = await database.CreateImporter().ImportAsync([folder, Path.Combine(folder, "missing.txt")]);

        string Reason(string file) => report.Files.Single(f => f.File.EndsWith(file, StringComparison.Ordinal)).Detail ?? "";
        Assert.Contains("empty", Reason("a_empty.txt"), StringComparison.Ordinal);
        Assert.Contains("binary", Reason("b_binary.txt"), StringComparison.Ordinal);
        Assert.Contains("MB", Reason("c_huge.txt"), StringComparison.Ordinal);
        Assert.Contains("no such file", Reason("missing.txt"), StringComparison.Ordinal);
        Assert.Equal(4, report.Count(ImportStatus.Failed));
        var latin1 = report.Files.Single(f => f.File == "d_latin1.txt");
        Assert.Equal(ImportStatus.Imported, latin1.Status);
        Assert.Contains(latin1.Warnings!, w => w.Contains("Latin-1", StringComparison.Ordinal));
        Assert.Equal(ImportStatus.Imported, report.Files.Single(f => f.File == "port_brief_full.txt").Status);

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.SourceDocuments.CountAsync());
        var converted = await db.SourceDocuments.SingleAsync(s => s.FileName == "d_latin1.txt");
        Assert.Contains("José Pérez", converted.RawText, StringComparison.Ordinal);
        Assert.Equal("windows-1252", converted.Encoding);
    }

    [Fact]
    public async Task A_file_that_fails_to_save_is_reported_and_the_next_files_still_link_to_the_archive()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        var longTitle = string.Join(' ', Enumerable.Repeat("Guards", 120));
        await File.WriteAllTextAsync(Path.Combine(folder, "a_too_long.txt"),
            $"HomeNewsBrief{longTitle}\nBRIEF\n\n{longTitle}\n\nHONDURAS / 2 MAY 2018 BY ANDREA MOLINA EN\n\n" +
            "Honduran police arrested two members of the Montes Bobadilla clan in Puerto Cortes on Monday, according to prosecutors.\n");

        var report = await database.CreateImporter().ImportAsync([folder]);

        var failed = report.Files.Single(f => f.File == "a_too_long.txt");
        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.StartsWith("could not be saved", failed.Detail, StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Imported, report.Files.Single(f => f.File == "port_brief_full.txt").Status);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.SourceDocuments.CountAsync());
        Assert.Equal(1, await db.Entities.CountAsync(e => e.NormalizedName.Contains("montes bobadilla")));
    }

    [Fact]
    public async Task Two_captures_of_one_article_make_one_article_with_both_sources()
    {
        var report = await database.CreateImporter().ImportAsync(
            [Fixtures.Import("port_brief_old_capture.txt"), Fixtures.Import("port_brief_full.txt")]);

        var duplicate = report.Files.Single(f => f.File == "port_brief_full.txt");
        Assert.Equal(ImportStatus.Duplicate, duplicate.Status);
        Assert.StartsWith("duplicate of ", duplicate.Detail, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var article = await db.Articles.Include(a => a.Sources).SingleAsync();
        Assert.Equal(2, article.Sources.Count);
        // The full header's metadata wins over the caption-only capture's derived headline.
        Assert.Equal("Port Guards in Puerto Cortes Held Over Cocaine Containers", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal(new DateOnly(2017, 6, 14), article.PublishedOn);
        Assert.Contains("lowest link in the chain", article.AnalysisMarkdown, StringComparison.Ordinal);

        var again = await database.CreateImporter().ImportAsync(
            [Fixtures.Import("port_brief_old_capture.txt"), Fixtures.Import("port_brief_full.txt")]);
        Assert.All(again.Files, f => Assert.Equal(ImportStatus.Unchanged, f.Status));
    }

    [Fact]
    public async Task An_editors_change_to_a_profile_section_survives_a_changed_reimport()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("ruiz_profile.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        await using (var db = database.CreateContext())
        {
            var history = await db.ProfileSections.SingleAsync(s => s.Heading == "History");
            history.BodyMarkdown = "Corrected by the desk.";
            history.EditedBy = CrimeArchive.Data.EditorRef.Named("desk@example.org");
            history.EditedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
        var file = Path.Combine(folder, "ruiz_profile.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("cattle ranches", "horse ranches", StringComparison.Ordinal)
            .Replace("in the 1990s", "in the late 1990s", StringComparison.Ordinal));

        await database.CreateImporter().ImportAsync([folder]);

        await using var check = database.CreateContext();
        Assert.Equal("Corrected by the desk.", (await check.ProfileSections.SingleAsync(s => s.Heading == "History")).BodyMarkdown);
        var profile = await check.Entities.SingleAsync(e => e.Name == "Mario Ruiz Tapia");
        Assert.Contains("horse ranches", profile.Lead, StringComparison.Ordinal);
    }

    private async Task<string> SnapshotCountsAsync()
    {
        await using var db = database.CreateContext();
        return string.Join(',',
            await db.Articles.CountAsync(), await db.SourceDocuments.CountAsync(), await db.Entities.CountAsync(),
            await db.Aliases.CountAsync(), await db.Mentions.CountAsync(), await db.Relationships.CountAsync(),
            await db.Facts.CountAsync(), await db.ProfileSections.CountAsync(),
            await db.Articles.MaxAsync(a => (DateTimeOffset?)a.UpdatedAt));
    }
}
