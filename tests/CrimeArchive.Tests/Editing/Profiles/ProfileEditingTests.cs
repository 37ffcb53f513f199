using System.Net;
using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrimeArchive.Tests.Editing.Profiles;

/// <summary>A profile's text as editors curate it: every change they make survives an import of a
/// changed copy of the source text; a stale form is a conflict; a renamed profile's old address redirects.</summary>
public class ProfileEditingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly EditorRef Desk = EditorRef.Named("desk");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(string Folder, Entity Profile)> ImportProfileAsync()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("ruiz_profile.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        await using var db = database.CreateContext();
        var profile = await db.Entities.Include(e => e.Sections).Include(e => e.Aliases).AsSplitQuery()
            .SingleAsync(e => e.Name == "Mario Ruiz Tapia");
        return (folder, profile);
    }

    /// <summary>The site corrects the profile: a new nickname, a new lead and a new history section.</summary>
    private async Task ReimportCorrectedAsync(string folder)
    {
        var file = Path.Combine(folder, "ruiz_profile.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file))
            .Replace("Mario Ruiz Tapia was the financial operator", "Mario Ruiz Tapia, alias \"El Contador,\" was the financial operator", StringComparison.Ordinal)
            .Replace("cattle ranches", "horse ranches", StringComparison.Ordinal)
            .Replace("in the 1990s", "in the late 1990s", StringComparison.Ordinal));
        await database.CreateImporter().ImportAsync([folder]);
    }

    private async Task<ProfileSaveResult> EditAsync(Func<ProfileEditing, Entity, Task<ProfileSaveResult>> edit, long id)
    {
        await using var db = database.CreateContext();
        var entity = await db.Entities.Include(e => e.Sections).AsSplitQuery().SingleAsync(e => e.Id == id);
        var result = await edit(new ProfileEditing(db, TimeProvider.System), entity);
        Assert.Equal(ProfileSaveStatus.Saved, result.Status);
        return result;
    }

    private static ProfileFields FieldsOf(Entity e, string? name = null, string? lead = null, IEnumerable<SectionFields>? sections = null) =>
        new(name ?? e.Name, lead ?? e.Lead, [.. sections ?? e.Sections.Select(s => new SectionFields(s.Id, s.Heading, s.BodyMarkdown))]);

    [Fact]
    public async Task The_main_name_an_editor_chooses_survives_a_reimport()
    {
        var (folder, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, name: "Mario Ruiz"), Desk, default), profile.Id);
        await ReimportCorrectedAsync(folder);

        await using var db = database.CreateContext();
        var after = await db.Entities.SingleAsync(e => e.Id == profile.Id);
        Assert.Equal(("Mario Ruiz", "mario-ruiz"), (after.Name, after.Slug));
        Assert.Contains("horse ranches", after.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_an_editor_wrote_survives_a_reimport()
    {
        var (folder, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, lead: "The desk's own lead."), Desk, default), profile.Id);
        await ReimportCorrectedAsync(folder);

        await using var db = database.CreateContext();
        Assert.Equal("The desk's own lead.", (await db.Entities.SingleAsync(e => e.Id == profile.Id)).Lead);
        Assert.Contains("late 1990s", (await db.ProfileSections.SingleAsync(s => s.EntityId == profile.Id && s.Heading == "History")).BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_an_editor_rewrote_and_one_they_added_survive_a_reimport()
    {
        var (folder, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, sections:
        [
            .. e.Sections.Select(s => new SectionFields(s.Id, s.Heading, s.Heading == "History" ? "Rewritten by the desk." : s.BodyMarkdown)),
            new SectionFields(null, "Trial", "His trial opened in 2011."),
        ]), Desk, default), profile.Id);
        await ReimportCorrectedAsync(folder);

        await using var db = database.CreateContext();
        var sections = await db.ProfileSections.Where(s => s.EntityId == profile.Id).ToDictionaryAsync(s => s.Heading, s => s.BodyMarkdown);
        Assert.Equal("Rewritten by the desk.", sections["History"]);
        Assert.Equal("His trial opened in 2011.", sections["Trial"]);
        Assert.Contains("horse ranches", (await db.Entities.SingleAsync(e => e.Id == profile.Id)).Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_an_editor_added_stays_and_one_they_removed_is_not_added_back()
    {
        var (folder, profile) = await ImportProfileAsync();
        var result = await EditAsync((editing, e) => editing.AddAliasAsync(e.Id, e.Version, "El Contador", Desk, default), profile.Id);
        await using (var db = database.CreateContext())
        {
            var alias = await db.Aliases.SingleAsync(a => a.EntityId == profile.Id && a.Name == "El Contador");
            Assert.Equal("desk", alias.AddedBy!.Name);
            await EditAsync((editing, e) => editing.RemoveAliasAsync(e.Id, result.Version, alias.Id, "a different man", Desk, default), profile.Id);
        }
        await EditAsync((editing, e) => editing.AddAliasAsync(e.Id, e.Version, "Ruiz el Financista", Desk, default), profile.Id);

        await ReimportCorrectedAsync(folder);

        await using var check = database.CreateContext();
        var names = await check.Aliases.Where(a => a.EntityId == profile.Id).Select(a => a.Name).ToListAsync();
        Assert.Contains("Ruiz el Financista", names);
        Assert.DoesNotContain("El Contador", names);
        Assert.Equal("a different man", (await check.RemovedAliases.SingleAsync(r => r.EntityId == profile.Id)).Reason);
        Assert.Contains("horse ranches", (await check.Entities.SingleAsync(e => e.Id == profile.Id)).Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_form_is_a_conflict_and_the_main_name_cannot_be_removed()
    {
        var (_, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, lead: "First editor's lead."), Desk, default), profile.Id);

        await using var db = database.CreateContext();
        var editing = new ProfileEditing(db, TimeProvider.System);
        var stale = await editing.SaveAsync(profile.Id, profile.Version, FieldsOf(profile, lead: "Second editor's lead."), Desk, default);
        Assert.Equal(ProfileSaveStatus.Conflict, stale.Status);
        Assert.Equal("First editor's lead.", stale.Current!.Lead);

        var current = await db.Entities.AsNoTracking().SingleAsync(e => e.Id == profile.Id);
        var main = await db.Aliases.SingleAsync(a => a.EntityId == profile.Id && a.NormalizedName == current.NormalizedName);
        Assert.Equal(ProfileSaveStatus.Invalid, (await editing.RemoveAliasAsync(profile.Id, current.Version, main.Id, null, Desk, default)).Status);
    }

    [Fact]
    public async Task A_renamed_profile_redirects_from_its_old_address_and_its_history_shows_the_change()
    {
        var (_, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, name: "Mario Ruiz"), Desk, default), profile.Id);
        await using var factory = new ArchiveWebFactory(database.ConnectionString);

        var old = await EditorBrowser.For(factory).Client.GetAsync(new Uri("/people/mario-ruiz-tapia", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/people/mario-ruiz", old.Headers.Location!.OriginalString);

        var editor = await EditorBrowser.SignedInAsync(factory, "profile.desk@example.org");
        var history = await editor.Client.GetStringAsync(new Uri($"/edit/profiles/{profile.Id}/history", UriKind.Relative));
        Assert.Contains("name", history, StringComparison.Ordinal);
        var page = await editor.Client.GetAsync(new Uri($"/edit/profiles/{profile.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task An_editor_adds_a_name_through_the_form_and_readers_see_it()
    {
        var (_, profile) = await ImportProfileAsync();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        var editor = await EditorBrowser.SignedInAsync(factory, "alias.desk@example.org");
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await editor.Client.GetStringAsync(new Uri($"/edit/profiles/{profile.Id}", UriKind.Relative)));
        var version = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var added = await editor.PostFormAsync($"/edit/profiles/{profile.Id}?handler=AddAlias", new() { ["alias"] = "El Ganadero", ["Input.Version"] = version },
            formPath: $"/edit/profiles/{profile.Id}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var reader = await factory.CreateClient().GetStringAsync(new Uri("/people/mario-ruiz-tapia", UriKind.Relative));
        Assert.Contains("El Ganadero", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_earlier_revision_puts_back_its_name_lead_and_names_as_a_new_revision()
    {
        var (_, profile) = await ImportProfileAsync();
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, lead: "A first correction."), Desk, default), profile.Id);
        await EditAsync((editing, e) => editing.AddAliasAsync(e.Id, e.Version, "El Contable", Desk, default), profile.Id);
        await EditAsync((editing, e) => editing.SaveAsync(e.Id, e.Version, FieldsOf(e, name: "El Contable", lead: "A later lead."), Desk, default), profile.Id);

        await EditAsync((editing, e) => editing.RestoreAsync(e.Id, e.Version, 1, Desk, default), profile.Id);

        await using var db = database.CreateContext();
        var after = await db.Entities.SingleAsync(e => e.Id == profile.Id);
        Assert.Equal(("Mario Ruiz Tapia", "A first correction."), (after.Name, after.Lead));
        Assert.Contains("El Contable", await db.Aliases.Where(a => a.EntityId == profile.Id).Select(a => a.Name).ToListAsync());
        var last = await db.Revisions.Where(r => r.SubjectId == profile.Id && r.Subject == RevisionSubject.Entity).OrderByDescending(r => r.Number).FirstAsync();
        Assert.Equal(4, last.Number);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditAction.Restored && e.SubjectId == profile.Id));
    }

    [Fact]
    public async Task A_profile_save_while_the_database_fails_comes_back_with_the_text()
    {
        var (_, profile) = await ImportProfileAsync();
        var failing = new FailingProfileSaves();
        await using var factory = new ArchiveWebFactory(database.ConnectionString);
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<ArchiveDbContext>(options => options.AddInterceptors(failing))));
        var editor = await EditorBrowser.SignedInAsync(app, "unlucky.curator@example.org");
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await editor.Client.GetStringAsync(new Uri($"/edit/profiles/{profile.Id}", UriKind.Relative)));
        var version = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        failing.Fail = true;

        var refused = await editor.PostFormAsync($"/edit/profiles/{profile.Id}?handler=Save",
            new() { ["Input.Version"] = version, ["Input.Name"] = "Mario Ruiz Tapia", ["Input.Lead"] = "A lead typed while the database was away." },
            formPath: $"/edit/profiles/{profile.Id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("could not save", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A lead typed while the database was away.", page.QuerySelector("textarea[name='Input.Lead']")!.TextContent.Trim());
    }

    /// <summary>Makes every save that writes a profile fail as if the database had gone away.</summary>
    private sealed class FailingProfileSaves : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public bool Fail { get; set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Fail && eventData.Context!.ChangeTracker.Entries<Entity>().Any())
                throw new Npgsql.NpgsqlException("The connection was closed (simulated).");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
