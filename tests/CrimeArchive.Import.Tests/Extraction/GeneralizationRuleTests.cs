using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;
using Xunit;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Rules written to generalize beyond the annotated texts: other wordings of roles, feuds
/// and alliances, relatives in the group, factbox roles, media and agencies that are not people.</summary>
public class GeneralizationRuleTests
{
    [Fact]
    public void Envoy_of_a_group_before_a_name_is_a_member()
    {
        var x = ExtractionHelper.Run("Police detained a Los Lagartos envoy, Ramiro Quintero Salas, at the airport.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.MemberOf, "Los Lagartos"));
    }

    [Fact]
    public void The_gang_is_commanded_by_a_person_makes_them_its_leader()
    {
        var x = ExtractionHelper.Run("Los Lagartos operate along the river. The gang is commanded by Ramiro Quintero Salas.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.LeaderOf, "Los Lagartos"));
    }

    [Fact]
    public void The_gangs_hitman_is_a_member_of_the_topical_group()
    {
        var x = ExtractionHelper.Run("Los Lagartos control the river port and fight Los Pumas for it. The gang's hitman, Ramiro Quintero Salas, was arrested.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.MemberOf, "Los Lagartos"));
        Assert.False(x.Has("Ramiro Quintero Salas", RelationshipType.MemberOf, "Los Pumas"));
    }

    [Fact]
    public void Founded_it_together_with_a_cousin_gives_two_founders()
    {
        var x = ExtractionHelper.Run("Los Lagartos has been led by Ramiro Quintero Salas since he founded it in 2012 together with his cousin, Julio Salas Pardo.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.Founded, "Los Lagartos"));
        Assert.True(x.Has("Julio Salas Pardo", RelationshipType.Founded, "Los Lagartos"));
    }

    [Fact]
    public void Sons_who_handle_the_groups_money_are_siblings_and_members()
    {
        var x = ExtractionHelper.Run("The Mora clan moves cocaine by boat. Prosecutors say Tomas Mora Vega led the clan, and that his sons, Ivan and Luis Mora Cruz, handled the group's money.");
        Assert.True(x.Has("Ivan Mora Cruz", RelationshipType.SiblingOf, "Luis Mora Cruz"));
        Assert.True(x.Has("Luis Mora Cruz", RelationshipType.MemberOf, "Mora clan"));
    }

    [Fact]
    public void A_cell_of_the_group_led_by_a_person_makes_them_a_member()
    {
        var x = ExtractionHelper.Run("A Los Lagartos cell led by Ramiro Quintero Salas works in the capital.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.MemberOf, "Los Lagartos"));
    }

    [Fact]
    public void Competed_with_makes_two_groups_rivals()
    {
        var x = ExtractionHelper.Run("The Mora clan competed with the Rivas family for the northern routes.");
        Assert.True(x.Has("Mora clan", RelationshipType.RivalOf, "Rivas family"));
    }

    [Fact]
    public void Its_rivals_in_a_wider_area_are_rivals()
    {
        var x = ExtractionHelper.Run("Los Lagartos grew quickly. Its rivals in the southern highlands are Los Pumas.");
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Pumas"));
    }

    [Fact]
    public void Spanish_disputes_between_two_names_split_at_y_into_two_rival_groups()
    {
        var x = ExtractionHelper.Run("Las disputas entre Los Lagartos y Sol Negro dejaron muchos muertos.");
        Assert.Contains(x.Groups(), g => g.Name == "Sol Negro");
        Assert.DoesNotContain(x.People(), p => p.Name == "Sol Negro");
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Sol Negro"));
    }

    [Fact]
    public void Spanish_alliance_with_a_coalition_is_an_alliance()
    {
        var x = ExtractionHelper.Run("La pandilla Los Lagartos mantiene una alianza con la coalición Frente Norte.");
        Assert.True(x.Has("Los Lagartos", RelationshipType.AllyOf, "Frente Norte"));
    }

    [Fact]
    public void Former_allies_are_not_allies()
    {
        var x = ExtractionHelper.Run("Los Lagartos now fight their former allies, Los Pumas.");
        Assert.False(x.Has("Los Lagartos", RelationshipType.AllyOf, "Los Pumas"));
    }

    [Fact]
    public void A_shortened_group_name_folds_into_the_name_with_its_place()
    {
        var x = ExtractionHelper.Run("Los Lagartos de Tumbes extort farmers. The Lagartos also sell drugs.");
        Assert.Single(x.Groups());
        Assert.Equal("Los Lagartos de Tumbes", x.Groups()[0].Name);
    }

    [Fact]
    public void Newspapers_and_agencies_in_Spanish_are_not_people()
    {
        var x = ExtractionHelper.Run(
            "The gang extorts bus drivers, according to Diario Costero.",
            "The Fuerza Nacional Antisecuestro and the Organismo de Investigación Federal arrested two men.");
        Assert.Empty(x.People());
    }

    [Fact]
    public void Factbox_leader_of_a_group_profile_leads_the_profiled_group()
    {
        var x = GroupProfile("Los Lagartos", "Los Lagartos are a gang. Ramiro Quintero Salas was arrested in 2020.", ("Leader", "Ramiro Quintero Salas"));
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.LeaderOf, "Los Lagartos"));
    }

    [Fact]
    public void Factbox_enemies_and_allies_of_a_profile_are_its_rivals_and_allies()
    {
        var x = GroupProfile("Los Lagartos", "Los Lagartos are a gang from Limón. They fight Los Toros for the docks and buy guns from the Frente Sur.",
            ("Enemigos", "Los Toros"), ("Aliados", "Frente Sur"));
        Assert.True(x.Has("Los Toros", RelationshipType.RivalOf, "Los Lagartos") || x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Toros"));
        Assert.True(x.Has("Frente Sur", RelationshipType.AllyOf, "Los Lagartos"));
    }

    // A group profile whose factbox lines follow its one paragraph.
    private static CrimeArchive.Import.Extraction.Extraction GroupProfile(string title, string prose, params (string Label, string Value)[] factbox)
    {
        var document = new ParsedDocument
        {
            SourceText = prose + "\n\n" + string.Join("\n", factbox.Select(f => $"{f.Label}: {f.Value}")),
            Body = [new TextBlock(prose, 0)], Kind = DocumentKind.GroupProfile, Title = title,
            Factbox = [.. factbox.Select(f => new KeyValuePair<string, string>(f.Label, f.Value))],
        };
        return CrimeArchive.Import.Extraction.EntityExtractor.Extract(document);
    }

    [Theory]
    [InlineData("El Sindicato Único de Trabajadores Mineros denunció extorsiones de Los Pulpos en El Callao.", "Sindicato Único de Trabajadores Mineros")]
    [InlineData("Héctor Ruiz fue capturado por el Bloque de Búsqueda de la Policía Nacional en Cali.", "Bloque de Búsqueda de la Policía Nacional")]
    [InlineData("Según el Observatorio Minero del Sur, Los Pulpos cobran una cuota por cada balsa.", "Observatorio Minero del Sur")]
    [InlineData("The cattle ranch belongs to Agroganadera San Blas, a firm owned by Los Pulpos.", "Agroganadera San Blas")]
    [InlineData("Gunmen killed a leader of the Asociación de Cabildos Indígenas del Norte in May.", "Asociación de Cabildos Indígenas del Norte")]
    public void Unions_police_units_civic_bodies_and_firms_are_neither_groups_nor_people(string text, string body)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains(body));
        Assert.DoesNotContain(x.People(), p => p.Aliases.Contains(body));
    }

    [Theory]
    [InlineData("Businessman Luis Ayala was shot dead in Chiclayo on Monday.", "Luis Ayala")]
    [InlineData("El empresario Tomás Ayala fue asesinado en Chiclayo.", "Tomás Ayala")]
    public void A_trade_written_as_a_title_is_no_part_of_the_name(string text, string person)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Equal([person], x.People().Select(p => p.Name));
    }

    [Fact]
    public void Nationality_before_a_gang_word_is_no_group()
    {
        var x = ExtractionHelper.Run("Los Lagartos, a Costa Rican gang, extort farmers.");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Costa Rican");
        Assert.DoesNotContain(x.People(), p => p.Name == "Costa Rican");
    }

    [Fact]
    public void State_organization_named_by_institution_words_is_no_group()
    {
        var x = ExtractionHelper.Run("The Judicial Investigation Organization (OIJ) arrested two members of Los Lagartos.");
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Organization", StringComparison.Ordinal));
    }

    [Fact]
    public void La_Familia_keeps_its_article()
    {
        var x = ExtractionHelper.Run("La Familia Ribereña controls the valley.");
        Assert.Contains(x.Groups(), g => g.Name == "La Familia Ribereña");
    }

    [Fact]
    public void Former_guerrilla_commander_in_apposition_is_a_member()
    {
        var x = ExtractionHelper.Run("Ramiro Quintero Salas, a former FARC commander, now sells cocaine.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.MemberOf, "FARC"));
    }

    [Fact]
    public void Spanish_envoy_known_by_a_lower_case_nickname_is_a_person_and_member()
    {
        var x = ExtractionHelper.Run("Según la fiscalía, un enviado de la pandilla Los Lagartos conocido como \"el Flaco\" cobraba las cuotas.");
        Assert.Contains(x.People(), p => p.Name == "el Flaco");
        Assert.True(x.Has("el Flaco", RelationshipType.MemberOf, "Los Lagartos"));
    }

    [Fact]
    public void Tren_de_place_is_a_group_not_a_person()
    {
        var x = ExtractionHelper.Run("Tren del Valle extorts shops in the capital.");
        Assert.Contains(x.Groups(), g => g.Name == "Tren del Valle");
        Assert.Empty(x.People());
    }

    [Fact]
    public void Name_after_la_pandilla_is_a_group_even_with_a_person_shape()
    {
        var x = ExtractionHelper.Run("La pandilla Sol Sol cobra cuotas a los buses.");
        Assert.Contains(x.Groups(), g => g.Name == "Sol Sol");
        Assert.Empty(x.People());
    }

    [Fact]
    public void With_which_a_group_maintained_an_alliance_makes_them_allies()
    {
        var x = ExtractionHelper.Run("Los Pumas, with which Los Lagartos maintained an alliance, were dismantled.");
        Assert.True(x.Has("Los Lagartos", RelationshipType.AllyOf, "Los Pumas"));
    }

    [Fact]
    public void Which_clause_before_is_commanded_by_still_gives_the_leader()
    {
        var x = ExtractionHelper.Run("Los Lagartos, which operates in three provinces, is commanded by Ramon Ibarra Solis.");
        Assert.True(x.Has("Ramon Ibarra Solis", RelationshipType.LeaderOf, "Los Lagartos"));
    }

    [Fact]
    public void Its_rivals_listed_are_rivals_of_the_topical_group_not_of_each_other()
    {
        var x = ExtractionHelper.Run("Los Lagartos grew in the south. Its rivals, Los Cuervos and Los Gavilanes, lost ground.");
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Cuervos"));
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Gavilanes"));
        Assert.False(x.Has("Los Cuervos", RelationshipType.RivalOf, "Los Gavilanes"));
    }

    [Fact]
    public void Group_which_was_founded_by_two_people_gives_two_founders()
    {
        var x = ExtractionHelper.Run("Los Lagartos operate in the south. The group, which was founded in 2001 by Marcos Alves Pinto and Paulo Nunes Vale, runs the port.");
        Assert.True(x.Has("Marcos Alves Pinto", RelationshipType.Founded, "Los Lagartos"));
        Assert.True(x.Has("Paulo Nunes Vale", RelationshipType.Founded, "Los Lagartos"));
    }

    [Fact]
    public void Running_the_clans_boats_is_membership_not_leadership()
    {
        var x = ExtractionHelper.Run("Rafael Souza Costa led the Silva clan, and his brother, Diego Souza Costa, ran the clan's boats.");
        Assert.True(x.Has("Diego Souza Costa", RelationshipType.MemberOf, "Silva clan"));
        Assert.False(x.Has("Diego Souza Costa", RelationshipType.LeaderOf, "Silva clan"));
        Assert.True(x.Has("Rafael Souza Costa", RelationshipType.SiblingOf, "Diego Souza Costa"));
    }

    [Fact]
    public void Described_as_the_groups_top_leader_is_leadership()
    {
        var x = ExtractionHelper.Run("Officials described Bruno Lima Rocha as the Los Lagartos' top leader.");
        Assert.True(x.Has("Bruno Lima Rocha", RelationshipType.LeaderOf, "Los Lagartos"));
    }

    [Fact]
    public void Cousin_serving_in_a_network_is_a_member_but_no_sibling()
    {
        var x = ExtractionHelper.Run("Bruno Lima Rocha led a network known as the Porto clan, in which his cousin, Caio Mendes Reis, served as accountant.");
        Assert.True(x.Has("Caio Mendes Reis", RelationshipType.MemberOf, "Porto clan"));
        Assert.False(x.Has("Bruno Lima Rocha", RelationshipType.SiblingOf, "Caio Mendes Reis"));
    }

    [Fact]
    public void Named_cell_and_its_leader_belong_to_the_group()
    {
        var x = ExtractionHelper.Run("A Los Lagartos cell known as Los Chicos, led by Hector Vilca Soto, sells drugs in the capital.");
        Assert.True(x.Has("Los Chicos", RelationshipType.MemberOf, "Los Lagartos"));
        Assert.True(x.Has("Hector Vilca Soto", RelationshipType.LeaderOf, "Los Chicos"));
        Assert.True(x.Has("Hector Vilca Soto", RelationshipType.MemberOf, "Los Lagartos"));
    }

    [Fact]
    public void Member_of_a_Tren_gang_known_by_a_nickname_is_a_person_not_the_gang()
    {
        var x = ExtractionHelper.Run("Un miembro del Tren del Valle conocido como \"el Chato\" fue detenido.");
        Assert.Contains(x.Groups(), g => g.Name == "Tren del Valle");
        Assert.True(x.Has("el Chato", RelationshipType.MemberOf, "Tren del Valle"));
    }

    [Fact]
    public void Single_word_names_before_crews_and_coalition_are_groups_that_fight_for_a_market()
    {
        var x = ExtractionHelper.Run("The Sapo crews and the Chavelo coalition fight for the market.");
        Assert.True(x.Has("Sapo", RelationshipType.RivalOf, "Chavelo"));
    }

    [Fact]
    public void Possessive_short_form_resolves_to_the_full_group_name()
    {
        var x = ExtractionHelper.Run("Los Malditos de Chicama extort farmers. The Malditos' leader, Oscar Vela Ruiz, was killed.");
        Assert.Single(x.Groups());
        Assert.True(x.Has("Oscar Vela Ruiz", RelationshipType.LeaderOf, "Los Malditos de Chicama"));
    }

    [Fact]
    public void Name_followed_by_its_own_acronym_is_no_person()
    {
        var x = ExtractionHelper.Run("Agents of the Mando Aeroportuario Nacional (MAN) seized the plane.");
        Assert.Empty(x.People());
    }

    [Fact]
    public void Leader_of_a_network_known_as_a_clan_with_a_brother_serving_in_it()
    {
        var x = ExtractionHelper.Run("Andres Pinto Vera was the leader of a network known as the Rocha clan, in which his younger brother, Luis Pinto Vera, served as chief pilot.");
        Assert.True(x.Has("Andres Pinto Vera", RelationshipType.LeaderOf, "Rocha clan"));
        Assert.True(x.Has("Luis Pinto Vera", RelationshipType.MemberOf, "Rocha clan"));
        Assert.True(x.Has("Andres Pinto Vera", RelationshipType.SiblingOf, "Luis Pinto Vera"));
    }

    [Fact]
    public void Rivals_in_another_group_are_rivals()
    {
        var x = ExtractionHelper.Run("The police targeted the Lagartos gang and the Pumas gang. The Lagartos main rivals in the Pumas lost men.");
        Assert.True(x.Has("Lagartos", RelationshipType.RivalOf, "Pumas"));
    }

    [Fact]
    public void Newspaper_named_with_generic_words_is_no_person()
    {
        var x = ExtractionHelper.Run("Los Lagartos extort bus drivers, according to Nuevo Tiempo Sureño.");
        Assert.Empty(x.People());
    }

    [Fact]
    public void He_founded_a_named_group_together_with_his_cousin_gives_two_founders()
    {
        var x = ExtractionHelper.Run("Ramiro Quintero Salas grew up on the coast. In 2016 he founded Los Lagartos together with his cousin, Julio Salas Pardo.");
        Assert.True(x.Has("Ramiro Quintero Salas", RelationshipType.Founded, "Los Lagartos"));
        Assert.True(x.Has("Julio Salas Pardo", RelationshipType.Founded, "Los Lagartos"));
    }

    [Fact]
    public void Its_main_rivals_listed_after_the_verb_are_each_rivals_but_not_of_each_other()
    {
        var x = ExtractionHelper.Run("Los Lagartos grew fast. Its main rivals are Los Pumas and Los Gatos.");
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Pumas"));
        Assert.True(x.Has("Los Lagartos", RelationshipType.RivalOf, "Los Gatos"));
        Assert.False(x.Has("Los Pumas", RelationshipType.RivalOf, "Los Gatos"));
    }

    [Theory]
    [InlineData("The killings took place in the neighborhoods of Villa Esperanza, Los Cerezos and San Judas Tadeo.", "Los Cerezos")]
    [InlineData("Soldiers searched the villages of Loma Alta, Los Naranjos and Pozo Hondo.", "Los Naranjos")]
    public void A_name_in_a_list_of_places_is_no_group(string text, string name)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Groups(), g => g.Name == name);
        Assert.Contains(x.Places(), p => p.Name == name);
    }

    [Fact]
    public void A_name_in_a_list_of_towns_is_no_person()
    {
        var x = ExtractionHelper.Run("The gang controls the towns of Tocoa, Sabá, Bonito Oriental and Limón, in Colón.");
        Assert.DoesNotContain(x.People(), p => p.Name == "Bonito Oriental");
    }

    [Theory]
    [InlineData("El Cártel del Río, que se hace llamar Fuerza Patriótica (FP), controla el puerto de Tumaco.", "Cártel del Río", "Fuerza Patriótica")]
    [InlineData("Una de sus clicas es la Crazy Shadow Boys (CSB), que opera en Soyapango.", "Crazy Shadow Boys", "CSB")]
    [InlineData("The gang 3 Minit (Three Minutes) controls the market in Port-au-Prince.", "3 Minit", "Three Minutes")]
    public void A_group_keeps_the_names_it_gives_itself_and_its_number(string text, string name, string other)
    {
        var x = text.Contains(" que ") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(other, x.Groups().Named(name).Aliases);
    }

    [Fact]
    public void A_second_participle_opening_the_sentence_describes_its_subject()
    {
        var x = ExtractionHelper.Run("Los Zorros del Sur operate in Nariño.", "Founded in 1990 and led for years by Iker Soto Mena, the group now works with the Cartel del Norte.");
        Assert.True(x.Has("Iker Soto Mena", RelationshipType.LeaderOf, "Los Zorros del Sur"));
        Assert.False(x.Has("Iker Soto Mena", RelationshipType.Founded, "Los Zorros del Sur"));
    }

    [Theory]
    [InlineData("The gang extorts merchants in Tepeaca and Villa Rosales.", "Villa Rosales")]
    [InlineData("He is held inside the Los Pinos penitentiary, near the capital.", "Los Pinos")]
    [InlineData("Otro jefe está recluido en el presidio Cobra Negra, en Maracay.", "Cobra Negra")]
    public void Towns_joined_to_a_place_and_named_prisons_are_places(string text, string place)
    {
        var x = text.Contains(" en ") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Empty(x.People());
        Assert.Empty(x.Groups());
        Assert.Contains(x.Places(), p => p.Name == place);
    }

    [Fact]
    public void A_name_after_a_preposition_and_an_article_is_no_person()
    {
        var x = ExtractionHelper.RunSpanish("Los guerrilleros se refugiaron en el Alto Baudó, según el Ejército.");
        Assert.DoesNotContain(x.People(), p => p.Name == "Alto Baudó");
    }

    [Theory]
    [InlineData("The gang recruits boys in the favela of Morro Azul, in the north of Rio de Janeiro.", "Morro Azul")]
    [InlineData("Police raided the Los Laureles housing project in San Pedro Sula.", "Los Laureles")]
    [InlineData("Los vecinos de La Chacarita denunciaron las extorsiones de la pandilla.", "La Chacarita")]
    public void Neighbourhoods_named_by_where_people_live_are_places(string text, string place)
    {
        var x = text.Contains("vecinos") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Empty(x.Groups());
        Assert.Contains(x.Places(), p => p.Name == place);
    }

    [Theory]
    [InlineData("In the provinces of Guayas and Manabí, Los Choneros fight Los Lobos for the ports.", "Los Choneros")]
    [InlineData("In the towns of Tocoa and Sabá, Juan Pérez Mejía ran the cattle business for years.", "Juan Pérez Mejía")]
    public void A_name_after_a_closed_list_of_places_is_no_place(string text, string name)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Places(), p => p.Name == name);
        Assert.Contains(x.Entities, e => e.Name == name && e.Kind != EntityKind.Place);
    }

    [Fact]
    public void A_clitic_in_a_news_piece_may_stand_for_any_noun_before_it()
    {
        var x = ExtractionHelper.RunSpanish("Los Zorzales controlan el puerto de Manta. La Fiscalía abrió una investigación en 2020. La dirige Juan Soto Paz, fiscal de Manabí.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.LeaderOf);
    }

    [Theory]
    [InlineData("Los Zorzales controlan el puerto de Manta. La crearon los hermanos Luis y Mario Tello en 2009.", RelationshipType.Founded)]
    [InlineData("Los Zorzales controlan el puerto de Manta. La encabezan Ana Tello y Rosa Tello desde 2020.", RelationshipType.LeaderOf)]
    public void A_clitic_right_after_the_group_is_named_stands_for_it(string text, RelationshipType type)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.Equal(2, x.Relationships.Count(r => r.Type == type && r.Object.Name == "Los Zorzales"));
    }

    [Fact]
    public void A_clitic_in_a_group_profile_stands_for_the_group()
    {
        var x = ExtractionHelper.Run(DocumentKind.GroupProfile, "Los Zorzales", "Los Zorzales son una banda criminal que opera en Manta desde 2010.",
            "La dirige Nina Vera Paz desde 2015, según la policía.");
        Assert.True(x.Has("Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales"));
    }

    [Fact]
    public void A_new_group_named_after_an_old_one_is_another_group()
    {
        var x = ExtractionHelper.Run("The New Harbour Boys control the docks of Kingston.", "In 2019 the Harbour Boys lost the port to them.");
        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void A_prison_gang_is_a_group()
    {
        Assert.Contains(ExtractionHelper.Run("The Los Tordos prison gang controls the Pavón jail.").Groups(), g => g.Name.Contains("Tordos"));
    }
}
