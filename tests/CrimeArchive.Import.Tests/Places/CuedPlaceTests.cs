using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Tests.Places;

/// <summary>Places the gazetteer does not know but the text marks as places, and look-alikes that
/// must stay unmarked. All sentences are made up.</summary>
public class CuedPlaceTests
{
    private static List<string> Surfaces(string text) => PlaceFinder.Find(text).Select(m => m.Surface).ToList();

    [Theory]
    [InlineData("Police raided a farm near the village of Quebrada Honda before dawn.", "Quebrada Honda")]
    // A sentence opened by "In" and a name set off by a comma.
    [InlineData("Police said the gangs had grown. In Playa Morada, the Brisa clan charges every fisherman a fee.", "Playa Morada")]
    // A name that opens with a word only towns' names open with needs no other cue.
    [InlineData("The cocaine moved through Puerto Amatique before it reached the highway.", "Puerto Amatique")]
    [InlineData("Tres lanchas zarparon de San Telmo Chico con la droga.", "San Telmo Chico")]
    [InlineData("The boat was seized off the port of Puerto Tarapaca last week.", "Puerto Tarapaca")]
    [InlineData("Gunmen opened fire in the town of Villa Esperanza on Sunday.", "Villa Esperanza")]
    [InlineData("Residents of the neighborhood of Las Brisas fled the clashes.", "Las Brisas")]
    [InlineData("The courier crossed at the border crossing at Paso Hondo.", "Paso Hondo")]
    [InlineData("Coca growers in the Yungarillo province blocked the road.", "Yungarillo")]
    [InlineData("Troops patrolled the Tierra Fria region for weeks.", "Tierra Fria")]
    [InlineData("The gang moved into the Bajo Cauca subregion.", "Bajo Cauca")]
    [InlineData("Violence grew in Michoacán's Tierra Fria region.", "Michoacán")]
    [InlineData("Smugglers used the Paso Hondo border crossing at night.", "Paso Hondo")]
    [InlineData("La policía detuvo a tres hombres en el municipio de San Cayetano del Monte.", "San Cayetano del Monte")]
    [InlineData("El cargamento salió del puerto de Bahía Quieta en una lancha.", "Bahía Quieta")]
    [InlineData("Los enfrentamientos ocurrieron en el barrio Nueva Aurora el lunes.", "Nueva Aurora")]
    [InlineData("Inmates took over the prison in the town of Tocoyal in March.", "Tocoyal")]
    // Prisons are places to the newsroom.
    [InlineData("Desde la cárcel de La Tramoya, el cabecilla sigue dirigiendo la banda.", "La Tramoya")]
    [InlineData("He was moved to the Rincón Seco jail last year.", "Rincón Seco")]
    // A town's name that goes on past "de la", "del" or "do", known in part to the gazetteer or not at all.
    [InlineData("The gang controls San Juan de la Quebrada and two other towns in Sonora.", "San Juan de la Quebrada")]
    [InlineData("La banda opera en San Miguel de las Garzas desde 2019.", "San Miguel de las Garzas")]
    [InlineData("Los cuerpos aparecieron en Villa del Carmen Alto, según la fiscalía.", "Villa del Carmen Alto")]
    // After a place noun too: "the hamlet of X de las Y".
    [InlineData("Army engineers rebuilt the only bridge into the hamlet of Santa Olaya de las Cumbres.", "Santa Olaya de las Cumbres")]
    [InlineData("Los soldados entraron al caserío de Loma Cedro de los Llanos al amanecer.", "Loma Cedro de los Llanos")]
    // The capital that bears its country's name is a city of its own.
    [InlineData("Los fiscales de la Ciudad de Guatemala pidieron su extradición.", "Ciudad de Guatemala")]
    [InlineData("The shipments were flown on to Ciudad de Kuwait, the prosecutors said.", "Ciudad de Kuwait")]
    // A name shaped like a person's, placed by a building in it, a "municipio" before it or a direction.
    [InlineData("Two of the men were held in a penitentiary in Ildefonso Luna until May.", "Ildefonso Luna")]
    [InlineData("Los mineros huyeron del municipio Zerpa tras el ataque.", "Zerpa")]
    [InlineData("The miners fled south to Pampa Dorada after the attack.", "Pampa Dorada")]
    // The middle and the end of a list that a place opens.
    [InlineData("The gang also sells in Puerto Olmo, Cerrillos and Piedrazul, police said.", "Cerrillos")]
    [InlineData("The gang also sells in Puerto Olmo, Cerrillos and Piedrazul, police said.", "Piedrazul")]
    // A known town's name that goes on past "de" after a place preposition, or joined to a place just found.
    [InlineData("The gang extorts bakers in Tlacotepec and Arenal del Cedro.", "Arenal del Cedro")]
    [InlineData("La banda cobra cuotas en Arenal de los Tejos desde 2019.", "Arenal de los Tejos")]
    // A landform's word opens a town's name that goes on too.
    [InlineData("The gang sells fuel in Llano Hondo and nearby Cañada del Encino.", "Cañada del Encino")]
    public void A_name_after_or_before_a_place_noun_is_a_place(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Theory]
    // "de la" after a town opens an institution's name, not the town's: only a settlement's name goes on.
    [InlineData("El comandante de la zona de Tumaco de la Armada habló con la prensa.", "Tumaco de la Armada")]
    // A settlement's name takes one "de" phrase: the second names the region it lies in.
    [InlineData("Los cuerpos aparecieron en el municipio de Santa Rosa del Sur de Bolívar.", "Santa Rosa del Sur de Bolívar")]
    // A state or country after a known town's "de" says where the town lies; a person, a group or a body after a
    // place's "de" is none of its name.
    [InlineData("The gang is strongest in Arenal de Costa Rica, police said.", "Arenal de Costa Rica")]
    [InlineData("La detención en Culiacán de Eligio Sarabia Lumbreras provocó bloqueos.", "Culiacán de Eligio Sarabia Lumbreras")]
    [InlineData("La presencia en Michoacán de Los Tordos creció el último año.", "Michoacán de Los Tordos")]
    [InlineData("Hubo enfrentamientos en Tlacotepec y Tepeaca de la Policía Estatal con sicarios.", "Tepeaca de la Policía Estatal")]
    [InlineData("El gobierno de Canadá de Hugo Lander deportó a dos sicarios.", "Canadá de Hugo Lander")]
    public void A_longer_name_is_not_made_up(string text, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Surfaces(text));
    }

    [Theory]
    [InlineData("The cargo went down the Paraguay River to the coast.", "Paraguay River")]
    [InlineData("Farmers in the Chicuyo Valley grow coca.", "Chicuyo Valley")]
    [InlineData("Camps were hidden in the Serrania Mountains for years.", "Serrania Mountains")]
    [InlineData("The boats crossed the Gulf of Fonseca at night.", "Gulf of Fonseca")]
    [InlineData("Las lanchas bajaban por el río Mamoré hacia el norte.", "río Mamoré")]
    [InlineData("Labs were found along the Mamoré River last year.", "Mamoré River")]
    [InlineData("Boats carry the paste down the Amazon River to Brazil.", "Amazon River")]
    public void A_natural_feature_is_one_place(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Theory]
    [InlineData("Their boats leave from the mouth of the Atoya river.", "Atoya river")]
    [InlineData("Para sacar la droga usan las lanchas del puerto.", "Para")]
    [InlineData("Inmates rioted at a prison in March and again in a jail in Tuesday's heat.", "March")]
    [InlineData("The crew sold cocaine in Tumbes, Gómez told reporters on Monday.", "Gómez")]
    [InlineData("Before joining the gang he served in Congress for two terms.", "Congress")]
    [InlineData("Two Puerto Rican couriers were arrested with the cash.", "Puerto Rican")]
    [InlineData("Hitmen left a shrine to Santa Muerte outside the house.", "Santa Muerte")]
    [InlineData("Federal agents say Santo Trafficante met Carlos Marcello in New Orleans.", "Santo Trafficante")]
    public void A_lower_case_river_or_a_sentence_opening_para_is_no_place(string text, string notAPlace)
    {
        Assert.DoesNotContain(notAPlace, Surfaces(text));
    }

    [Fact]
    public void A_country_inside_a_river_name_is_not_a_separate_mention()
    {
        var matches = PlaceFinder.Find("The cargo went down the Paraguay River to the coast.");
        var match = Assert.Single(matches);
        Assert.Equal("Paraguay River", match.Surface);
    }

    [Theory]
    [InlineData("Most of the cocaine is shipped to Europe by sea.", "Europe")]
    [InlineData("The network spans South America and West Africa.", "South America")]
    [InlineData("Routes through Central America have shifted.", "Central America")]
    [InlineData("The drugs are flown to the Caribbean and then north.", "Caribbean")]
    [InlineData("Coca is grown across the Andes.", "Andes")]
    public void Continents_and_world_regions_are_places(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Theory]
    [InlineData("Gangs control the Caribbean coast of the country.")]
    [InlineData("Officials visited a Caribbean port last week.")]
    [InlineData("Gangs spread across the Caribbean region.")]
    public void An_adjectival_world_region_is_not_a_place(string text)
    {
        Assert.DoesNotContain("Caribbean", Surfaces(text));
    }

    [Theory]
    [InlineData("The plane landed in Beni after midnight.", "Beni")]
    [InlineData("Police in Estado de México arrested two men.", "Estado de México")]
    public void A_region_is_found_under_its_short_or_Spanish_form(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Theory]
    [InlineData("The containers were shipped from Antwerp to Le Havre.", "Antwerp")]
    [InlineData("The containers were shipped from Antwerp to Le Havre.", "Le Havre")]
    [InlineData("Customs in Rotterdam and Hamburg found the bananas.", "Hamburg")]
    public void European_ports_are_found_under_their_English_names(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Fact]
    public void A_small_town_followed_by_its_region_is_a_place()
    {
        Assert.Contains("Paiján", Surfaces("The lab was found in Paiján, La Libertad, on Monday."));
    }

    [Fact]
    public void Spanish_coordination_gives_two_places()
    {
        var names = Surfaces("En Panamá, los contenedores pasaron por Manzanillo y Cristóbal sin revisión.");
        Assert.Contains("Manzanillo", names);
        Assert.Contains("Cristóbal", names);
    }

    [Theory]
    [InlineData("Mr. Paiján said he knew nothing.")]
    [InlineData("The lawyer of the defendant, Judge Cristóbal, refused.")]
    [InlineData("The Honduran region was calm.")]
    [InlineData("Honduran police said the state of Emergency was lifted.")]
    [InlineData("The head of the Gulf Clan region was arrested.")]
    public void Surnames_titles_and_demonyms_are_not_cued_places(string text)
    {
        var surfaces = Surfaces(text);
        Assert.DoesNotContain(surfaces, s => s is "Paiján" or "Cristóbal" or "Honduran" or "Emergency" or "Gulf Clan" or "Gulf");
    }

    [Fact]
    public void A_small_town_named_like_a_surname_stays_a_surname_without_a_cue()
    {
        Assert.Empty(PlaceFinder.Find("Carlos Cristóbal and Pedro Paiján were charged."));
    }
}

public class CuedPlaceListTests
{
    private static List<string> Surfaces(string text) => PlaceFinder.Find(text).Select(m => m.Surface).ToList();

    [Fact]
    public void A_plural_place_noun_makes_every_listed_name_a_place()
    {
        var surfaces = Surfaces("Soldiers entered the villages of Loma Alta, Quebrada Seca and Pozo Hondo.");
        Assert.Equal(["Loma Alta", "Quebrada Seca", "Pozo Hondo"], surfaces);
    }

    [Fact]
    public void A_singular_place_noun_does_not_make_a_list()
    {
        Assert.DoesNotContain("Pozo Hondo", Surfaces("He lived in the village of Loma Alta and Pozo Hondo visited him."));
    }

    [Theory]
    [InlineData("He was arrested in a rural area of Quebrada Seca after a firefight.", "Quebrada Seca")]
    [InlineData("Migrants cross through the border crossing of Paso Hondo.", "Paso Hondo")]
    public void Areas_and_crossings_cue_places(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Fact]
    public void A_nickname_after_alias_is_not_a_place()
    {
        Assert.Empty(PlaceFinder.Find("The cell was led by Mario Gomez, alias \"Tigre,\" since 2019."));
    }

    [Theory]
    [InlineData("Officials of the department of Homeland Security met in private.")]
    [InlineData("The state of Emergency ended in May.")]
    [InlineData("Cocaine left the Pacific port city by night.")]
    [InlineData("Critics say the Bolivarian state protects the traffickers.")]
    public void Everyday_words_after_a_place_noun_are_not_places(string text)
    {
        Assert.Empty(PlaceFinder.Find(text));
    }
}

public class CommaCueAndTitleTests
{
    private static List<string> Surfaces(string text) => PlaceFinder.Find(text).Select(m => m.Surface).ToList();

    [Fact]
    public void An_unknown_name_after_in_and_before_its_region_is_a_place()
    {
        Assert.Equal(["Puerto Zarpa", "Limón"], Surfaces("Two boats were seized in Puerto Zarpa, Limón, on Friday."));
    }

    [Theory]
    [InlineData("Then the cargo was handed to Barrientos, Mexico's partner.")]
    [InlineData("The cargo was handed to Barrientos, Mexico's busiest trafficker.")]
    public void A_surname_before_a_comma_and_a_country_is_not_a_place(string text)
    {
        Assert.DoesNotContain("Barrientos", Surfaces(text));
    }

    [Fact]
    public void A_town_after_an_abbreviated_title_is_a_surname()
    {
        Assert.Equal(["Lima"], Surfaces("Mr. Limón met his lawyer in Lima."));
    }

    [Theory]
    [InlineData("Cocaine moves through West Africa to Europe.", "West Africa")]
    [InlineData("Chemicals arrive from Southeast Asia.", "Southeast Asia")]
    public void World_regions_are_found_under_their_short_compass_names(string text, string expected)
    {
        Assert.Contains(expected, Surfaces(text));
    }

    [Fact]
    public void A_city_sector_is_a_place()
    {
        Assert.Contains("Monte Verde", Surfaces("The gang controls the Monte Verde sector of the city."));
    }

    [Fact]
    public void The_State_of_Mexico_stays_apart_from_the_country()
    {
        var matches = PlaceFinder.Find("Police in Estado de México said the gang left Mexico.");
        Assert.Equal(["Estado de México", "Mexico"], matches.Select(m => m.Name));
    }

    [Fact]
    public void An_exonym_is_the_canonical_name_of_a_port()
    {
        Assert.Equal("Antwerp", Assert.Single(PlaceFinder.Find("The containers reached Antwerpen in May.")).Name);
    }
}

public class AppositionTests
{
    private static List<string> Surfaces(string text) => PlaceFinder.Find(text).Select(m => m.Surface).ToList();

    [Fact]
    public void A_name_set_off_by_commas_after_a_place_noun_is_a_place()
    {
        Assert.Contains("Quillagua", Surfaces("A Chilean border village, Quillagua, has seen many migrants."));
    }

    [Theory]
    [InlineData("He fled the village, Barrientos said.")]
    [InlineData("Officials from the villages, Barrientos, and the police met.")]
    public void A_speaker_after_a_place_noun_is_not_a_place(string text)
    {
        Assert.DoesNotContain("Barrientos", Surfaces(text));
    }
}

public class FeatureLookalikeTests
{
    [Theory]
    [InlineData("Another clan, the Sierra Morena family of Olancho, lost its leaders.", "Sierra Morena")]
    [InlineData("Clan del Golfo Commander Arrested in Antioquia", "Golfo Commander")]
    [InlineData("The Lake Street gang sells crack.", "Lake Street")]
    public void A_feature_word_inside_a_group_name_makes_no_feature(string text, string notExpected)
    {
        Assert.DoesNotContain(notExpected, PlaceFinder.Find(text).Select(m => m.Surface));
    }
}

public class AmbiguousPortTests
{
    [Fact]
    public void A_port_named_like_several_cities_resolves_the_same_way_in_every_paragraph()
    {
        var results = PlaceFinder.FindInParagraphs(
        [
            "Containers from Colombia were moved through Manzanillo last year.",
            "Panamanian customs at Manzanillo found nothing, officials in Panama said.",
        ]);
        var names = results.SelectMany(r => r).Where(m => m.Surface == "Manzanillo").Select(m => (m.Name, m.Country)).Distinct();
        Assert.Single(names);
    }
}

public class CuedNameBoundaryTests
{
    [Fact]
    public void A_cued_name_stops_before_a_title()
    {
        var surfaces = PlaceFinder.Find("Officials of the town of Villa Serena Mayor Ana Torres denied it.").Select(m => m.Surface);
        Assert.Contains("Villa Serena", surfaces);
    }

    [Theory]
    [InlineData("Police arrested two men in Quelbambo on Monday.", "Quelbambo")]
    [InlineData("A fisherman from Tarucachi was shot at the pier.", "Tarucachi")]
    [InlineData("The gang sells drugs around Pilcomarca and Huañec.", "Huañec")]
    [InlineData("Violence rose in La Ceniza after the arrests.", "La Ceniza")]
    [InlineData("Los hombres huyeron hacia Tiquipaya con la droga.", "Tiquipaya")]
    // A town named after a rank, and a headland off which a boat is stopped.
    [InlineData("The clan ran the cattle trade around Capitán Quelbo, where police found a lab.", "Capitán Quelbo")]
    [InlineData("Coast guards stopped a skiff off Punta Sirena on Monday.", "Punta Sirena")]
    [InlineData("Coast guards stopped a skiff off Cabo Sirena on Monday.", "Cabo Sirena")]
    public void A_short_unknown_name_after_a_locative_preposition_is_a_town(string sentence, string town) =>
        Assert.Contains(town, PlaceFinder.Find(sentence).Select(m => m.Surface));

    [Theory]
    [InlineData("Militias in Cauca take orders from Comandante Mordisco, the dissidents' leader.", "Comandante Mordisco")]
    [InlineData("The MS13 fought off Barrio Azteca in Ciudad Juárez.", "Barrio Azteca")]
    public void A_commander_after_from_and_a_gang_after_off_are_no_places(string sentence, string name) =>
        Assert.DoesNotContain(name, PlaceFinder.Find(sentence).Select(m => m.Surface));

    [Theory]
    [InlineData("The shipment left in August and arrived in Tarucachi's port.")]
    [InlineData("He lived in PanamaHe said nothing.")]
    [InlineData("Police seized the money from Ortega Ruiz on Friday.")]
    public void Months_glued_words_possessives_and_full_names_are_no_towns(string sentence) =>
        Assert.DoesNotContain(PlaceFinder.Find(sentence), m => m.Surface is "August" or "PanamaHe" or "Tarucachi" or "Ortega" or "Ortega Ruiz");

    [Theory]
    [InlineData("La lancha navegaba por el río Tapiraqué hacia la frontera.", "Tapiraqué", "río Tapiraqué")]
    [InlineData("The boat went up the Tapiraqué River at night.", "Tapiraqué River", "Tapiraqué River")]
    [InlineData("Los pescadores de Río Verde de Arriba cerraron la vía.", "Río Verde de Arriba", "Río Verde de Arriba")]
    public void A_lower_case_rio_is_no_part_of_the_rivers_name(string text, string name, string surface)
    {
        var place = PlaceFinder.Find(text).Single(m => m.Surface == surface);
        Assert.Equal(name, place.Name);
    }
}
