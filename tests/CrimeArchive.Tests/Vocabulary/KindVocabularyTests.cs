using CrimeArchive.Data;
using CrimeArchive.Web.Routing;
using Microsoft.AspNetCore.Routing;

namespace CrimeArchive.Tests.Vocabulary;

public class KindVocabularyTests
{
    public static TheoryData<EntityKind> EntityKindValues => [.. Enum.GetValues<EntityKind>()];

    [Theory]
    [MemberData(nameof(EntityKindValues))]
    public void Every_entity_kind_has_a_segment_and_display_names(EntityKind kind)
    {
        var names = kind.Names();

        Assert.Equal(kind, names.Kind);
        Assert.Matches("^[a-z]+$", names.Segment);
        Assert.All([names.Singular, names.Plural, names.Menu], n => Assert.False(string.IsNullOrWhiteSpace(n)));
    }

    [Theory]
    [MemberData(nameof(EntityKindValues))]
    public void A_kinds_segment_reads_back_as_that_kind(EntityKind kind)
    {
        Assert.True(EntityKinds.TryParseSegment(kind.Segment(), out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void No_two_kinds_share_a_segment() =>
        Assert.Equal(EntityKinds.All.Count, EntityKinds.All.Select(n => n.Segment).Distinct().Count());

    [Theory]
    [InlineData("People", EntityKind.Person)]
    [InlineData("GROUPS", EntityKind.Group)]
    public void A_segment_is_read_whatever_its_case(string segment, EntityKind expected)
    {
        Assert.True(EntityKinds.TryParseSegment(segment, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("gangs")]
    [InlineData("person")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_kind(string? segment) =>
        Assert.False(EntityKinds.TryParseSegment(segment, out _));

    [Theory]
    [InlineData("people", true)]
    [InlineData("Places", true)]
    [InlineData("gangs", false)]
    [InlineData("Person", false)]
    public void The_route_constraint_accepts_exactly_the_kind_segments(string segment, bool accepted)
    {
        var values = new RouteValueDictionary { ["kind"] = segment };

        var matched = new EntityKindRouteConstraint().Match(null, null, "kind", values, RouteDirection.IncomingRequest);

        Assert.Equal(accepted, matched);
    }

    [Fact]
    public void Every_article_kind_has_a_display_name() =>
        Assert.All(Enum.GetValues<ArticleKind>(), k => Assert.False(string.IsNullOrWhiteSpace(k.DisplayName())));

    [Fact]
    public void Every_relationship_reads_from_both_of_its_sides() =>
        Assert.All(Enum.GetValues<RelationshipType>(), t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Phrase(fromSubject: true)));
            Assert.False(string.IsNullOrWhiteSpace(t.Phrase(fromSubject: false)));
        });

    [Fact]
    public void A_one_sided_relationship_reads_differently_from_its_object() =>
        Assert.Equal(("Leader of", "Led by"), (RelationshipType.LeaderOf.Phrase(true), RelationshipType.LeaderOf.Phrase(false)));
}
