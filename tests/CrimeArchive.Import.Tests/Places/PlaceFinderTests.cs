using CrimeArchive.Import.Extraction.Places;

namespace CrimeArchive.Import.Tests.Places;

public class PlaceFinderTests
{
    private static List<string> Names(string text) => PlaceFinder.Find(text).Select(m => m.Name).ToList();

    [Fact]
    public void Countries_named_in_a_sentence_are_found()
    {
        var names = Names("Smugglers moved the cargo from Ecuador through Honduras before it reached Guatemala.");
        Assert.Equal(["Ecuador", "Honduras", "Guatemala"], names);
    }

    [Theory]
    [InlineData("Two suspects were flown to the US on Friday.")]
    [InlineData("Two suspects were flown to the U.S. on Friday.")]
    [InlineData("Two suspects were flown to the USA on Friday.")]
    [InlineData("Two suspects were flown to the United States of America on Friday.")]
    [InlineData("Dos sospechosos fueron enviados a Estados Unidos el viernes.")]
    [InlineData("Dos sospechosos fueron enviados a EE.UU. el viernes.")]
    [InlineData("Dos sospechosos fueron enviados a EEUU el viernes.")]
    public void Every_way_of_writing_the_United_States_gives_one_name(string text)
    {
        var match = Assert.Single(PlaceFinder.Find(text));
        Assert.Equal("United States", match.Name);
        Assert.Equal(PlaceKind.Country, match.Kind);
    }

    [Fact]
    public void A_short_acronym_is_not_a_town()
    {
        Assert.Equal(["Ica"], Names("The ICA report on the port of Ica was leaked."));
    }

    [Fact]
    public void The_pronoun_us_is_not_the_United_States()
    {
        Assert.Empty(PlaceFinder.Find("The witness told us about the shipment."));
    }

    [Theory]
    [InlineData("México", "Mexico")]
    [InlineData("Perú", "Peru")]
    [InlineData("Brasil", "Brazil")]
    public void Spanish_country_names_give_the_English_name(string surface, string expected)
    {
        var match = Assert.Single(PlaceFinder.Find($"La ruta pasaba por {surface} hasta la costa."));
        Assert.Equal(expected, match.Name);
        Assert.Equal(surface, match.Surface);
    }

    [Fact]
    public void Offsets_point_at_the_surface_in_the_text()
    {
        const string text = "Police in Medellin said the boss had fled.";
        var match = Assert.Single(PlaceFinder.Find(text));
        Assert.Equal("Medellin", text.Substring(match.Start, match.Length));
        Assert.Equal(PlaceKind.City, match.Kind);
        Assert.Equal("Colombia", match.Country);
    }

    [Theory]
    [InlineData("Medellín")]
    [InlineData("Medellin")]
    public void Accents_do_not_matter(string surface)
    {
        Assert.Equal(["Medellín"], Names($"The shipment left {surface} at night."));
    }

    [Fact]
    public void Multiword_names_with_lower_case_connectors_are_one_place()
    {
        var names = Names("Patrols grew in Santo Domingo de los Tsachilas and in Valle del Cauca last year.");
        Assert.Equal(2, names.Count);
        Assert.Equal("santo domingo de los tsachilas", Normalize(names[0]));
        Assert.Equal("Valle del Cauca", names[1]);
    }

    [Fact]
    public void Baja_California_is_not_California()
    {
        var match = Assert.Single(PlaceFinder.Find("The lab was found in Baja California near the border."));
        Assert.Equal("Baja California", match.Name);
        Assert.Equal("Mexico", match.Country);
    }

    [Fact]
    public void A_state_wins_over_a_town_of_the_same_name()
    {
        var match = Assert.Single(PlaceFinder.Find("Violence rose in Jalisco over the summer."));
        Assert.Equal(PlaceKind.Region, match.Kind);
    }

    [Fact]
    public void A_country_wins_over_a_city_of_the_same_name()
    {
        var match = Assert.Single(PlaceFinder.Find("Investigators in Panama froze the accounts."));
        Assert.Equal(PlaceKind.Country, match.Kind);
        Assert.Equal("Panama", match.Name);
    }

    [Theory]
    [InlineData("Leaders of the Sinaloa Cartel met the buyers.")]
    [InlineData("The old Cali Cartel paid the police.")]
    [InlineData("Fighters of the Gaitanist Self-Defense Forces of Colombia took the town.")]
    [InlineData("A faction of the Cartel de Sinaloa took the port.")]
    public void A_place_inside_a_group_name_is_skipped(string text)
    {
        Assert.Empty(PlaceFinder.Find(text));
    }

    [Fact]
    public void A_place_word_inside_a_person_name_is_skipped()
    {
        Assert.Empty(PlaceFinder.Find("The court heard that Carlos Alberto Rivera Gomez paid the guards."));
    }

    [Fact]
    public void Demonyms_are_not_places()
    {
        Assert.Empty(PlaceFinder.Find("Colombian and Mexican traffickers shared the route with Ecuadorian boats."));
    }

    [Fact]
    public void A_country_can_modify_the_name_that_follows()
    {
        Assert.Equal(["United States"], Names("The brothers handed themselves to US Marshals in the end."));
    }

    [Fact]
    public void Countries_joined_by_a_hyphen_are_both_found()
    {
        Assert.Equal(["United States", "Mexico"], Names("Tunnels under the US-Mexico border kept appearing."));
    }

    [Fact]
    public void A_country_before_based_is_found()
    {
        Assert.Equal(["Colombia"], Names("A Colombia-based broker arranged the flights."));
    }

    [Theory]
    [InlineData("Recruiters for the Tren de Aragua crossed the border at night.")]
    [InlineData("Cartel Jalisco Nueva Generacion took the plaza.")]
    public void A_place_in_a_Spanish_group_name_is_skipped(string text)
    {
        Assert.Empty(PlaceFinder.Find(text));
    }

    [Fact]
    public void A_place_after_a_Spanish_place_word_is_kept()
    {
        Assert.Equal(["Tomatlán"], Names("The raid took place in the municipio de Tomatlan on Sunday."));
    }

    [Fact]
    public void A_sentence_opening_everyday_word_is_not_a_place()
    {
        Assert.Empty(PlaceFinder.Find("Colon cancer was not mentioned. Falcon eggs were seized too."));
    }

    [Fact]
    public void A_country_opening_a_sentence_is_found_even_if_it_is_a_word()
    {
        Assert.Equal(["China"], Names("China supplies the precursor chemicals."));
    }

    [Fact]
    public void A_place_after_a_title_is_a_surname()
    {
        Assert.Empty(PlaceFinder.Find("The decree was signed by President Santos last week."));
    }

    [Fact]
    public void A_place_opening_a_sentence_after_In_is_found()
    {
        Assert.Equal(["Guatemala"], Names("In Guatemala, the case stalled."));
    }

    [Fact]
    public void A_place_named_in_two_countries_resolves_to_the_one_the_text_names()
    {
        var matches = PlaceFinder.Find("In Honduras, the brothers ran cattle in Colon before they moved cocaine.");
        Assert.Equal("Honduras", matches.Single(m => m.Name == "Colón").Country);
    }

    [Fact]
    public void A_Spanish_sentence_opening_word_does_not_hide_the_place()
    {
        Assert.Equal(["Colombia", "Mexico"], Names("En Colombia la ruta seguía activa. Desde México llegaban los pagos."));
    }

    [Fact]
    public void A_national_capital_wins_over_its_region()
    {
        var match = Assert.Single(PlaceFinder.Find("The ministry in Lima confirmed the arrest."));
        Assert.Equal(PlaceKind.City, match.Kind);
    }

    [Fact]
    public void An_ambiguous_region_follows_the_country_of_the_other_places()
    {
        var matches = PlaceFinder.Find("The front moved between Antioquia and Cordoba last year.");
        Assert.Equal("Colombia", matches.Single(m => m.Surface == "Cordoba").Country);
    }

    [Fact]
    public void A_demonym_points_an_ambiguous_name_to_its_country()
    {
        var match = Assert.Single(PlaceFinder.Find("Panamanian police searched a warehouse in Colon."));
        Assert.Equal("Panama", match.Country);
    }

    [Fact]
    public void A_town_possessive_before_a_name_is_part_of_that_name()
    {
        Assert.Equal(["Bahamas"], Names("Planes landed on Norman's Cay in the Bahamas."));
    }

    [Fact]
    public void De_and_del_are_interchangeable_in_a_name()
    {
        Assert.Equal(["Norte de Santander", "Norte de Santander"], Names("Troops went to Norte de Santander, or Norte del Santander as the note said."));
    }

    [Fact]
    public void Capital_cities_take_their_English_name()
    {
        var match = Assert.Single(PlaceFinder.Find("The accounts were opened in Panama City banks."));
        Assert.Equal("Panama City", match.Name);
        Assert.Equal(PlaceKind.City, match.Kind);
    }

    [Fact]
    public void A_town_named_like_a_surname_the_text_gives_a_person_is_the_surname()
    {
        Assert.Equal(["Brazil"], Names("Police chief Ana Maria Santos flew to Brazil. Santos said the ship had left."));
    }

    [Fact]
    public void One_capitalized_word_before_a_region_does_not_make_it_a_surname()
    {
        Assert.Equal(["Tamaulipas"], Names("Zetas Tamaulipas Feud Grows\nKillings rose in Tamaulipas after the split."));
    }

    [Fact]
    public void A_subregion_named_after_a_department_is_not_the_department()
    {
        Assert.Equal(["Bajo Cauca", "Antioquia"], Names("Gold mining in the Bajo Cauca of Antioquia pays the gangs."));
    }

    [Fact]
    public void A_sea_named_after_a_place_is_one_place_not_the_place()
    {
        Assert.Equal(["Tumaco", "Gulf of Fonseca"], Names("Speedboats run from Tumaco to the Gulf of Fonseca."));
    }

    [Fact]
    public void A_group_name_does_not_make_its_place_a_surname()
    {
        Assert.Equal(["Sinaloa"], Names("The Sinaloa Cartel grew strong in Sinaloa."));
    }

    [Fact]
    public void Paragraphs_of_one_text_share_surnames_and_countries()
    {
        var results = PlaceFinder.FindInParagraphs(["President Santos spoke in Bogota.", "Santos later flew to Cordoba."]);
        Assert.Equal(["Bogotá"], results[0].Select(m => m.Name));
        var cordoba = Assert.Single(results[1]);
        Assert.Equal("Colombia", cordoba.Country);
        Assert.Equal("Cordoba", "Santos later flew to Cordoba.".Substring(cordoba.Start, cordoba.Length));
    }

    private static string Normalize(string text) => CrimeArchive.Data.Text.NameNormalizer.Normalize(text);
}
