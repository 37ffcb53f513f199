using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A name given after a long description of a group ("X, a crew of smugglers from the port
/// known as Y") is the group's, not that of the place the description ends on; a nickname given with
/// "alias" after "X, the group of P" stays P's.</summary>
public class DescribedGroupNameTests
{
    [Theory]
    [InlineData("Los Ñandúes, un grupo de contrabandistas del puerto conocido también como Los Saturninos, controla los muelles de Manta.")]
    [InlineData("Los Ñandúes, una banda de Esmeraldas conocida como Los Saturninos, controla los muelles.")]
    [InlineData("Los Ñandúes, una banda de contrabandistas del puerto conocida también como el clan Saturnino, controla los muelles.")]
    public void The_name_after_a_described_group_is_the_groups(string sentence)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        var group = x.Groups().Named("Los Ñandúes");
        Assert.Contains(group.Aliases, a => a is "Los Saturninos" or "clan Saturnino");
        Assert.Single(x.Groups());
    }

    [Fact]
    public void A_nickname_given_after_a_group_of_a_named_woman_stays_hers()
    {
        var x = ExtractionHelper.RunSpanish("Los Ñandúes, la banda de Rosa Elvira Quintana conocida como “La Güera”, controla el mercado.");
        Assert.DoesNotContain("La Güera", x.Groups().Named("Los Ñandúes").Aliases);
    }

    [Theory]
    [InlineData("La Fuerza Civil detuvo a tres integrantes del brazo armado de Los Ñandúes.")]
    [InlineData("La Fuerza Aérea Colombiana bombardeó el campamento del brazo armado de Los Ñandúes.")]
    public void State_forces_in_a_sentence_about_an_armed_wing_stay_no_group(string sentence)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        Assert.DoesNotContain(x.Groups(), g => g.Name.StartsWith("Fuerza", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_after_the_group_of_a_man_stays_the_mans()
    {
        var x = ExtractionHelper.RunSpanish("Mantiene una disputa con Los Ñandúes, el grupo de Saturnino Ocaña Vidal, alias “El Once”, por el control del puerto.");
        Assert.Contains("El Once", x.People().Named("Saturnino Ocaña Vidal").Aliases);
        Assert.DoesNotContain("El Once", x.Groups().Named("Los Ñandúes").Aliases);
    }

    [Theory]
    [InlineData("Its armed wing, the Fuerzas Serranas Halcón (FSH), answers to the boss's nephew.")]
    [InlineData("El brazo armado del Cártel de Altamira Sur, las Fuerzas Serranas Halcón, ha cometido varias masacres.")]
    public void Forces_called_a_groups_armed_wing_are_a_group(string sentence)
    {
        var x = sentence.StartsWith("El ", StringComparison.Ordinal) ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == "Fuerzas Serranas Halcón");
    }

    [Fact]
    public void The_states_armed_forces_stay_no_group()
    {
        var x = ExtractionHelper.Run("The Fuerzas Armadas said the armed wing of the gang had been broken up.");
        Assert.DoesNotContain(x.Groups(), g => g.Name.StartsWith("Fuerzas", StringComparison.Ordinal));
    }

    [Fact]
    public void Special_forces_named_as_a_wing_are_a_group_but_the_states_are_not()
    {
        var wing = ExtractionHelper.Run("Its armed wing, the Fuerzas Especiales Halcón (FEH), answers to the boss's nephew.");
        Assert.Contains(wing.Groups(), g => g.Name == "Fuerzas Especiales Halcón");
        var state = ExtractionHelper.Run("The Fuerzas Especiales de la Policía said the armed wing of the gang had been broken up.");
        Assert.DoesNotContain(state.Groups(), g => g.Name.StartsWith("Fuerzas", StringComparison.Ordinal));
    }

    [Fact]
    public void English_of_after_a_Spanish_gang_name_says_where_it_is()
    {
        var x = ExtractionHelper.Run("In 2021, Los Ñandúes, Los Saturninos of Guayaquil and Los Grillos of Manta formed a coalition.");
        Assert.Contains(x.Groups(), g => g.Name == "Los Saturninos");
        Assert.Contains(x.Groups(), g => g.Name == "Los Grillos");
        Assert.Contains(x.Places(), p => p.Name == "Guayaquil");
    }

    [Theory]
    [InlineData("Firma do Açude (Firma del Azud), la milicia más temida de Vila Nova, cobra cuotas a los comerciantes.", "Firma do Açude")]
    [InlineData("La Firma do Açude es la milicia más temida de la zona oeste de Río de Janeiro.", "Firma do Açude")]
    [InlineData("Tarcísio Lobato Neves llevó a la región a la Coletiva Sertão, una de sus células locales.", "Coletiva Sertão")]
    public void A_name_described_as_the_most_feared_militia_or_one_of_its_cells_is_a_group(string sentence, string name)
    {
        var x = ExtractionHelper.RunSpanish(sentence);
        Assert.Contains(x.Groups(), g => g.Aliases.Contains(name));
        Assert.DoesNotContain(x.People(), p => p.Aliases.Contains(name));
    }

    [Fact]
    public void A_time_word_opening_a_description_is_no_group()
    {
        var x = ExtractionHelper.RunSpanish("Hace diez años era una red pequeña. Hoy es la organización criminal más poderosa de Goiás.");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Hoy");
    }

    [Fact]
    public void A_name_beside_a_faction_of_a_group_is_the_factions()
    {
        var x = ExtractionHelper.Run("In 2015 he set up a splinter faction of the Comando Jaguarari, Coletivo Pedra Lisa, which he still runs.");
        Assert.Contains(x.Groups(), g => g.Name == "Coletivo Pedra Lisa");
        Assert.True(x.Has("Coletivo Pedra Lisa", RelationshipType.MemberOf, "Comando Jaguarari"));
    }

    [Fact]
    public void A_man_named_beside_a_cell_of_a_group_stays_a_man()
    {
        var x = ExtractionHelper.Run("Police arrested the leader of a cell of the Comando Jaguarari, Irineu Barreto Lins, who was hiding in a farmhouse.");
        Assert.Contains(x.People(), p => p.Name == "Irineu Barreto Lins");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Irineu Barreto Lins");
    }

    [Theory]
    [InlineData("In Pozo Verde, a cell known as Los Cárabos hijacked buses.", "Pozo Verde")]
    [InlineData("They rented boats from a small band in Pozo Verde known as Los Cárabos.", "Pozo Verde")]
    public void A_place_before_a_group_named_as_known_stays_out_of_the_groups_names(string sentence, string place)
    {
        var x = ExtractionHelper.Run(sentence);
        var group = Assert.Single(x.Groups());
        Assert.Equal("Los Cárabos", group.Name);
        Assert.DoesNotContain(place, group.Aliases);
    }

    [Fact]
    public void A_group_named_after_a_fronted_place_keeps_its_description()
    {
        var x = ExtractionHelper.Run("In Honduras, Zancudos Locos, a gang of teenagers, extorts bus drivers.");
        Assert.Contains(x.Groups(), g => g.Name == "Zancudos Locos");
        Assert.DoesNotContain(x.People(), p => p.Name == "Zancudos Locos");
    }

    [Fact]
    public void A_time_word_opening_a_sentence_is_no_part_of_a_groups_name()
    {
        var x = ExtractionHelper.RunSpanish("Ahora Los Cárabos, una banda del puerto, cobran cuotas a los pescadores.");
        Assert.Contains(x.Groups(), g => g.Name == "Los Cárabos");
        Assert.DoesNotContain(x.Groups(), g => g.Name.StartsWith("Ahora", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bravío, one of the founders of the group, died in the raid.")]
    [InlineData("Police said Bravío, the founder of the group, died in the raid.")]
    public void A_name_set_beside_a_founder_of_the_group_is_the_founders(string sentence)
    {
        var x = ExtractionHelper.Run("The death of Wilmer Anselmo Pardo Quiroga, alias \"Lucho Bravío,\" stunned the rebels.", sentence);

        Assert.DoesNotContain(x.Groups(), g => g.Name == "Bravío");
        Assert.Contains("Bravío", x.People().Named("Wilmer Anselmo Pardo Quiroga").Aliases);
    }

    [Fact]
    public void A_name_set_beside_an_enemy_of_groups_is_still_a_group()
    {
        var x = ExtractionHelper.Run("The CDLN, the long-time enemy of both factions, has pushed into the valley.");
        Assert.Contains(x.Groups(), g => g.Name == "CDLN");
    }

    [Fact]
    public void A_name_set_beside_the_armed_wing_of_a_cartel_is_a_group()
    {
        var x = ExtractionHelper.Run("Police say Gente Brava, the armed wing of the Costa Azul Cartel, controls the crossing.");
        Assert.Contains(x.Groups(), g => g.Name == "Gente Brava");
    }
}
