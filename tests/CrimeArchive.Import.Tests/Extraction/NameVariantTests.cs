using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Issue 18's naming families: one entity per real-world name, and name shapes the finder
/// used to miss.</summary>
public class NameVariantTests
{
    [Theory]
    [InlineData("The Cartel de los Soles moved cocaine. Officials say the Soles Cartel bribed generals.", "Cartel de los Soles", "Soles Cartel")]
    [InlineData("Members of the Pérez clan were arrested. The Pérez family denies it, and the Pérezes have hired lawyers.", "Pérez clan", "Pérez family")]
    [InlineData("The Familia Ortiz runs the port. Police raided the Ortiz clan's ranch.", "Familia Ortiz", "Ortiz clan")]
    [InlineData("The Clan Iturbe controls the north. Los Iturbe moved cocaine for years.", "Clan Iturbe", "Iturbe")]
    [InlineData("The Ledesma clan controls the port. Prosecutors froze the Ledesma organization's accounts.", "Ledesma clan", "Ledesma organization")]
    [InlineData("Los Cuatreros -- literally \"the Rustlers\" -- steal cattle in the north.", "Los Cuatreros", "Rustlers")]
    [InlineData("Police blame the Arce family, known around the valley simply as “Los Arce,” for the murders.", "Arce family", "Los Arce")]
    [InlineData("Los Alcatraces (the Pelicans) hold the docks. The Pelicans are led by Feliciano Ochandía Ruiz.", "Los Alcatraces", "Pelicans")]
    [InlineData("Mara Tigrilla controls the market in Puerto Salinas. The Tigrilla also extorts bus drivers.", "Mara Tigrilla", "Tigrilla")]
    [InlineData("The Cártel de Montecal moves cocaine. The Montecal crew pays the police.", "Cártel de Montecal", "Montecal crew")]
    // A capitalized word after an article that closes one group's name, or opens it before its "de".
    // The group noun after an ordinal or "new" that opens the name.
    [InlineData("The Segunda Legião Montanhesa (SLM) grew up in the jails of Manaus. Today the Legião leases barges and an airstrip.", "Segunda Legião Montanhesa", "Legião")]
    [InlineData("The Riverside Syndicate moves cocaine through the port. Police say the Syndicate pays off customs agents.", "Riverside Syndicate", "Syndicate")]
    [InlineData("La Cofradía del Muelle controla el puerto. La Cofradía cobra cuotas a los pescadores.", "Cofradía del Muelle", "La Cofradía")]
    // Any name of the group, the other language's included, when the word heads it as "Syndicate" does.
    [InlineData("La Hermandad del Faro, or the Lighthouse Brotherhood, taxes the fishermen. Police say the Brotherhood also runs the docks.", "Hermandad del Faro", "Brotherhood")]
    // A name and the parentheses that gloss it in the other language, spelled out with an acronym or
    // word for word: everyday words ("Coast", "Valley") and a plural that is no group word alone included.
    [InlineData("Police arrested the man they say heads the Pacific Coast Network (Red de la Costa del Pacífico – RCP) in a raid.", "RCP", "Pacific Coast Network")]
    [InlineData("He led a cocaine transport group known as the Motagua Valley Network (Red del Valle del Motagua – RVM) for years.", "RVM", "Motagua Valley Network")]
    [InlineData("Ruben Elizondo, a former commander of the Guardians of the Valley (Guardianes del Valle) who founded the Sierra Cartel, remains at large.", "Guardianes del Valle", "Guardians of the Valley")]
    [InlineData("The Cártel de los Tepames del Sur controls the sierra. Today the Tepames Cartel holds half of its old routes.", "Cártel de los Tepames del Sur", "Tepames Cartel")]
    // A one-word name put into English: "the Twins" after "Los Gemelos".
    [InlineData("The Téllez brothers lead the faction known across Sinaloa as \"Los Gemelos.\" Moreno controls the money; the Twins have the gunmen.", "Los Gemelos", "Twins")]
    [InlineData("The Tren de Guárico began in a prison in 2014. Today the group, referred to as the Guárico Train in some U.S. documents, has cells in Colombia.", "Tren de Guárico", "Guárico Train")]
    [InlineData("He was a member of La Familia Michoacana and later a commander of the Knights Templar (Caballeros Templarios).", "Knights Templar", "Caballeros Templarios")]
    [InlineData("El Cartel de las Siete Cruces domina el puerto. Analysts say the Seven Crosses Cartel ships cocaine to Europe.", "Cartel de las Siete Cruces", "Seven Crosses Cartel")]
    // A former name is the same group's: never a second group, nor a part of the first.
    [InlineData("Police said Los Cuervos, formerly known as La Banda del Trapiche, control the docks.", "Los Cuervos", "La Banda del Trapiche")]
    [InlineData("El Cartel de Monteluz, antes conocido como Los del Cerro, opera en la frontera.", "Cartel de Monteluz", "Los del Cerro")]
    [InlineData("Clica 40, also known as the 40s, is the biggest clique of the Barrio Azul gang.", "Clica 40", "40s")]
    // A name spelled out in the other language before its own initials names an armed group, rank and all.
    [InlineData("Police say fighters of the Moorland General Staff (Estado Mayor del Páramo – EMP) burned the bridge.", "Moorland General Staff", "EMP")]
    [InlineData("The ambush was blamed on the Western Rebel Command (Comando Rebelde de Occidente – CRO) by the army.", "Western Rebel Command", "Comando Rebelde de Occidente")]
    // The name its members go by is the group's too.
    [InlineData("Two former soldiers started the Cordillera Syndicate, whose foot soldiers are known as the Chagras, in 2016. Police say the Chagras also move gold.", "Cordillera Syndicate", "Chagras")]
    [InlineData("En 2015 nació el Cártel de la Puna, cuyos integrantes son conocidos como Los Puneños, en el altiplano.", "Cártel de la Puna", "Los Puneños")]
    // A family's group called by another of the nouns a family's outfit goes by.
    [InlineData("Police arrested six men tied to the Carrizal clan. Prosecutors say officers shielded the Carrizal group for years.", "Carrizal clan", "Carrizal group")]
    public void Variants_of_one_group_name_are_one_group(string text, string first, string second)
    {
        var group = ExtractionHelper.Run(text).Groups().Single(g => g.Aliases.Contains(first));
        Assert.Contains(second, group.Aliases);
    }

    [Fact]
    public void A_familys_other_name_with_its_noun_before_the_surname_is_the_same_group()
    {
        var x = ExtractionHelper.RunSpanish(
            "La policía detuvo a tres integrantes de Los Tallanes, conocidos también como el clan Tallán, en la frontera.",
            "Los Tallanes cobran por cada camión que cruza.");

        var group = Assert.Single(x.Groups());
        Assert.Equal("Los Tallanes", group.Name);
        Assert.Contains("clan Tallán", group.Aliases);
    }

    [Theory]
    [InlineData("El Clan del Páramo, que se hace llamar Fuerzas Unidas del Páramo (FUP) y más recientemente Ejército Unido del Páramo (EUP), cobra peajes.")]
    [InlineData("El Clan del Páramo, que se hace llamar Fuerzas Unidas del Páramo (FUP) y, más recientemente, Ejército Unido del Páramo (EUP), cobra peajes.")]
    public void A_name_a_group_took_later_is_another_of_its_names(string sentence)
    {
        var group = Assert.Single(ExtractionHelper.RunSpanish(sentence).Groups());

        Assert.Contains("Fuerzas Unidas del Páramo", group.Aliases);
        Assert.Contains("Ejército Unido del Páramo", group.Aliases);
        Assert.Contains("EUP", group.Aliases);
    }

    [Fact]
    public void A_portuguese_vulgo_gives_a_nickname_as_alias_does()
    {
        var x = ExtractionHelper.Run(
            "The faction's founder, Rogério Antunes Faria, vulgo \"Baixinho\" (Shorty), has been in prison since 2016.",
            "Baixinho still runs the group from his cell, according to prosecutors.");

        Assert.Contains(x.People(), p => p.Name == "Rogério Antunes Faria" && p.Aliases.Contains("Baixinho"));
    }

    [Fact]
    public void A_head_word_used_before_another_group_opening_with_it_is_named_is_the_earlier_groups()
    {
        var x = ExtractionHelper.RunSpanish(
            "La Real Hermandad Costera (RHC) es una organización criminal que opera en la sierra.",
            "En su etapa inicial, la Hermandad creció hacia el mar y se apoderó de las rutas de la amapola.",
            "Pese al nombre, la RHC no guarda relación con La Hermandad del Golfo, desarticulada en 2008.");

        Assert.Contains(x.Groups(), g => g.Name.Contains("Real Hermandad Costera") && g.Aliases.Contains("Hermandad"));
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Golfo") && g.Aliases.Contains("Hermandad"));
    }

    [Fact]
    public void A_surname_after_the_is_no_short_form_of_the_clan()
    {
        var x = ExtractionHelper.Run("The Arboleda Quiñones clan is run by the brothers Wilder and Fredy Arboleda Quiñones. "
            + "The Arboleda clan pays the police. Officials say the Arboleda brothers are allied with Fuego Negro, a gang from Colón.");
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains("Arboleda"));
    }

    [Theory]
    [InlineData("The boats crossed the Gulf of Honduras (Golfo de Honduras) at night, police said.")]
    [InlineData("Farmers in the Plains of the North (Llanos del Norte) grow coca on small plots.")]
    public void A_place_its_parentheses_translate_is_no_group(string text)
    {
        Assert.Empty(ExtractionHelper.Run(text).Groups());
    }

    [Fact]
    public void A_former_name_is_no_part_of_the_group()
    {
        var x = ExtractionHelper.Run("Los Cuervos, formerly known as La Banda del Trapiche, control the docks of the port.");
        Assert.Single(x.Groups());
        Assert.Empty(x.Relationships);
    }

    [Theory]
    [InlineData("The Tigres del Sur clashed with soldiers near the border.", "Tigres del Sur")]
    [InlineData("Police said the Cartel of the Coast paid the guards.", "Cartel of the Coast")]
    [InlineData("The Bloque Oriental operated in the plains for a decade.", "Bloque Oriental")]
    [InlineData("Marcos Ibarra es el comandante del Frente Comandante Anselmo Quiroga, que opera en el Cauca.", "Frente Comandante Anselmo Quiroga")]
    [InlineData("The Zenón Paredes Mobile Column, headed by Luis Arce, operates along the border.", "Zenón Paredes Mobile Column")]
    [InlineData("Barrio 18 and the MS13 are rivals in the capital.", "Barrio 18")]
    [InlineData("The Union Sur, a federation led by Dario Lenz, is its rival.", "Union Sur")]
    [InlineData("The network gathers former fighters of the Fuerzas Armadas Populares (FAP) who rejected the peace deal.", "Fuerzas Armadas Populares")]
    [InlineData("Police say the Hermanos del Alba Roja (HAR) tax every bus in the port.", "Hermanos del Alba Roja")]
    [InlineData("Feliciano Ochandía Ruiz y la familia Ochandía controlan el mercado.", "familia Ochandía")]
    [InlineData("Celestino Arcaya Mena manda en el clan Arcaya desde 2015.", "clan Arcaya")]
    public void Group_name_shapes_are_recognised(string text, string name)
    {
        Assert.Contains(ExtractionHelper.Run(text).Groups(), g => g.Name == name);
    }

    [Fact]
    public void An_office_of_several_words_is_no_part_of_the_name()
    {
        var x = ExtractionHelper.Run("Anti-Drugs Commissioner Rafael Quintero Vega said the port was clean.");
        Assert.Equal("Rafael Quintero Vega", Assert.Single(x.People()).Name);
    }

    [Theory]
    [InlineData("The highest-ranking officer involved, Sub-commissioner Noreen Gallet, said the port was clean.", "Noreen Gallet")]
    [InlineData("The deputy, Vice-minister Noreen Gallet, said the port was clean.", "Noreen Gallet")]
    public void A_rank_below_a_title_is_no_part_of_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(ExtractionHelper.Run(text).People()).Name);

    [Theory]
    [InlineData("The port was run by Nelson Orbegozo De los Santos, a broker. Orbegozo was arrested in 2019.")]
    [InlineData("The port was run by Nelson Orbegozo del Valle, a broker. Orbegozo was arrested in 2019.")]
    public void A_first_surname_before_a_second_that_opens_with_its_particle_names_the_person_alone(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains("Orbegozo", Assert.Single(x.People()).Aliases);
    }

    [Theory]
    [InlineData("Police said Garnet Hill was stabbed outside a bar in 2020.", "Garnet Hill")]
    [InlineData("Police said Nadia Lane was stabbed outside a bar in 2020.", "Nadia Lane")]
    public void A_surname_that_also_closes_place_names_follows_a_known_given_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(ExtractionHelper.Run(text).People()).Name);

    [Fact]
    public void A_park_named_after_a_man_is_no_person() =>
        Assert.Empty(ExtractionHelper.Run("Los Toros control Maxfield Park and Stanley Park, police said.").People());

    [Fact]
    public void A_neighbourhood_is_no_person()
    {
        var x = ExtractionHelper.Run("Residents of Rocinha Favela fled when the shooting started.");
        Assert.Empty(x.People());
    }

    [Theory]
    [InlineData("The gang holds the Tadeo Lumbre neighborhood, and it fought for control of Tadeo Lumbre last year.")]
    [InlineData("Others sell from the Rosendo Albar housing project.")]
    [InlineData("La banda controla el puerto de Benito Ocaña y la localidad de Piedra del Río.")]
    [InlineData("El municipio de Juan José de Mora sufre extorsiones, y en el barrio Elías Pardo hubo tiroteos.")]
    [InlineData("La banda opera entre los municipios de Anselmo Bravo y Juan de Lara.")]
    public void A_place_named_like_a_person_is_no_person(string text)
    {
        Assert.Empty(ExtractionHelper.Run(text).People());
    }

    [Theory]
    [InlineData("Sus miembros presos están en la Penitenciaría del Sur.")]
    [InlineData("Militaba en la Juventud Obrera antes de unirse a la banda.")]
    [InlineData("The state power company, Energía del Poniente (EDP), was extorted.")]
    public void Prisons_youth_wings_and_state_companies_are_no_people(string text)
    {
        Assert.Empty(ExtractionHelper.Run(text).People());
    }

    [Fact]
    public void Siblings_in_a_comma_list_share_the_surnames()
    {
        var x = ExtractionHelper.Run("The brothers Juan, Pedro and Luis Arellano Díaz ran the business.");
        Assert.Equal(["Juan Arellano Díaz", "Luis Arellano Díaz", "Pedro Arellano Díaz"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Juan Arellano Díaz", RelationshipType.SiblingOf, "Luis Arellano Díaz"));
        Assert.True(x.Has("Juan Arellano Díaz", RelationshipType.SiblingOf, "Pedro Arellano Díaz"));
        Assert.True(x.Has("Pedro Arellano Díaz", RelationshipType.SiblingOf, "Luis Arellano Díaz"));
    }

    [Fact]
    public void A_group_better_known_by_another_name_is_one_group()
    {
        var x = ExtractionHelper.Run("La Liga Costera, better known as Los Alcatraces, controls the port.");
        var group = Assert.Single(x.Groups());
        Assert.Equal("La Liga Costera", group.Name);
        Assert.Contains("Los Alcatraces", group.Aliases);
        Assert.Empty(x.People());
    }

    [Fact]
    public void The_name_officials_call_a_group_is_that_group()
    {
        var x = ExtractionHelper.Run("Los Grises, which officials call the Gray Gang, lost ground in the north.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Gray Gang", group.Aliases);
    }

    [Fact]
    public void Clan_before_a_family_name_is_the_family_already_named()
    {
        var x = ExtractionHelper.Run("The Ferrante family runs the market. The clan Ferrante now faces Los Cardos.");
        Assert.Single(x.Groups(), g => g.Name.Contains("Ferrante", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clan_named_head_first_keeps_that_name_as_an_alias()
    {
        var x = ExtractionHelper.Run("El clan Urrutia, una familia de Tarija, vende armas. Los Urrutia controlan el paso.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("clan Urrutia", group.Aliases);
        Assert.Contains("Los Urrutia", group.Aliases);
    }

    [Fact]
    public void A_bare_surname_beside_a_family_group_is_the_person_who_bears_it()
    {
        var x = ExtractionHelper.RunSpanish("Anselmo Vidal Ruiz dirige el clan Vidal en el estado de Zulia.",
            "Vidal creció en un rancho cerca de Maracaibo. Los Vidal mueven gasolina hacia Colombia.");
        Assert.Contains("Vidal", x.People().Named("Anselmo Vidal Ruiz").Aliases);
        Assert.Contains("Los Vidal", Assert.Single(x.Groups()).Aliases);
    }

    [Theory]
    [InlineData("The Garzas, who also style themselves the Hijos del Río, took the river port.", "Hijos del Río")]
    [InlineData("En Bolivia, la Banda del Salar, que hoy se autodenomina Fuerza Andina Unida (FAU), controla el contrabando.", "Fuerza Andina Unida")]
    public void A_name_a_group_gives_itself_is_that_groups(string sentence, string other)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(other, Assert.Single(x.Groups()).Aliases);
    }

    [Fact]
    public void An_acronym_written_with_and_without_a_hyphen_is_one_group()
    {
        var x = ExtractionHelper.Run("The RK21 gang is expanding. Police arrested three RK-21 members in Quito.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("RK-21", group.Aliases);
    }

    [Fact]
    public void A_numbered_gang_is_mentioned_with_its_number_and_noun()
    {
        var x = ExtractionHelper.Run("The 400 Kanpe gang controls the road. Police say the 400 Kanpe fights the Baz Ouest gang.");
        var group = x.Groups().Single(g => g.Aliases.Contains("400 Kanpe"));
        Assert.Contains("400 Kanpe gang", group.Aliases);
    }

    [Fact]
    public void An_acronym_group_spelled_out_in_two_languages_holds_both_names()
    {
        var x = ExtractionHelper.Run("Local gangs answer to the Upper River Council (Consejo del Río Alto – CRA). The CRA gang fought the Pacto Azul.");
        var group = x.Groups().Single(g => g.Aliases.Contains("CRA") || g.Name == "CRA");
        Assert.Contains("Consejo del Río Alto", group.Aliases);
        Assert.Contains("Upper River Council", group.Aliases);
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_name_glossed_by_a_group_in_parentheses_is_that_group()
    {
        var x = ExtractionHelper.Run("The Irmandade do Vale (Brotherhood of the Valley) was founded in 2004 by Paulo Teixeira Lima.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Irmandade do Vale", group.Aliases);
        Assert.True(x.Has("Paulo Teixeira Lima", RelationshipType.Founded, group.Name));
    }

    [Fact]
    public void A_person_before_a_group_in_parentheses_is_no_gloss()
    {
        var x = ExtractionHelper.Run("Police arrested Rodrigo Salas Vera (Los Cardos) on Monday.");
        Assert.DoesNotContain("Rodrigo Salas Vera", x.Groups().SelectMany(g => g.Aliases));
    }

    [Fact]
    public void Better_known_as_after_a_description_names_the_group_before_it()
    {
        var x = ExtractionHelper.Run("Los Cóndores (CDR), the old militia network better known as Los Grises, fought the Pacto Azul.");
        var group = x.Groups().Single(g => g.Aliases.Contains("Los Cóndores"));
        Assert.Contains("Los Grises", group.Aliases);
    }

    [Fact]
    public void A_name_given_as_what_another_group_is_known_by_is_that_group()
    {
        var x = ExtractionHelper.Run("The Cuervos went to war with Los Tejones, as the remnant of the People's Front (Frente del Pueblo – FDP) is known. Later the FDP lost the valley.");
        var group = x.Groups().Single(g => g.Aliases.Contains("Los Tejones"));
        Assert.Contains("People's Front", group.Aliases);
        Assert.Contains("Frente del Pueblo", group.Aliases);
        Assert.Contains("FDP", group.Aliases);
        Assert.True(x.Has("Cuervos", RelationshipType.RivalOf, group.Name));
    }

    [Fact]
    public void Known_since_a_year_as_gives_the_later_name()
    {
        var x = ExtractionHelper.Run("The Ronda do Bairro, known since 2015 as the Tropa do Trovão, controls the port.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Ronda do Bairro", group.Aliases);
        Assert.Contains("Tropa do Trovão", group.Aliases);
    }

    [Theory]
    [InlineData("Lino Paz, fundador de Camino Rojo, rompió con la banda en 2019.", "Camino Rojo")]
    [InlineData("Police arrested the founder of Sendero Alto, Ruth Mena Gil, on Friday.", "Sendero Alto")]
    [InlineData("Trueno Trueno, the largest federation in the city, took the port.", "Trueno Trueno")]
    public void A_founded_thing_or_a_word_said_twice_is_a_group_not_a_person(string text, string name)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(x.Groups(), g => g.Name == name);
        Assert.DoesNotContain(x.People(), p => p.Name == name);
    }

    [Fact]
    public void A_rival_of_a_full_name_stays_a_person()
    {
        var x = ExtractionHelper.Run("He was a rival of Tomás Rivel Osuna for years.");
        Assert.Contains(x.People(), p => p.Name == "Tomás Rivel Osuna");
    }

    [Fact]
    public void A_group_named_before_keeps_the_gloss_given_later()
    {
        var x = ExtractionHelper.Run("Lino Paz es el fundador de Camino Rojo. En 2019 rompió con la dirección de Camino Rojo (Red Trail).");
        Assert.Contains("Red Trail", x.Groups().Named("Camino Rojo").Aliases);
    }

    [Fact]
    public void A_name_led_by_La_keeps_the_article_as_one_of_its_forms()
    {
        var x = ExtractionHelper.Run("La Hermandad de Pilotos Libres, better known as La HPL, moves cocaine by air.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("La Hermandad de Pilotos Libres", group.Aliases);
        Assert.Contains("Hermandad de Pilotos Libres", group.Aliases);
        Assert.Contains("La HPL", group.Aliases);
    }

    [Fact]
    public void A_surname_already_given_is_no_first_name_sharing_the_next_surnames()
    {
        var x = ExtractionHelper.Run("Marcos Vidal Soto runs a trafficking ring.",
            "Vidal and Nuno Sosa Prado co-founded the Falange Gris in 2009. Vidal remains in charge.");
        Assert.DoesNotContain(x.People(), p => p.Name == "Vidal Sosa Prado");
        Assert.True(x.Has("Marcos Vidal Soto", RelationshipType.Founded, "Falange Gris"));
        Assert.True(x.Has("Nuno Sosa Prado", RelationshipType.Founded, "Falange Gris"));
    }

    [Theory]
    [InlineData("The Sol Naciente crew controls the east. That outfit, also known as the Sunrise Brotherhood, is run by two cousins.")]
    [InlineData("The Sol Naciente crew controls the east. La banda, conocida también como Sunrise Brotherhood, cobra cuotas.")]
    public void A_described_group_also_known_by_a_name_is_the_group_in_focus(string text)
    {
        var group = Assert.Single(ExtractionHelper.Run(text).Groups());
        Assert.Contains("Sunrise Brotherhood", group.Aliases);
    }

    [Fact]
    public void A_faction_named_with_its_parent_before_it_is_the_faction()
    {
        var x = ExtractionHelper.Run("The Sector 7 gang split in 2018. Its two factions, the Bravos and the Lobos, fight each other.",
            "Tino Arce heads the Sector 7 Bravos from a prison cell.");
        Assert.Contains("Sector 7 Bravos", x.Groups().Named("Bravos").Aliases);
        Assert.True(x.Has("Tino Arce", RelationshipType.LeaderOf, "Bravos"));
        Assert.True(x.Has("Bravos", RelationshipType.MemberOf, "Sector 7"));
        Assert.DoesNotContain(x.Groups(), g => g.Name == "7");
    }

    [Fact]
    public void A_short_form_from_the_last_word_of_a_glossed_name_is_the_same_group()
    {
        var x = ExtractionHelper.Run("The Lone Riders (Jinetes Solitarios) control the south.",
            "Police drove the Solitarios out of the port, and another Solitario chief was killed.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Lone Riders", group.Aliases);
        Assert.Contains("Jinetes Solitarios", group.Aliases);
        Assert.Contains("Solitarios", group.Aliases);
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_short_form_of_a_known_glossed_group_joins_it()
    {
        var x = ExtractionHelper.Run("The Silver Wolves (Lobos Plateados) gang controls the south.",
            "Police drove the Plateados out of the port.");
        var group = x.Groups().Single(g => g.Aliases.Contains("Lobos Plateados"));
        Assert.Contains("Plateados", group.Aliases);
        Assert.Single(x.Groups());
    }

    [Fact]
    public void A_name_glossed_then_described_as_a_ring_is_a_group()
    {
        var x = ExtractionHelper.Run("The Cofre do Medo (Chest of Fear), a ring of smugglers, moves arms through the port.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Chest of Fear", group.Aliases);
        Assert.Empty(x.People());
    }

    [Fact]
    public void A_gang_named_with_a_number_word_keeps_it()
    {
        var x = ExtractionHelper.Run("The war began as a feud with the Nine Lanterns gang in 2016. The Nine Lanterns, led by Jonel Pierre, control the wharf.",
            "The Two Bridges gang is small. Three Colombian gangs operate nearby.");
        var lanterns = x.Groups().Named("Nine Lanterns");
        Assert.Contains("Nine Lanterns gang", lanterns.Aliases);
        Assert.True(x.Has("Jonel Pierre", RelationshipType.LeaderOf, "Nine Lanterns"));
        Assert.Contains(x.Groups(), g => g.Name == "Two Bridges");
        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void The_english_its_name_suggests_is_a_name_of_the_group_the_sentence_is_about()
    {
        var x = ExtractionHelper.Run("Los Halcones run the port. Los Tumbapuertas, a gang created by former members of Los Halcones, break into homes, as its name, “Door Kickers,” suggests.");
        Assert.Contains("Door Kickers", x.Groups().Named("Los Tumbapuertas").Aliases);
        Assert.DoesNotContain("Door Kickers", x.Groups().Named("Los Halcones").Aliases);
    }

    [Fact]
    public void The_english_plural_of_a_one_word_group_name_is_that_group()
    {
        var x = ExtractionHelper.Run("Los Cóndores (CDR), the old militia network better known as Los Mochuelo, runs the port.",
            "The Mochuelos grew out of a farmers' militia.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Mochuelos", group.Aliases);
        Assert.Contains("Los Mochuelo", group.Aliases);
    }

    [Fact]
    public void The_X_gang_and_the_X_are_one_group_under_both_names()
    {
        var x = ExtractionHelper.Run("The Corsair gang attacked the port. Later the Corsair retreated to the hills.");
        var group = Assert.Single(x.Groups());
        Assert.Contains("Corsair gang", group.Aliases);
        Assert.Contains("Corsair", group.Aliases);
    }

    [Theory]
    [InlineData("El Frente 48 controla la zona. The 48th Front, as the army calls it, taxes the miners.", "48th Front")]
    [InlineData("The Bloque Sur lost men. Later the Sur Bloc regrouped near the river.", "Sur Bloc")]
    public void A_front_or_bloc_named_in_either_language_is_one_group(string text, string other)
    {
        var x = ExtractionHelper.Run(text);
        var group = Assert.Single(x.Groups());
        Assert.Contains(other, group.Aliases);
    }

    [Fact]
    public void A_group_profile_s_title_names_a_group_whatever_its_words()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract("""
            InicioHondurasLa Agencia del Cauto
            HONDURAS

            LA AGENCIA DEL CAUTO / 3 FEB 2023 POR INSIGHT CRIME

            La Agencia del Cauto es una organización criminal que controla el tráfico de cocaína en la costa norte de Honduras.

            Historia

            La Agencia nació en 2010 en el puerto de Trujillo. Su fundador, Remigio Tovar Lanza, era un exagente de aduanas.
            """);
        var group = Assert.Single(x.Groups());
        Assert.Equal("La Agencia del Cauto", group.Name);
        Assert.Contains("La Agencia", group.Aliases);
        Assert.True(x.Has("Remigio Tovar Lanza", RelationshipType.Founded, "La Agencia del Cauto"));
    }

    [Fact]
    public void A_clan_and_a_cartel_named_after_one_place_stay_two_groups()
    {
        var x = ExtractionHelper.Run("The Cartel del Golfo lost Reynosa. In Colombia, the Clan del Golfo gained ground.");
        Assert.Equal(2, x.Groups().Count);
        Assert.Contains(x.Groups(), g => g.Aliases.Contains("Cartel del Golfo") && !g.Aliases.Contains("Clan del Golfo"));
        Assert.Contains(x.Groups(), g => g.Aliases.Contains("Clan del Golfo") && !g.Aliases.Contains("Cartel del Golfo"));
    }
    [Fact]
    public void A_short_name_keeps_the_spanish_article_the_text_gives_it()
    {
        var x = ExtractionHelper.Run("Legión Quebracho, also known as L-9 or simply “la Marejada,” is one of the oldest street gangs in the country.");

        Assert.Contains("la Marejada", x.Groups().Single().Aliases);
    }

    [Fact]
    public void A_short_name_with_the_kind_of_outfit_after_it_is_kept_as_written()
    {
        var x = ExtractionHelper.Run("The Vizcachas Mobile Front (Frente Móvil Vizcachas) controls the estuary.",
            "For the Vizcachas front, losing the river would be a heavy blow.");

        var front = x.Groups().Single();
        Assert.Contains("Vizcachas front", front.Aliases);
        Assert.Contains("Vizcachas", front.Aliases);
    }
    [Fact]
    public void An_english_gloss_closing_the_sentence_after_a_spanish_name_is_its_alias()
    {
        var x = ExtractionHelper.Run("Agents also detained teenagers from the cartel's youth wing, known as Los Quirquinchos, or the Little Armadillos.");

        Assert.Contains("Little Armadillos", x.Groups().Single().Aliases);
    }

    [Fact]
    public void The_last_of_a_list_after_or_is_no_gloss_of_an_english_name()
    {
        var x = ExtractionHelper.Run("The army fought the Red Mulitas, the Blue Crew, or the Black Armadillos.");

        Assert.Equal(3, x.Groups().Count);
    }
    [Fact]
    public void A_cartels_name_without_cartel_is_the_cartel_not_a_person()
    {
        var x = ExtractionHelper.Run("The Huizache Bermejo Cartel (Cártel del Huizache Bermejo) controls the eastern slopes. Prosecutors say Baldomero Ocotillo, an ex-Huizache Bermejo lieutenant, now sells fuel on his own.",
            "Former Huizache Bermejo commander Ovidio Lares now runs his own crew.");

        Assert.Contains("Huizache Bermejo", x.Groups().Single().Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == "Huizache Bermejo");
    }

    [Fact]
    public void A_cartels_name_without_cartel_that_is_a_mans_surnames_stays_his()
    {
        var x = ExtractionHelper.Run("Police arrested Ramiro Huizache Bermejo, who founded the Huizache Bermejo Cartel in 2004. Huizache Bermejo denies the charges.");

        Assert.Contains("Huizache Bermejo", x.People().Named("Ramiro Huizache Bermejo").Aliases);
    }
    [Fact]
    public void A_group_after_or_closing_the_sentence_is_another_group()
    {
        var x = ExtractionHelper.Run("Police blamed the killings on Los Quirquinchos, or the Mulitas Cartel.");

        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void Frente_a_after_a_group_is_no_front_of_it()
    {
        var x = ExtractionHelper.RunSpanish("Los Quirquinchos frente a la Fiscalía negaron los cargos.");

        Assert.DoesNotContain(x.Groups().Single().Aliases, a => a.EndsWith("frente", StringComparison.Ordinal));
    }

    [Fact]
    public void La_familia_de_los_a_surname_is_no_group()
    {
        var x = ExtractionHelper.RunSpanish("Los vecinos dijeron que la familia de los Iturralde vivía en el barrio desde 1990.");

        Assert.Empty(x.Groups());
    }
    [Fact]
    public void A_cartels_short_form_that_reads_like_a_place_is_the_cartel_unless_a_locative_word_says_otherwise()
    {
        var x = ExtractionHelper.Run("The Valle Bermejo Cartel controls the northern routes. Police arrested Ernesto Ocotillo Ruiz, a former Valle Bermejo plaza boss.",
            "Violence in Valle Bermejo fell last year.");

        Assert.Contains("Valle Bermejo", x.Groups().Single().Aliases);
        Assert.True(x.Has("Ernesto Ocotillo Ruiz", RelationshipType.MemberOf, "Valle Bermejo Cartel"));
        Assert.Contains(x.Places(), p => p.Name == "Valle Bermejo");
    }

    [Fact]
    public void A_group_noun_two_names_share_stands_for_neither_by_the_ordinal_rule()
    {
        var x = ExtractionHelper.Run("The Primer Comando del Ximbó and the Comando Montanhés fight for the port. The Comando has lost ten men.");

        Assert.DoesNotContain("Comando", x.Groups().Single(g => g.Name == "Primer Comando del Ximbó").Aliases);
    }

    [Fact]
    public void The_first_word_of_a_units_longer_name_is_no_short_form_of_it()
    {
        var x = ExtractionHelper.Run("The Pacific Ridge Bloc controls the estuaries. Drugs from the Pacific find buyers in the bay.");
        var bloc = x.Entities.Single(e => e.Name == "Pacific Ridge Bloc");
        Assert.DoesNotContain("Pacific", bloc.Aliases);
    }

    [Theory]
    [InlineData("Two crews came out of the split of the Banda 47 in 2018. Both are factions of the B47, and they fight over the port.", "B47")]
    [InlineData("La pandilla Barrio 47 controla el mercado de la colonia desde hace una década. Sus pandilleros del B-47 cobran la renta.", "B-47")]
    public void A_gang_named_by_its_noun_and_a_number_goes_by_its_initial_and_the_number(string text, string shortForm)
    {
        var gang = Assert.Single(ExtractionHelper.Run(text).Groups());
        Assert.Contains(shortForm, gang.Aliases);
    }
}
