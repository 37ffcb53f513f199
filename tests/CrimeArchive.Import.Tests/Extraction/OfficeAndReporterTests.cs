namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>An office's portfolio, what is left of an institution's name and a sentence-opening "Autoridades de X"
/// are no people; a person who "informó" is no newspaper; a rank written with a hyphen is a title.</summary>
public class OfficeAndReporterTests
{
    [Theory]
    [InlineData("El viceministro de Régimen Lacustre, Teodomiro Apaza Condori, dijo que la red fue desarticulada.", "Régimen Lacustre")]
    [InlineData("El secretario de Seguridad Pública de Valdoria, Teodomiro Apaza Condori, dijo que la red fue desarticulada.", "Seguridad Pública de Valdoria")]
    [InlineData("La Fiscalía General del Estado de Valdoria, encabezada por Teodomiro Apaza Condori, abrió una investigación.", "del Estado de Valdoria")]
    [InlineData("Autoridades de Valdoria detuvieron a Teodomiro Apaza Condori en su casa.", "Autoridades de Valdoria")]
    public void The_office_is_no_person_and_the_official_is_one(string text, string notPerson)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.People(), p => p.Name == notPerson);
        Assert.Contains(x.People(), p => p.Name == "Teodomiro Apaza Condori");
    }

    [Theory]
    [InlineData("Investigator Marta Lisboa said the cell was dismantled.", "Marta Lisboa")]
    [InlineData("The deeds were signed before Notary Zoilo Benjumea in 2019.", "Zoilo Benjumea")]
    public void An_investigator_or_a_notary_before_a_name_is_a_title(string text, string person)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(x.People(), p => p.Name == person);
        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("Investigator") || p.Name.StartsWith("Notary"));
    }

    [Fact]
    public void A_person_who_reports_is_no_newspaper()
    {
        var x = ExtractionHelper.RunSpanish("Según la policía, el fiscal Pedro Salas Urquiza informó que la banda fue desarticulada.");
        Assert.Contains(x.People(), p => p.Name == "Pedro Salas Urquiza");
    }

    [Fact]
    public void A_newspaper_that_reports_is_no_person()
    {
        var x = ExtractionHelper.RunSpanish("El Heraldo Sureño informó que la banda fue desarticulada en Tumaco.");
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_hyphenated_rank_is_no_part_of_the_name()
    {
        var x = ExtractionHelper.Run("Sub-officer Abdón Llanque Vargas, 31, was wounded in the blast.");
        Assert.Contains(x.People(), p => p.Name == "Abdón Llanque Vargas");
    }

    [Theory]
    [InlineData("La banda está dirigida por el excabo de la Guardia Municipal Ubaldo Sarmiento Leite desde 2019.")]
    [InlineData("El comisario de la Policía Estatal Ubaldo Sarmiento Leite, que investiga el caso, habló con la prensa.")]
    public void A_name_after_a_state_bodys_noun_and_adjectives_is_a_person(string text)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.Contains(x.People(), p => p.Name == "Ubaldo Sarmiento Leite");
    }

    [Theory]
    [InlineData("La guerrilla negocia desde hace meses con el Gobierno de Eduardo Carranza Lema en Caracas.", "Eduardo Carranza Lema")]
    [InlineData("El frente rechazó la oferta del Gobierno de Carlos Quiroga Dávila en marzo.", "Carlos Quiroga Dávila")]
    public void A_man_named_after_de_is_the_person_whose_government_it_is(string text, string name)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.Contains(x.People(), p => p.Name == name);
    }

    // A town's office named after a man, and a government of a province whose name opens with a given name, name no one.
    [Theory]
    [InlineData("La guerrilla negocia con la Alcaldía de Gustavo Madero desde marzo.", "Gustavo Madero")]
    [InlineData("La guerrilla negocia con el Gobierno de Santiago del Estero desde marzo.", "Estero")]
    public void An_office_of_a_place_named_after_a_man_names_no_person(string text, string name)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.People(), p => p.Name.Contains(name));
    }

    [Fact]
    public void A_state_body_with_its_adjectives_alone_is_no_person()
    {
        var x = ExtractionHelper.RunSpanish("La Guardia Nacional Bolivariana y la Policía Nacional Civil no respondieron a las preguntas.");
        Assert.Empty(x.People());
    }
}
