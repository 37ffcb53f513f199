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
}
