using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

public class StrifeBetweenGroupsTests
{
    [Fact]
    public void Strife_between_two_groups_makes_them_rivals()
    {
        AssertRivals(ExtractionHelper.Run("The bloodshed between Los Cenzontles and Los Berruecos has left dozens dead."));
        AssertRivals(ExtractionHelper.RunSpanish("La violencia entre Los Cenzontles y Los Berruecos dejó decenas de muertos."));
    }

    // Between two people strife may be a family's quarrel: the brothers stay brothers.
    [Fact]
    public void Strife_between_two_brothers_makes_no_rivals()
    {
        var x = ExtractionHelper.Run("The fighting between Fidel Nava Ortega and Marcos Nava Ortega, brothers who led Los Cenzontles, split the gang.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.RivalOf && r.Subject.Kind == EntityKind.Person && r.Object.Kind == EntityKind.Person);
    }

    private static void AssertRivals(CrimeArchive.Import.Extraction.Extraction x) =>
        Assert.Contains(x.Relationships, r => r.Type == RelationshipType.RivalOf
            && new[] { r.Subject.Name, r.Object.Name }.Order().SequenceEqual(["Los Berruecos", "Los Cenzontles"]));

    // A feud the leader of one group has with another group is his group's.
    [Fact]
    public void A_leaders_feud_with_a_group_is_his_groups()
    {
        var x = ExtractionHelper.Run("Baltasar Urquiola Leiva leads Los Gavilanes del Muelle, a crew of fuel smugglers.",
            "Urquiola has been at war with Los Tordos Pardos since 2019, police said.");
        Assert.True(x.Has("Los Gavilanes del Muelle", RelationshipType.RivalOf, "Los Tordos Pardos")
            || x.Has("Los Tordos Pardos", RelationshipType.RivalOf, "Los Gavilanes del Muelle"));
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.RivalOf && r.Subject.Kind != r.Object.Kind);
    }
}
