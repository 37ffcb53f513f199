using CrimeArchive.Data;
using CrimeArchive.Tests.Infrastructure;
using CrimeArchive.Web.Reading.Profiles;
using static CrimeArchive.Tests.Infrastructure.TestRows;

namespace CrimeArchive.Tests.Reading;

/// <summary>On the seeds: the profile of Luis Enrique Calle Serna (seeds/001_…) and the briefs that name him.</summary>
public class ProfileQueryTests(SeededDatabaseFixture database) : IClassFixture<SeededDatabaseFixture>
{
    private const string SeedPerson = "luis-enrique-calle-serna";

    private async Task<Profile?> FindAsync(EntityKind kind, string slug)
    {
        await using var db = database.CreateContext();
        return await new ProfileQuery(db).FindAsync(kind, slug, 1, CancellationToken.None);
    }

    private async Task<Profile> SeedProfileAsync() =>
        await FindAsync(EntityKind.Person, SeedPerson) ?? throw new InvalidOperationException($"The seeds no longer hold {SeedPerson}.");

    [Fact]
    public async Task Find_returns_null_for_an_unknown_slug() =>
        Assert.Null(await FindAsync(EntityKind.Person, "no-such-person"));

    [Fact]
    public async Task Find_returns_null_for_a_slug_of_another_kind() =>
        Assert.Null(await FindAsync(EntityKind.Group, SeedPerson));

    [Fact]
    public async Task A_seed_profile_has_its_other_names_but_not_its_main_name_as_aliases()
    {
        var profile = await SeedProfileAsync();

        Assert.Equal("Luis Enrique Calle Serna", profile.Header.Name);
        Assert.Contains(profile.Aliases, a => a.Name == "Luis E. Calle Serna");
        Assert.DoesNotContain(profile.Aliases, a => a.Name == profile.Header.Name);
    }

    [Fact]
    public async Task A_seed_profile_has_its_factbox_facts_cited_to_its_text()
    {
        var profile = await SeedProfileAsync();

        var born = Assert.Single(profile.Facts, f => f.Key == "DOB");
        Assert.Equal("August 16, 1976", born.Value);
        Assert.False(born.Disagrees);
        Assert.Equal("001_2a813fa02930e229.txt", Assert.Single(born.Sides.SelectMany(s => s.Citations)).SourceFile);
    }

    [Fact]
    public async Task A_seed_profile_has_its_sections_in_order()
    {
        var profile = await SeedProfileAsync();

        Assert.Equal("History", profile.Sections[0].Heading);
        Assert.Contains(profile.Sections, s => s.Heading == "Prospects");
    }

    [Fact]
    public async Task A_seed_profile_has_its_relationships_with_the_sentences_that_state_them()
    {
        var profile = await SeedProfileAsync();

        var rastrojos = Assert.Single(profile.Relationships, r => r.OtherName == "Rastrojos" && r.Type == RelationshipType.LeaderOf);
        Assert.Equal("Leader of", rastrojos.Phrase);
        Assert.Equal(EntityKind.Group, rastrojos.OtherKind);
        Assert.All(rastrojos.Citations, c => Assert.False(string.IsNullOrEmpty(c.Sentence)));
    }

    [Fact]
    public async Task Draft_articles_that_name_the_entity_are_never_listed()
    {
        var person = Entity(EntityKind.Person, "Dora Ibarra");
        var published = Article(UniqueSlug("published"), new DateOnly(2020, 1, 1));
        var draft = Article(UniqueSlug("draft"), new DateOnly(2024, 1, 1), ArticleStatus.Draft);
        var publishedText = Source(published);
        var draftText = Source(draft);
        await using (var db = database.CreateContext())
        {
            db.AddRange(person, published, draft, publishedText, draftText, Mention(person, publishedText), Mention(person, draftText));
            await db.SaveChangesAsync();
        }

        var profile = await FindAsync(EntityKind.Person, person.Slug);

        Assert.Equal([published.Slug], profile!.Articles.Items.Select(a => a.Slug));
    }

    [Fact]
    public async Task A_statement_from_a_draft_cites_its_text_without_linking_to_the_draft()
    {
        var person = Entity(EntityKind.Person, "Elias Rojo");
        var draft = Article(UniqueSlug("draft"), new DateOnly(2024, 1, 1), ArticleStatus.Draft);
        var text = Source(draft);
        await using (var db = database.CreateContext())
        {
            db.AddRange(person, draft, text);
            db.Facts.Add(new Fact { Entity = person, Key = "Status", Value = "Captured", SourceDocument = text, Article = draft, Sentence = "Rojo was captured." });
            await db.SaveChangesAsync();
        }

        var citation = (await FindAsync(EntityKind.Person, person.Slug))!.Facts.Single().Sides.Single().Citations.Single();

        Assert.Null(citation.ArticleSlug);
        Assert.Null(citation.ArticleTitle);
        Assert.Equal(text.FileName, citation.SourceFile);
    }

    [Fact]
    public async Task One_relationship_stated_by_two_texts_is_one_line_with_two_citations()
    {
        var boss = Entity(EntityKind.Person, "Fabio Lenis");
        var gang = Entity(EntityKind.Group, "Los Halcones");
        var (first, second) = (Source(), Source());
        await using (var db = database.CreateContext())
        {
            db.AddRange(boss, gang, first, second);
            db.Relationships.AddRange(
                new Relationship { Subject = boss, Object = gang, Type = RelationshipType.LeaderOf, SourceDocument = first, Sentence = "Lenis heads Los Halcones." },
                new Relationship { Subject = boss, Object = gang, Type = RelationshipType.LeaderOf, SourceDocument = second, Sentence = "Los Halcones answer to Lenis." });
            await db.SaveChangesAsync();
        }

        var fromGroup = Assert.Single((await FindAsync(EntityKind.Group, gang.Slug))!.Relationships);

        Assert.Equal(("Led by", "Fabio Lenis", 2), (fromGroup.Phrase, fromGroup.OtherName, fromGroup.Citations.Count));
    }
}
