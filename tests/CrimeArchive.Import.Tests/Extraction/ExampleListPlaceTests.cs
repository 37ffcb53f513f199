namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Places the text names as examples of a plural place noun, and river regions and features
/// Spanish writes with a lower-case noun.</summary>
public class ExampleListPlaceTests
{
    [Theory]
    [InlineData("The front hides small cells in villages such as Tuscalito, Varalito and Chiquirí, the army said.")]
    [InlineData("Residents of poor neighborhoods including Tuscalito, Varalito and Chiquirí fled the fighting.")]
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
    public void After_a_comma_the_example_may_be_a_person()
    {
        var x = ExtractionHelper.Run("The gang threatened leaders from rural villages, including Nerio Talavera, who fled to the capital.");
        Assert.Contains(x.People(), p => p.Name == "Nerio Talavera");
    }

    [Fact]
    public void Bajo_opens_the_name_of_a_known_place_s_lower_reach()
    {
        var x = ExtractionHelper.RunSpanish("El Alto Comisionado para la Paz dijo que la guerrilla llegó al Bajo Cauca.");
        var places = x.Places().Select(p => p.Name).ToList();
        Assert.Contains("Bajo Cauca", places);
        Assert.DoesNotContain(places, p => p.StartsWith("Alto", StringComparison.Ordinal));
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_lower_case_Spanish_feature_noun_makes_a_place()
    {
        var x = ExtractionHelper.RunSpanish("Los lancheros salen por el golfo de Gualanday hacia el norte.");
        Assert.Contains(x.Places(), p => p.Name.Contains("Gualanday"));
    }
}
