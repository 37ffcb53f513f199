using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A Brazilian prison gang's units are named by a unit word and a place or a trade ("Sintonia do Litoral"); a
/// cell may be named the same way ("Célula Tolvanera").</summary>
public class PrisonGangUnitTests
{
    [Theory]
    [InlineData("Prosecutors say Valdir Quiscal ran the Sintonia do Litoral for the Comando Serrano until 2019.", "Sintonia do Litoral")]
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

    // A state's cell is a body of the state ("Célula de Inteligencia Financiera de la Policía").
    [Fact]
    public void A_cell_of_the_police_is_no_group() =>
        Assert.Empty(ExtractionHelper.RunSpanish("La Célula de Inteligencia Financiera de la Policía Nacional rastreó las cuentas del grupo.").Groups());

    // The word alone, or opening a sentence about cells, names nothing.
    [Theory]
    [InlineData("Células of the gang operate in three prisons, the report said.")]
    [InlineData("Sintonia, the gang's word for a department, runs its finances and its lawyers.")]
    public void The_unit_word_alone_is_no_group(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).Groups());

    // "the Banda dos 40": a number after a group word's article closes its name.
    [Fact]
    public void A_number_after_a_group_words_article_closes_the_name()
    {
        var x = ExtractionHelper.Run("In the south, the Comando Serrano fights the Banda dos 40, a local ally of the Família Tolvanera.");
        Assert.Contains(x.Groups(), g => g.Name == "Banda dos 40");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Banda dos 40" && r.Type == RelationshipType.AllyOf && r.Object.Name == "Família Tolvanera");
    }

    // A count is no part of a name: before a noun, after "of", or as the first digits of a larger number.
    [Theory]
    [InlineData("El Comando Serrano envió un Bloque de los 200 hombres a la frontera.", "Comando Serrano")]
    [InlineData("The Comando Serrano of 300 inmates controls the wing.", "Comando Serrano")]
    [InlineData("La Familia Tolvanera de las 1.200 familias del valle cobra cuotas.", "Familia Tolvanera")]
    [InlineData("The Comando Serrano, with the 2,000 men of the Banda dos 1 500, rules the wing.", "Comando Serrano")]
    public void A_count_after_a_name_stays_out_of_it(string sentence, string group)
    {
        var groups = ExtractionHelper.Run(sentence).Groups();
        Assert.Contains(groups, g => g.Name.EndsWith(group, StringComparison.Ordinal));
        Assert.DoesNotContain(groups, g => g.Name.Any(char.IsDigit) && g.Name != "Banda dos 40");
    }

    [Fact]
    public void A_man_named_after_the_number_is_his_own()
    {
        var x = ExtractionHelper.RunSpanish("La Pandilla de los 5 Carlos Quiscal fue desarticulada el martes.");
        Assert.Contains(x.People(), p => p.Name == "Carlos Quiscal");
    }
}
