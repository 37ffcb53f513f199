using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Group names told by what surrounds them: an armed wing in apposition, the men of a group at
/// the start of a sentence, a network named after a family, a guerrilla unit called a company.</summary>
public class GroupShapeTests
{
    [Theory]
    [InlineData("Brigada Norteña, the Sun Cartel's armed wing, attacked a police post near Ocaña.", "Brigada Norteña", "Sun Cartel")]
    [InlineData("La Brigada del Llano, brazo armado del Cártel del Mar, atacó un retén en Tibú.", "La Brigada del Llano", "Cártel del Mar")]
    public void A_name_in_apposition_to_an_armed_wing_is_a_group(string sentence, string wing, string parent)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Contains(x.Groups(), g => g.Name == wing);
        Assert.DoesNotContain(x.People(), p => p.Name == wing);
        Assert.True(x.Has(wing, RelationshipType.MemberOf, parent));
    }

    [Fact]
    public void A_person_who_commands_an_armed_wing_stays_a_person()
    {
        var x = ExtractionHelper.Run("Police arrested Julián Ortega Paz, who commands the Sun Cartel's armed wing, in Cúcuta.");

        Assert.Contains(x.People(), p => p.Name == "Julián Ortega Paz");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Julián Ortega Paz");
    }

    [Theory]
    [InlineData("Integrantes del Frente Unido del Norte (FUN) atacaron un puesto de policía en Tibú.", "Frente Unido del Norte")]
    [InlineData("Miembros de la Hermandad del Puerto quemaron dos camiones.", "Hermandad del Puerto")]
    public void The_men_of_a_group_opening_a_sentence_are_no_part_of_its_name(string sentence, string name)
    {
        var x = ExtractionHelper.RunSpanish(sentence);

        Assert.Equal(name, Assert.Single(x.Groups()).Name);
    }

    [Theory]
    [InlineData("La Nação Tapiraqué controla el río desde 2015.", "Nação Tapiraqué")]
    [InlineData("La Facção da Serra Alta nació en una cárcel de Manaus.", "Facção da Serra Alta")]
    public void A_portuguese_nation_or_faction_is_a_group(string sentence, string name)
    {
        var x = ExtractionHelper.RunSpanish(sentence);

        Assert.Contains(x.Groups(), g => g.Name == name || g.Aliases.Contains(name));
        Assert.DoesNotContain(x.People(), p => p.Name.Contains("Tapiraqué") || p.Name.Contains("Serra"));
    }

    [Fact]
    public void A_spanish_cell_named_after_a_town_keeps_its_noun_and_its_parent()
    {
        var x = ExtractionHelper.RunSpanish("Los Cárabos controlan el puerto desde 2015.", "En la estructura del grupo, la célula Barranca es la que más dinero mueve.");
        Assert.Contains(x.Groups(), g => g.Name == "célula Barranca");
        Assert.True(x.Has("célula Barranca", RelationshipType.MemberOf, "Los Cárabos"));
    }

    [Fact]
    public void A_spanish_network_named_after_a_family_keeps_its_noun()
    {
        var x = ExtractionHelper.RunSpanish("Los fiscales dicen que la red Castaño movía cocaína por el puerto de Buenaventura.");

        Assert.Contains(x.Groups(), g => g.Name == "red Castaño");
    }

    [Fact]
    public void A_red_car_is_no_network()
    {
        var x = ExtractionHelper.Run("The gunmen fled in the red Toyota pickup towards Cúcuta.");

        Assert.DoesNotContain(x.Groups(), g => g.Name.StartsWith("red ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mobile_company_is_a_guerrilla_unit()
    {
        var x = ExtractionHelper.Run("The army said the Alto Verde Mobile Company, a unit of the Eastern Bloc, had moved into the area.");

        Assert.True(x.Has("Alto Verde Mobile Company", RelationshipType.MemberOf, "Eastern Bloc"));
    }
    [Fact]
    public void A_clique_named_after_its_gang_is_a_group_of_its_own()
    {
        var x = ExtractionHelper.Run("Barrio 9 is the largest gang in San Salvador. Its strongest clique, Barrio 9 Los Viejos, controls the market of Soyapango.",
            "Police say Barrio 9 Los Viejos answers to the gang's national leadership.");

        Assert.Contains(x.Groups(), g => g.Name == "Barrio 9");
        Assert.Contains(x.Groups(), g => g.Name == "Barrio 9 Los Viejos");
        Assert.True(x.Has("Barrio 9 Los Viejos", RelationshipType.MemberOf, "Barrio 9"));
    }

    [Theory]
    [InlineData("The army blamed the ambush on the Compañía Anacleto Varón, a unit of the Frente Tobías Riera.", "Compañía Anacleto Varón", true)]
    [InlineData("La Compañía Minera del Sur explota oro en la zona desde 1998.", "Compañía Minera del Sur", false)]
    [InlineData("Gang members extorted the drivers of the Compañía Cervecera Andina for years.", "Compañía Cervecera Andina", false)]
    public void A_company_is_a_guerrilla_unit_only_where_the_sentence_speaks_of_armed_groups(string sentence, string name, bool unit)
    {
        var groups = ExtractionHelper.Run(sentence).Groups().Select(g => g.Name).ToList();
        Assert.Equal(unit, groups.Contains(name));
    }

    [Theory]
    [InlineData("Los Mirlos control the valley. Ramiro Tuna Vega, an ex-police chief of Llano Verde, has fled.")]
    [InlineData("Los Mirlos control the valley. Ramiro Tuna Vega, the police chief of Llano Verde, has fled.")]
    public void What_a_police_chief_is_of_is_no_group(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Llano Verde");
        Assert.False(x.Has("Ramiro Tuna Vega", CrimeArchive.Data.RelationshipType.LeaderOf, "Llano Verde"));
    }

    [Fact]
    public void A_spanish_plural_noun_and_adjective_among_groups_is_a_group()
    {
        var x = ExtractionHelper.Run("Groups such as Cuervos Negros and Los Mirlos later expanded into the valley.");
        Assert.Contains(x.Groups(), g => g.Name == "Cuervos Negros");
        Assert.DoesNotContain(x.People(), p => p.Name == "Cuervos Negros");
    }
}
