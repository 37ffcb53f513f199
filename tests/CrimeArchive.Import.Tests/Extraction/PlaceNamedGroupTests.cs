using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A group named after its place, and the place named on its own: the bare place is the place.</summary>
public class PlaceNamedGroupTests
{
    [Theory]
    [InlineData("Soldiers arrested the leader of the Caruachi Syndicate on Monday. The gang taxes every gram of gold taken from the pits around the town of Caruachi.", "Caruachi Syndicate", "Caruachi")]
    [InlineData("La Policía capturó al jefe de Los Halcones del Tigre en Machala. La banda controla la extorsión en la provincia de El Tigre desde 2019.", "Los Halcones del Tigre", "El Tigre")]
    public void The_place_a_group_is_named_after_stays_a_place_where_it_stands_alone(string text, string group, string place)
    {
        var x = ExtractionHelper.Run(text);

        var named = Assert.Single(x.Groups(), g => g.Name == group);
        Assert.DoesNotContain(place, named.Aliases);
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Place && e.Name == place);
    }

    [Fact]
    public void A_family_clan_keeps_its_surname_where_a_town_shares_it()
    {
        var x = ExtractionHelper.Run("The Manglaneros allied with the Garzón clan, a Colombian trafficking family. The Garzones run laboratories in Nariño, and a dissident front has attacked Garzón laboratories since March.");

        var clan = Assert.Single(x.Groups(), g => g.Name.StartsWith("Garzón", StringComparison.Ordinal));
        Assert.Contains("Garzón", clan.Aliases);
    }

    [Fact]
    public void The_groups_short_name_acting_in_a_sentence_stays_the_groups()
    {
        var x = ExtractionHelper.RunSpanish("Los Halcones del Tigre extorsionan a los comerciantes de la parroquia de El Tigre. En marzo, El Tigre pactó una tregua con Los Lobos.");

        Assert.Contains("El Tigre", x.Groups().Single(g => g.Name == "Los Halcones del Tigre").Aliases);
        Assert.Contains(x.Places(), p => p.Name == "El Tigre");
    }
}
