using CrimeArchive.Import.Extraction.Places;
using CrimeArchive.Import.Tests.Extraction;

namespace CrimeArchive.Import.Tests.Places;

/// <summary>Regions the press names that are no administrative unit (press-regions.tsv): places wherever
/// they stand, with or without their article, and never a group or a person.</summary>
public class PressRegionTests
{
    [Theory]
    [InlineData("La coca del Chapare llega a Santa Cruz en camiones.", "Chapare")]
    [InlineData("Cocaine base leaves the VRAEM by river.", "VRAEM")]
    [InlineData("Limes from Tierra Caliente pay a quota to the gang.", "Tierra Caliente")]
    [InlineData("The pipelines that cross the Bajío are tapped every night.", "Bajío")]
    [InlineData("Dissidents fight for the coca fields of the Catatumbo.", "Catatumbo")]
    public void A_press_region_is_a_place(string sentence, string region) =>
        Assert.Contains(region, PlaceFinder.Find(sentence).Select(m => m.Surface));

    [Fact]
    public void A_region_is_no_group_in_a_sentence_about_a_gang()
    {
        var x = ExtractionHelper.Run("The Quispe clan moves cocaine base out of the Chapare by boat, police said.");
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Chapare", StringComparison.Ordinal));
        Assert.Contains(x.Places(), p => p.Name == "Chapare");
    }

    [Fact]
    public void A_region_across_a_border_belongs_to_each_country()
    {
        var countries = Gazetteer.Default.Lookup("Triple Frontera").Select(e => e.Country).ToList();
        Assert.Contains("Paraguay", countries);
        Assert.Contains("Brazil", countries);
    }

    [Fact]
    public void The_region_list_loads_with_its_country()
    {
        var entry = Assert.Single(Gazetteer.Default.Lookup("Chapare"));
        Assert.Equal("Bolivia", entry.Country);
    }
}
