using CrimeArchive.Data;
using CrimeArchive.Data.Editing;
using CrimeArchive.Import.Importing;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Articles;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>For each field an editor can change on an imported article: the editor's value survives an
/// import of a changed copy of the source text, while the fields the editor left alone follow the source.</summary>
public class EditedFieldsSurviveImportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Fields => [.. ArticleEditorFields.All];

    /// <summary>The editor's change to one field, and how to read that field back.</summary>
    private static (Func<ArticleFields, ArticleFields> Change, Func<Article, object?> Read, object? Expected) EditOf(string field) => field switch
    {
        ArticleEditorFields.Title => (f => f with { Title = "Guards Held in Honduran Port Bribery Case", Slug = f.Slug }, a => a.Title, "Guards Held in Honduran Port Bribery Case"),
        ArticleEditorFields.Slug => (f => f with { Slug = "puerto-cortes-guards" }, a => a.Slug, "puerto-cortes-guards"),
        ArticleEditorFields.Kind => (f => f with { Kind = ArticleKind.Investigation }, a => a.Kind, ArticleKind.Investigation),
        ArticleEditorFields.Language => (f => f with { Language = "es" }, a => a.Language, "es"),
        ArticleEditorFields.Country => (f => f with { Country = "Honduras (Cortés)" }, a => a.Country, "Honduras (Cortés)"),
        ArticleEditorFields.Tags => (f => f with { Tags = ["ports", "bribery"] }, a => string.Join(",", a.Tags), "ports,bribery"),
        ArticleEditorFields.Author => (f => f with { Author = "Andrea Molina, with the desk" }, a => a.Author, "Andrea Molina, with the desk"),
        ArticleEditorFields.Date => (f => f with { PublishedOn = new DateOnly(2017, 6, 13) }, a => a.PublishedOn, new DateOnly(2017, 6, 13)),
        ArticleEditorFields.Lead => (f => f with { Lead = "Six guards are accused of waving cocaine through." }, a => a.Lead, "Six guards are accused of waving cocaine through."),
        _ => (f => f with { Body = "The desk rewrote this body." }, a => a.BodyMarkdown, "The desk rewrote this body."),
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task An_editors_change_survives_a_changed_reimport_and_the_rest_follows_the_source(string field)
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        var (change, read, expected) = EditOf(field);
        await using (var db = database.CreateContext())
        {
            var article = await db.Articles.SingleAsync();
            var snapshot = ArticleSnapshot.Of(article);
            var fields = new ArticleFields(snapshot.Title, snapshot.Slug, snapshot.Kind, snapshot.Language, snapshot.Country, snapshot.Tags,
                snapshot.Author, snapshot.PublishedOn, snapshot.Lead, snapshot.Body);
            var saved = await new ArticleEditing(db, TimeProvider.System).SaveAsync(article.Id, article.Version, change(fields), EditorRef.Named("desk"), CancellationToken.None);
            Assert.Equal(ArticleSaveStatus.Saved, saved.Status);
        }

        // The site publishes a correction of the piece: every field of the source changes.
        var file = Path.Combine(folder, "port_brief_full.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file))
            .Replace("Port Guards in Puerto Cortes Held Over Cocaine Containers", "Seven Port Guards Held in Puerto Cortes", StringComparison.Ordinal)
            .Replace("BRIEF", "ANALYSIS", StringComparison.Ordinal)
            .Replace("HONDURAS / 14 JUN 2017 BY ANDREA MOLINA EN", "GUATEMALA / 16 JUN 2017 BY LUIS PAZ EN", StringComparison.Ordinal)
            .Replace("arrested six private guards", "arrested seven private guards", StringComparison.Ordinal));
        var report = await database.CreateImporter().ImportAsync([folder]);
        Assert.Equal(ImportStatus.Updated, report.Files.Single().Status);

        await using var check = database.CreateContext();
        var after = await check.Articles.SingleAsync();
        Assert.Equal(expected, read(after));
        // What the editor did not touch took the corrected source's value.
        if (field != ArticleEditorFields.Body)
            Assert.Contains("seven private guards", after.BodyMarkdown, StringComparison.Ordinal);
        else
            Assert.Equal("Seven Port Guards Held in Puerto Cortes", after.Title);
    }

    [Fact]
    public async Task Text_posted_with_a_browsers_line_endings_is_not_counted_as_an_editors_change()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Contains("\n\n", article.BodyMarkdown, StringComparison.Ordinal);
        var s = ArticleSnapshot.Of(article);
        var posted = new ArticleFields("A desk headline", s.Slug, s.Kind, s.Language, s.Country, s.Tags, s.Author, s.PublishedOn,
            s.Lead.ReplaceLineEndings("\r\n"), s.Body.ReplaceLineEndings("\r\n"));

        Assert.Equal(ArticleSaveStatus.Saved, (await new ArticleEditing(db, TimeProvider.System).SaveAsync(article.Id, article.Version, posted, EditorRef.Named("desk"), default)).Status);

        await using var check = database.CreateContext();
        Assert.Equal([ArticleEditorFields.Title], (await check.Articles.SingleAsync()).EditedFields);
    }
}
