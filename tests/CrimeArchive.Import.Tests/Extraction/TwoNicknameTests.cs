namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Nicknames introduced in shapes the plain "known as" does not cover.</summary>
public class TwoNicknameTests
{
    [Fact]
    public void Known_both_as_gives_both_nicknames()
    {
        var x = ExtractionHelper.Run("Prosecutors charged Eliseo Garnica Puerto, known both as “Pecarí” and “Mochilero,” with extortion.");
        var person = Assert.Single(x.People());
        Assert.Contains("Pecarí", person.Aliases);
        Assert.Contains("Mochilero", person.Aliases);
    }

    [Theory]
    [InlineData("La policía detuvo a Eliseo Garnica Puerto, conocido como “Pecarí” y también como “Tío Pecarí”, en el puerto.", "Tío Pecarí")]
    [InlineData("Police arrested Eliseo Garnica Puerto, known as “Pecarí” and also as “Uncle Pecarí,” at the port.", "Uncle Pecarí")]
    [InlineData("Police arrested Eliseo Garnica Puerto, alias \"Pecarí,\" also known as \"Mochilero,\" at the port.", "Mochilero")]
    public void A_second_nickname_after_also_as_is_the_same_mans(string sentence, string second)
    {
        var person = Assert.Single(ExtractionHelper.Run(sentence).People());
        Assert.Contains("Pecarí", person.Aliases);
        Assert.Contains(second, person.Aliases);
    }

    [Theory]
    [InlineData("Leandro Peñuela escaped with his predecessor, alias “Bramadero,” after the raid.")]
    [InlineData("The bloc, under alias “Bramadero,” is expanding into the valley.")]
    public void A_nickname_with_no_name_before_it_is_a_person(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.People(), p => p.Aliases.Contains("Bramadero"));
    }

    [Theory]
    [InlineData(false, "Police think the ring answers to Baltasar Urquiola Leiva, an ex-horse trader known as “Tizón” and also nicknamed “El Serrano.”")]
    [InlineData(true, "La red responde a Baltasar Urquiola Leiva, conocido como “Tizón” y también apodado “El Serrano”, que controla tres aserraderos.")]
    public void A_second_naming_verb_after_and_names_the_same_man(bool spanish, string sentence)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        var person = Assert.Single(x.People());
        Assert.Contains("Tizón", person.Aliases);
        Assert.Contains("El Serrano", person.Aliases);
    }
}
