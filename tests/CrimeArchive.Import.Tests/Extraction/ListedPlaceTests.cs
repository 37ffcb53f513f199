namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Places named together under one plural place noun, before or after them.</summary>
public class ListedPlaceTests
{
    [Theory]
    [InlineData("Los cateos se hicieron en los barrios Tabaquero y Limonal de la ciudad.", new[] { "Tabaquero", "Limonal" }, true)]
    [InlineData("La banda tiene bodegas junto a los ríos Sapote y Jobito, en el sur.", new[] { "Sapote", "Jobito" }, true)]
    [InlineData("Police raided houses in the Tabaquero and Limonal neighborhoods of the city.", new[] { "Tabaquero", "Limonal" }, false)]
    [InlineData("The gang holds the Tabaquero, Limonal and Ceibal comunas.", new[] { "Tabaquero", "Limonal", "Ceibal" }, false)]
    [InlineData("The boats move up the Sapote and Jobito rivers at night.", new[] { "Sapote", "Jobito" }, false)]
    public void Every_name_a_plural_place_noun_lists_is_a_place(string sentence, string[] places, bool spanish)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        foreach (var place in places)
            Assert.Contains(x.Places(), p => p.Name == place);
    }

    [Fact]
    public void A_list_no_plural_place_noun_closes_names_no_places() =>
        Assert.Empty(ExtractionHelper.Run("The Tabaquero and Limonal families settled their feud in court.").Places());

    [Fact]
    public void A_list_with_a_comma_before_and_is_read_whole()
    {
        var places = ExtractionHelper.Run("The gang holds the Tabaquero, Limonal, and Ceibal neighborhoods.").Places().Select(p => p.Name).ToList();
        Assert.Contains("Tabaquero", places);
        Assert.Contains("Limonal", places);
    }

    [Fact]
    public void Police_departments_are_no_places() =>
        Assert.Empty(ExtractionHelper.Run("Detectives from the Homicide and Narcotics departments searched the house.").Places());

    [Theory]
    [InlineData("The gang sells fuel in Tlacotepec and nearby Cañada del Encino.")]
    [InlineData("The cartel operates in towns like Tlacotepec and Cañada del Encino.")]
    public void A_town_joined_by_de_in_a_list_of_places_is_no_person(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.DoesNotContain(x.People(), p => p.Name.Contains("Encino"));
        Assert.Contains(x.Places(), p => p.Name == "Cañada del Encino");
    }

    [Theory]
    [InlineData("Two men were shot in Culiacán and Ponce de Lizárraga was arrested the next day.", "Ponce de Lizárraga")]
    [InlineData("Ruiz operated in towns like Tlacotepec and Ortiz de Lizárraga helped him launder money.", "Ortiz de Lizárraga")]
    public void A_surname_with_de_after_a_list_of_places_stays_a_person(string sentence, string person)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.People(), p => p.Name == person);
    }

    [Fact]
    public void What_a_president_heads_is_no_place()
    {
        var x = ExtractionHelper.RunSpanish("El presidente de Renovación Sureña, Mario Lander Paz, condenó el ataque.");
        Assert.DoesNotContain(x.Places(), p => p.Name.StartsWith("Renovación", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mexican_municipal_president_is_the_mayor_of_a_place()
    {
        var x = ExtractionHelper.RunSpanish("El presidente municipal de Lomas de Encino fue detenido por la policía.");
        Assert.DoesNotContain(x.People(), p => p.Name == "Lomas de Encino");
        Assert.Contains(x.Places(), p => p.Name == "Lomas de Encino");
    }
}
