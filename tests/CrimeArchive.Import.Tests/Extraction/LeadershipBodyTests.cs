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
}
