using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

public class SplinterFactionTests
{
    [Theory]
    [InlineData("en", "In 2018 a wing of Los Cernícalos headed by Wilmer Ortega walked out and created La Hermandad Sur, now at war with its old partners over the docks.",
        "Los Cernícalos", "Wilmer Ortega", "Hermandad Sur")]
    [InlineData("es", "En 2020 una facción de Los Gorriones liderada por Ezequiel Mora se separó y fundó Los Halcones del Llano, que hoy disputan el mercado a sus antiguos socios.",
        "Los Gorriones", "Ezequiel Mora", "Los Halcones del Llano")]
    public void A_wing_led_by_someone_that_breaks_away_is_a_rival_faction_that_he_leads(string lang, string sentence, string parent, string head, string splinter)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);

        Assert.True(x.Has(head, RelationshipType.LeaderOf, splinter));
        Assert.True(x.Has(splinter, RelationshipType.MemberOf, parent));
        Assert.True(x.Has(splinter, RelationshipType.RivalOf, parent));
        Assert.False(x.Has(head, RelationshipType.LeaderOf, parent));
        Assert.False(x.Has(head, RelationshipType.Founded, splinter));
    }

    [Fact]
    public void A_faction_of_the_gang_in_focus_is_a_faction_of_that_gang()
    {
        var x = ExtractionHelper.Run("Los Cernícalos control the bus terminal of Piura.",
            "In 2021 a faction of the gang led by Wilmer Ortega, a former prison guard, broke away and formed the Liga Norte, which now fights its former comrades.");

        Assert.True(x.Has("Wilmer Ortega", RelationshipType.LeaderOf, "Liga Norte"));
        Assert.True(x.Has("Liga Norte", RelationshipType.MemberOf, "Los Cernícalos"));
        Assert.False(x.Has("Wilmer Ortega", RelationshipType.LeaderOf, "Los Cernícalos"));
    }

    [Fact]
    public void A_former_armed_wing_that_split_and_fought_its_bosses_is_their_rival()
    {
        var x = ExtractionHelper.Run("Los Espectros were once the armed wing of Los Caimanes, but split from that group in 2017 and have fought their former bosses ever since.");

        Assert.True(x.Has("Los Espectros", RelationshipType.MemberOf, "Los Caimanes"));
        Assert.True(x.Has("Los Espectros", RelationshipType.RivalOf, "Los Caimanes"));
    }

    [Fact]
    public void A_wing_that_left_without_a_fight_is_no_rival()
    {
        var x = ExtractionHelper.Run("In 2018 a wing of Los Cernícalos headed by Wilmer Ortega walked out and created La Hermandad Sur in the port of Paita.");

        Assert.True(x.Has("Hermandad Sur", RelationshipType.MemberOf, "Los Cernícalos"));
        Assert.False(x.Has("Hermandad Sur", RelationshipType.RivalOf, "Los Cernícalos"));
    }

    [Fact]
    public void A_faction_of_the_gang_is_of_the_gang_named_before_it_in_the_sentence()
    {
        var x = ExtractionHelper.Run("Los Mirlos control the bus terminal of Piura.",
            "A rival gang, Los Tordos, was founded in 2015, and in 2021 a faction of the gang led by Óscar Vela broke away and formed the Liga Norte.");

        Assert.True(x.Has("Liga Norte", RelationshipType.MemberOf, "Los Tordos"));
        Assert.False(x.Has("Liga Norte", RelationshipType.MemberOf, "Los Mirlos"));
        Assert.False(x.Has("Óscar Vela", RelationshipType.LeaderOf, "Los Tordos"));
    }

    [Fact]
    public void A_former_wing_fighting_beside_its_old_bosses_is_no_rival()
    {
        var x = ExtractionHelper.Run("Los Espectros were originally the armed wing of Los Caimanes, and when the old boss left prison in 2019 both gangs fought together against Los Pumas.");

        Assert.False(x.Has("Los Espectros", RelationshipType.RivalOf, "Los Caimanes"));
    }
}
