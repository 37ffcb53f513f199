using System.Net;
using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Tests.Infrastructure;

namespace CrimeArchive.Tests.Pages;

public class ProfilePageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Entity> PersonWithConflictingStatusAsync(Action<ArchiveDbContext, Entity>? more = null)
    {
        await using var db = database.CreateContext();
        var person = new Entity { Kind = EntityKind.Person, Name = "Wilmer Paredes Rojas", NormalizedName = "wilmer paredes rojas", Slug = "wilmer-paredes-rojas" };
        var first = TestRows.Source(TestRows.Article("surrender-report", new DateOnly(2019, 3, 2)));
        var second = TestRows.Source(TestRows.Article("surrender-denied", new DateOnly(2019, 3, 9)));
        db.AddRange(person, first, second);
        db.Facts.AddRange(
            new Fact { Entity = person, Key = "Status", Value = "Surrendered", SourceDocument = first, Article = first.Article, Sentence = "Paredes handed himself over to the army.", StatedOn = new DateOnly(2019, 3, 2) },
            new Fact { Entity = person, Key = "Status", Value = "At large", SourceDocument = second, Article = second.Article, Sentence = "Prosecutors denied that Paredes had surrendered.", StatedOn = new DateOnly(2019, 3, 9) });
        more?.Invoke(db, person);
        await db.SaveChangesAsync();
        return person;
    }

    [Fact]
    public async Task Conflicting_statements_are_shown_side_by_side_with_their_sentences()
    {
        await PersonWithConflictingStatusAsync();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var html = await factory.CreateClient().GetStringAsync(new Uri("/people/wilmer-paredes-rojas", UriKind.Relative));

        var document = new HtmlParser().ParseDocument(html);
        var box = Assert.Single(document.QuerySelectorAll(".disagreement"));
        Assert.Equal(2, box.QuerySelectorAll(".side").Length);
        Assert.Contains("handed himself over to the army", box.TextContent, StringComparison.Ordinal);
        Assert.Contains("denied that Paredes had surrendered", box.TextContent, StringComparison.Ordinal);
        // Each side cites its article by a link, never by a bare file name.
        Assert.NotNull(box.QuerySelector("a[href='/articles/surrender-report']"));
        Assert.NotNull(box.QuerySelector("a[href='/articles/surrender-denied']"));
        Assert.DoesNotContain(".txt", box.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settled_disagreement_shows_the_decision_and_who_made_it()
    {
        await PersonWithConflictingStatusAsync((db, person) => db.Decisions.Add(new Decision
        {
            Entity = person, Key = "Status", ChosenValue = "At large", DecidedBy = EditorRef.Named("maria.editor"),
            Reason = "The army withdrew its statement", DecidedAt = DateTimeOffset.UtcNow,
        }));
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var html = await factory.CreateClient().GetStringAsync(new Uri("/people/wilmer-paredes-rojas", UriKind.Relative));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll(".disagreement"));
        var facts = document.QuerySelector("#facts")!.TextContent;
        Assert.Contains("Settled by maria.editor", facts, StringComparison.Ordinal);
        Assert.Contains("The army withdrew its statement", facts, StringComparison.Ordinal);
        // The statements themselves are still cited.
        Assert.Contains("handed himself over to the army", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_lists_relationships_with_the_sentence_that_states_them()
    {
        await PersonWithConflictingStatusAsync((db, person) =>
        {
            var gang = new Entity { Kind = EntityKind.Group, Name = "Los Pumas", NormalizedName = NameNormalizer.Normalize("Los Pumas"), Slug = "los-pumas" };
            db.Entities.Add(gang);
            db.Relationships.Add(new Relationship { Subject = person, Object = gang, Type = RelationshipType.LeaderOf, Sentence = "Paredes commands Los Pumas in Tumaco." });
        });
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var client = factory.CreateClient();
        var person = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/people/wilmer-paredes-rojas", UriKind.Relative)));
        var group = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/groups/los-pumas", UriKind.Relative)));

        Assert.Contains("Leader of Los Pumas", person.Body!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Paredes commands Los Pumas in Tumaco.", person.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(group.QuerySelector("a[href='/people/wilmer-paredes-rojas']"));
    }

    [Fact]
    public async Task Profile_markdown_cannot_inject_script()
    {
        await using (var db = database.CreateContext())
        {
            db.Entities.Add(new Entity
            {
                Kind = EntityKind.Group, Name = "Los Zorros", NormalizedName = "los zorros", Slug = "los-zorros",
                Lead = "<script>alert('x')</script> [site](javascript:alert(1))",
            });
            await db.SaveChangesAsync();
        }
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var response = await factory.CreateClient().GetAsync(new Uri("/groups/los-zorros", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }
}
