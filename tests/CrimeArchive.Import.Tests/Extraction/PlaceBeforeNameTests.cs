namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A man named right after a place, or after a preposition that usually opens a place.</summary>
public class PlaceBeforeNameTests
{
    [Theory]
    [InlineData("Tras la captura en Tumbes de Gilberto Ulloa Riofrío, la banda se dividió en dos.", "Gilberto Ulloa Riofrío", "Tumbes")]
    [InlineData("Fue detenido en Chiclayo Gilberto Ochoa Fajardo, jefe de la banda en la región.", "Gilberto Ochoa Fajardo", null)]
    public void A_man_named_after_the_place_where_he_was_caught_is_no_part_of_it(string sentence, string person, string? place)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        Assert.Contains(x.People(), p => p.Name == person);
        // The place finder still reads the two names as one run and finds no town in it, as before the rule (left as it is).
        if (place is not null)
            Assert.Contains(x.Places(), p => p.Name == place);
    }

    [Theory]
    [InlineData("La banda halló un socio en Teódulo Ramírez Vela, “El Agrónomo”, un exportador de frutas.", "Teódulo Ramírez Vela", "El Agrónomo", true)]
    [InlineData("The new faction has formed around Anselmo Pita Duarte, alias \"El Maestro,\" a former teacher.", "Anselmo Pita Duarte", "El Maestro", false)]
    public void A_nickname_after_a_name_that_a_place_preposition_opens_makes_it_a_man(string sentence, string person, string nickname, bool spanish)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        Assert.Contains(nickname, x.People().Single(p => p.Name == person).Aliases);
    }

    [Fact]
    public void A_town_named_after_a_man_and_better_known_by_another_name_stays_a_place() =>
        Assert.DoesNotContain(ExtractionHelper.Run("He was born in the municipality of Anselmo Ruiz, better known as Tepetlán, where his family grew maize.").People(),
            p => p.Name.StartsWith("Anselmo", StringComparison.Ordinal));

    [Fact]
    public void A_name_after_a_comma_that_closes_la_familia_is_no_family_group()
    {
        var x = ExtractionHelper.RunSpanish("Dentro de la familia, Chelo Arriaga manda sobre sus hermanos menores.");
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("familia", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_given_name_that_is_also_a_city_opens_a_name_with_an_everyday_second_surname() =>
        Assert.Contains(ExtractionHelper.RunSpanish("La banda fue fundada en 2011 por Washington Arboleda Bone, alias “Lagarto”, un expresidiario.").People(),
            p => p.Name == "Washington Arboleda Bone");

    [Theory]
    [InlineData("Los Tejones operan en Lázaro Cárdenas, “la puerta del Pacífico”, desde 2010.")]
    [InlineData("The gang sells fuel in Matías Romero, “the railway town,” and along the highway.")]
    public void A_quoted_description_after_a_town_is_no_nickname(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).People());

    [Fact]
    public void A_quoted_family_name_after_la_familia_is_still_the_familys_group() =>
        Assert.Contains(ExtractionHelper.RunSpanish("La policía desarticuló a la familia “Arriaga”, que controlaba el puerto.").Groups(),
            g => g.Name.Contains("Arriaga", StringComparison.Ordinal));
}
