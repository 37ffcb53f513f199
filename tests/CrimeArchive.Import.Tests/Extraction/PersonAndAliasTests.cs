using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

public class PersonAndAliasTests
{
    [Fact]
    public void A_name_with_its_nickname_inside_keeps_the_form_as_written()
    {
        var x = ExtractionHelper.Run("The Harbour Lane Posse was formed in 2003 by Desmond “Tallboy” Ferris, a former dock worker.");
        var person = Assert.Single(x.People());
        Assert.Contains("Desmond “Tallboy” Ferris", person.Aliases);
        Assert.Contains("Desmond Ferris", person.Aliases);
        Assert.Contains("Tallboy", person.Aliases);
    }

    [Theory]
    [InlineData("Economist Marcus St. Clair said the routes are shared.", "Marcus St. Clair")]
    [InlineData("Criminologist Edwin Lara Solís said the gang pays its lookouts weekly.", "Edwin Lara Solís")]
    public void A_trade_written_before_a_name_is_no_part_of_it(string sentence, string name) =>
        Assert.Contains(ExtractionHelper.Run(sentence).People(), p => p.Name == name);

    [Theory]
    [InlineData("Según la Defensoría del Pueblo, la banda desplazó a 300 familias del valle.")]
    [InlineData("En 2021, el Departamento del Tesoro sancionó a Zelaya y a su contador.")]
    [InlineData("La fiscalía lo acusa del Delito de Extorsión Agravada ante un juez de Quito.")]
    public void A_spanish_state_body_or_crime_is_no_person(string sentence) =>
        Assert.DoesNotContain(ExtractionHelper.RunSpanish(sentence).People(), p => p.Name.StartsWith("Defensoría", StringComparison.Ordinal)
            || p.Name.StartsWith("Departamento", StringComparison.Ordinal) || p.Name.StartsWith("Delito", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fuera de Valdoria, la banda cuenta con enlaces en tres países.")]
    [InlineData("Cerca de Valdoria, la banda esconde la droga en potreros.")]
    public void A_spanish_preposition_opening_a_sentence_is_no_part_of_a_name(string sentence) =>
        Assert.DoesNotContain(ExtractionHelper.RunSpanish(sentence).People(), p => p.Name.Contains("Valdoria", StringComparison.Ordinal));

    [Fact]
    public void A_saints_abbreviation_inside_a_name_keeps_the_name_whole()
    {
        var x = ExtractionHelper.Run("Police questioned Marcus St. Clair about the routes. The cargo moves on to St Lucia, where the Night Crew receives it.");

        Assert.Contains(x.People(), p => p.Name == "Marcus St. Clair");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Clair");
        Assert.Contains(x.Places(), p => p.Name == "Saint Lucia");
    }

    [Fact]
    public void Alias_in_double_quotes_joins_the_full_name()
    {
        var x = ExtractionHelper.Run("Police arrested Ramon Elias Torres Duque, alias \"El Larguirucho,\" in a raid. Torres Duque had fled in 2019.");
        var person = x.People().Named("Ramon Elias Torres Duque");
        Assert.Contains("El Larguirucho", person.Aliases);
        Assert.Contains("Torres Duque", person.Aliases);
    }

    [Theory]
    [InlineData("Police arrested Rigoberto Valdiviezo Escalona, or “El Pichilingue,” on Friday near the border.")]
    [InlineData("La policía capturó a Rigoberto Valdiviezo Escalona, o “El Pichilingue”, en la frontera.")]
    public void A_quoted_nickname_after_or_beside_a_full_name_is_the_mans(string text)
    {
        var x = text.StartsWith("La ", StringComparison.Ordinal) ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);

        Assert.Contains("El Pichilingue", x.People().Named("Rigoberto Valdiviezo Escalona").Aliases);
    }

    [Theory]
    // A relative clause after a description that names a place.
    [InlineData("The gang was founded by Abelardo Urtecho Bermeo, a former bus driver from Puerto Tolentino who is known as \"El Cachique,\" and two cousins.")]
    // A long description, with its own "and", before the cue.
    [InlineData("The clan is headed by Abelardo Urtecho Bermeo, a 58-year-old rancher and former town councilman widely known as \"El Cachique.\"")]
    // A nickname earned.
    [InlineData("The winner is the Coastal Front, headed by Abelardo Urtecho Bermeo, a former schoolteacher who has earned the nickname \"El Cachique.\"")]
    public void A_nickname_after_a_description_of_the_man_is_his(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains("El Cachique", x.People().Named("Abelardo Urtecho Bermeo").Aliases);
    }

    [Fact]
    public void A_relative_clause_after_a_kin_description_names_the_person_described_not_the_kin()
    {
        var x = ExtractionHelper.RunSpanish("Las cuentas las maneja Inés Zurita Arispe, hermana del Cachique, a quien sus empleados llaman \"La Patrona\".");

        Assert.Contains("La Patrona", x.People().Named("Inés Zurita Arispe").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name != "Inés Zurita Arispe" && p.Aliases.Contains("La Patrona"));
    }

    [Fact]
    public void A_spanish_alias_given_as_su_alias_de_is_the_mans()
    {
        var x = ExtractionHelper.RunSpanish("Abelardo Urtecho Bermeo, más conocido por su alias de \"Cachique\", es el jefe de la banda.");

        Assert.Contains("Cachique", x.People().Named("Abelardo Urtecho Bermeo").Aliases);
    }

    [Fact]
    public void A_quoted_title_after_or_and_a_place_is_no_nickname()
    {
        var x = ExtractionHelper.Run("The route runs from Puerto Ayora, or “the Gate,” as smugglers call it, to the islands.");

        Assert.Empty(x.People());
    }

    [Theory]
    [InlineData("Authorities captured Rosa Elvira Quintana Mejía in Cúcuta. Rosa Quintana denied the charges.", "Rosa Elvira Quintana Mejía", "Rosa Quintana")]
    [InlineData("Police arrested Juan Carlos Pérez López on Monday. Juan Pérez had been on the run since 2019.", "Juan Carlos Pérez López", "Juan Pérez")]
    public void A_spanish_name_shortened_to_first_given_name_and_fathers_surname_is_the_same_person(string text, string name, string shortened)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(shortened, x.People().Named(name).Aliases);
        Assert.Single(x.People());
    }

    [Theory]
    [InlineData("Soldiers found Genaro Pacheco Ruiz, otherwise known as \"El Mudo\" or \"Tlacuache,\" hiding in a ranch.", "Genaro Pacheco Ruiz", "El Mudo", "Tlacuache")]
    [InlineData("La policía detuvo a Efraín Cota Bernal, alias “Cotita” o «El Güero», en un retén.", "Efraín Cota Bernal", "Cotita", "El Güero")]
    [InlineData("Prosecutors charged Lidia Ferrer Moya, better known as \"La Patrona\" and \"Doña Li,\" with extortion.", "Lidia Ferrer Moya", "La Patrona", "Doña Li")]
    public void Every_nickname_of_a_list_joined_by_or_belongs_to_the_person(string sentence, string name, string first, string second)
    {
        var aliases = ExtractionHelper.Run(sentence).People().Named(name).Aliases;
        Assert.Contains(first, aliases);
        Assert.Contains(second, aliases);
    }

    [Theory]
    // The article outside the quotes; the nickname opening the sentence before its owner.
    [InlineData("es", "Ofelia Duarte Rincón, conocida como la “Comadre”, cobra las cuotas del mercado.", "Ofelia Duarte Rincón", "Comadre")]
    [InlineData("en", "Known along the river as \"Garfio\" for his missing hand, Tobías Leal Arce moves the boats.", "Tobías Leal Arce", "Garfio")]
    // A description after the quoted nickname describes its owner: the nickname is no one else's.
    [InlineData("en", "Police arrested Fidel Urrutia, known as \"Tato,\" the alleged leader of the gang.", "Fidel Urrutia", "Tato")]
    public void A_nickname_set_apart_from_its_name_joins_it(string lang, string text, string name, string nickname)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(nickname, x.People().Named(name).Aliases);
    }

    [Theory]
    [InlineData("es", "La fiscalía culpa a alias “Mochila”, un cabecilla de Los Tordos en el puerto.", "Mochila")]
    [InlineData("en", "Phone records pointed to \"Mochila,\" a Tordos leader in the port.", "Mochila")]
    [InlineData("en", "The messages name \"Mochila,\" an M-20 leader in the port, as the one who paid.", "Mochila")]
    public void A_nickname_with_no_name_before_it_is_a_person(string lang, string text, string nickname)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(x.People(), p => p.Aliases.Contains(nickname));
    }

    [Fact]
    public void A_first_name_that_folds_to_an_english_word_stays_in_the_name()
    {
        var x = ExtractionHelper.RunSpanish("Miguel Ángel Robles Tapia, alias “Pepón”, dirige la célula andina de Los Tordos.");
        Assert.Contains(x.People(), p => p.Name == "Miguel Ángel Robles Tapia" && p.Aliases.Contains("Pepón"));
    }

    [Fact]
    public void Someone_known_only_by_a_nickname_after_a_word_for_a_young_man_is_a_person()
    {
        var x = ExtractionHelper.RunSpanish("La venta en la plaza la controla un muchacho apodado “Piojo”, según los vecinos.");
        Assert.Contains(x.People(), p => p.Aliases.Contains("Piojo"));
    }

    [Fact]
    public void A_nickname_given_with_nicknamed_or_dubbed_joins_the_name()
    {
        var x = ExtractionHelper.Run("Anselmo Ibarra Cruz, nicknamed \"El Alacrán\" by his crew, ran the warehouse. His partner Rubén Solís, dubbed \"Lentes\" by the press, kept the books.");
        Assert.Contains("El Alacrán", x.People().Named("Anselmo Ibarra Cruz").Aliases);
        Assert.Contains("Lentes", x.People().Named("Rubén Solís").Aliases);
    }

    [Fact]
    public void Alias_in_single_curly_quotes_and_in_parentheses()
    {
        var x = ExtractionHelper.Run("Officers detained Nelson Arias Mena, alias ‘Cuervo’ on Friday. A second man, Hugo Pinto Salcedo (alias Tuerto), escaped.");
        Assert.Contains("Cuervo", x.People().Named("Nelson Arias Mena").Aliases);
        Assert.Contains("Tuerto", x.People().Named("Hugo Pinto Salcedo").Aliases);
    }

    [Fact]
    public void Nickname_inside_the_name_gives_first_and_last_name()
    {
        var x = ExtractionHelper.Run("Soldiers captured Ismael “El Tigre” Cardenas near the border.");
        var person = Assert.Single(x.People());
        Assert.Equal("Ismael Cardenas", person.Name);
        Assert.Contains("El Tigre", person.Aliases);
    }

    [Fact]
    public void A_nickname_of_a_first_name_and_its_epithet_stays_whole()
    {
        var x = ExtractionHelper.Run("The unit is led by Braulio Senda, alias “Nico el Mudo” (Mute Nico). Nico el Mudo was last seen near the river.",
            "Según el Ejército, the unit has eighty men.");
        var person = x.People().Named("Braulio Senda");
        Assert.Contains("Nico el Mudo", person.Aliases);
        Assert.Contains("Mute Nico", person.Aliases);
        Assert.Equal(2, person.Mentions.Count(m => m.Surface == "Nico el Mudo"));
        Assert.DoesNotContain(x.Entities, e => e.Name.StartsWith("Según", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nickname_of_digits_or_with_a_lower_case_rank_is_kept()
    {
        var x = ExtractionHelper.Run("Agents caught Dario Nunes Pardo, alias “517”, and Olga Brun Sosa, alias “comandante Lía”, at a farm.");
        Assert.Contains("517", x.People().Named("Dario Nunes Pardo").Aliases);
        Assert.Contains("comandante Lía", x.People().Named("Olga Brun Sosa").Aliases);
    }

    [Theory]
    [InlineData("Its chief, Aurelio Tapia Gil, alias “Chico Trueno,” was jailed in 2011. Chico had taken over the routes before that.", "Aurelio Tapia Gil", "Chico")]
    [InlineData("Ulises Mora Paz, más conocido como “Fermín Cordero”, dirige la banda. En marzo Cordero anunció una tregua.", "Ulises Mora Paz", "Cordero")]
    public void A_word_of_a_two_word_nickname_used_alone_later_is_the_same_person(string text, string name, string word)
    {
        var person = ExtractionHelper.Run(text).People().Named(name);
        Assert.Contains(word, person.Aliases);
    }

    [Fact]
    public void The_first_word_of_a_three_word_nickname_used_alone_is_the_person()
    {
        var x = ExtractionHelper.Run("The crew is run by Ilda Moura Reis, alias “Toninho Duas Luas”. Toninho had taken over in 2012.");
        Assert.Contains("Toninho", x.People().Named("Ilda Moura Reis").Aliases);
    }

    [Fact]
    public void A_nickname_put_into_English_without_a_word_of_it_is_the_same_persons()
    {
        var x = ExtractionHelper.Run("Fermín Ocaranza Rubio, alias \"El Químico,\" is a chemist turned drug lord who cooked methamphetamine for the Cartel del Mar. "
            + "For seven years the Chemist ran the cartel's laboratories in the hills.");
        var person = Assert.Single(x.People());
        Assert.Contains("Chemist", person.Aliases);
    }

    [Fact]
    public void A_nickname_in_English_given_as_it_stands_and_a_common_noun_stay_apart()
    {
        var x = ExtractionHelper.Run("Rosendo Aguirre Llamas, alias \"El Ingeniero,\" runs the port. His rival Carlos Ruiz Paredes, alias \"The Engineer,\" heads the Sierra Cartel. "
            + "Jairo Mena, alias \"El Doctor,\" was arrested in May. Hospital staff said the Doctor on duty treated two soldiers.");
        Assert.DoesNotContain("Engineer", x.People().Single(p => p.Name == "Rosendo Aguirre Llamas").Aliases);
        Assert.DoesNotContain("Doctor", x.People().Single(p => p.Name == "Jairo Mena").Aliases);
    }

    [Fact]
    public void A_fronted_unquoted_Spanish_nickname_before_a_surname_is_that_persons()
    {
        var x = ExtractionHelper.Run("Damián Olmos Villalba, alias the \"Carpenter,\" surrendered to police on Friday. "
            + "Known among dockworkers as El Carpintero, Olmos had fitted false floors into most of the gang's trucks.");
        var person = Assert.Single(x.People());
        Assert.Contains("El Carpintero", person.Aliases);
        Assert.Contains("Carpenter", person.Aliases);
    }

    [Fact]
    public void A_month_before_of_is_no_part_of_the_name_after_it()
    {
        var x = ExtractionHelper.Run("Nobody has been charged for the stabbing in March of Gonzalo Mirabal, alias \"El Zurdo,\" in a bar in Palmar.");
        var person = Assert.Single(x.People());
        Assert.Equal("Gonzalo Mirabal", person.Name);
    }

    [Fact]
    public void A_bogeyman_is_El_Cuco()
    {
        var x = ExtractionHelper.Run("Refugio Alvarado Soto, alias \"El Cuco,\" ran the plaza for a decade. Residents still fear the Bogeyman.");
        Assert.Contains("Bogeyman", Assert.Single(x.People()).Aliases);
    }

    [Fact]
    public void A_nickname_in_English_goes_to_whoever_bears_it_in_Spanish()
    {
        var x = ExtractionHelper.Run("Rosendo Aguirre Llamas, alias “El Ingeniero”, dirige la red desde 2015 con su hermano Tadeo Aguirre Llamas. "
            + "Las agencias antidrogas estadounidenses identifican a Aguirre Llamas en sus documentos como “The Engineer”. "
            + "Leonor Castañeda Vidal, conocida como “La Dama”, heredó la red. Su socio Rigoberto Mosquera, alias “el Cholo”, maneja las rutas. "
            + "En los expedientes judiciales estadounidenses aparece como “The Lady”.");
        Assert.Contains("Engineer", x.People().Single(p => p.Name == "Rosendo Aguirre Llamas").Aliases);
        Assert.Contains("Lady", x.People().Single(p => p.Name == "Leonor Castañeda Vidal").Aliases);
        Assert.DoesNotContain("Lady", x.People().Single(p => p.Name == "Rigoberto Mosquera").Aliases);
    }

    [Fact]
    public void The_English_a_text_says_a_nickname_translates_to_is_one_of_the_persons_names()
    {
        var x = ExtractionHelper.Run("Rogelio Fuentes Lara dirige la red desde 2015. En el puerto se le conoce como el Boticario, "
            + "apodo que en inglés algunos medios traducen como “the Apothecary”. The Apothecary was arrested in May.");
        var person = Assert.Single(x.People());
        Assert.Contains("el Boticario", person.Aliases);
        Assert.Contains("Apothecary", person.Aliases);
    }

    [Fact]
    public void An_english_gloss_with_an_article_inside_is_kept_whole()
    {
        var x = ExtractionHelper.Run("Its chief is Tomás Vela Cruz, alias “Fermín el Sastre” (Fermin the Tailor), who was arrested in 2020.");
        var aliases = x.People().Named("Tomás Vela Cruz").Aliases;
        Assert.Contains("Fermín el Sastre", aliases);
        Assert.Contains("Fermin the Tailor", aliases);
    }

    [Fact]
    public void A_quoted_nickname_with_a_lower_case_article_is_kept_with_and_without_it()
    {
        var aliases = ExtractionHelper.RunSpanish("Irene Salvatierra, conocida como “la Chata”, dirige Los Tejones.").People().Named("Irene Salvatierra").Aliases;
        Assert.Contains("la Chata", aliases);
        Assert.Contains("Chata", aliases);
    }

    [Fact]
    public void A_quoted_translation_in_parentheses_is_a_nickname_too()
    {
        var x = ExtractionHelper.Run("Police arrested Tomas Vela Ruiz, alias “El Herrero” (“The Blacksmith”), in the port. The Blacksmith ran the docks.");
        var person = Assert.Single(x.People());
        Assert.Contains("El Herrero", person.Aliases);
        Assert.Contains("Blacksmith", person.Aliases);
    }

    [Theory]
    [InlineData("La policía detuvo a Dominga Sarmiento Palma, de 58 años, apodada “Tía Cobre”, en su casa.", "Dominga Sarmiento Palma", "Tía Cobre")]
    [InlineData("Hugo Paz Lema, 45, known as “Gordo,” escaped from the prison.", "Hugo Paz Lema", "Gordo")]
    public void A_nickname_after_the_age_is_the_person_s(string text, string name, string nickname)
    {
        var person = Assert.Single(ExtractionHelper.Run(text).People());
        Assert.Equal(name, person.Name);
        Assert.Contains(nickname, person.Aliases);
    }

    [Fact]
    public void A_quoted_nickname_right_after_a_full_name_is_that_person_s_and_a_quoted_sentence_is_not()
    {
        var x = ExtractionHelper.Run("Officials named Tomas Rey Lamas, “El Zorro”, as the new boss. Later Tomas Rey Lamas, “We will fight on”, left the court.");
        var aliases = Assert.Single(x.People()).Aliases;
        Assert.Contains("El Zorro", aliases);
        Assert.DoesNotContain(aliases, a => a.Contains("fight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nickname_word_two_people_share_is_left_unresolved()
    {
        var x = ExtractionHelper.Run("Police named Aurelio Tapia Gil, alias “Chico Trueno,” and Bruno Lara Vaz, alias “Chico Lobo.” Chico was not found.");
        Assert.DoesNotContain(x.People(), p => p.Aliases.Contains("Chico"));
    }

    [Fact]
    public void Alias_with_an_article_drops_the_article()
    {
        var x = ExtractionHelper.Run("The lab belonged to Mateo Reyes Coronado, alias the “Doctor,” a chemist. Investigators say the Doctor fled.");
        Assert.Contains("Doctor", x.People().Named("Mateo Reyes Coronado").Aliases);
    }

    [Fact]
    public void Spanish_conocido_como_gives_an_alias()
    {
        var x = ExtractionHelper.Run("La policía capturó a Ernesto Villalba Ruiz, conocido como \"El Sastre\", en Cúcuta.");
        Assert.Contains("El Sastre", x.People().Named("Ernesto Villalba Ruiz").Aliases);
    }

    [Fact]
    public void Titles_are_not_part_of_the_name()
    {
        var x = ExtractionHelper.Run("Peruvian President Ana Lucia Ferro Quispe said the army would act. Ferro Quispe spoke in Lima.");
        var person = Assert.Single(x.People());
        Assert.Equal("Ana Lucia Ferro Quispe", person.Name);
    }

    [Fact]
    public void Brothers_named_together_share_the_surnames()
    {
        var x = ExtractionHelper.Run("The gang is run by brothers Pedro Luis and Mario Alberto Rojas Vega, who grew up in Tumaco.");
        Assert.NotNull(x.People().Named("Pedro Luis Rojas Vega"));
        Assert.NotNull(x.People().Named("Mario Alberto Rojas Vega"));
        Assert.True(x.Has("Pedro Luis Rojas Vega", RelationshipType.SiblingOf, "Mario Alberto Rojas Vega"));
    }

    [Fact]
    public void A_surname_alone_resolves_to_the_one_person_who_carries_it()
    {
        var x = ExtractionHelper.Run("Prosecutors charged Julio Cesar Montoya Parra with money laundering. Montoya denied the charges.");
        Assert.Contains("Montoya", x.People().Named("Julio Cesar Montoya Parra").Aliases);
    }

    [Theory]
    [InlineData("Anselmo Villalba Ibáñez, a retired customs officer known to his crew as \"Don Chelo,\" runs the port.", "Anselmo Villalba Ibáñez", "Don Chelo")]
    [InlineData("Rosa Prieto Vidal, conocida entre los vecinos como «La Güera», fue detenida.", "Rosa Prieto Vidal", "La Güera")]
    [InlineData("Tomás Ayala Cruz, known in the Chaco simply as \"El Ruso,\" escaped.", "Tomás Ayala Cruz", "El Ruso")]
    public void Known_to_someone_or_somewhere_as_still_gives_the_nickname(string sentence, string name, string nickname)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(nickname, x.People().Named(name).Aliases);
    }

    [Fact]
    public void A_nickname_someone_got_dubbed_keeps_its_translation()
    {
        var x = ExtractionHelper.Run("At the seminary Rodrigo Maza got dubbed \"El Búho\" (The Owl) for his night habits.");
        var person = x.People().Named("Rodrigo Maza");
        Assert.Contains("El Búho", person.Aliases);
        Assert.Contains("Owl", person.Aliases);
    }

    [Fact]
    public void A_surname_two_brothers_share_is_the_one_the_text_introduced_first()
    {
        var x = ExtractionHelper.Run(
            "Police detained Casimiro Leal Orbe in Guayaquil together with his twin, Fermín Leal Orbe.",
            "Leal's lawyer, Ana Prat, said the cocaine belonged to another tenant.");
        Assert.Contains("Leal", x.People().Named("Casimiro Leal Orbe").Aliases);
        Assert.DoesNotContain("Leal", x.People().Named("Fermín Leal Orbe").Aliases);
    }

    [Fact]
    public void A_surname_alone_is_not_a_relative_the_text_has_not_introduced_yet()
    {
        var x = ExtractionHelper.Run(
            "Yohan José Piñango, alias \"El Carnicero,\" leads the Tren del Guárico, a prison gang.",
            "Piñango founded the gang in 2012 in Aragua. He shares command with his cousin, Reinaldo Piñango Bravo.",
            "In Colombia, Piñango has formed an alliance with Los Motilones.");

        Assert.Contains("Piñango", x.People().Named("Yohan José Piñango").Aliases);
        Assert.DoesNotContain("Piñango", x.People().Named("Reinaldo Piñango Bravo").Aliases);
        Assert.True(x.Has("Yohan José Piñango", RelationshipType.Founded, "Tren del Guárico"));
        Assert.True(x.Has("Yohan José Piñango", RelationshipType.AllyOf, "Los Motilones"));
    }

    [Fact]
    public void A_two_word_fathers_surname_names_the_brother_named_before_it()
    {
        var x = ExtractionHelper.Run(
            "Police arrested the network's alleged leader, Dairon Mc Lean Watson, in Limón.",
            "Prosecutors say Mc Lean's brother, Kenroy Mc Lean Watson, remains at large.");

        Assert.Contains("Mc Lean", x.People().Named("Dairon Mc Lean Watson").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == "Mc Lean");
        Assert.True(x.Has("Dairon Mc Lean Watson", RelationshipType.SiblingOf, "Kenroy Mc Lean Watson"));
    }

    [Fact]
    public void A_corporal_named_in_full_is_a_person()
    {
        var x = ExtractionHelper.Run("Police say the gang killed Cabo Luis Pérez Soto, a police corporal, in Tumaco.");

        Assert.DoesNotContain(x.Places(), p => p.Name.StartsWith("Cabo", StringComparison.Ordinal));
    }

    [Fact]
    public void Surnames_a_family_clan_goes_by_stay_the_clans()
    {
        var x = ExtractionHelper.Run(DocumentKind.GroupProfile, "Chavarría Solís Clan",
            "The Chavarría Solís clan is a family-run trafficking network on Guatemala's Caribbean coast.",
            "The clan was founded in the late 1980s by Rigoberto Chavarría Solís, a cattle rancher from Gualán.",
            "In the 1990s, the three Chavarría Solís brothers — Rigoberto, Amílcar and Fausto — turned the family business into a transport service for cocaine.",
            "The Chavarría Solís operate mainly in Izabal, with airstrips in the Petén.");

        Assert.Contains("Chavarría Solís", x.Groups().Single().Aliases);
    }

    [Fact]
    public void Father_and_son_sharing_a_surname_are_never_merged()
    {
        var x = ExtractionHelper.Run(
            "Tomas Ibarra Quintero, alias \"El Viejo,\" ran the smuggling ring for years.",
            "His son, Esteban Ibarra Salas, was arrested in 2021. Ibarra had warned the family.");
        Assert.Equal(2, x.People().Count);
        Assert.DoesNotContain("Ibarra", x.People().Named("Esteban Ibarra Salas").Aliases);
    }

    [Fact]
    public void Shortened_first_names_resolve_to_the_full_name()
    {
        var x = ExtractionHelper.Run("Authorities named Rosa Maria Delgado Pena as the financier. Rosa Maria kept the accounts.");
        Assert.Contains("Rosa Maria", Assert.Single(x.People()).Aliases);
    }

    [Fact]
    public void Media_and_agencies_are_not_people_or_groups()
    {
        var x = ExtractionHelper.Run(
            "The figures were reported by El Heraldo, according to the Justice Ministry and the Drug Enforcement Administration (DEA).",
            "The DEA declined to comment.");
        Assert.Empty(x.People());
        Assert.Empty(x.Groups());
    }

    [Fact]
    public void Demonyms_are_not_places()
    {
        var x = ExtractionHelper.Run("Peruvian police and Bolivian soldiers met in La Paz.");
        Assert.DoesNotContain(x.Places(), p => p.Name == "Peru");
        Assert.Contains(x.Places(), p => p.Name == "La Paz");
    }
}

public class KnownNamesTests
{
    [Fact]
    public void A_brother_named_by_first_name_takes_the_texts_surname_whatever_the_archive_knows()
    {
        var known = new CrimeArchive.Import.Extraction.KnownNames();
        known.Add(CrimeArchive.Data.EntityKind.Person, "Rafael Eduardo Prado Leal", ["Rafael Eduardo"]);
        var document = new CrimeArchive.Import.Parsing.ParsedDocument
        {
            SourceText = "The arrest of Marcos Prado Leal, his brother Rafael and two pilots ended the route.",
            Body = [new CrimeArchive.Import.Parsing.TextBlock("The arrest of Marcos Prado Leal, his brother Rafael and two pilots ended the route.", 0)],
        };
        var x = CrimeArchive.Import.Extraction.EntityExtractor.Extract(document, known);
        // The importer, not the extractor, matches it to the archive's fuller "Rafael Eduardo Prado Leal",
        // so that a text's reading does not depend on what was imported before it.
        var rafael = Assert.Single(x.People(), p => p.Name.StartsWith("Rafael", StringComparison.Ordinal));
        Assert.Contains("Rafael", rafael.Aliases);
        Assert.True(x.Has("Marcos Prado Leal", CrimeArchive.Data.RelationshipType.SiblingOf, rafael.Name));
    }

    [Fact]
    public void A_nickname_known_from_the_archive_resolves_to_its_entity()
    {
        var known = new CrimeArchive.Import.Extraction.KnownNames();
        known.Add(CrimeArchive.Data.EntityKind.Person, "Rafael Eduardo Prado Leal", ["Tucan"]);
        var document = new CrimeArchive.Import.Parsing.ParsedDocument
        {
            SourceText = "Police say Tucan still runs the route.",
            Body = [new CrimeArchive.Import.Parsing.TextBlock("Police say Tucan still runs the route.", 0)],
        };
        var x = CrimeArchive.Import.Extraction.EntityExtractor.Extract(document, known);
        Assert.Equal("Rafael Eduardo Prado Leal", Assert.Single(x.People()).Name);
    }
}

public class GuillemetAliasTests
{
    [Fact]
    public void Alias_in_guillemets()
    {
        var x = ExtractionHelper.Run("Fue detenido Rubén Darío Ocampo Gil, alias «el Mono», en Medellín.");
        Assert.Contains("Mono", x.People().Named("Rubén Darío Ocampo Gil").Aliases);
    }

    [Fact]
    public void A_nickname_with_its_translation_in_parentheses_gives_both()
    {
        var x = ExtractionHelper.Run("Police arrested Jorge Ramos Gil, alias \"El Sapo\" (the Toad), on Monday. Officers said the Toad ran the port.");
        var aliases = x.People().Named("Jorge Ramos Gil").Aliases;
        Assert.Contains("El Sapo", aliases);
        Assert.Contains("Toad", aliases);
    }

    [Theory]
    [InlineData("Troops entered the Valle del Ocumo at dawn.", "Valle del Ocumo")]
    [InlineData("The gang hides its men in Monte Ombre and in St Anselm parish.", "Monte Ombre")]
    [InlineData("The gang hides its men in Monte Ombre and in St Anselm parish.", "St Anselm")]
    public void A_name_that_opens_with_a_place_word_is_no_person(string sentence, string name) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).People(), p => p.Name == name);

    [Theory]
    [InlineData("Los Tordos are run by a boss known only as \"Tiburcio.\"", "Tiburcio")]
    [InlineData("La policía detuvo a un jefe conocido como \"El Grillo\" en el puerto.", "El Grillo")]
    [InlineData("Otro hombre, con alias \"Sapito,\" escapó.", "Sapito")]
    [InlineData("A third detainee, identified only by his alias \"Grajo,\" kept the money.", "Grajo")]
    [InlineData("His deputy in Loja, a 31-year-old known as \"Tizón,\" runs the stash houses.", "Tizón")]
    [InlineData("Un tercer detenido, identificado solo por su alias \"Grajo\", guardaba el dinero.", "Grajo")]
    [InlineData("The port is held by Los Mirlos, a gang led by an ex-marine known as \"El Tuerto.\"", "El Tuerto")]
    [InlineData("El barrio es controlado por la banda de Los Mirlos, encabezada por un expolicía apodado «El Tuerto».", "El Tuerto")]
    [InlineData("The bus depot belongs to a retired trucker known as \"Chapulín\" (the Grasshopper).", "Chapulín")]
    [InlineData("One of the Costa Azul Cartel's money handlers, known only as \"El Cartero,\" runs the port rackets.", "El Cartero")]
    [InlineData("Marines detained the head of Bloque Lomas, a figure known as \"El Tuerto\" (the One-Eyed), at a ranch.", "El Tuerto")]
    [InlineData("A member of Grupo Cobalto known as \"El Cartero,\" a former mechanic, builds the bombs.", "El Cartero")]
    [InlineData("The money is kept by a trucker known as the \"Cashier\" (El Cajero), police said.", "Cashier")]
    public void A_person_known_only_by_a_nickname_is_a_person(string sentence, string nickname) =>
        Assert.Contains(ExtractionHelper.Run(sentence).People(), p => p.Name == nickname);

    // A surname that is also a city's name is still the man's: "Mendoza, a man known as".
    [Fact]
    public void A_nickname_after_a_surname_that_is_a_city_stays_the_mans()
    {
        var x = ExtractionHelper.Run("Police arrested Rubén Mendoza in Quito on Monday. Mendoza, a man known as \"Tizón,\" ran the stash houses.");
        Assert.Contains("Tizón", x.People().Named("Rubén Mendoza").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == "Tizón");
    }

    [Fact]
    public void Mas_conocido_como_gives_the_nickname_to_the_name_before_it()
    {
        var x = ExtractionHelper.Run("Anselmo Ordaz Gil, más conocido como \"Capitán Brisa,\" dirige Los Cardos.");
        var person = Assert.Single(x.People());
        Assert.Contains("Capitán Brisa", person.Aliases);
    }

    [Theory]
    [InlineData("Elvira Iturbe Mena y Rosaura Vidal Mena participan en la organización.", "Elvira Iturbe Mena", "Rosaura Vidal Mena")]
    [InlineData("La policía detuvo a Elvira Iturbe y Rosaura Iturbe en el puerto.", "Elvira Iturbe", "Rosaura Iturbe")]
    public void Two_full_names_joined_by_y_are_two_people(string sentence, string first, string second)
    {
        var people = ExtractionHelper.RunSpanish(sentence).People().Select(p => p.Name).ToList();
        Assert.Contains(first, people);
        Assert.Contains(second, people);
    }

    [Theory]
    [InlineData("Police arrested Everton Price, alias \"Duppy,\" who has led the Harbour Boys since 2016.", "Everton Price")]
    [InlineData("The Canal Crew's boss is Delroy Young, police said.", "Delroy Young")]
    public void A_surname_that_is_an_everyday_word_keeps_the_person(string text, string name)
    {
        Assert.Contains(ExtractionHelper.Run(text).People(), p => p.Name == name);
    }

    [Fact]
    public void A_street_named_after_someone_is_no_person()
    {
        Assert.DoesNotContain(ExtractionHelper.Run("The shooting happened on Dawson Street late on Friday.").People(), p => p.Name == "Dawson Street");
    }

    [Fact]
    public void Nicknames_given_in_order_go_one_to_each_sibling()
    {
        var x = ExtractionHelper.Run("The brothers Julio and Samuel Cárdenas Vélez, alias \"Mono\" and \"Flaco\" respectively, lead Los Pájaros.");
        Assert.Contains("Mono", x.People().Named("Julio Cárdenas Vélez").Aliases);
        Assert.Contains("Flaco", x.People().Named("Samuel Cárdenas Vélez").Aliases);
        Assert.DoesNotContain("Mono", x.People().Named("Samuel Cárdenas Vélez").Aliases);
    }

    [Theory]
    [InlineData("El cabecilla, apodado \"el Profe\", cuyo nombre real es Jairo Enrique Mejía Ortiz, fue capturado en Soledad.", "Jairo Enrique Mejía Ortiz", "Profe")]
    [InlineData("The boss, nicknamed \"Chatarra,\" whose real name is Wilson Ibarra Pinto, fled to Peru.", "Wilson Ibarra Pinto", "Chatarra")]
    [InlineData("Known to his men as \"Tigre,\" Rubén Darío Montoya runs the clan with his brother.", "Rubén Darío Montoya", "Tigre")]
    public void A_nickname_given_before_the_name_is_the_names(string text, string name, string nickname)
    {
        var x = text.Contains("cuyo") ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.Contains(nickname, x.People().Named(name).Aliases);
        Assert.DoesNotContain(x.Places(), p => p.Name == nickname);
    }

    [Fact]
    public void A_nickname_keeps_an_apostrophe_inside_its_quotes()
    {
        var x = ExtractionHelper.Run("Police arrested Andrés Olmedo, alias \"Boca e' Sapo,\" in Colón.");
        Assert.Contains("Boca e' Sapo", x.People().Named("Andrés Olmedo").Aliases);
    }

    [Fact]
    public void A_nickname_written_with_its_article_keeps_that_form()
    {
        var x = ExtractionHelper.Run("Police arrested Mario Tello, alias \"El Gallo,\" in Olanchito. Under El Gallo, the gang grew fast.");
        Assert.Contains("El Gallo", x.People().Named("Mario Tello").Aliases);
    }

    [Theory]
    [InlineData("Los hermanos Ortega Paz, Luis y Saúl, dirigen la banda desde 2015.", "Luis Ortega Paz", "Saúl Ortega Paz")]
    [InlineData("Police detained the Mills brothers, Andre and Curtis, in Spanish Town.", "Andre Mills", "Curtis Mills")]
    [InlineData("La red está a cargo de las hermanas Ana y Rosa María Vela Soto.", "Ana Vela Soto", "Rosa María Vela Soto")]
    [InlineData("La banda es dirigida por Tomás Ruiz, quien junto a su hermano José Luis controla el puerto.", "Tomás Ruiz", "José Luis Ruiz")]
    public void Siblings_named_together_share_their_surnames(string text, string first, string second)
    {
        var x = text.Contains(" the ") ? ExtractionHelper.Run(text) : ExtractionHelper.RunSpanish(text);
        Assert.Equal(new[] { first, second }.Order(), x.People().Select(p => p.Name).Order());
        Assert.True(x.Has(first, CrimeArchive.Data.RelationshipType.SiblingOf, second));
    }

    [Fact]
    public void A_father_and_a_son_with_different_nicknames_stay_two_people()
    {
        var x = ExtractionHelper.Run("Los Gatos were founded by Raúl \"El Abuelo\" Ferraz in 1998.",
            "His son, Raúl Ángel Ferraz, alias \"Chino,\" took over in 2015. Chino Ferraz was arrested last year.");
        Assert.Equal(2, x.People().Count);
        Assert.Contains("Chino Ferraz", x.People().Named("Raúl Ángel Ferraz").Aliases);
        Assert.Contains("El Abuelo", x.People().Named("Raúl Ferraz").Aliases);
    }

    [Theory]
    [InlineData("Mark Daniel Flint, alias \"Ice,\" ran the Harbour Boys until 2019.", "Mark Daniel Flint", "Ice")]
    [InlineData("Grace Bell, alias \"Queen,\" leads the Eastside crew.", "Grace Bell", "Queen")]
    public void A_given_name_that_is_an_everyday_word_stays_before_an_alias(string text, string name, string nickname)
    {
        Assert.Contains(nickname, ExtractionHelper.Run(text).People().Named(name).Aliases);
    }

    [Fact]
    public void A_real_name_given_as_likely_takes_the_nickname_before_it()
    {
        var x = ExtractionHelper.RunSpanish("Un colombiano apodado «Tigre», cuyo nombre real sería Luis Ortega Paz, dirige la red.");
        Assert.Contains("Tigre", x.People().Named("Luis Ortega Paz").Aliases);
        Assert.Empty(x.Places());
    }

    [Theory]
    [InlineData("Police arrested Juan Ramírez Lugo, alias \"Beto de la Loma,\" in Tela. Beto had led Los Toros since 2015.", "Juan Ramírez Lugo", "Beto")]
    [InlineData("Police arrested Mario Tello, alias \"El Gallo de Yoro,\" in Olanchito. Under El Gallo, Los Toros grew fast.", "Mario Tello", "El Gallo")]
    public void A_nickname_is_later_shortened_to_its_head(string text, string name, string shortForm)
    {
        var x = ExtractionHelper.Run(text);
        Assert.Contains(shortForm, Assert.Single(x.People()).Aliases);
        Assert.Equal(name, x.People()[0].Name);
    }

    [Fact]
    public void An_everyday_word_inside_a_three_word_name_is_a_surname()
    {
        var x = ExtractionHelper.Run("Police arrested Winston Grant Bailey in Kingston on Monday, accused of running guns for the Spanglers.");

        Assert.Contains(x.People(), p => p.Name == "Winston Grant Bailey");
    }

    [Theory]
    [InlineData("A congressman from the Liberal Party, Nicanor Vela Ríos, said the gang had bribed the police.", "Nicanor Vela Ríos")]
    [InlineData("A prosecutor from the capital, Irma Cárdenas Soto, said the cartel controls the docks.", "Irma Cárdenas Soto")]
    public void A_name_in_apposition_after_a_comma_is_no_place_or_party(string text, string person)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.People(), p => p.Name == person);
    }

    [Theory]
    [InlineData("El caso pasó a la Unidad contra Secuestro y Delincuencia Organizada, que investiga a Los Toros.")]
    [InlineData("El avance de las Fuerzas Armadas en la sierra obligó a Los Toros a moverse.")]
    [InlineData("El caso pasó a la Unidad contra Delitos Graves, que investiga a Los Toros.")]
    [InlineData("De acuerdo con la Personería, Los Toros reclutan menores.")]
    public void A_state_body_s_words_make_no_person_or_group(string text)
    {
        var x = ExtractionHelper.RunSpanish(text);

        Assert.Empty(x.People());
        Assert.Equal(["Los Toros"], x.Groups().Select(g => g.Name));
    }

    [Fact]
    public void A_family_named_by_a_double_surname_keeps_its_clan_beside_the_man_who_bears_it()
    {
        var x = ExtractionHelper.Run(
            "Police arrested Jorge Luis Ocotal Brizuela, who heads the Ocotal Brizuela clan.",
            "Ocotal Brizuela was born in a farming village.");

        Assert.Contains(x.Groups(), g => g.Name == "Ocotal Brizuela clan");
        Assert.Contains("Ocotal Brizuela", x.People().Named("Jorge Luis Ocotal Brizuela").Aliases);
        Assert.True(x.Has("Jorge Luis Ocotal Brizuela", RelationshipType.LeaderOf, "Ocotal Brizuela clan"));
    }

    [Theory]
    [InlineData("J.L. Ocotal Brizuela")]
    [InlineData("J. L. Ocotal Brizuela")]
    public void Given_names_written_as_initials_shorten_the_full_name(string initials)
    {
        var x = ExtractionHelper.Run(
            "Jorge Luis Ocotal Brizuela moved cocaine through the port for a decade.",
            $"Court papers list him as {initials}, a rancher.");

        Assert.Contains(initials, Assert.Single(x.People()).Aliases);
    }

    [Fact]
    public void A_father_and_his_son_named_junior_are_two_people()
    {
        var x = ExtractionHelper.Run(
            "Police detained Teodoro Valdivia Jr. and his brother, Ciro Valdivia, in a raid on Tuesday.",
            "Their father, the jailed boss Teodoro Valdivia, has run the gang from prison for twenty years.");

        Assert.Contains(x.People(), p => p.Name == "Teodoro Valdivia");
        Assert.DoesNotContain("Teodoro Valdivia", x.People().Single(p => p.Name.StartsWith("Teodoro Valdivia J", StringComparison.Ordinal)).Aliases);
    }

    [Theory]
    [InlineData("Baltasar Quiroz Ibarra runs the port crews, and detectives refer to him by a nickname, \"Alcaraván.\"", "Baltasar Quiroz Ibarra", "Alcaraván")]
    [InlineData("Rivals have long known Teresa Malpica by the nickname \"La Garza\"; she runs the bus routes. Prosecutors call her by the alias \"Doña Tere.\"", "Teresa Malpica", "Doña Tere")]
    [InlineData("Efraín Saucedo left the army in 2009. Dock workers refer to him by his alias, \"Comején.\"", "Efraín Saucedo", "Comején")]
    // The nickname opens the sentence, the pronoun after it is its bearer; an article written with a capital is kept.
    [InlineData("Ruperto Iñiguez Quenaya started with one truck. Dubbed \"Don Ruper\" by the drivers on the highway, he soon owned forty.", "Ruperto Iñiguez Quenaya", "Don Ruper")]
    [InlineData("Ruperto Iñiguez Quenaya owns the ferries. Known along the river as \"El Barquero,\" he pays the port police.", "Ruperto Iñiguez Quenaya", "El Barquero")]
    [InlineData("Police detained Ruperto Iñiguez Quenaya in Iquitos. The boatmen know him as \"El Barquero.\"", "Ruperto Iñiguez Quenaya", "El Barquero")]
    // A relative pronoun after the name goes by a nickname too.
    [InlineData("The ring answered to Ruperto Iñiguez Quenaya, a ferry pilot from Nauta, who went by the nickname \"El Timón.\"", "Ruperto Iñiguez Quenaya", "El Timón")]
    public void A_nickname_a_pronoun_is_referred_to_by_is_the_persons(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Fact]
    public void A_given_name_that_is_an_everyday_word_opens_a_name_before_two_surnames()
    {
        var x = ExtractionHelper.Run("A court in Tela sentenced the smuggler's bookkeeper, Hope Carrizo Saldías, to nine years.");

        Assert.Contains(x.People(), p => p.Name == "Hope Carrizo Saldías");
    }

    [Fact]
    public void A_month_before_two_surnames_is_no_given_name()
    {
        var x = ExtractionHelper.Run("Police arrested Aniceto Carrizo Saldías in a raid on his ranch. In May Carrizo Saldías was sent to a prison in Tela.");

        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("May ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_a_father_gave_his_son_alone_is_the_sons()
    {
        var x = ExtractionHelper.Run(
            "Bernardino Saldías Ruelas set up the Saldías clan with cattle money; of his sons, Bernardino learned to fly.",
            "Today Bernardino Saldías Pineda flies the clan's cocaine to Honduras, and rivals say the family obeys Bernardino.");

        Assert.Contains("Bernardino", x.People().Named("Bernardino Saldías Pineda").Aliases);
        Assert.DoesNotContain("Bernardino", x.People().Named("Bernardino Saldías Ruelas").Aliases);
    }

    [Fact]
    public void A_first_name_a_son_shares_with_his_father_named_after_him_is_the_sons_when_named_first()
    {
        var x = ExtractionHelper.Run(
            "Troops arrested Eustaquio Rivadeo Paz, 34, in Pasto. His father, Eustaquio Rivadeo Cuéllar, founded the clan.",
            "Eustaquio, the prosecutors said, had run its labs since his father's stroke.");

        Assert.Contains("Eustaquio", x.People().Named("Eustaquio Rivadeo Paz").Aliases);
    }

    [Fact]
    public void A_first_name_two_men_with_two_given_names_share_is_neither_ones()
    {
        var x = ExtractionHelper.Run(
            "Police detained Juan Carlos Tobar and his son Juan Carlos Quenaya in Pasto.",
            "Juan was carrying a pistol, the police said.");

        Assert.All(x.People(), p => Assert.DoesNotContain("Juan", p.Aliases));
    }

    [Theory]
    // An accented given name that folds to an English demonym ("Germán") is the name's first word.
    [InlineData("La policía capturó en El Alto a Germán Quenaya Aruquipa, proveedor de la banda.", "Germán Quenaya Aruquipa")]
    public void An_accented_given_name_that_folds_to_a_demonym_opens_the_name(string text, string name)
    {
        var x = ExtractionHelper.RunSpanish(text);

        Assert.Contains(x.People(), p => p.Name == name);
    }

    [Fact]
    public void A_given_name_that_is_an_everyday_word_opening_a_question_is_no_name()
    {
        var x = ExtractionHelper.Run("Evodio Carrizo Saldías was moved to a cell alone. Will Carrizo Saldías testify against his former partners?");

        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("Will ", StringComparison.Ordinal));
    }

    [Theory]
    // Who gave the name is named: the nickname may be that man's word for someone else.
    [InlineData("Evodio Carrizo Saldías ran the port. Called \"El Larguirucho\" by Teodomiro Tobar Ruiz, he kept the books.", "Evodio Carrizo Saldías", "El Larguirucho")]
    // "el" after the nickname is an article before the noun it names, not the pronoun "él".
    [InlineData("Evodio Carrizo Saldías pasó por varias cárceles. Conocido como \"El Hoyo\", el penal de Tela es el más duro.", "Evodio Carrizo Saldías", "El Hoyo")]
    public void A_fronted_nickname_with_no_pronoun_after_it_is_not_the_last_persons(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(nickname, x.People().Named(person).Aliases);
        Assert.All(x.People(), p => Assert.DoesNotContain(nickname, p.Aliases));
    }

    [Theory]
    // A quoted nickname with the Spanish article closes the sentence after a full name.
    [InlineData("La facción la dirigen los hijos de Rutilio Iñiguez Mendívil, \"El Zancudo\".", "Rutilio Iñiguez Mendívil", "El Zancudo")]
    public void A_quoted_nickname_after_a_full_name_is_the_persons(string text, string person, string nickname)
    {
        var x = ExtractionHelper.RunSpanish(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Theory]
    // The title of a work or the name of a property closing the sentence after its owner is no nickname.
    [InlineData("El fiscal leyó en voz alta la carta de Rutilio Iñiguez Mendívil, \"La Verdad\".", "La Verdad")]
    [InlineData("Los soldados ocuparon la finca de Rutilio Iñiguez Mendívil, \"La Esperanza\".", "La Esperanza")]
    public void A_quoted_name_after_a_possessors_name_is_not_his_nickname(string text, string name)
    {
        var x = ExtractionHelper.RunSpanish(text);

        Assert.DoesNotContain(name, x.People().Named("Rutilio Iñiguez Mendívil").Aliases);
    }

    [Fact]
    public void Someone_unnamed_who_went_by_a_nickname_gives_it_to_no_one_named_before()
    {
        var x = ExtractionHelper.Run("Police arrested Ruperto Iñiguez Quenaya and a woman who went by \"La Güera.\"");

        Assert.DoesNotContain("La Güera", x.People().Named("Ruperto Iñiguez Quenaya").Aliases);
    }

    [Fact]
    public void In_a_groups_profile_a_surname_an_unrelated_person_shares_is_no_ones()
    {
        var x = ExtractionHelper.Run(DocumentKind.GroupProfile, "Los Tejedores",
            "Los Tejedores are a smuggling crew from Puerto Cabezas led by Isauro Aruquipa Lugo.",
            "Prosecutor Elena Aruquipa Vidal charged twelve of its members in 2023. Aruquipa said the case would go to trial in May.");

        Assert.DoesNotContain("Aruquipa", x.People().Named("Isauro Aruquipa Lugo").Aliases);
    }

    [Fact]
    public void In_a_groups_profile_a_surname_brothers_share_is_the_first_introduced()
    {
        var x = ExtractionHelper.Run(DocumentKind.GroupProfile, "Los Tejedores",
            "Los Tejedores are a smuggling crew from Puerto Cabezas founded by the brothers Isauro and Ciriaco Aruquipa Lugo.",
            "Aruquipa was arrested in Managua in 2022, and the crew has been run from prison since.");

        Assert.Contains("Aruquipa", x.People().Named("Isauro Aruquipa Lugo").Aliases);
    }

    [Fact]
    public void A_first_name_two_unrelated_people_share_is_neither_ones()
    {
        var x = ExtractionHelper.Run(
            "Police detained Bernardino Saldías Ruelas and Bernardino Salcedo Mora in Pasto.",
            "Bernardino was carrying a pistol, the police said.");

        Assert.All(x.People(), p => Assert.DoesNotContain("Bernardino", p.Aliases));
    }

    [Fact]
    public void A_state_body_spelled_out_in_the_other_language_is_no_group()
    {
        var x = ExtractionHelper.Run("The raid was led by the Coastal Drug Squad (Unidad Antidrogas Costera – UAC) in the port.");

        Assert.Empty(x.Groups());
    }
    [Theory]
    // The description holds a clause of its own: the nickname may be anyone's in it.
    [InlineData("Police arrested Marco Antonio Pajuelo, a former soldier who later worked as a bodyguard for a businessman in Tijuana who is known as “El Patrón.”")]
    // A lawyer the sentence goes on to, not the man before the comma.
    [InlineData("Police captured Marco Antonio Pajuelo, then searched the house of a lawyer whom locals call “El Patrón.”")]
    public void A_nickname_after_a_clause_about_someone_else_is_not_the_first_mans(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain("El Patrón", x.People().Named("Marco Antonio Pajuelo").Aliases);
    }

    [Fact]
    public void Who_after_a_kinsman_named_in_full_is_the_kinsmans()
    {
        var x = ExtractionHelper.Run("Gustavo Cuervas Mora, the son of Felipe Cuervas, who is known as “El Viejo,” was arrested on Monday.");

        Assert.DoesNotContain("El Viejo", x.People().Named("Gustavo Cuervas Mora").Aliases);
    }

    [Fact]
    public void Or_closing_a_list_of_names_gives_no_nickname_to_the_name_before()
    {
        var x = ExtractionHelper.Run("It was unclear whether the order came from Ignacio Góngora Ruiz, Pedro Villalva Vera, or “El Zurdo,” the group's enforcer.");

        Assert.DoesNotContain("El Zurdo", x.People().Named("Pedro Villalva Vera").Aliases);
    }

    [Theory]
    [InlineData("Marcos Antônio Quilcasa Sales, known as \"Tatu,\" was detained on December 9 in a gated community.", "Marcos Antônio Quilcasa Sales", "Tatu")]
    [InlineData("In March, police arrested Teodosio Alas, alias “Payaso,” the leader of another clique.", "Teodosio Alas", "Payaso")]
    public void A_surname_that_is_an_everyday_plural_still_closes_a_name(string sentence, string name, string nickname) =>
        Assert.Contains(nickname, ExtractionHelper.Run(sentence).People().Named(name).Aliases);

    [Theory]
    [InlineData("Police raided Victoria Heights and Mario Brothers Motors on Tuesday.")]
    [InlineData("Investigators said the cash was laundered through Rafael Imports, a shell company in Miami.")]
    [InlineData("Police raided the offices of Diego Motors in Valencia on Tuesday.")]
    [InlineData("The cocaine was hidden in crates of Lucia Flowers bound for Amsterdam.")]
    public void A_given_name_before_a_business_plural_is_no_person(string sentence) =>
        Assert.Empty(ExtractionHelper.Run(sentence).People());

    [Theory]
    // Whose men: the man named in full before the cue, not the one the description opens with.
    [InlineData("Police arrested Anselmo Serrallo Ruiz, the accountant of cartel boss Ovidio Rondeau Lugo known to his men as \"El Patrón.\"", "Anselmo Serrallo Ruiz", "El Patrón")]
    // A plural participle names the people listed before it, not the father.
    [InlineData("Los hijos de Ovidio Rondeau Lugo, conocidos como “Los Rondeaus”, heredaron el negocio.", "Ovidio Rondeau Lugo", "Los Rondeaus")]
    // A quote set off by dashes is a translation only where it says whose tongue or what use it names.
    [InlineData("Police arrested Ovidio Rondeau Lugo, alias “Tronco” — “Operation Orion” in the police files — in a raid in Cali.", "Ovidio Rondeau Lugo", "Operation Orion")]
    public void A_quote_near_a_name_that_is_not_his_nickname_stays_off_him(string sentence, string person, string quote) =>
        Assert.DoesNotContain(quote, ExtractionHelper.Run(sentence).People().Named(person).Aliases);

    [Fact]
    public void The_place_of_an_arrest_before_of_is_no_part_of_the_name_after_it()
    {
        var x = ExtractionHelper.Run("Their fall comes months after the arrest in Guatemala of Octavio Rondeau Ruano, alias \"Tavo,\" who founded the Rondeau clan.");

        Assert.Contains("Tavo", x.People().Named("Octavio Rondeau Ruano").Aliases);
    }
}

public class NicknameOfDescribedPersonTests
{
    // The nickname a copula's subject goes by, past the description between them.
    [Theory]
    [InlineData("Aurelio Tabares Mena, the elder of the two brothers, was known as \"El Profeta\" for his sermons.", "Aurelio Tabares Mena", "El Profeta")]
    [InlineData("Los Guamos, whose leader Aurelio Tabares Mena is a former schoolteacher known as \"El Maestro,\" have responded.", "Aurelio Tabares Mena", "El Maestro")]
    [InlineData("Según la fiscalía, Aurelio Tabares Mena es un antiguo pescador conocido como \"El Bagre\".", "Aurelio Tabares Mena", "El Bagre")]
    public void A_nickname_after_a_description_of_the_subject_is_his(string sentence, string person, string nickname) =>
        Assert.Contains(nickname, ExtractionHelper.Run(sentence).People().Named(person).Aliases);

    // A description with a clause or a noun of its own may be about anyone in it, and a name another noun owns is not
    // the copula's subject.
    [Theory]
    [InlineData("Aurelio Tabares Mena is a courier who works for a man known as \"El Bagre\".")]
    [InlineData("Aurelio Tabares Mena is a member of a gang known as \"El Bagre\".")]
    [InlineData("Aurelio Tabares Mena was a teenager when a gunman known as \"El Bagre\" took over the port.")]
    [InlineData("The boss of Aurelio Tabares Mena is a former soldier known as \"El Bagre\".")]
    public void A_nickname_of_someone_else_in_the_description_stays_off_the_subject(string sentence) =>
        Assert.DoesNotContain(ExtractionHelper.Run(sentence).People(), p => p.Name == "Aurelio Tabares Mena" && p.Aliases.Contains("El Bagre"));
}

public class RankBeforeNameTests
{
    [Theory]
    [InlineData("Police said Patrolman Nicanor Vélez was killed in the blast.")]
    [InlineData("Corporal Nicanor Vélez, among the released hostages, told reporters what he saw.")]
    [InlineData("El Teniente Nicanor Vélez murió en el ataque.")]
    public void A_police_rank_before_a_name_is_no_part_of_it(string sentence) =>
        Assert.Equal("Nicanor Vélez", Assert.Single(ExtractionHelper.Run(sentence).People()).Name);

    [Theory]
    [InlineData("Marines detained the head of Bloque Lomas, a figure known as \"El Tuerto\" (the One-Eyed), at a ranch.", "Bloque Lomas")]
    [InlineData("A member of Grupo Cobalto known as \"El Cartero,\" a former mechanic, builds the bombs.", "Grupo Cobalto")]
    public void A_nickname_after_a_persons_role_in_a_group_is_not_the_groups(string sentence, string group)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.Groups(), g => g.Name == group && !g.Aliases.Contains("El Cartero") && !g.Aliases.Contains("El Tuerto"));
    }

    [Fact]
    public void A_plural_name_after_a_role_in_a_group_still_names_the_group()
    {
        var x = ExtractionHelper.Run("Police arrested the leader of the Cobalt Crew, known as \"Los Azules,\" in the port.");
        Assert.Contains(x.Groups(), g => g.Aliases.Contains("Los Azules"));
        Assert.DoesNotContain(x.People(), p => p.Name == "Los Azules");
    }

    [Theory]
    [InlineData("Police say Grupo Cobalto controls the port of Lirio.")]
    [InlineData("A member of Grupo Cobalto known as \"El Cartero,\" a former mechanic, builds the bombs.")]
    public void A_name_opening_with_grupo_is_a_group(string sentence) =>
        Assert.Contains(ExtractionHelper.Run(sentence).Groups(), g => g.Name == "Grupo Cobalto");

    [Fact]
    public void A_name_shaped_nickname_after_a_role_in_a_group_is_the_role_holders()
    {
        var x = ExtractionHelper.Run("Within days, the commander of the Frente Arce Lozano, alias \"Ramiro Tuna,\" had founded a new coalition.");
        Assert.Contains(x.People(), p => p.Name == "Ramiro Tuna");
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains("Ramiro Tuna"));
    }

    [Fact]
    public void A_nickname_after_a_role_with_a_possessive_acronym_is_the_persons_named_before()
    {
        var x = ExtractionHelper.Run("The other is Graciela Ortiz Luna, the CDP's longtime money manager, known as \"La Cajera,\" who pays the suppliers.");
        Assert.Contains("La Cajera", x.People().Named("Graciela Ortiz Luna").Aliases);
    }

    [Fact]
    public void The_translation_after_a_nickname_only_person_is_another_of_his_names()
    {
        var x = ExtractionHelper.Run("Police arrested a man known only as \"El Tuerto\" (the One-Eyed) at the bus station.");
        Assert.Contains("One-Eyed", x.People().Named("El Tuerto").Aliases);
    }

    [Theory]
    [InlineData("Los Mirlos extort the lime growers. Their chief, a figure known only as \"El Tuerto\" (the One-Eyed), pays the police.")]
    [InlineData("Los Mirlos extort the lime growers. Their chief, a man known as \"El Tuerto,\" pays the police.")]
    public void A_role_set_beside_a_person_noun_and_a_nickname_is_the_nicknamed_persons(string text) =>
        Assert.True(ExtractionHelper.Run(text).Has("El Tuerto", CrimeArchive.Data.RelationshipType.LeaderOf, "Los Mirlos"));

    [Fact]
    public void A_nickname_after_a_surname_and_a_trade_is_the_persons()
    {
        var x = ExtractionHelper.Run("Police arrested Ramiro Tuna Vega in May. Tuna, a trucker known as \"Chapulín,\" ran the stash houses.");
        Assert.Contains("Chapulín", x.People().Named("Ramiro Tuna Vega").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == "Chapulín");
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_nickname_is_no_translation()
    {
        var x = ExtractionHelper.Run("Police arrested a gunman known as \"El Flaco\" (CDLN) at the bus station.");
        Assert.DoesNotContain("CDLN", x.People().Named("El Flaco").Aliases);
    }

    [Fact]
    public void A_plural_nickname_after_one_of_is_no_person()
    {
        var x = ExtractionHelper.Run("Omar Rivas Peña, one of the smugglers known as \"Los Mellizos,\" was arrested.");
        Assert.DoesNotContain(x.People(), p => p.Name == "Los Mellizos");
    }
}
