using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

public class StrifeBetweenGroupsTests
{
    [Theory]
    [InlineData("Desde 2019 Los Cenzontles han chocado también con Los Berruecos en el valle.")]
    [InlineData("Los Cenzontles chocaron con Los Berruecos en Comayagua.")]
    [InlineData("The bloodshed between Los Cenzontles and Los Berruecos has left dozens dead.")]
    [InlineData("La violencia entre Los Cenzontles y Los Berruecos dejó decenas de muertos.")]
    public void Clashing_with_a_group_or_strife_between_two_makes_them_rivals(string sentence)
    {
        var x = sentence.Contains("The ") ? ExtractionHelper.Run(sentence) : ExtractionHelper.RunSpanish(sentence);
        Assert.Contains(x.Relationships, r => r.Type == RelationshipType.RivalOf
            && new[] { r.Subject.Name, r.Object.Name }.Order().SequenceEqual(["Los Berruecos", "Los Cenzontles"]));
    }

    [Theory]
    [InlineData("Los Cenzontles and Los Berruecos condemned the violence in the city.")]
    [InlineData("Un camión de Los Cenzontles chocó con un autobús de Los Berruecos en la carretera.")]
    public void Strife_someone_speaks_of_or_a_road_crash_makes_no_rivals(string sentence)
    {
        var x = sentence.Contains(" and ") ? ExtractionHelper.Run(sentence) : ExtractionHelper.RunSpanish(sentence);
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.RivalOf);
    }
}
