namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>"Los Garcetas of Cúcuta": a gang's plural name ends before "of" and the town it comes from.</summary>
public class HomeTownNameTests
{
    [Theory]
    [InlineData("Foreign crews, such as Los Garcetas of Cúcuta, now buy coca paste directly from the growers.", "Los Garcetas", "Cúcuta")]
    [InlineData("Another big clique, the Palmar Locos of Tumaco, runs drug sales in the port.", "Palmar Locos", "Tumaco")]
    public void The_town_is_a_place_and_not_part_of_the_name(string sentence, string gang, string town)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == gang);
        Assert.Contains(x.Places(), p => p.Name == town);
    }

    [Fact]
    public void A_plural_institution_word_keeps_the_town_in_the_name()
    {
        var x = ExtractionHelper.Run("The Self-Defense Forces of Cúcuta move cocaine across the border, police said.");
        Assert.Contains(x.Groups(), g => g.Name == "Self-Defense Forces of Cúcuta");
    }
}
