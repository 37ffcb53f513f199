using AngleSharp.Html.Parser;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrimeArchive.Tests.Importing;

/// <summary>Texts that contradict each other: every statement is kept with its text, nothing is
/// merged or overwritten by whichever text came last.</summary>
public class DisagreementTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static string Own(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "CrimeArchive.Import.Tests", "Fixtures", "own", "texts", name);

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_surrender_and_its_denial_are_both_kept_and_the_profile_shows_both()
    {
        await database.CreateImporter().ImportAsync([Own("s23_disagree_surrender_denied.txt"), Own("s22_disagree_surrender_report.txt")]);

        await using var db = database.CreateContext();
        var people = await db.Entities.Where(e => e.Kind == EntityKind.Person && e.NormalizedName.Contains("yorman")).ToListAsync();
        var person = Assert.Single(people);
        var statuses = await db.Facts.Where(f => f.EntityId == person.Id && f.Key == "Status")
            .Select(f => new { f.Value, f.SourceDocument!.FileName, f.Sentence }).ToListAsync();
        Assert.True(statuses.Select(s => s.Value).Distinct().Count() >= 2, string.Join("; ", statuses));
        Assert.Contains(statuses, s => s.FileName.StartsWith("s22", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.FileName.StartsWith("s23", StringComparison.Ordinal));

        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var html = await factory.CreateClient().GetStringAsync(new Uri($"/people/{person.Slug}", UriKind.Relative));
        var box = new HtmlParser().ParseDocument(html).QuerySelector(".disagreement");
        Assert.NotNull(box);
        // Each side cites its article.
        Assert.Contains("Venezuelan Gang Boss Surrenders to Colombian Police", box.TextContent, StringComparison.Ordinal);
        Assert.Contains("Colombia Denies Venezuelan Gang Leader Surrendered", box.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_given_the_same_nickname_are_not_merged()
    {
        var folder = Fixtures.ScratchFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"),
            "Police in Tumaco arrested Fredy Alonso Cuellar Rojas, alias \"El Mono,\" a leader of the Los Pumas gang, on Monday.\n\n" +
            "Cuellar Rojas had run the gang's cocaine shipments from the port for five years, according to the navy.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"),
            "Authorities in Cucuta captured Jhon Jairo Benitez Salgado, alias \"El Mono,\" who commanded a cell of the Los Halcones gang.\n\n" +
            "Benitez Salgado is accused of extorting merchants along the border, prosecutors said.\n");

        await database.CreateImporter().ImportAsync([folder]);

        await using var db = database.CreateContext();
        var withNickname = await db.Aliases.Where(a => a.NormalizedName == "el mono").Select(a => a.Entity!.Name).ToListAsync();
        Assert.Equal(2, withNickname.Distinct().Count());
    }
}
