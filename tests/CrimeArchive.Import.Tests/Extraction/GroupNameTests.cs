using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

public class GroupNameTests
{
    [Fact]
    public void Cartel_names_in_English_and_Spanish_word_order()
    {
        var x = ExtractionHelper.Run("The Coastal Cartel fought the Cartel del Norte for the port.");
        Assert.Contains(x.Groups(), g => g.Name == "Coastal Cartel");
        Assert.Contains(x.Groups(), g => g.Name == "Cartel del Norte");
    }

    [Theory]
    [InlineData("The Cartel has paid off half the port's customs officers, prosecutors say.")]
    [InlineData("Investigators believe the Family still launders money through car dealerships.")]
    [InlineData("Gang members fled when the soldiers arrived. Mafia money bought the farms.")]
    [InlineData("La Organización controla el puerto, según la fiscalía.")]
    public void A_generic_group_word_alone_is_no_group(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).Groups());

    [Fact]
    public void A_generic_word_with_a_name_still_makes_a_group()
    {
        var x = ExtractionHelper.Run("The Mountain Cartel took the port, and La Familia Serrana lost it.");
        Assert.Contains(x.Groups(), g => g.Name == "Mountain Cartel");
        Assert.Contains(x.Groups(), g => g.Name == "La Familia Serrana");
    }

    // A man named after a comma behind a name that ends in a group noun is the man, not another group.
    [Theory]
    [InlineData("The head of the Quevedo Clan, Elías Montoya, was arrested in March.", "Quevedo Clan")]
    [InlineData("The head of the Quevedo Gang, Elías Montoya, was arrested in March.", "Quevedo Gang")]
    public void A_man_set_off_after_a_group_noun_is_a_person(string text, string group)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(x.People(), p => p.Name == "Elías Montoya");
        Assert.True(x.Has("Elías Montoya", RelationshipType.LeaderOf, group));
    }

    [Fact]
    public void A_name_set_off_after_a_group_noun_is_still_a_group()
    {
        var x = ExtractionHelper.Run("Police blame a Haitian gang, Rasin Kolektif, for the attack on the port.");
        Assert.Contains(x.Groups(), g => g.Name == "Rasin Kolektif");
    }

    [Fact]
    public void Los_before_a_capitalized_plural_is_a_group()
    {
        var x = ExtractionHelper.Run("Members of Los Toros were arrested in the raid.");
        Assert.Equal("Los Toros", Assert.Single(x.Groups()).Name);
    }

    [Theory]
    [InlineData("Peruvian traffickers linked to Los Hualpa buy coca paste from the same brokers.", "Los Hualpa")]
    [InlineData("Tras la captura de su jefe, la banda se sumó a La Segunda Línea en 2019.", "La Segunda Línea")]
    [InlineData("Jaime Pulgarín negó haber pertenecido alguna vez a La Mano Negra de Petén.", "La Mano Negra de Petén")]
    [InlineData("A diferencia de Los Ochenta, la banda vive de la extorsión.", "Los Ochenta")]
    public void A_capitalized_article_inside_a_sentence_names_a_group(string sentence, string name) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == name);

    [Theory]
    [InlineData("Prosecutors say Elmer Duarte ran the finances of La Oficina del Cerro for a decade.", "La Oficina del Cerro")]
    [InlineData("Dos integrantes de La Vieja Guardia fueron detenidos el martes en Culiacán.", "La Vieja Guardia")]
    [InlineData("Elmer Duarte, a plaza boss for La Nueva Empresa, surrendered on Monday.", "La Nueva Empresa")]
    [InlineData("La Hermandad was formed in 2009 by Elmer Duarte, a former guard.", "La Hermandad")]
    [InlineData("Según la policía, La Unión de Tlalpan, dirigida por Elmer Duarte, controla el mercado.", "La Unión de Tlalpan")]
    [InlineData("La Corporación es una federación criminal que agrupa a decenas de combos.", "La Corporación")]
    public void An_outfit_may_take_a_firms_name(string sentence, string name) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == name);

    [Theory]
    [InlineData("El ministro visitó La Oficina del Alto Comisionado en Ginebra para hablar de las masacres.")]
    [InlineData("Soldiers of La Guardia Nacional patrolled the border after the massacre.")]
    [InlineData("La Empresa controla el puerto, según la fiscalía.")]
    public void A_firms_name_is_no_outfit_without_a_sign_of_one(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).Groups());

    [Theory]
    [InlineData("Police say the gang La Banda del Puente controls the market.", "Banda del Puente")]
    [InlineData("The Honduran gang Los Cachorros de Olancho was founded by Santos Mejía.", "Los Cachorros de Olancho")]
    [InlineData("En 2019, Abel Dangond fundó en la Sierra Nevada Los Marimberos de Dibulla.", "Los Marimberos de Dibulla")]
    [InlineData("After Cartel del Istmo founder Fausto Rivas was killed, his brother took over.", "Cartel del Istmo")]
    [InlineData("Both Los Pumas and Los Chachos are factions of the Cártel Fronterizo.", "Los Pumas")]
    [InlineData("Human rights groups blamed the Mancera-led Bloque Sur for the massacre.", "Bloque Sur")]
    public void A_name_ends_where_its_own_words_end(string sentence, string name) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == name);

    [Theory]
    [InlineData("The group moves cocaine through the border crossing of La Mesilla every week.", "La Mesilla")]
    [InlineData("Police arrested Ana Ruiz, alias La Gallina, on Monday.", "La Gallina")]
    [InlineData("Desde la cárcel de La Tramoya, el cabecilla sigue dirigiendo la banda.", "La Tramoya")]
    public void A_capitalized_article_before_a_town_or_a_nickname_names_no_group(string sentence, string name) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).Groups(), g => g.Name == name);

    [Fact]
    public void A_capitalized_plural_after_the_is_a_group_with_its_possessive()
    {
        var x = ExtractionHelper.Run("The Halcones control the river. The Halcones’ boats carry cocaine, and a Halcon leader was shot.");
        var group = Assert.Single(x.Groups());
        Assert.Equal("Halcones", group.Name);
        Assert.Contains("Halcon", group.Aliases);
    }

    [Fact]
    public void A_gang_word_after_a_name_makes_it_a_group()
    {
        var x = ExtractionHelper.Run("Police blamed the Cobras gang for the killings.");
        Assert.Equal("Cobras", Assert.Single(x.Groups()).Name);
    }

    [Fact]
    public void A_family_clan_keeps_the_word_family()
    {
        var x = ExtractionHelper.Run("The Ramos Ortiz family of Zacapa moved cocaine for a decade.");
        Assert.Equal("Ramos Ortiz family", Assert.Single(x.Groups()).Name);
        Assert.Empty(x.People());
    }

    [Fact]
    public void Spanish_name_and_acronym_in_parentheses_are_one_group()
    {
        var x = ExtractionHelper.Run(
            "The Northern Coast Cartel (Cartel de la Costa Norte - CCN) controls the docks.",
            "Last year the CCN doubled its shipments.");
        var group = Assert.Single(x.Groups());
        Assert.Equal("Northern Coast Cartel", group.Name);
        Assert.Contains("Cartel de la Costa Norte", group.Aliases);
        Assert.Contains("CCN", group.Aliases);
    }

    [Fact]
    public void Also_known_as_lists_several_names_of_one_group()
    {
        var x = ExtractionHelper.Run("The attacks were blamed on the Serpientes, also known as the River Clan and Clan del Rio.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("River Clan", group.Aliases);
        Assert.Contains("Clan del Rio", group.Aliases);
    }

    [Fact]
    public void An_acronym_made_of_a_groups_initials_is_that_group()
    {
        var x = ExtractionHelper.Run("A cell of the Ejército Popular Revolucionario ambushed a patrol. The EPR denied it.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("EPR", group.Aliases);
    }

    [Fact]
    public void A_family_plural_of_a_person_is_not_a_group()
    {
        var x = ExtractionHelper.Run("Rodrigo Salas Pardo ran the route. The Salas Pardos later fell out with him.");
        Assert.Empty(x.Groups());
        Assert.Single(x.People());
    }

    [Theory]
    [InlineData("en", "Known in English as the Rope Makers, the Cordeleros are today the largest gang in the port.", "Rope Makers", "Cordeleros")]
    [InlineData("es", "Conocida en inglés como Lighthouse Brotherhood, la Cofradía del Faro es una banda de Ponce.", "Lighthouse Brotherhood", "Cofradía del Faro")]
    [InlineData("en", "The Frente Minero Unido (FMU), whose name translates as the United Miners Front, is a gang from the east.", "United Miners Front", "Frente Minero Unido")]
    public void A_name_given_in_another_language_is_the_same_groups(string lang, string text, string gloss, string name)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        var group = Assert.Single(x.Groups());
        Assert.Contains(gloss, group.Aliases);
        Assert.Contains(name, group.Aliases);
    }
}

public class GroupContextTests
{
    [Fact]
    public void A_name_coordinated_with_a_group_is_a_group()
    {
        var x = ExtractionHelper.Run("Police blamed the Cobras gang. The Cobras and the Norte 9 have split the city.");
        Assert.Contains(x.Groups(), g => g.Name == "Norte 9");
    }

    [Fact]
    public void A_war_with_a_name_makes_it_a_group_even_with_everyday_words()
    {
        var x = ExtractionHelper.Run("Los Toros are now at war with the Second Brigade, a splinter of the old guerrilla.");
        Assert.Contains(x.Groups(), g => g.Name == "Second Brigade");
    }

    [Fact]
    public void The_plural_of_a_clan_is_the_clan()
    {
        var x = ExtractionHelper.Run("Prosecutors charged the Beltrano clan. The Beltranos had moved cocaine for years.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Beltranos", group.Aliases);
    }

    [Fact]
    public void A_quoted_gloss_after_or_at_the_end_of_a_sentence_is_the_groups_name()
    {
        var x = ExtractionHelper.Run("Prosecutors call the network Los Cargadores, or \"the Porters.\" Police arrested three of the Porters in May.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Porters", group.Aliases);
    }

    [Fact]
    public void An_english_gloss_with_of_the_before_an_acronym_in_one_parenthesis_is_the_groups_name()
    {
        var x = ExtractionHelper.Run("The Hijos del Monte (Sons of the Mountain – HDM) is a gang born in Varela. The Sons of the Mountain extort bus drivers.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Sons of the Mountain", group.Aliases);
        Assert.Contains("HDM", group.Aliases);
    }

    [Theory]
    [InlineData("Police seized a boat on the Tapajós River near Itaituba. The Falange Norte has spent two years pushing west along the Tapajós.")]
    [InlineData("La policía incautó una lancha en el río Tapajós. La Falange Norte lleva dos años avanzando por el Tapajós.")]
    public void A_name_the_text_also_gives_a_river_is_the_river_not_a_group(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Tapajós", StringComparison.Ordinal));
        Assert.Contains(x.Groups(), g => g.Name == "Falange Norte");
    }

    [Fact]
    public void A_river_a_group_is_named_after_is_the_rivers_name_not_the_groups()
    {
        var x = ExtractionHelper.Run("The main rival was Los Pumas del Ulúa, a group of traffickers that competed for the same airstrips along the Ulúa River.");

        var group = Assert.Single(x.Groups());
        Assert.DoesNotContain("Ulúa", group.Aliases);
        Assert.Contains(x.Places(), p => p.Name == "Ulúa River");
    }

    [Fact]
    public void A_town_the_gazetteer_knows_listed_after_another_place_is_no_man()
    {
        var x = ExtractionHelper.RunSpanish("Los Zanates extorsionan a comerciantes y transportistas de Salina Cruz y Matías Romero.");

        Assert.Contains(x.Places(), p => p.Name == "Matías Romero");
        Assert.DoesNotContain(x.People(), p => p.Name == "Matías Romero");
    }

    [Fact]
    public void A_town_the_gazetteer_knows_after_in_is_a_place_though_it_reads_like_a_mans_name()
    {
        var x = ExtractionHelper.Run("An officer of the Falange Norte was shot in Benjamin Constant in April.");

        Assert.Contains(x.Places(), p => p.Name == "Benjamin Constant");
        Assert.DoesNotContain(x.People(), p => p.Name == "Benjamin Constant");
    }

    [Fact]
    public void The_plural_of_a_clan_named_with_two_surnames_is_the_clan()
    {
        var x = ExtractionHelper.Run("Prosecutors charged the Ibarra Luna family in March. A rival of the Ibarra Lunas ambushed its trucks near the border.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Ibarra Lunas", group.Aliases);
    }

    [Theory]
    [InlineData("Police stopped a skiff carrying fuel supplied by a network known as Piedra Ralo. Piedra Ralo gets its engines from Los Tejones.")]
    [InlineData("Police stopped a skiff carrying fuel for an outfit called Piedra Ralo, which buys its engines from Los Tejones.")]
    [InlineData("Their common enemy is a criminal network locally known as Piedra Ralo, made up of former soldiers.")]
    [InlineData("Los Tejones mantienen una alianza con la pandilla conocida como Piedra Ralo, que controla el puerto.")]
    [InlineData("Los Tejones mantienen una alianza con una organización criminal conocida como Piedra Ralo.")]
    public void A_name_a_group_noun_is_given_is_a_group_though_it_looks_like_a_persons(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.Groups(), g => g.Name == "Piedra Ralo");
        Assert.DoesNotContain(x.People(), p => p.Name == "Piedra Ralo");
    }

    [Theory]
    [InlineData("In a banner hung in Culiacán, the cartel called Juan Pérez Soto a traitor.")]
    [InlineData("Police arrested the leader of the network, known as Juan Pérez Soto, in Cali.")]
    public void A_name_a_group_calls_someone_or_a_leaders_name_is_a_persons(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Name == "Juan Pérez Soto");
    }

    [Fact]
    public void Violence_around_a_gang_is_no_place()
    {
        var x = ExtractionHelper.Run("Violence around Los Choneros escalated after the arrest of their leader in Guayaquil.");

        Assert.Contains(x.Groups(), g => g.Name == "Los Choneros");
    }

    [Fact]
    public void A_member_known_by_a_name_is_still_a_person()
    {
        var x = ExtractionHelper.Run("Police arrested a gang member known as Piedad Ralo Soto in Tumaco.");

        Assert.Contains(x.People(), p => p.Name == "Piedad Ralo Soto");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Piedad Ralo Soto");
    }

    [Theory]
    [InlineData("Up the valley, near Las Cañadas, sawmill owners pay the Robledal Brotherhood.")]
    [InlineData("The sawmills outside Las Cañadas pay the Robledal Brotherhood for protection.")]
    public void What_a_place_is_near_is_a_place_though_it_has_a_gangs_shape(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.Places(), p => p.Name == "Las Cañadas");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Las Cañadas");
    }

    [Fact]
    public void A_crime_family_keeps_its_kind_in_its_name()
    {
        var x = ExtractionHelper.Run(DocumentKind.GroupProfile, "Los Tejones",
            "Los Tejones control the ferry docks of Valdemora. Its chief enemy is the Urquijo crime family, headed by Teodora Urquijo Salas, which wants the docks.");

        Assert.Contains(x.Groups(), g => g.Name == "Urquijo crime family");
        Assert.DoesNotContain("Urquijo", x.People().Named("Teodora Urquijo Salas").Aliases);
        Assert.True(x.Has("Teodora Urquijo Salas", RelationshipType.LeaderOf, "Urquijo crime family"));
    }

    [Fact]
    public void A_crime_syndicate_of_a_place_is_no_group_named_after_it()
    {
        var x = ExtractionHelper.Run("He laundered money for the Sinaloa crime syndicate before his arrest in Culiacán.");

        Assert.DoesNotContain(x.Groups(), g => g.Name == "Sinaloa crime syndicate");
    }

    [Theory]
    [InlineData("The Tejones have struck a pact with an enemy of the Garzones, a crew called Los Mirlos.")]
    [InlineData("Los Tejones pactaron con un enemigo de los Garzones, una banda conocida como Los Mirlos.")]
    public void The_name_given_to_an_enemy_of_a_group_is_a_second_group(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain("Los Mirlos", x.Groups().Single(g => g.Aliases.Contains("Garzones") || g.Aliases.Contains("Los Garzones")).Aliases);
        Assert.Contains(x.Groups(), g => g.Name == "Los Mirlos");
    }

    [Fact]
    public void A_relatives_full_name_before_a_description_of_what_was_founded_is_a_person()
    {
        var x = ExtractionHelper.RunSpanish("En 2004 Ramiro Ponce Villa fundó, junto a su hermano Teodoro Ponce Villa, una red de contrabando. En 2011 Teodoro fue asesinado en Ipiales.");

        Assert.Contains(x.People(), p => p.Name == "Teodoro Ponce Villa");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Teodoro Ponce Villa");
        Assert.True(x.Has("Ramiro Ponce Villa", RelationshipType.SiblingOf, "Teodoro Ponce Villa"));
    }

    [Theory]
    [InlineData("The Avispa Clan buys its rifles from the Reed Cartel of Guatemala, with which it signed a pact in 2015.", "Reed Cartel", "Guatemala")]
    [InlineData("The Aguilars' main ally was the Montecristo Clan of Olancho, which flew the cocaine north.", "Montecristo Clan", "Olancho")]
    public void Where_an_english_named_group_is_from_is_a_place_of_its_own(string text, string group, string place)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.Groups(), g => g.Name == group);
        Assert.Contains(x.Places(), p => p.Name == place);
    }

    [Fact]
    public void A_country_inside_an_armed_groups_name_stays_in_it()
    {
        var x = ExtractionHelper.Run("The Revolutionary Armed Forces of Colombia signed a deal with the government.");

        Assert.Contains(x.Groups(), g => g.Name == "Revolutionary Armed Forces of Colombia");
    }
}

public class FamilyMemberTests
{
    [Fact]
    public void Sons_named_by_first_name_are_people_and_siblings()
    {
        var x = ExtractionHelper.Run(
            "Police charged two sons of Anselmo Varela Cruz, the head of the Varela clan.",
            "According to prosecutors, Varela Cruz's sons, Tobias and Emilio, ran the business. Tobias fled to Belize.");
        Assert.Contains(x.People(), p => p.Name == "Tobias");
        Assert.Contains(x.People(), p => p.Name == "Emilio");
        Assert.True(x.Has("Tobias", CrimeArchive.Data.RelationshipType.SiblingOf, "Emilio"));
        Assert.True(x.Has("Anselmo Varela Cruz", CrimeArchive.Data.RelationshipType.LeaderOf, "Varela clan"));
    }
}

public class SpanishGroupNameTests
{
    [Fact]
    public void Spanish_and_English_word_orders_of_a_cartel_are_one_group()
    {
        var x = ExtractionHelper.Run(
            "The Tijuana Cartel lost ground last year.",
            "El Cartel de Tijuana, conocido también como el Cartel de los Arellano, perdió terreno.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Cartel de Tijuana", group.Aliases);
        Assert.Contains("Cartel de los Arellano", group.Aliases);
    }

    [Theory]
    [InlineData("Duna Negra, a gang from the river towns, taxes every boat.", "Duna Negra")]
    [InlineData("Police say Marea Alta is a criminal network that moves cocaine.", "Marea Alta")]
    [InlineData("Corrientes Unidas, una banda del puerto, cobra extorsiones.", "Corrientes Unidas")]
    public void A_name_the_sentence_calls_a_group_is_a_group_whatever_it_looks_like(string sentence, string name)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == name);
        Assert.DoesNotContain(x.People(), p => p.Name == name);
    }

    [Fact]
    public void Two_names_called_rival_federations_are_both_groups()
    {
        var x = ExtractionHelper.Run("Analysts say Ceniza and Trueno Trueno are rival federations in the capital.");
        Assert.Contains(x.Groups(), g => g.Name == "Ceniza");
        Assert.Contains(x.Groups(), g => g.Name == "Trueno Trueno");
    }

    [Fact]
    public void A_role_that_is_not_a_group_noun_does_not_make_a_group()
    {
        var x = ExtractionHelper.Run("Rodrigo Salas Pinto is a gang leader from the north, and Ana Ruiz Toro is a member of the gang.");
        Assert.Empty(x.Groups());
    }

    [Fact]
    public void An_article_led_name_at_the_end_of_a_list_of_groups_is_a_group()
    {
        var x = ExtractionHelper.Run("The alliance brings together Los Topos, Los Mirlos and La Corriente.");
        Assert.Contains(x.Groups(), g => g.Name == "La Corriente");
    }

    [Fact]
    public void Faction_and_organization_after_a_name_are_part_of_it()
    {
        var x = ExtractionHelper.Run("The Garza faction broke with the Ulloa Prieto organization, and the 400 Mawon gang took the market.");
        Assert.Contains(x.Groups(), g => g.Name == "Garza faction");
        Assert.Contains(x.Groups(), g => g.Name == "Ulloa Prieto organization");
        Assert.Contains(x.Groups(), g => g.Name == "400 Mawon");
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_name_with_its_own_acronym_in_a_sentence_about_cells_is_a_group_and_a_state_body_is_not()
    {
        var armed = ExtractionHelper.Run("The cell answered to the Mando Central Unido (MCU), prosecutors said.");
        var group = Assert.Single(armed.Groups());
        Assert.Equal("Mando Central Unido", group.Name);
        Assert.Contains("MCU", group.Aliases);

        var state = ExtractionHelper.Run("The Servicio Nacional Aeronaval (SENAN) seized the boat near the coast.");
        Assert.Empty(state.Groups());
    }

    [Fact]
    public void A_described_organization_in_apposition_is_the_group_before_it()
    {
        var x = ExtractionHelper.Run("Los Cardos, the Ribera organization, control the port.");
        var group = Assert.Single(x.Groups());
        Assert.Equal("Los Cardos", group.Name);
    }

    [Fact]
    public void A_family_empire_is_a_group_not_a_person()
    {
        var x = ExtractionHelper.Run("The vast Salcedo Vela empire collapsed in 2010.");
        Assert.Contains(x.Groups(), g => g.Name == "Salcedo Vela");
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_name_an_organization_gives_itself_with_its_acronym_is_a_group()
    {
        var x = ExtractionHelper.Run("Desde 2020 opera en la región y se hace llamar Movimiento Popular Unido del Sur (MPUS).");
        var group = Assert.Single(x.Groups());
        Assert.Equal("Movimiento Popular Unido del Sur", group.Name);
    }

    [Theory]
    [InlineData("es", "La policía halló las armas en una casa del barrio Los Naranjos del Norte, en Cali.", "Los Naranjos del Norte")]
    [InlineData("en", "The bodies were found in the Lomas del Pinar neighborhood of Guayaquil.", "Lomas del Pinar")]
    public void A_neighbourhood_named_like_a_gang_is_no_group(string lang, string text, string name)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Groups(), g => g.Name == name);
    }

    [Theory]
    [InlineData("es", "Los Tordos cerraron un acuerdo con los Arbeláez, una familia de prestamistas del puerto.", "Arbeláez")]
    [InlineData("es", "La mina pertenece al Sindicato de Peña Roja, que cobra vacunas a los mineros.", "Sindicato de Peña Roja")]
    [InlineData("en", "The Quarry Kings sealed a pact with the Quintal Lords in March.", "Quintal Lords")]
    public void A_group_named_without_a_head_word_is_found_by_its_context(string lang, string text, string name)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(x.Groups(), g => g.Name == name);
    }

    [Fact]
    public void A_name_the_text_translates_is_a_group_with_its_translation()
    {
        var x = ExtractionHelper.Run("Kay Solèy, which means \"Sun House\" in Creole, controls the market of Jacmel.");
        var group = Assert.Single(x.Groups(), g => g.Name == "Kay Solèy");
        Assert.Contains("Sun House", group.Aliases);
    }

    [Fact]
    public void A_short_form_of_digits_is_another_name_of_the_group()
    {
        var x = ExtractionHelper.Run("Los Pericos, also known as the 12 or P-12, control the port of Manta.");
        var group = Assert.Single(x.Groups(), g => g.Name == "Los Pericos");
        Assert.Contains("P-12", group.Aliases);
        Assert.Contains("12", group.Aliases);
    }

    [Theory]
    [InlineData("Police say Heriberto Campos Ulloa's gang controls the port.", "Heriberto Campos Ulloa")]
    [InlineData("Police say Chavelo's crew controls the port.", "Chavelo")]
    public void A_name_that_owns_a_gang_is_not_the_gang(string text, string owner)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Groups(), g => g.Name == owner);
    }

    [Fact]
    public void A_name_set_beside_a_definite_group_description_is_a_group()
    {
        var x = ExtractionHelper.Run("Fritz Joachim leads Lakou Solèy, the gang coalition that holds the southern docks.");
        Assert.Contains(x.Groups(), g => g.Name == "Lakou Solèy");
        Assert.DoesNotContain(x.People(), p => p.Name == "Lakou Solèy");
    }

    [Fact]
    public void A_named_unit_and_the_armed_group_it_belongs_to_are_two_groups()
    {
        var x = ExtractionHelper.RunSpanish("El Frente 9 del Ejército Popular Montañés (EPM) vende la pasta base. Tito Roa fue jefe de finanzas del Bloque Cordillera de las Milicias Campesinas (MICA).");
        Assert.Contains(x.Groups(), g => g.Name == "Frente 9");
        Assert.Contains(x.Groups(), g => g.Name == "Ejército Popular Montañés" && g.Aliases.Contains("EPM"));
        Assert.Contains(x.Groups(), g => g.Name == "Milicias Campesinas" && g.Aliases.Contains("MICA"));
        Assert.True(x.Has("Frente 9", RelationshipType.MemberOf, "Ejército Popular Montañés"));
        Assert.True(x.Has("Bloque Cordillera", RelationshipType.MemberOf, "Milicias Campesinas"));
    }

    [Fact]
    public void A_clan_named_after_a_town_is_still_the_clan()
    {
        var x = ExtractionHelper.RunSpanish("Su jefe, Tito Roa, es aliado del clan Obando de Nicaragua, según la fiscalía.");
        Assert.Contains(x.Groups(), g => g.Name == "clan Obando");
    }

    [Fact]
    public void A_base_town_a_river_and_a_town_organization_are_no_part_of_a_groups_name()
    {
        var x = ExtractionHelper.Run("Since 2022 the Belém-based Comando Serrano has fought for the Tapajós river route. Its partner is El Consorcio, a Santarém organization run by Tito Roa Gil.");
        Assert.Contains(x.Groups(), g => g.Name == "Comando Serrano");
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Tapajós") || g.Name.Contains("Santarém"));
        Assert.True(x.Has("Tito Roa Gil", RelationshipType.LeaderOf, "El Consorcio"));
    }

    [Theory]
    [InlineData("Police say Los Pájaros, a gang that the government calls the Clan del Litoral, recruits teenagers in Tumaco.", "Los Pájaros", "Clan del Litoral")]
    [InlineData("Los Pájaros, una banda a la que la Fiscalía llama Clan del Litoral, recluta jóvenes en Tumaco.", "Los Pájaros", "Clan del Litoral")]
    [InlineData("The Guardianes del Valle (Valley Guardians) were founded by Omar Figueroa in 2018.", "Guardianes del Valle", "Valley Guardians")]
    public void A_name_others_give_a_group_is_one_of_its_names(string text, string name, string other)
    {
        var x = text.Contains("Fiscalía") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(other, x.Groups().Named(name).Aliases);
        Assert.Single(x.Groups());
    }

    [Fact]
    public void A_name_given_somewhere_and_a_name_after_the_acronym_are_the_groups()
    {
        var x = ExtractionHelper.Run("Los Cuervos, known in the port of Tela as the Ramírez clan, move cocaine. The Ramírez family also owns hotels.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Ramírez clan", group.Aliases);
        Assert.Contains("Ramírez family", group.Aliases);
        var spanish = ExtractionHelper.RunSpanish("Las Fuerzas Unidas del Sur (FUS), conocidas como los Sureños, controlan la frontera.");
        Assert.Contains("Sureños", Assert.Single(spanish.Groups()).Aliases);
    }

    [Fact]
    public void The_end_of_a_longer_group_name_named_before_is_its_short_form()
    {
        var x = ExtractionHelper.Run("The Delmar Ocelots gang controls the docks of Kingston.", "The Ocelots boss, Kevin Dacres, was arrested in May.");
        Assert.Contains("Ocelots", Assert.Single(x.Groups()).Aliases);
        Assert.True(x.Has("Kevin Dacres", RelationshipType.LeaderOf, "Delmar Ocelots"));
    }

    [Theory]
    [InlineData("El diputado Rui Lago del partido Movimiento Austral fue acusado de lavar dinero.")]
    [InlineData("The deputy Ana Sol of the Renovación Sureña party denied the charges.")]
    public void A_political_party_is_no_group_or_person(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Empty(x.Groups());
        Assert.Single(x.People());
    }

    [Fact]
    public void A_spanish_network_named_after_the_word_red_keeps_it()
    {
        var x = ExtractionHelper.RunSpanish("La policía desarticuló la denominada Red Gaviota, que enviaba cocaína a Europa desde Guayaquil.");

        Assert.Contains(x.Groups(), g => g.Name == "Red Gaviota");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Gaviota");
    }
}

/// <summary>"la Oficina del X": the Colombian word for a crime syndicate, and for a state office.</summary>
public class OfficeNamedGroupTests
{
    [Theory]
    [InlineData("Fue acusada de llevar las cuentas de la Oficina del Retiro, una de las mayores oficinas de cobro del puerto.", true)]
    [InlineData("The Oficina del Retiro, a debt-collection network of the port, buys weapons from the coalition.", false)]
    public void An_office_the_sentence_speaks_of_as_an_outfit_is_a_group(string sentence, bool spanish)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == "Oficina del Retiro");
    }

    [Fact]
    public void A_state_office_is_no_group() =>
        Assert.DoesNotContain(ExtractionHelper.RunSpanish("Según la Oficina del Fiscal General, la banda lava dinero en el puerto.").Groups(),
            g => g.Name.StartsWith("Oficina", StringComparison.Ordinal));
}
