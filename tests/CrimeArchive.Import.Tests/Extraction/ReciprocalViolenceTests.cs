using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Two groups that kill or attack each other's people are rivals.</summary>
public class ReciprocalViolenceTests
{
    [Theory]
    [InlineData("Los Garcetas and Los Carriceros have been killing each other's members for years.")]
    [InlineData("Los Garcetas and Los Carriceros attacked one another's stash houses in March.")]
    public void Violence_both_ways_is_a_rivalry(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.True(x.Has("Los Garcetas", RelationshipType.RivalOf, "Los Carriceros"));
    }

    [Fact]
    public void Visiting_each_other_is_no_rivalry()
    {
        var x = ExtractionHelper.Run("Los Garcetas and Los Carriceros visited each other's markets before the truce.");
        Assert.False(x.Has("Los Garcetas", RelationshipType.RivalOf, "Los Carriceros"));
    }
}
