using CrimeArchive.Data;
using CrimeArchive.Import.Importing;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Articles;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>Editors' saves and imports touching one article do not overwrite each other: an import
/// waits for an editor's save in progress and keeps what it changed; an editor whose form predates an
/// import gets a conflict instead of undoing the import.</summary>
public class ImportCoordinationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task CorrectSourceAsync(string folder)
    {
        var file = Path.Combine(folder, "port_brief_full.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file))
            .Replace("arrested six private guards", "arrested seven private guards", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_waits_for_an_editors_save_in_progress_and_keeps_its_change()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        await CorrectSourceAsync(folder);
        long id;
        await using (var db = database.CreateContext())
            id = (await db.Articles.SingleAsync()).Id;

        // An editor's save holds the article's row, as ArticleEditing does, while the import starts.
        await using var editor = new NpgsqlConnection(database.ConnectionString);
        await editor.OpenAsync();
        await using var transaction = await editor.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT id FROM articles WHERE id = $1 FOR UPDATE", editor, transaction) { Parameters = { new() { Value = id } } })
            await lockRow.ExecuteNonQueryAsync();
        var import = Task.Run(() => database.CreateImporter().ImportAsync([folder]));
        await Task.Delay(700);
        Assert.False(import.IsCompleted, "the import should wait for the editor's save");

        await using (var save = new NpgsqlCommand(
            "UPDATE articles SET title = 'Desk headline for the port arrests', edited_fields = ARRAY['title'] WHERE id = $1", editor, transaction) { Parameters = { new() { Value = id } } })
            await save.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        var report = await import;

        Assert.Equal(ImportStatus.Updated, report.Files.Single().Status);
        await using var check = database.CreateContext();
        var article = await check.Articles.SingleAsync();
        Assert.Equal("Desk headline for the port arrests", article.Title);
        Assert.Contains("seven private guards", article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_whose_form_predates_an_import_gets_a_conflict()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("port_brief_full.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        Article opened;
        await using (var db = database.CreateContext())
            opened = await db.Articles.AsNoTracking().SingleAsync();

        await CorrectSourceAsync(folder);
        await database.CreateImporter().ImportAsync([folder]);

        await using var editorDb = database.CreateContext();
        var snapshot = ArticleSnapshot.Of(opened);
        var fields = new ArticleFields("Desk headline", snapshot.Slug, snapshot.Kind, snapshot.Language, snapshot.Country, snapshot.Tags, snapshot.Author,
            snapshot.PublishedOn, snapshot.Lead, snapshot.Body);
        var result = await new ArticleEditing(editorDb, TimeProvider.System).SaveAsync(opened.Id, opened.Version, fields, EditorRef.Named("desk"), CancellationToken.None);

        Assert.Equal(ArticleSaveStatus.Conflict, result.Status);
        Assert.Contains("seven private guards", result.Current!.Body, StringComparison.Ordinal);
        Assert.Equal("an import", result.CurrentSavedBy);
    }
}
