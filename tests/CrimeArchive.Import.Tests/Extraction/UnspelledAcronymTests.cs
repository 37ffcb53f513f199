using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>An acronym the text never spells out is an armed group where the text speaks of it as one.</summary>
public class UnspelledAcronymTests
{
    [Theory]
    [InlineData("The FRQ's Frente Celso Barandica has attacked army posts in the south.")]
    [InlineData("Police said FRQ dissidents burned three trucks in the south.")]
    [InlineData("The front is a splinter of the old FRQ that refused the peace deal.")]
    [InlineData("When the FRQ laid down its arms, Ovidio Marulanda formed a gang of his own.")]
    [InlineData("Ovidio Marulanda, a former FRQ militiaman, runs the gang.")]
    public void An_acronym_spoken_of_as_armed_is_a_group(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == "FRQ");
    }

    [Fact]
    public void After_the_Spanish_feminine_plural_article_in_a_sentence_about_armed_groups_it_is_a_group()
    {
        var x = ExtractionHelper.RunSpanish("Ovidio Marulanda ingresó a las FRQ siendo menor de edad y fue comandante de un frente.");
        Assert.Contains(x.Groups(), g => g.Name == "FRQ");
    }

    [Fact]
    public void A_common_noun_s_acronym_is_no_group()
    {
        var x = ExtractionHelper.RunSpanish("Las ONG denunciaron que los frentes de la guerrilla reclutan menores en el sur.");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "ONG");
    }

    [Fact]
    public void After_las_outside_a_sentence_about_insurgents_an_acronym_is_no_group()
    {
        var x = ExtractionHelper.RunSpanish("Los miembros de la banda fueron atendidos en las IPS de la ciudad tras el tiroteo.");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "IPS");
    }

    [Theory]
    [InlineData("Two MMA fighters were hired as bodyguards by Los Carriceros.", "MMA")]
    [InlineData("SWAT units stormed the house where Los Carriceros kept their guns.", "SWAT")]
    public void Fighters_or_units_do_not_make_an_acronym_armed(string sentence, string acronym)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.DoesNotContain(x.Groups(), g => g.Name == acronym);
    }

    [Fact]
    public void A_unit_named_after_a_person_opens_with_Subestructura()
    {
        var x = ExtractionHelper.RunSpanish("Alias Garcero comandaba la Subestructura Celso Barandica, una unidad del Frente Sur.");
        Assert.Contains(x.Groups(), g => g.Name == "Subestructura Celso Barandica");
        Assert.DoesNotContain(x.People(), p => p.Name == "Celso Barandica");
    }
}
