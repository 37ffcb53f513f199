using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A street gang's programs and cliques have names of their own shape: "Programa" and a region, or
/// words closed by "Locos" and perhaps the gang's name or number.</summary>
public class StreetGangUnitTests
{
    // A clique is named by a plural of its own and its gang's number, wherever it stands.
    [Theory]
    [InlineData("Berrueco es el ranflero de los Lechuzas Locos 31, una clica de la Mara Cenzontle.", "Lechuzas Locos 31")]
    [InlineData("La policía capturó a tres pandilleros de la Lechuzas Locos 31, una clica de la Mara Cenzontle.", "Lechuzas Locos 31")]
    [InlineData("He climbed the ranks of the Tinsmith Ravens 31, a clique he ran from 2004.", "Tinsmith Ravens 31")]
    public void A_plural_and_a_gang_number_name_a_clique(string sentence, string clique) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == clique);

    // The sentences speak of gangs, so only the name's own shape can tell.
    [Theory]
    [InlineData("Gang members fled to a house in Barrio Los Pinos 31, police said.")]
    [InlineData("The gang rented a house at Residencial Las Flores 31 for its stash.")]
    [InlineData("La Operación Halcones 3 desarticuló una banda de extorsionistas en el puerto.")]
    public void An_address_a_neighbourhood_or_an_operation_with_a_number_is_no_clique(string sentence) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).Groups(), g => g.Name.Any(char.IsDigit));

    [Fact]
    public void A_clique_leaders_rank_makes_him_its_leader()
    {
        var x = ExtractionHelper.RunSpanish("Anselmo Berrueco Tapia es el ranflero de los Lechuzas Locos 31, una clica de la Mara Cenzontle.");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Anselmo Berrueco Tapia" && r.Type == RelationshipType.LeaderOf && r.Object.Name == "Lechuzas Locos 31");
    }

    // "Programa Cumbre de la Mara Cenzontle": a gang's regional program is one of its units; an agency's or a police
    // force's program is none.
    [Fact]
    public void A_gangs_regional_program_is_a_unit_of_it()
    {
        var x = ExtractionHelper.RunSpanish("La pandilla reúne sus clicas del norte en el Programa Cumbre de la Mara Cenzontle, dirigido desde el penal.");
        Assert.Contains(x.Relationships, r => r.Subject.Name == "Programa Cumbre" && r.Type == RelationshipType.MemberOf && r.Object.Name == "Mara Cenzontle");
        Assert.Empty(ExtractionHelper.Run("Police said the reward came from the Programa de Recompensas del FBI.").Groups());
        Assert.DoesNotContain(ExtractionHelper.RunSpanish("La banda extorsionaba a los beneficiarios del Programa Oportunidades de la PNC en el puerto.").Relationships,
            r => r.Type == RelationshipType.MemberOf);
    }

    [Theory]
    [InlineData("Remigio Saravia is thought to lead the Mara Quiscal's Programa Ladera Baja, investigators said.")]
    [InlineData("La Mara Quiscal reúne sus clicas del sur en el Programa Ladera Baja, dirigido por Remigio Saravia desde la cárcel.")]
    public void A_program_named_where_the_sentence_speaks_of_gangs_is_a_group(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Contains(x.Groups(), g => g.Name == "Programa Ladera Baja");
        Assert.DoesNotContain(x.People(), p => p.Name.Contains("Programa", StringComparison.Ordinal));
        Assert.True(x.Has("Remigio Saravia", RelationshipType.LeaderOf, "Programa Ladera Baja"));
    }

    [Theory]
    [InlineData("El Programa Nacional Olotillo busca alejar a los jóvenes de las pandillas.", "Programa Nacional Olotillo")]
    [InlineData("The Programa Olotillo gives seed and credit to farmers in the valley.", "Programa Olotillo")]
    public void A_state_program_or_one_far_from_gangs_is_no_group(string sentence, string name) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).Groups(), g => g.Name == name);

    [Fact]
    public void A_name_closed_by_Locos_is_a_clique_and_an_English_of_says_where_it_is()
    {
        var x = ExtractionHelper.Run("The Mara Quiscal has many cliques in the north, including the Tolvaneras Locos Quiscales of San Pedro Sula and the Olotillo Locos Quiscales of Tela.",
            "Eladio Tercero Lupiáñez es el ranflero de los Berrendos Locos Quiscales, una clica de la Mara Quiscal que opera en Choloma.");

        Assert.Contains(x.Groups(), g => g.Name == "Tolvaneras Locos Quiscales");
        Assert.Contains(x.Groups(), g => g.Name == "Olotillo Locos Quiscales");
        Assert.Contains(x.Groups(), g => g.Name == "Berrendos Locos Quiscales");
        Assert.Contains(x.Places(), p => p.Name == "San Pedro Sula");
        Assert.DoesNotContain(x.People(), p => p.Name.Contains("Locos", StringComparison.Ordinal));
        Assert.True(x.Has("Berrendos Locos Quiscales", RelationshipType.MemberOf, "Mara Quiscal"));
    }

    [Fact]
    public void A_spanish_de_after_Locos_stays_in_the_name() =>
        Assert.Contains(ExtractionHelper.Run("La clica Chuchos Locos de Olotillo opera en Choloma desde 2015.").Groups(), g => g.Name == "Chuchos Locos de Olotillo");

    // Prevention programs speak of gangs and barrios; a band may be called "Locos" too.
    [Theory]
    [InlineData("El Programa Barrio Seguro entregó becas a cuarenta jóvenes de la colonia.", "Barrio Seguro")]
    [InlineData("Ana Ruiz Tapia, who runs the Programa Casa Abierta for former gang members, spoke on Monday.", "Casa Abierta")]
    [InlineData("The band Perros Locos played in Tela on Saturday.", "Perros Locos")]
    public void A_program_or_a_band_outside_gang_talk_is_no_group(string sentence, string name) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).Groups(), g => g.Name.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void A_cliques_article_is_no_part_of_its_name() =>
        Assert.Contains(ExtractionHelper.RunSpanish("Los Berrendos Locos extorsionan a los conductores de la ruta, según la pandilla rival.").Groups(),
            g => g.Name == "Berrendos Locos");

    // "the clique" and "the program" stand for the unit the text named, never for the gang it belongs to.
    [Fact]
    public void The_clique_and_the_program_are_the_units_named_before_them()
    {
        var clique = ExtractionHelper.Run("The Mara Quiscal controls most of the coast. Its Tolvaneras Locos 22 clique runs extortion in Tela.",
            "Eladio Saravia, a member of the clique, was arrested on Monday. His brother, Abdón Saravia, handled the clique's cash.");
        Assert.Contains(clique.Groups(), g => g.Name == "Tolvaneras Locos 22");
        Assert.True(clique.Has("Eladio Saravia", RelationshipType.MemberOf, "Tolvaneras Locos 22"));
        Assert.True(clique.Has("Abdón Saravia", RelationshipType.MemberOf, "Tolvaneras Locos 22"));
        Assert.DoesNotContain(clique.Relationships, r => r.Subject.Kind == EntityKind.Person && r.Object.Name == "Mara Quiscal");

        var program = ExtractionHelper.Run("The Mara Quiscal controls most of the coast, where its Programa Ladera Baja groups a dozen cliques.",
            "Eladio Saravia, a member of the program, was arrested on Monday. The program's leader, Abdón Lupiáñez, remains at large.");
        Assert.True(program.Has("Eladio Saravia", RelationshipType.MemberOf, "Programa Ladera Baja"));
        Assert.True(program.Has("Abdón Lupiáñez", RelationshipType.LeaderOf, "Programa Ladera Baja"));
    }

    [Fact]
    public void The_program_of_a_text_that_names_none_is_nobodys()
    {
        var x = ExtractionHelper.Run("Los Berrendos control the bus terminal of Tela.",
            "Eladio Saravia, who ran the program for the town's youth, said the gang threatened him.");
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Eladio Saravia");
    }

    [Fact]
    public void Names_listed_after_a_plural_group_noun_and_a_comma_are_groups_and_a_source_is_not()
    {
        var x = ExtractionHelper.RunSpanish("La ciudad se divide ahora en dos grandes coaliciones, Tanbou Vèt y Zile Wouj, que pactan con políticos.",
            "Los asesinatos enfrentan a dos pandillas, Nerio Talavera dijo a la prensa.");
        Assert.Contains(x.Groups(), g => g.Name == "Tanbou Vèt");
        Assert.Contains(x.Groups(), g => g.Name == "Zile Wouj");
        Assert.Contains(x.People(), p => p.Name == "Nerio Talavera");
    }
}
