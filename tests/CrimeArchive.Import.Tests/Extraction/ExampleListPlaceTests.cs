namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Places the text names as examples of a plural place noun, and river regions and features
/// Spanish writes with a lower-case noun.</summary>
public class ExampleListPlaceTests
{
    [Theory]
    [InlineData("The front hides small cells in villages such as Tuscalito, Varalito and Chiquirí, the army said.")]
    [InlineData("Residents of the poorer neighborhoods, including Tuscalito, Varalito and Chiquirí, fled the fighting.")]
    public void Every_example_is_a_place_and_none_a_person_or_group(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        var places = x.Places().Select(p => p.Name).ToList();
        Assert.Contains("Tuscalito", places);
        Assert.Contains("Varalito", places);
        Assert.Contains("Chiquirí", places);
        Assert.Empty(x.People());
        Assert.Empty(x.Groups());
    }

    [Fact]
    public void Bajo_opens_a_region_s_name()
    {
        var x = ExtractionHelper.Run("The gunmen moved into Bajo Taraguá last year, residents said.");
        Assert.Contains(x.Places(), p => p.Name == "Bajo Taraguá");
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_lower_case_Spanish_feature_noun_makes_a_place()
    {
        var x = ExtractionHelper.RunSpanish("Los lancheros salen por el golfo de Gualanday hacia el norte.");
        Assert.Contains(x.Places(), p => p.Name.Contains("Gualanday"));
    }
}
