using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

public class BrothersRuleTests
{
    [Fact]
    public void His_brother_then_another_full_name_does_not_lend_that_name_its_surnames()
    {
        var x = ExtractionHelper.Run(
            "The arrest of Ramiro Quintero Salgado, his brother Hector and Fredy Orozco Benitez, alias \"Mono,\" has left the gang without leaders.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains(names, n => n.StartsWith("Hector ", StringComparison.Ordinal) && n.EndsWith(" Salgado", StringComparison.Ordinal));
        Assert.DoesNotContain("Hector Orozco Benitez", names);
        Assert.Contains("Fredy Orozco Benitez", names);
    }

    [Fact]
    public void His_brother_by_first_name_after_a_quoted_official_is_the_brother_named_in_full_before()
    {
        var x = ExtractionHelper.Run("By 2009, Omar Lagos Pinto was the boss of the Valle Cartel. His younger brother, Ramiro Lagos Pinto, a former mayor, ran its money. "
            + "Omar Lagos Pinto was arrested in 2021. Security Minister Fredy Ruiz Mata called the arrest a blow to the cartel. His brother Ramiro remains free.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Ramiro Ruiz Mata");
        Assert.Contains("Ramiro", x.People().Single(p => p.Name == "Ramiro Lagos Pinto").Aliases);
    }

    [Theory]
    [InlineData("Marines detained Baudilio Santiago Ortuño in Salina Cruz. Santiago Ortuño was taken to Mexico City. He founded the Istmo Cartel with his brother Crispín in 2011.")]
    [InlineData("Marines detained Baudilio Santiago Ortuño in Salina Cruz. The Istmo Cartel was founded in 2011 by Santiago Ortuño and his brother Crispín, who is still at large.")]
    [InlineData("La red fue fundada por Baudilio Santiago Ortuño, un exprofesor. Santiago Ortuño se quedó con los laboratorios. Los hermanos de Santiago Ortuño, Crispín y Eloy, ocupan puestos clave.")]
    public void A_brother_named_after_a_persons_two_surnames_takes_both(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(x.People(), p => p.Name == "Crispín Santiago Ortuño");
        Assert.DoesNotContain(x.People(), p => p.Name == "Crispín Ortuño");
    }

    [Theory]
    [InlineData("en", "José Alfredo Bejarano's brother, Alonso, ran the gang's debt collection until 2020.", "José Alfredo Bejarano", "Alonso Bejarano")]
    [InlineData("es", "Tras la muerte de Higinio Benítez, su hermano menor, Anastasio, heredó el mando de Los Benítez.", "Higinio Benítez", "Anastasio Benítez")]
    [InlineData("en", "Ximena Bustillos Loera and her twin sister, Marta, managed the money of the Cártel del Bravo.", "Ximena Bustillos Loera", "Marta Bustillos Loera")]
    public void A_first_name_after_someones_brother_or_sister_is_their_sibling(string lang, string text, string named, string sibling)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.True(x.Has(named, RelationshipType.SiblingOf, sibling));
    }

    [Theory]
    [InlineData("en", "Eusebio Marroquín ran the port for the clan.", "Police found two brothers of Marroquín, Fidel and Aurelio, in the safe house.", "Eusebio Marroquín", "Fidel Marroquín")]
    [InlineData("es", "Eusebio Marroquín manejaba el puerto para el clan.", "Entre los detenidos había dos hermanos de Marroquín, Fidel y Aurelio, ambos pescadores.", "Eusebio Marroquín", "Aurelio Marroquín")]
    public void First_names_after_brothers_of_someone_named_before_are_that_persons_siblings(string lang, string first, string second, string named, string sibling)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(first, second) : ExtractionHelper.Run(first, second);

        Assert.True(x.Has(named, RelationshipType.SiblingOf, sibling));
        Assert.DoesNotContain(x.Places(), p => p.Name is "Fidel" or "Aurelio");
    }

    [Fact]
    public void A_single_given_name_before_y_and_a_full_name_is_a_second_person()
    {
        var x = ExtractionHelper.RunSpanish("El clan está formado por Aldemar y Ruperto Olaya Castillo, hijos de un contrabandista.");
        var names = x.People().Select(p => p.Name).Order().ToList();
        Assert.Equal(["Aldemar Olaya Castillo", "Ruperto Olaya Castillo"], names);
    }

    [Fact]
    public void A_second_first_name_at_the_end_of_a_list_is_not_shared_as_a_surname()
    {
        var x = ExtractionHelper.Run("Troops detained the brothers Casimiro, Eulogio and Hilario José Urdaneta near the border.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Casimiro Urdaneta", names);
        Assert.Contains("Hilario José Urdaneta", names);
        Assert.True(x.Has("Casimiro Urdaneta", RelationshipType.SiblingOf, "Eulogio Urdaneta"));
    }

    [Fact]
    public void Siblings_listed_by_first_names_alone_keep_them_as_names()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Casimiro, Eulogio y Juan Carlos fueron detenidos en la frontera con Brasil.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Juan Carlos", names);
        Assert.DoesNotContain(names, n => n.EndsWith(" Carlos", StringComparison.Ordinal) && n != "Juan Carlos");
        Assert.True(x.Has("Casimiro", RelationshipType.SiblingOf, "Juan Carlos"));
    }

    [Theory]
    [InlineData("Los Topos are led by the twins Hernán and Héctor Villca.", "Hernán Villca", "Héctor Villca")]
    [InlineData("La banda la dirigen los gemelos Iván y Saúl Pardo desde Tumbes.", "Iván Pardo", "Saúl Pardo")]
    public void Twins_named_with_one_surname_are_siblings_under_it(string text, string first, string second)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has(first, RelationshipType.SiblingOf, second) || x.Has(second, RelationshipType.SiblingOf, first));
    }

    [Fact]
    public void A_brother_of_another_family_does_not_join_the_last_list_of_siblings()
    {
        var x = ExtractionHelper.Run(
            "Raúl Vargas started Los Topos in 2009 with his two sisters, Luz and Marta Vargas.",
            "Iván Soto had led Los Lobos since founding it in 1994 with his younger brother, Fermín Soto.",
            "Junto con su hermano, Darío Ledesma, Pedro Ledesma fundó Los Canarios en 2011.");

        Assert.True(x.Has("Iván Soto", RelationshipType.SiblingOf, "Fermín Soto") || x.Has("Fermín Soto", RelationshipType.SiblingOf, "Iván Soto"));
        Assert.True(x.Has("Pedro Ledesma", RelationshipType.SiblingOf, "Darío Ledesma") || x.Has("Darío Ledesma", RelationshipType.SiblingOf, "Pedro Ledesma"));
        foreach (var vargas in new[] { "Raúl Vargas", "Luz Vargas", "Marta Vargas" })
            Assert.False(x.Has(vargas, RelationshipType.SiblingOf, "Fermín Soto") || x.Has("Fermín Soto", RelationshipType.SiblingOf, vargas), vargas);
        Assert.False(x.Has("Marta Vargas", RelationshipType.SiblingOf, "Darío Ledesma") || x.Has("Darío Ledesma", RelationshipType.SiblingOf, "Marta Vargas"));
    }

    [Fact]
    public void Cousins_are_people_of_their_own_but_no_siblings()
    {
        var x = ExtractionHelper.RunSpanish("Eulalia Ponce Brito manda en el mercado. Sus primos, Casimiro y Hilario, guardan el dinero. Sus sobrinas Rita y Olga Mesa cobran las cuotas.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Casimiro", names);
        Assert.Contains("Hilario", names);
        Assert.Contains("Rita Mesa", names);
        Assert.Contains("Olga Mesa", names);
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.SiblingOf);
    }

    [Fact]
    public void A_spanish_adjective_after_brothers_does_not_hide_the_list()
    {
        var x = ExtractionHelper.RunSpanish("Eulalia Ponce Brito creció en Manta. Sus hermanos menores, Casimiro y Hilario, trabajan con ella en el puerto.");

        Assert.True(x.Has("Eulalia Ponce Brito", RelationshipType.SiblingOf, "Casimiro Ponce Brito"));
        Assert.True(x.Has("Casimiro Ponce Brito", RelationshipType.SiblingOf, "Hilario Ponce Brito"));
    }

    [Theory]
    [InlineData("en", "Rafael and Benito Quesada run the boatyard in Manta.")]
    [InlineData("es", "Rafael y Benito Quesada manejan el astillero de Manta.")]
    public void Two_given_names_before_one_surname_are_two_people_of_that_surname(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Rafael Quesada", names);
        Assert.Contains("Benito Quesada", names);
    }

    [Theory]
    [InlineData("es", "Osvaldo y Ramiro Arrieta son hermanos, según la fiscalía.")]
    [InlineData("en", "Osvaldo Arrieta and Ramiro Arrieta are brothers, prosecutors say.")]
    public void Two_people_said_to_be_brothers_are_siblings(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.True(x.Has("Osvaldo Arrieta", RelationshipType.SiblingOf, "Ramiro Arrieta"));
    }

    [Fact]
    public void A_younger_brother_named_after_a_pair_of_brothers_is_the_sibling_of_both()
    {
        var x = ExtractionHelper.Run("Osvaldo Arrieta runs the gang with his brother Ramiro.", "A younger brother, Elías Arrieta, drives the trucks.");
        Assert.True(x.Has("Osvaldo Arrieta", RelationshipType.SiblingOf, "Elías Arrieta"));
        Assert.True(x.Has("Ramiro Arrieta", RelationshipType.SiblingOf, "Elías Arrieta"));
    }

    [Fact]
    public void Brothers_named_together_share_the_surnames()
    {
        var x = ExtractionHelper.Run("Police said brothers Camilo and Andres Rendon Galeano ran the network from Cucuta.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Camilo Rendon Galeano", names);
        Assert.Contains("Andres Rendon Galeano", names);
    }

    [Theory]
    [InlineData("Agents detained the Varela Quiroz brothers — Anselmo, Teo and Bruno — at a farm near the border.")]
    [InlineData("Agents detained the three Varela Quiroz brothers — Anselmo, Teo and Bruno — at a farm near the border.")]
    public void A_family_name_before_brothers_is_the_surname_of_each_listed_first_name(string text)
    {
        var x = ExtractionHelper.Run(text);

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Equal(["Anselmo Varela Quiroz", "Bruno Varela Quiroz", "Teo Varela Quiroz"], names.Order());
        Assert.True(x.Has("Anselmo Varela Quiroz", RelationshipType.SiblingOf, "Bruno Varela Quiroz"));
        Assert.True(x.Has("Teo Varela Quiroz", RelationshipType.SiblingOf, "Bruno Varela Quiroz"));
        Assert.Contains("Teo", x.People().Named("Teo Varela Quiroz").Aliases);
    }

    [Fact]
    public void His_brothers_by_first_name_take_his_surname_and_are_his_siblings()
    {
        var x = ExtractionHelper.Run("Octavio Barcia was arrested in the port along with his brothers, Leandro and Quino.");

        Assert.True(x.Has("Octavio Barcia", RelationshipType.SiblingOf, "Leandro Barcia"));
        Assert.True(x.Has("Octavio Barcia", RelationshipType.SiblingOf, "Quino Barcia"));
        Assert.True(x.Has("Leandro Barcia", RelationshipType.SiblingOf, "Quino Barcia"));
    }

    [Fact]
    public void A_spanish_list_with_the_surnames_on_the_last_name_and_a_sister_named_later()
    {
        var x = ExtractionHelper.Run(
            "Los hermanos Iker, Saúl y Rubén Ordóñez Pozo fundaron la banda en 2004.",
            "Their sister, Paula Ordóñez Pozo, kept the accounts.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Iker Ordóñez Pozo", names);
        Assert.Contains("Saúl Ordóñez Pozo", names);
        Assert.DoesNotContain(names, n => n.Contains(" y ", StringComparison.Ordinal));
        Assert.True(x.Has("Iker Ordóñez Pozo", RelationshipType.SiblingOf, "Rubén Ordóñez Pozo"));
        Assert.True(x.Has("Saúl Ordóñez Pozo", RelationshipType.SiblingOf, "Paula Ordóñez Pozo"));
    }

    [Fact]
    public void A_listed_first_name_that_is_also_an_everyday_word_is_a_sibling_too()
    {
        var x = ExtractionHelper.Run("El clan lo dirigen los hermanos Ramón, Ever y Liz Benítez Ortega desde 2016.");

        Assert.True(x.Has("Ramón Benítez Ortega", RelationshipType.SiblingOf, "Ever Benítez Ortega"));
        Assert.True(x.Has("Ever Benítez Ortega", RelationshipType.SiblingOf, "Liz Benítez Ortega"));
    }

    [Fact]
    public void A_listed_first_name_that_is_also_a_country_in_spanish_takes_the_surname()
    {
        var x = ExtractionHelper.Run("The indictment names Julián, Mauricio and Esteban Cabrera Lugo as the leaders of Los Cabrera.");

        var names = x.People().Select(p => p.Name).ToList();
        Assert.Contains("Mauricio Cabrera Lugo", names);
        Assert.Contains("Julián Cabrera Lugo", names);
        Assert.DoesNotContain(x.Places(), p => p.Name == "Mauritius");
    }

    [Fact]
    public void Their_sister_with_no_list_before_is_nobody_s_sibling()
    {
        var x = ExtractionHelper.Run("Marcela Ibáñez Rojo ran the clinic. Their sister, Lucía Ibáñez Rojo, lived abroad.");

        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.SiblingOf);
    }

    [Fact]
    public void His_brothers_opening_a_sentence_are_the_brothers_of_the_person_named_before()
    {
        var x = ExtractionHelper.Run("Bruno Ruz Prado runs the port. His brothers, Dani and Yoel, handle the money.");

        Assert.True(x.Has("Bruno Ruz Prado", RelationshipType.SiblingOf, "Dani Ruz Prado"));
        Assert.True(x.Has("Yoel Ruz Prado", RelationshipType.SiblingOf, "Dani Ruz Prado"));
    }

    [Fact]
    public void A_surname_that_is_also_a_place_stays_in_the_list()
    {
        var x = ExtractionHelper.Run("El jefe es Tomás Ibarra Lodi. La policía detuvo a sus hermanos, Iván y Raúl Ibarra Lodi.");

        Assert.Equal(["Iván Ibarra Lodi", "Raúl Ibarra Lodi", "Tomás Ibarra Lodi"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Tomás Ibarra Lodi", RelationshipType.SiblingOf, "Iván Ibarra Lodi"));
    }

    [Fact]
    public void A_two_word_first_name_in_the_list_does_not_cut_the_surnames()
    {
        var x = ExtractionHelper.Run("Tomás Ruiz Díaz ran the port, helped by his brothers, Juan Carlos and Pedro Ruiz Díaz.");

        Assert.Equal(["Juan Carlos Ruiz Díaz", "Pedro Ruiz Díaz", "Tomás Ruiz Díaz"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Tomás Ruiz Díaz", RelationshipType.SiblingOf, "Juan Carlos Ruiz Díaz"));
        Assert.Contains("Juan Carlos", x.People().Named("Juan Carlos Ruiz Díaz").Aliases);
    }

    [Fact]
    public void A_two_word_first_name_last_in_a_list_after_the_family_name_takes_the_family_name()
    {
        var x = ExtractionHelper.Run("The gang was built by the Roig Lemus brothers — Álvaro, Ciro and Gil Evaristo — who had worked for the Norte Cartel.");

        Assert.Equal(["Álvaro Roig Lemus", "Ciro Roig Lemus", "Gil Evaristo Roig Lemus"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Gil Evaristo Roig Lemus", RelationshipType.MemberOf, "Norte Cartel"));
    }

    [Fact]
    public void A_spanish_list_with_first_names_of_one_and_two_words_takes_the_last_item_s_surnames()
    {
        var x = ExtractionHelper.Run("El fundador, Ramiro Oyarzo Paz, murió en 2001. Desde entonces dirigen la banda los hermanos Ramiro, Eloy Andrés y Justo Oyarzo Lind.");

        Assert.Equal(["Eloy Andrés Oyarzo Lind", "Justo Oyarzo Lind", "Ramiro Oyarzo Lind", "Ramiro Oyarzo Paz"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Ramiro Oyarzo Lind", RelationshipType.SiblingOf, "Eloy Andrés Oyarzo Lind"));
        Assert.False(x.Has("Ramiro Oyarzo Paz", RelationshipType.SiblingOf, "Justo Oyarzo Lind"));
    }

    [Fact]
    public void Brothers_listed_with_both_surnames_lend_both_when_the_text_gave_him_one()
    {
        var x = ExtractionHelper.Run("Mauro Villar ran the port for a decade, aided by his older brothers, Rubén Elías and Samuel Cuesta Villar.");

        Assert.Contains(x.People(), p => p.Name == "Rubén Elías Cuesta Villar");
        Assert.True(x.Has("Mauro Villar", RelationshipType.SiblingOf, "Samuel Cuesta Villar"));
    }

    [Fact]
    public void Spanish_sus_hermanos_after_a_person_are_that_person_s_siblings()
    {
        var x = ExtractionHelper.RunSpanish("La policía capturó a Olegario Paniagua, alias “el Zurdo”, en su finca. Sus hermanos Cipriano y Lázaro cuidaban los laboratorios.");

        Assert.True(x.Has("Olegario Paniagua", RelationshipType.SiblingOf, "Cipriano Paniagua"));
        Assert.True(x.Has("Olegario Paniagua", RelationshipType.SiblingOf, "Lázaro Paniagua"));
        Assert.True(x.Has("Cipriano Paniagua", RelationshipType.SiblingOf, "Lázaro Paniagua"));
    }

    [Fact]
    public void Brothers_of_a_nickname_in_the_possessive_are_the_siblings_of_its_holder()
    {
        var x = ExtractionHelper.Run("Police arrested Nestor Carmona, alias “Chato,” on Monday. Two of Chato's brothers, Rufino and Abel Carmona, work as his drivers.");

        Assert.True(x.Has("Nestor Carmona", RelationshipType.SiblingOf, "Rufino Carmona"));
        Assert.True(x.Has("Nestor Carmona", RelationshipType.SiblingOf, "Abel Carmona"));
    }

    [Fact]
    public void Spanish_brothers_with_the_surname_then_first_names_between_dashes()
    {
        var x = ExtractionHelper.RunSpanish("Según la fiscalía, los hermanos Ajuria —Leoncio, Fátima y Amanda— controlan el cruce del río.");

        Assert.Equal(["Amanda Ajuria", "Fátima Ajuria", "Leoncio Ajuria"], x.People().Select(p => p.Name).Order());
        Assert.True(x.Has("Leoncio Ajuria", RelationshipType.SiblingOf, "Amanda Ajuria"));
        Assert.Empty(x.Places());
    }

    [Fact]
    public void One_parent_s_children_are_siblings_of_each_other_not_of_the_parent()
    {
        var x = ExtractionHelper.Run("Benigno Roldán Paz built the routes. His three children, Juan, Marta and Luis Roldán Ferrer, now split them.");
        Assert.True(x.Has("Juan Roldán Ferrer", RelationshipType.SiblingOf, "Luis Roldán Ferrer"));
        Assert.True(x.Has("Marta Roldán Ferrer", RelationshipType.SiblingOf, "Juan Roldán Ferrer"));
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.SiblingOf && (r.Subject.Name == "Benigno Roldán Paz" || r.Object.Name == "Benigno Roldán Paz"));
    }

    [Fact]
    public void Her_brothers_after_a_pronoun_are_the_previous_subject_s()
    {
        var x = ExtractionHelper.Run("Yolanda Ferrín Paz took the reins after Marcial Tobón Ruiz's arrest. Today she shares them with her brothers, Dionisio and Anacleto Ferrín Paz.");
        Assert.True(x.Has("Yolanda Ferrín Paz", RelationshipType.SiblingOf, "Dionisio Ferrín Paz"));
        Assert.False(x.Has("Marcial Tobón Ruiz", RelationshipType.SiblingOf, "Dionisio Ferrín Paz"));
    }

    [Fact]
    public void A_given_name_that_is_also_a_towns_is_a_sister_in_a_list_of_sisters()
    {
        var x = ExtractionHelper.Run("Sus hermanas Dolores y Maribel Quiroga Peña administraban los hoteles de la familia en Cartagena.");

        Assert.True(x.Has("Dolores Quiroga Peña", RelationshipType.SiblingOf, "Maribel Quiroga Peña"));
        Assert.DoesNotContain(x.Places(), p => p.Name == "Dolores");
    }

    [Theory]
    [InlineData("en", "Police said the network's core includes Teodulo's brother Casimiro, alias \"Grillo,\" who runs the docks.", "Casimiro Ancona Brito")]
    [InlineData("en", "He built the network with his late brother Eudoro, a former customs officer.", "Eudoro Ancona Brito")]
    [InlineData("es", "Según la fiscalía, su difunto hermano Eudoro manejaba las lanchas del grupo.", "Eudoro Ancona Brito")]
    public void A_first_name_the_lexicon_does_not_know_after_a_possessive_brother_takes_the_siblings_surnames(string lang, string second, string sibling)
    {
        const string First = "Teodulo Ancona Brito founded Los Jejenes in 2012 in the port of Buenaventura.";
        const string FirstEs = "Teodulo Ancona Brito fundó Los Jejenes en 2012 en el puerto de Buenaventura.";
        var x = lang == "es" ? ExtractionHelper.RunSpanish(FirstEs, second) : ExtractionHelper.Run(First, second);

        Assert.True(x.Has("Teodulo Ancona Brito", RelationshipType.SiblingOf, sibling));
    }

    [Fact]
    public void Their_sister_after_a_named_brother_shares_the_surnames_too()
    {
        var x = ExtractionHelper.Run(
            "Teodulo Ancona Brito founded Los Jejenes in 2012 in the port of Buenaventura.",
            "The core includes his brother Casimiro, who runs the docks, and their sister Nidia, who keeps the books.");

        Assert.True(x.Has("Teodulo Ancona Brito", RelationshipType.SiblingOf, "Nidia Ancona Brito"));
        Assert.True(x.Has("Casimiro Ancona Brito", RelationshipType.SiblingOf, "Nidia Ancona Brito"));
    }

    [Theory]
    [InlineData("Rosalva da Cunha Matos")]
    [InlineData("Rosalva de la Cruz")]
    [InlineData("María da Cunha Matos")]
    public void A_sisters_name_that_goes_on_after_a_particle_is_not_cut_to_her_first_name(string sister)
    {
        var x = ExtractionHelper.Run(
            "Teodulo Ancona Brito founded Los Jejenes in 2012 in the port of Buenaventura.",
            $"There was no sign that Teodulo's sister, {sister}, a councillor, had any part in the gang.");

        var first = sister.Split(' ')[0] + " ";
        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith(first, StringComparison.Ordinal) && p.Name != sister);
    }

    [Theory]
    [InlineData("A ring from Limón run by the brothers Rafael Octavio and Benigno Quintal Arbeláez moved the drugs.", "Rafael Octavio Quintal Arbeláez", "Benigno Quintal Arbeláez")]
    [InlineData("The gang is headed by the brothers Rafael and Benigno Fulgencio Quintal Arbeláez, who took it over from an uncle.", "Rafael Quintal Arbeláez", "Benigno Fulgencio Quintal Arbeláez")]
    public void Brothers_listed_by_their_given_names_share_both_surnames_of_the_last(string sentence, string first, string second)
    {
        var x = ExtractionHelper.Run(sentence);
        Assert.Contains(x.People(), p => p.Name == first);
        Assert.Contains(x.People(), p => p.Name == second);
        Assert.True(x.Has(first, RelationshipType.SiblingOf, second));
    }

    [Fact]
    public void A_surname_of_two_words_stays_whole_under_the_two_surname_cap()
    {
        var x = ExtractionHelper.RunSpanish("Los hermanos Rafael y Benigno San Martín Arbeláez dirigen la red desde el puerto.");
        Assert.Contains(x.People(), p => p.Name == "Rafael San Martín Arbeláez");
        Assert.Contains(x.People(), p => p.Name == "Benigno San Martín Arbeláez");
    }

    // The surnames belong to the last name's mention as much as to the first: what follows the pair is said of both.
    [Theory]
    [InlineData("en", "Police detained Eladio and Abdón Saravia Lupiáñez, both members of Los Berrendos, in Choloma.")]
    [InlineData("es", "Cayeron los hermanos Eladio y Abdón Saravia Lupiáñez, ambos integrantes de Los Berrendos, en Choloma.")]
    public void What_follows_two_given_names_sharing_surnames_is_said_of_both(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);
        Assert.True(x.Has("Eladio Saravia Lupiáñez", RelationshipType.MemberOf, "Los Berrendos"));
        Assert.True(x.Has("Abdón Saravia Lupiáñez", RelationshipType.MemberOf, "Los Berrendos"));
    }

    // A list after a preposition of place whose shared tail opens with "de" lists towns, not brothers; known given names
    // before the same tail are brothers still.
    [Theory]
    [InlineData("The flights leave from strips near Oyapa, Tinco and Cayará del Lurén, police said on Monday.", "Tinco")]
    [InlineData("Near Oyapa, Tinco and Cayará del Lurén the flights leave at night.", "Oyapa")]
    public void Towns_listed_with_a_shared_tail_of_de_are_no_people(string text, string town) =>
        Assert.DoesNotContain(ExtractionHelper.Run(text).People(), p => p.Name.StartsWith(town, StringComparison.Ordinal));

    [Fact]
    public void Given_names_after_in_before_a_tail_of_de_still_share_it()
    {
        var x = ExtractionHelper.Run("The cartel placed its trust in Lisandro and Benito del Valle, two brothers from the port.");
        Assert.Contains(x.People(), p => p.Name == "Lisandro del Valle");
        Assert.Contains(x.People(), p => p.Name == "Benito del Valle");
    }

    [Fact]
    public void The_last_word_of_a_nickname_before_a_full_name_borrows_no_surname()
    {
        var x = ExtractionHelper.Run("The death of Wilmer Anselmo Pardo Quiroga, alias \"Lucho Bravío,\" stunned the rebels.",
            "In a video, Bravío and Ernesto Julián Sarmiento announced the new front.");

        Assert.DoesNotContain(x.People(), p => p.Name == "Bravío Sarmiento");
        Assert.Contains("Bravío", x.People().Named("Wilmer Anselmo Pardo Quiroga").Aliases);
        Assert.Contains(x.People(), p => p.Name == "Ernesto Julián Sarmiento");
    }
}
