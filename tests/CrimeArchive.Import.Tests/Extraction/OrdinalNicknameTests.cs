namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Nicknames made of ordinary words ("el Mayor", "El Tercero"), the last of a list closed inside its
/// quote, and a pair of nicknames given to two brothers past a description of them.</summary>
public class OrdinalNicknameTests
{
    [Fact]
    public void A_nickname_whose_word_is_also_a_title_is_kept_with_its_article()
    {
        var x = ExtractionHelper.RunSpanish("Nelson es el hermano menor de Jairo Cárcamo Rosales, alias \"el Mayor\", considerado el jefe máximo del clan.");

        Assert.Contains("el Mayor", x.People().Single(p => p.Name == "Jairo Cárcamo Rosales").Aliases);
    }

    [Fact]
    public void The_last_nickname_of_a_list_closed_inside_its_quote_is_kept()
    {
        var x = ExtractionHelper.Run("Don Tomás had three sons, known by their order of birth: Ramiro Ochoa Lima, \"El Primero\"; Rubén Ochoa Lima, \"El Segundo\"; and Jacinto Ochoa Lima, \"El Tercero.\"");

        Assert.Contains("El Tercero", x.People().Single(p => p.Name == "Jacinto Ochoa Lima").Aliases);
    }

    [Theory]
    [InlineData("Leonel and Ismael Chacón Prado are known as \"Chacón el Viejo\" and \"Chacón el Joven\" and run the warehouses.")]
    [InlineData("Leonel and Ismael Chacón Prado, the sons of his sister, are known as \"Chacón el Viejo\" and \"Chacón el Joven\" and run the warehouses.")]
    public void Two_brothers_known_as_two_nicknames_take_one_each_in_order(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains("Chacón el Viejo", x.People().Single(p => p.Name == "Leonel Chacón Prado").Aliases);
        Assert.Contains("Chacón el Joven", x.People().Single(p => p.Name == "Ismael Chacón Prado").Aliases);
    }

    [Fact]
    public void A_description_with_a_preposition_before_known_as_still_names_no_one_before_it()
    {
        var x = ExtractionHelper.Run("Police raided the house of Marta Ruiz, the cartel relies on a cell known as \"Los Topos\" for its tunnels.");

        Assert.DoesNotContain("Los Topos", x.People().Single(p => p.Name == "Marta Ruiz").Aliases);
    }
}
