using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A Brazilian prison gang's units are named by a unit word and a place or a trade ("Sintonia do Litoral",
/// "Núcleo da Fronteira"); a cell may be named the same way ("Célula Norte").</summary>
public class PrisonGangUnitTests
{
    [Theory]
    [InlineData("Prosecutors say Valdir Quiscal ran the Sintonia do Litoral for the Comando Serrano until 2019.", "Sintonia do Litoral")]
    [InlineData("A second unit, the Núcleo da Fronteira, moves marijuana across the border for the gang.", "Núcleo da Fronteira")]
    [InlineData("La Célula Tolvanera del grupo cobra extorsiones a los transportistas del puerto.", "Célula Tolvanera")]
    public void A_unit_word_opens_a_units_name(string sentence, string unit) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == unit);

    [Fact]
    public void A_named_unit_of_a_gang_is_its_member_and_the_man_who_runs_it_leads_it()
    {
        var x = ExtractionHelper.Run(
            "Valdir Quiscal ran the Sintonia do Litoral for years.",
            "The Sintonia dos Gravetos, another unit of the Comando Serrano, handles the gang's lawyers.");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Valdir Quiscal" && r.Type == RelationshipType.LeaderOf && r.Object.Name == "Sintonia do Litoral");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Sintonia dos Gravetos" && r.Type == RelationshipType.MemberOf && r.Object.Name == "Comando Serrano");
    }

    // The word alone, or opening a sentence about cells, names nothing.
    [Theory]
    [InlineData("Células of the gang operate in three prisons, the report said.")]
    [InlineData("Sintonia, the gang's word for a department, runs its finances and its lawyers.")]
    public void The_unit_word_alone_is_no_group(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).Groups());

    // "the Banda dos 40": a number after a group word's particles closes its name; before a noun it counts men.
    [Fact]
    public void A_number_after_a_group_words_particle_closes_the_name()
    {
        var x = ExtractionHelper.Run("In the south, the Comando Serrano fights the Banda dos 40, a local ally of the Família Tolvanera.");
        Assert.Contains(x.Groups(), g => g.Name == "Banda dos 40");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Banda dos 40" && r.Type == RelationshipType.AllyOf && r.Object.Name == "Família Tolvanera");
        Assert.DoesNotContain(ExtractionHelper.RunSpanish("El Comando Serrano envió un Bloque de 200 hombres a la frontera.").Groups(), g => g.Name.Any(char.IsDigit));
    }
}
