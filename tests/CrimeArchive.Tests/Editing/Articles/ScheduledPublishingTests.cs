using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CrimeArchive.Tests.Editing.Articles;

/// <summary>A scheduled brief whose time passed while no instance ran is published by the first
/// instance that starts, without anyone doing anything.</summary>
public class ScheduledPublishingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_instance_that_starts_publishes_the_briefs_that_came_due_while_it_was_down()
    {
        long id;
        await using (var db = database.CreateContext())
        {
            var article = new Article
            {
                Slug = "due-while-down", Title = "Due while the site was down", LeadFingerprint = "due", BodyMarkdown = "Body.", Status = ArticleStatus.Scheduled,
                PublishAt = DateTimeOffset.UtcNow.AddMinutes(-5), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Publishing:CheckInterval"] = "00:00:00.200" })));
        var reader = app.CreateClient();
        var status = ArticleStatus.Scheduled;
        for (var wait = 0; wait < 50 && status != ArticleStatus.Published; wait++)
        {
            await Task.Delay(100);
            await using var db = database.CreateContext();
            status = await db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
        }

        Assert.Equal(ArticleStatus.Published, status);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync(new Uri("/articles/due-while-down", UriKind.Relative))).StatusCode);
    }
}
