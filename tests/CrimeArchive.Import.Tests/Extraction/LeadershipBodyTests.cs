using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

public class LeadershipBodyTests
{
    [Theory]
    [InlineData("en", "Los Jaguares run the prison of Palmasola.", "The gang's top command comprised Wálter Suárez, alias 'Cascabel'; Horacio Lino, alias 'Tuerto'; and Renata Ibáñez, alias 'La Rubia'.")]
    [InlineData("es", "Los Jaguares dominan el penal de Palmasola.", "Hasta 2021 su llamada ranfla nacional estaba integrada por Wálter Suárez, alias “Cascabel”; Horacio Lino, alias “Tuerto”, y Renata Ibáñez.")]
    public void Everyone_a_groups_leading_body_is_made_of_leads_the_group(string lang, string first, string second)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(first, second) : ExtractionHelper.Run(first, second);

        foreach (var name in new[] { "Wálter Suárez", "Horacio Lino", "Renata Ibáñez" })
        {
            Assert.True(x.Has(name, RelationshipType.LeaderOf, "Los Jaguares"), name);
            Assert.False(x.Has(name, RelationshipType.MemberOf, "Los Jaguares"), name);
        }
    }

    [Theory]
    [InlineData("Los Jaguares control the port of Callao. The navy said its command included Raúl Soto and Pedro Ruiz.")]
    [InlineData("Los Jaguares control the port of Callao. The command of the police unit hunting Los Jaguares included Raúl Soto and Pedro Ruiz.")]
    public void A_state_bodys_command_leads_no_gang(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.False(x.Has("Raúl Soto", RelationshipType.LeaderOf, "Los Jaguares"));
    }

    [Fact]
    public void Their_leadership_is_the_leadership_of_the_group_named_before_it()
    {
        var x = ExtractionHelper.Run("Los Jaguares control the port of Callao.", "Los Grillos emerged in 2015, and their leadership included Juan Pérez and Pedro Gómez.");

        Assert.True(x.Has("Juan Pérez", RelationshipType.LeaderOf, "Los Grillos"));
        Assert.False(x.Has("Juan Pérez", RelationshipType.LeaderOf, "Los Jaguares"));
    }

}

public class ReciprocalRivalryTests
{
    [Theory]
    [InlineData("en", "Since the 2019 pact, Los Zorzales and Los Grillos have stopped killing each other and now share the port.")]
    [InlineData("es", "Desde el pacto de 2019, Los Zorzales y Los Grillos ya no se matan entre sí y comparten el puerto.")]
    public void Groups_that_stopped_killing_each_other_are_no_rivals(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);

        Assert.False(x.Has("Los Zorzales", RelationshipType.RivalOf, "Los Grillos"));
    }
}
