using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Importing;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Editing.Profiles;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrimeArchive.Tests.Editing.Profiles;

/// <summary>Editors' profile writes and imports do not undo each other: a profile form opened before an
/// import of the profile's text is a conflict; merges, splits and names removed wait for no import but
/// are refused while one runs (its copy of the entities would undo them).</summary>
public class ProfileImportCoordinationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly EditorRef Desk = EditorRef.Named("desk");

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_profile_form_opened_before_an_import_of_its_text_is_a_conflict()
    {
        var folder = Fixtures.ScratchFolder(Fixtures.Import("ruiz_profile.txt"));
        await database.CreateImporter().ImportAsync([folder]);
        Entity opened;
        await using (var db = database.CreateContext())
            opened = await db.Entities.Include(e => e.Sections).AsNoTracking().SingleAsync(e => e.Name == "Mario Ruiz Tapia");
        // An editor already owns the lead: the import changes only a section, and still makes the form stale.
        await using (var db = database.CreateContext())
        {
            var tracked = await db.Entities.SingleAsync(e => e.Id == opened.Id);
            tracked.LeadEditedBy = EditorRef.Named("desk");
            await db.SaveChangesAsync();
        }
        await using (var db = database.CreateContext())
            opened = await db.Entities.Include(e => e.Sections).AsNoTracking().SingleAsync(e => e.Id == opened.Id);

        var file = Path.Combine(folder, "ruiz_profile.txt");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("in the 1990s", "in the late 1990s", StringComparison.Ordinal));
        await database.CreateImporter().ImportAsync([folder]);

        await using var editorDb = database.CreateContext();
        var stale = await new ProfileEditing(editorDb, TimeProvider.System).SaveAsync(opened.Id, opened.Version,
            new ProfileFields(opened.Name, opened.Lead, [.. opened.Sections.Select(s => new SectionFields(s.Id, s.Heading, s.BodyMarkdown + " (checked)"))]),
            Desk, default);
        Assert.Equal(ProfileSaveStatus.Conflict, stale.Status);
        Assert.Contains("late 1990s", stale.Current!.Sections.Single(s => s.Heading == "History").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merges_splits_and_removed_names_are_refused_while_an_import_runs_and_work_after()
    {
        long a, b, aliasId;
        await using (var db = database.CreateContext())
        {
            Entity Group(string name, params string[] aliases)
            {
                var g = new Entity { Kind = EntityKind.Group, Name = name, NormalizedName = NameNormalizer.Normalize(name), Slug = Slugs.From(name), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
                foreach (var n in aliases.Prepend(name))
                    g.Aliases.Add(new EntityAlias { Name = n, NormalizedName = NameNormalizer.Normalize(n), CreatedAt = DateTimeOffset.UtcNow });
                return g;
            }
            var first = Group("Los Zorros", "Zorros del Sur");
            var second = Group("Banda Zorro");
            db.AddRange(first, second);
            await db.SaveChangesAsync();
            (a, b) = (first.Id, second.Id);
            aliasId = first.Aliases.Single(x => x.Name == "Zorros del Sur").Id;
        }

        // An import in progress holds its lock on its own connection for the whole batch.
        await using (var import = new NpgsqlConnection(database.ConnectionString))
        {
            await import.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({ImportLock.Key})", import))
                await take.ExecuteNonQueryAsync();

            await using var db = database.CreateContext();
            Assert.Equal(EntityMerging.ImportRunning, await new EntityMerging(db, TimeProvider.System).MergeAsync(a, b, "one gang", Desk, default));
            Assert.Equal(EntityMerging.ImportRunning, (await new EntityMerging(db, TimeProvider.System).SplitAsync(a, [aliasId], "another gang", Desk, default)).Error);
            var version = await db.Entities.Where(e => e.Id == a).Select(e => e.Version).SingleAsync();
            var removal = await new ProfileEditing(db, TimeProvider.System).RemoveAliasAsync(a, version, aliasId, "wrong", Desk, default);
            Assert.Equal((ProfileSaveStatus.Invalid, EntityMerging.ImportRunning), (removal.Status, removal.Error));
            // As the importer does: a pooled connection keeps its session, so the lock is released explicitly.
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({ImportLock.Key})", import);
            await release.ExecuteNonQueryAsync();
        }

        await using var after = database.CreateContext();
        Assert.Null(await new EntityMerging(after, TimeProvider.System).MergeAsync(a, b, "one gang", Desk, default));
        Assert.False(await after.Entities.AnyAsync(e => e.Id == b));
    }
}
