namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>The shapes in which a text gives a person's nickname or a group's other name.</summary>
public class NicknameShapeTests
{
    [Theory]
    [InlineData("Police arrested Rosa Vela Ortiz, \"Chispa,\" who ran the gang's finances.", "Rosa Vela Ortiz", "Chispa")]
    [InlineData("Leadership passed to Argelio Ruiz Tapia, who had taken the nickname \"Halcón.\" Under Ruiz, Los Halcones grew.", "Argelio Ruiz Tapia", "Halcón")]
    [InlineData("The cell is run by Mateo Rincón Alba, the \"Cojo,\" who lost a leg in 2015.", "Mateo Rincón Alba", "Cojo")]
    [InlineData("Its leader is Julián Pardo, ‘Pipo’, a former soldier.", "Julián Pardo", "Pipo")]
    [InlineData("\"El Gallo\" Ramón Quispe, who founded the gang, died in 2019.", "Ramón Quispe", "El Gallo")]
    [InlineData("\"Don Beto,\" as Alberto Ruiz Paz is known in the port, controls the docks.", "Alberto Ruiz Paz", "Don Beto")]
    [InlineData("The gang is led by Hugo Lerma, whom locals know only as \"Flaco.\"", "Hugo Lerma", "Flaco")]
    [InlineData("Police also arrested Iván Soto, better known by his street name, \"Topo.\"", "Iván Soto", "Topo")]
    [InlineData("The network is run by Diego Cárdenas (“El Gato”), a former policeman.", "Diego Cárdenas", "El Gato")]
    [InlineData("His deputy is Omar Vidal, alias \"Lobo\" or simply \"Lobito.\"", "Omar Vidal", "Lobito")]
    [InlineData("The port is run by Ernesto Salas, who goes by the alias “Loro”.", "Ernesto Salas", "Loro")]
    [InlineData("The ring was run by Abel Ferro Duque, a retired pilot whom his crew called \"El Capitán.\"", "Abel Ferro Duque", "El Capitán")]
    [InlineData("Detuvieron a la esposa de Ciro Lamas Vera, a quien apodan “Zorro” y quien maneja la banda.", "Ciro Lamas Vera", "Zorro")]
    [InlineData("The crew's boss is Néstor Ugarte Paz, a 44-year-old Ecuadorian whose nickname is \"Tiza.\"", "Néstor Ugarte Paz", "Tiza")]
    [InlineData("La red la dirige Olga Peña Ríos, cuyo apodo es «la Profe», desde 2018.", "Olga Peña Ríos", "la Profe")]
    [InlineData("\"Pato\" — Joel Barrios Luna — is the founder of the crew.", "Joel Barrios Luna", "Pato")]
    [InlineData("The boats belong to Lucio Ferrer Gil, a fisherman whom half the people of the bay called \"Tiburón.\"", "Lucio Ferrer Gil", "Tiburón")]
    [InlineData("His partner, Gilda Moreno Sáez, better known by the nickname \"La Jefa,\" ran the stash houses.", "Gilda Moreno Sáez", "La Jefa")]
    [InlineData("The courier, Amaro Siqueira Neto, who goes by \"Pingo,\" was arrested in Manaus.", "Amaro Siqueira Neto", "Pingo")]
    [InlineData("Su lugarteniente, Lidia Cortés Vera, a quien en los barrios del puerto llaman “la Patrona”, cobra las cuotas.", "Lidia Cortés Vera", "la Patrona")]
    [InlineData("Detuvieron a Saúl Mejía Rivas, al que los policías de Cúcuta apodaron “el Conde”, en su finca.", "Saúl Mejía Rivas", "el Conde")]
    [InlineData("The network is run by Benigno Duarte Pino, whom farmers in the valley know as \"Padrino\" or simply \"the Old Man.\"", "Benigno Duarte Pino", "Old Man")]
    [InlineData("Prosecutors say Rufino Lagos Teo, who is known as \"Mudo\" on the street and \"el Cura\" in prison, ran the ring.", "Rufino Lagos Teo", "el Cura")]
    [InlineData("Anselmo Olmos cayó en Quito. En la cárcel, Olmos es conocido además como “el Notario”.", "Anselmo Olmos", "el Notario")]
    [InlineData("The cell is run by Fermín Ojeda Paz, a Darién native who is better known as \"Lagarto,\" police said.", "Fermín Ojeda Paz", "Lagarto")]
    [InlineData("The column answers to Celso Rivas Mora, whom his men call \"el Tío\" and whom the navy refers to by his nom de guerre, \"Bruno.\"", "Celso Rivas Mora", "Bruno")]
    [InlineData("La banda la dirige Alba Quintero Ruiz, a quien la gente del río conoce como “la Garza”.", "Alba Quintero Ruiz", "la Garza")]
    [InlineData("Agents detained Samuel Rojas Lind – \"El Mono\" to his gunmen, \"the Banker\" to prosecutors – in a raid.", "Samuel Rojas Lind", "Banker")]
    [InlineData("Octavio Prieto Sanz – \"Don Tavo\" to the cattle ranchers of Olancho – heads the family.", "Octavio Prieto Sanz", "Don Tavo")]
    [InlineData("Tras la detención de Ramiro Celis Duarte, el Chueco, en una finca, la banda se dividió.", "Ramiro Celis Duarte", "el Chueco")]
    [InlineData("The clan relies on Fabio Restrepo Gil, whom the dockworkers call \"el Compadre\" – the Godfather.", "Fabio Restrepo Gil", "Godfather")]
    [InlineData("En los expedientes de la fiscalía, Montes aparece como “the Chemist”. Ulises Montes Ríos dirige la red.", "Ulises Montes Ríos", "Chemist")]
    [InlineData("Detuvieron a Néstor Ibarra Toro, a quien llaman “Chiqui” y también el Gato, acusado de extorsión.", "Néstor Ibarra Toro", "Gato")]
    [InlineData("Fue detenido Rigo Paz Luna, alias “Tábano”, o Cojo, según le dicen en los caseríos.", "Rigo Paz Luna", "Cojo")]
    [InlineData("En Culiacán fue arrestado Genaro Lozano Ibarra (a) “El Búho”, señalado por la DEA.", "Genaro Lozano Ibarra", "El Búho")]
    [InlineData("La columna la dirige Fabio Rueda Lara, a quien todos identifican por su seudónimo guerrillero, “Mauricio”.", "Fabio Rueda Lara", "Mauricio")]
    [InlineData("The order was signed by Iván Toro Mesa, widely recognised by his nom de guerre \"Arauca,\" in 2019.", "Iván Toro Mesa", "Arauca")]
    [InlineData("The outfit answers to Aldo Cueto Mena, the late chief's grandson, whom fighters call \"Nieto.\"", "Aldo Cueto Mena", "Nieto")]
    [InlineData("His cousin, Bekim Hoxa, took over in 2015. Across Uruguay he goes only by \"Ahijado.\"", "Bekim Hoxa", "Ahijado")]
    [InlineData("Police arrested Wellington Souza, alias \"Varão\" -- Portuguese for \"Beanpole\" -- in Corumbá.", "Wellington Souza", "Beanpole")]
    [InlineData("Ovidio Lanza Pinto, known in the northern Chilean port city of Iquique as \"Cóndor,\" heads the ring.", "Ovidio Lanza Pinto", "Cóndor")]
    [InlineData("Police arrested Ovidio Lanza Pinto in Tacna. In Chile, he is known only as \"Sobrino\" (the Nephew).", "Ovidio Lanza Pinto", "Nephew")]
    [InlineData("Police arrested Ovidio Lanza Pinto in Tacna. Agents referred to him only as \"El Cartero,\" the Postman.", "Ovidio Lanza Pinto", "Postman")]
    [InlineData("Ovidio Lanza Pinto, alias \"Cóndor,\" heads the ring. Cóndor -- \"the Vulture\" in English -- rarely leaves Arica.", "Ovidio Lanza Pinto", "Vulture")]
    [InlineData("Ovidio Lanza Pinto, alias \"Pelé,\" heads the ring. After 2012, Pelé -- slang for \"the Kid\" -- moved north.", "Ovidio Lanza Pinto", "Kid")]
    [InlineData("Detuvieron a Ovidio Lanza Pinto, conocido como “Tuco” y también como el Pelado, en Tacna.", "Ovidio Lanza Pinto", "Pelado")]
    [InlineData("Ovidio Lanza Pinto es un contador de Lima. En el hampa se le conoce como el Notario, por sus papeles.", "Ovidio Lanza Pinto", "el Notario")]
    [InlineData("La fundó Ulises Paredes Tello, un antiguo comerciante de madera al que los policías de Iquitos apodaron “el Señor del Río”.", "Ulises Paredes Tello", "Señor del Río")]
    [InlineData("La policía detuvo a Kleiber Rangel Mora, el Chamo Grande, como lo conocen en los campamentos.", "Kleiber Rangel Mora", "Chamo Grande")]
    [InlineData("Police arrested Rogelio Benítez Corral, alias \"El Ingeniero\" – \"the Engineer\" to US prosecutors – a chemist.", "Rogelio Benítez Corral", "Engineer")]
    [InlineData("Wanderley Souza Prates, aka \"Rei dos Céus\" (King of the Skies), was detained in Beni.", "Wanderley Souza Prates", "King of the Skies")]
    [InlineData("The cartel's leader, Oswaldo Lira Pérez, whom his men call \"El Patrón\" and US prosecutors refer to as \"the Notary,\" took over in 2011.", "Oswaldo Lira Pérez", "Notary")]
    [InlineData("The front is led by Yeison Mena Cortés, a former FARC mid-level commander known as \"Culebra Negra\" or simply \"El Negro.\"", "Yeison Mena Cortés", "Culebra Negra")]
    [InlineData("Ángel Ruiz Pino, known on the street as \"Gordito\" and in police files as \"Ángel Gordo,\" leads the crew.", "Ángel Ruiz Pino", "Ángel Gordo")]
    [InlineData("Police said Minor Vargas, alias \"Pepe,\" now heads a rival crew in Limón.", "Minor Vargas", "Pepe")]
    [InlineData("El fundador es Byron Vélez Zambrano. El empresario Marcelo Zambrano también fue detenido. Zambrano, alias “Flaco”, negó los cargos.", "Marcelo Zambrano", "Flaco")]
    [InlineData("The clan is led by the brothers Ovidio and Teodoro Mamani Ccori. Ovidio Mamani Ccori is the elder. His brother Teodoro, alias \"Cholo Teo,\" runs the airstrips. Growers refer to him simply as \"Uncle Ovidio.\"", "Ovidio Mamani Ccori", "Uncle Ovidio")]
    [InlineData("Ovidio Mamani Ccori, alias \"Tío Ovidio,\" leads the clan. With his brother, Teodoro Mamani Ccori, alias \"Cholo Teo,\" he built the business. Growers refer to him simply as \"Uncle Ovidio.\"\n\nOvidio Mamani Factbox\n\nStatus: Detained", "Ovidio Mamani Ccori", "Uncle Ovidio")]
    [InlineData("The gang was founded in 2013 by Josué Lima Prates, alias \"Tiburão\" — \"Shark\" — and Ivo Nunes, alias \"Baixinho,\" two inmates in Manaus.", "Josué Lima Prates", "Shark")]
    [InlineData("Anselmo Ferreira Lugo, alias \"El Maestro,\" leads Los Mezcaleros. Ferreira Lugo taught school until 2012. Residents still call him \"Profe.\" His younger brother, Rutilio Ferreira Lugo, alias \"El Güero,\" commands the gunmen.", "Anselmo Ferreira Lugo", "Profe")]
    [InlineData("Fermín Lagos Cuevas —alias “El Cura”— fue capturado en Quito.", "Fermín Lagos Cuevas", "El Cura")]
    [InlineData("Conocido en el hampa como “el Tuerto”, Rigoberto Salas Mena dirigía la banda desde 2015.", "Rigoberto Salas Mena", "el Tuerto")]
    [InlineData("Ramiro Cortés Lima, \"El Gato\" to his friends, was arrested in Colón.", "Ramiro Cortés Lima", "El Gato")]
    [InlineData("La Fiscalía identificó al cabecilla como Jairo Pino Ruiz, alias el Mocho, de 41 años.", "Jairo Pino Ruiz", "el Mocho")]
    [InlineData("Capturaron a Wilson Ortiz Lara, quien se hace llamar “el Patrón”, en Tumaco.", "Wilson Ortiz Lara", "el Patrón")]
    [InlineData("Police named the suspect as Darío Mejía Toro, 35, whose street name is \"Bala.\"", "Darío Mejía Toro", "Bala")]
    [InlineData("Police arrested Ovidio Lanza Pinto in Tacna. He is known only as \"Sobrino\" in Chile.", "Ovidio Lanza Pinto", "Sobrino")]
    [InlineData("Ovidio Lanza Pinto es un contador de Lima. Se le conoce como el Notario, por sus papeles.", "Ovidio Lanza Pinto", "el Notario")]
    [InlineData("Police arrested Pedro Ruiz Soto, alias “Zorro”, in May. Zorro (The Fox) had fled twice.", "Pedro Ruiz Soto", "Fox")]
    // "known simply as"; a note on the picture or the stop of "Jr." between the name and its cue.
    [InlineData("The ring is run by Tancredo Urquijo Salas. Urquijo, a retired ferry captain who is known simply as \"Capellán,\" sets the prices.", "Tancredo Urquijo Salas", "Capellán")]
    [InlineData("The yard's books are kept by Wendel Okoro Prosper (second from left), known as \"Vicar,\" according to a ledger.", "Wendel Okoro Prosper", "Vicar")]
    [InlineData("Prosecutors describe Tancredo Urquijo Jr., known as \"Capellán,\" as the ring's accountant.", "Tancredo Urquijo Jr", "Capellán")]
    // A relative clause after the first nickname, a description maybe between, gives the same man a second one.
    [InlineData("Agents detained Teófanes Ocariz Sanjinés, alias \"Calamar,\" whom the fishermen of the cove also call \"el Timonel,\" on Friday.", "Teófanes Ocariz Sanjinés", "el Timonel")]
    [InlineData("Detuvieron a Belisario Viera Llanes, alias “Mico”, a quien sus pistoleros llaman “el Barbero”, en su casa.", "Belisario Viera Llanes", "el Barbero")]
    [InlineData("The books were kept by Hermes Quintal Lebrija, alias the \"Clerk,\" a former notary who studied in Lima and whom the couriers call \"El Tinterillo.\"", "Hermes Quintal Lebrija", "El Tinterillo")]
    // Where the nickname is used may be someone's ("known in Laval’s underworld as"); a translation set off by dashes may say where it is used.
    [InlineData("Ovidio Tavernier, known in Laval’s underworld as “Il Sarto” – the Tailor – runs the clan.", "Ovidio Tavernier", "Il Sarto")]
    [InlineData("Ovidio Tavernier, known in Laval’s underworld as “Il Sarto” – the Tailor – runs the clan.", "Ovidio Tavernier", "Tailor")]
    [InlineData("He is helped by his cousin Anselmo Quilcasa Lugo, alias \"El Notario\" — \"the Notary\" in US court filings — who keeps the books.", "Anselmo Quilcasa Lugo", "Notary")]
    [InlineData("Irma Quilcasa Ugarte, known in the organization as \"La Cajera\" -- the Cashier -- was detained on June 24.", "Irma Quilcasa Ugarte", "Cashier")]
    // The nickname again without its article: after "The" opening a sentence, after "del".
    [InlineData("Rolando Quilcasa Peña, alias \"El Ganadero,\" is a cattle rancher. The Ganadero paid the pilots.", "Rolando Quilcasa Peña", "Ganadero")]
    [InlineData("El bando lo encabeza Marcos Rondeau Ríos, alias “el Junior”. Zavala nunca aceptó la sucesión del Junior.", "Marcos Rondeau Ríos", "Junior")]
    // A second nickname after an aside between "and" and its "as".
    [InlineData("Prisco Sabogal Bermeo, known as \"El Manco\" and, inside the prison, as \"Pisco Santo,\" ran the gang for a decade.", "Prisco Sabogal Bermeo", "Pisco Santo")]
    [InlineData("Prisco Sabogal Bermeo, conocido como \"El Manco\" y, dentro de la cárcel, como \"Pisco Santo\", dirigió la banda.", "Prisco Sabogal Bermeo", "Pisco Santo")]
    public void A_nickname_given_in_this_shape_is_the_persons(string sentence, string person, string nickname)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Theory]
    // The relative clause after a description that names someone else, or "a la que" (a woman, a thing), is not his.
    [InlineData("Police arrested Belisario Viera Llanes, alias \"Mico,\" the son of a shopkeeper, whom her customers call \"the Matrona.\"", "Matrona")]
    [InlineData("Detuvieron a Belisario Viera Llanes, alias “Mico”, el dueño de una finca, a la que los vecinos llaman “La Candelilla”.", "La Candelilla")]
    public void A_relative_clause_about_someone_in_the_description_gives_him_no_nickname(string sentence, string nickname)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.DoesNotContain(x.People().Named("Belisario Viera Llanes").Aliases, a => a.Contains(nickname.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Los Colibríes, or the Hummingbirds, sell drugs in Asunción.", "Los Colibríes", "Hummingbirds")]
    [InlineData("Los Pumas, or \"the Cougars,\" emerged in 2015.", "Los Pumas", "Cougars")]
    [InlineData("Los Grillos, whose name means \"the Crickets,\" control the port.", "Los Grillos", "Crickets")]
    [InlineData("Los Zancudos, al que las agencias estadounidenses llaman Mosquito Cartel, opera en el norte.", "Los Zancudos", "Mosquito Cartel")]
    [InlineData("Los Halcones, cuyo nombre oficial es Frente Armado del Sur, operan en Nariño.", "Los Halcones", "Frente Armado del Sur")]
    [InlineData("Los Bagres, conocidos hasta 2017 como la Banda del Estero, cobran extorsiones en Guayaquil.", "Los Bagres", "Banda del Estero")]
    [InlineData("La Hermandad del Valle, conocida del lado peruano como la Cofradía del Valle, mueve oro por Puno.", "Hermandad del Valle", "Cofradía del Valle")]
    [InlineData("Los Tordos, que hasta 2018 se conocía como La Banda del Muelle, controla el puerto.", "Los Tordos", "Banda del Muelle")]
    [InlineData("Los Piratas del Río, a los que la prensa en inglés llama River Pirates, se disputan el contrabando.", "Los Piratas del Río", "River Pirates")]
    [InlineData("Police clashed with Los Tordos, a gang known to police on both sides of the river as \"Los Pardos,\" on Monday.", "Los Tordos", "Los Pardos")]
    [InlineData("The port is disputed by the Comando Vermelho (Red Command) and local crews. The Red Command lost ground.", "Comando Vermelho", "Red Command")]
    [InlineData("The Linaza gang fights Los Lobos. The campaign of the Wolves, as the press calls them, has advanced.", "Los Lobos", "Wolves")]
    [InlineData("El Cartel del Altiplano, o Highland Cartel como lo llaman en EE.UU., domina la frontera.", "Cartel del Altiplano", "Highland Cartel")]
    [InlineData("El Clan del Páramo, que sus fundadores rebautizaron en 2020 como Frente Andino Libre, opera en Boyacá.", "Clan del Páramo", "Frente Andino Libre")]
    [InlineData("Los Cuervos, which prosecutors also refer to as \"the Black Line,\" run a second route.", "Los Cuervos", "Black Line")]
    [InlineData("La droga llegaba al Tren del Río, una banda a la que hasta 2018 todos llamaban Los Ribereños, en Iquitos.", "Tren del Río", "Los Ribereños")]
    [InlineData("The Frente Minero Unido – United Mining Front in English – taxes the dredges of the upper river.", "Frente Minero Unido", "United Mining Front")]
    [InlineData("Los Barqueros – the Boatmen – charge a toll on every canoe that crosses to Leticia.", "Los Barqueros", "Boatmen")]
    public void A_groups_other_name_given_in_this_shape_is_the_groups(string sentence, string group, string other)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Contains(other, x.Groups().Named(group).Aliases);
    }

    [Theory]
    [InlineData("The Comando Ribeiro controls the prisons of the north.", "The Ribeiros recruit inmates in three states.", "Comando Ribeiro", "Ribeiros")]
    [InlineData("The Ramírez organization moves cocaine through the port.", "The Ramírezes deny it.", "Ramírez organization", "Ramírezes")]
    [InlineData("The Compañía Lacustre was created by two former boat pilots in 2014.", "Since then the Lacustres have taxed every ferry on the lake.", "Compañía Lacustre", "Lacustres")]
    [InlineData("El Comando Feroz cobra cuotas a los transportistas de Salta.", "Los Feroces niegan los cargos.", "Comando Feroz", "Los Feroces")]
    [InlineData("The Arriaga Solís clan received shipments in the port.", "Rivals have fought the Arriaga family since 2015.", "Arriaga Solís clan", "Arriaga family")]
    [InlineData("The Arriaga Solís clan received shipments in the port.", "The Arriagas were long-time allies of the navy's enemies.", "Arriaga Solís clan", "Arriagas")]
    [InlineData("Los Mendieta control the docks of the port.", "Rivals have fought the Mendieta family since 2015.", "Mendieta family", "Mendieta")]
    [InlineData("The gang broke away from the São Paulo-based Irmandade Paulista in 2015.", "Members of the Irmandade call one another brothers.", "Irmandade Paulista", "Irmandade")]
    [InlineData("El frente es una de las facciones de la Coordinadora Guerrillera del Suroccidente.", "La Coordinadora negocia con el MAC.", "Coordinadora Guerrillera del Suroccidente", "Coordinadora")]
    public void A_plural_of_a_groups_name_is_the_same_group(string first, string second, string group, string plural)
    {
        var x = ExtractionHelper.Run(first, second);

        Assert.Contains(plural, Assert.Single(x.Groups()).Aliases);
        Assert.Equal(group, x.Groups()[0].Name);
    }

    [Theory]
    [InlineData("In the bus terminal of Oruro, a crew of teenagers who call themselves the Bajo Cóndores has pushed out the old sellers.", "Bajo Cóndores")]
    [InlineData("En el mercado de Tarija opera una pandilla de menores que se hace llamar Los Grillos Verdes.", "Los Grillos Verdes")]
    public void A_name_an_outfit_calls_itself_is_a_group_and_the_town_before_it_a_place(string sentence, string group)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.Equal(group, Assert.Single(x.Groups()).Name);
        Assert.DoesNotContain(x.Groups(), g => g.Name is "Oruro" or "Tarija");
    }

    [Theory]
    [InlineData("es", "En el penal conviven dos corrientes: la Vieja Guardia, liderada por Omar Tapia, y los Leales.", "Vieja Guardia")]
    [InlineData("en", "Shipyard thefts in Guayaquil are the business of the Grupo Astillero, run by Kléber Mina.", "Grupo Astillero")]
    public void A_name_after_a_lower_case_article_that_someone_leads_is_a_group(string lang, string sentence, string group)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(sentence) : ExtractionHelper.Run(sentence);

        Assert.Contains(x.Groups(), g => g.Name == group);
    }

    [Theory]
    [InlineData("en", "Los Zorzales – the Navy says – lost three boats in May.")]
    [InlineData("en", "Los Zorzales – the Gulf Cartel's old enforcers – took over the port.")]
    [InlineData("es", "La Banda Blanca controla el mercado de Chilpancingo. Los Blancos, sus rivales de siempre, dominan Chilapa.")]
    public void An_aside_or_a_plural_of_the_other_gender_is_no_other_name(string lang, string text)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);

        var first = x.Groups().Single(g => g.Name is "Los Zorzales" or "Banda Blanca");
        Assert.DoesNotContain(first.Aliases, a => a is "Navy" or "Gulf Cartel" or "Los Blancos");
    }

    [Theory]
    [InlineData("El Ejército golpeó a la guerrilla con la Operación Orión, dirigida por el general Mario Montoya en 2002.")]
    [InlineData("The detainees call themselves Christians, the pastor said.")]
    public void A_plan_someone_leads_or_a_name_people_call_themselves_is_no_group(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Name is "Operación Orión" or "Christians");
    }

    [Fact]
    public void A_name_the_group_in_focus_renames_itself_to_is_the_group_the_text_led_with()
    {
        var x = ExtractionHelper.Run("Tomás Yupanqui leads Los Alfareros, a gang that taxes the brick kilns of Cusco.",
            "The gang, which called itself the Kiln Guard (Guardia del Horno) at first, renamed itself Los Alfareros in 2017.",
            "Los Alfareros have been allied with the Frente Sur since 2019.");

        var gang = Assert.Single(x.Groups(), g => g.Name == "Los Alfareros");
        Assert.Contains("Kiln Guard", gang.Aliases);
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Kiln Guard");
    }

    [Fact]
    public void A_nickname_with_its_article_in_running_text_is_an_alias_as_written()
    {
        var x = ExtractionHelper.Run("Fermín Ríos Soto, alias «Chueco», dirige la banda desde 2015.",
            "Tras la muerte de Peña, el Chueco quedó al frente de Los Tordos.");

        var person = x.People().Named("Fermín Ríos Soto");
        Assert.Contains("Chueco", person.Aliases);
        Assert.Contains("el Chueco", person.Aliases);
    }

    [Fact]
    public void A_list_going_on_after_a_known_as_aside_names_another_group()
    {
        var x = ExtractionHelper.Run("Ambas organizaciones tienen enemigos comunes: el Frente Popular Agrario (FPA), conocido como Los Linces, y los Cóndores, que intentan entrar desde el sur.");

        Assert.Contains("Los Linces", x.Groups().Named("Frente Popular Agrario").Aliases);
        Assert.DoesNotContain("Cóndores", x.Groups().Named("Frente Popular Agrario").Aliases);
        Assert.Equal(2, x.Groups().Count);
    }

    [Fact]
    public void A_first_name_never_becomes_a_siblings_surname()
    {
        var x = ExtractionHelper.Run("Police arrested Julio Benítez on Monday. His brother Mario runs the finances.",
            "His sisters, Ana and Rosa, run the business in the port.");

        Assert.DoesNotContain(x.People(), p => p.Name.EndsWith(" Mario", StringComparison.Ordinal));
        Assert.Contains(x.People(), p => p.Aliases.Contains("Rosa"));
        Assert.Contains(x.People(), p => p.Aliases.Contains("Mario"));
    }

    [Fact]
    public void A_name_the_group_called_itself_is_the_groups_and_no_second_group()
    {
        var x = ExtractionHelper.Run("The Delta Cartel, which called itself Los Ribereños until 2015, moves cocaine through Guayaquil.");

        Assert.Contains("Los Ribereños", x.Groups().Named("Delta Cartel").Aliases);
        Assert.Single(x.Groups());
    }

    [Theory]
    [InlineData("Police arrested Tadeo Luna Farías in Lima. US prosecutors know him as \"Tucán.\"", "Tadeo Luna Farías", "Tucán")]
    [InlineData("La policía capturó a Tadeo Luna Farías en Lima. Los fiscales lo conocen como «el Tucán».", "Tadeo Luna Farías", "Tucán")]
    [InlineData("La policía capturó a Tadeo Luna Farías en Lima. Las agencias estadounidenses identifican a Luna Farías en sus expedientes como “The Pilot”.", "Tadeo Luna Farías", "Pilot")]
    [InlineData("Tadeo Luna Farías dirige la red desde 2015. Nació en Cúcuta. En los archivos de la DEA aparece como “The Pilot”.", "Tadeo Luna Farías", "Pilot")]
    [InlineData("En los informes de la DEA, Luna aparece como “the Pilot”. Tadeo Luna Farías dirige la red desde 2015.", "Tadeo Luna Farías", "Pilot")]
    public void A_nickname_given_to_a_pronoun_is_the_person_last_named(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
        Assert.Single(x.People());
    }

    [Theory]
    [InlineData("Tras la captura de Ramiro Celis Duarte, el Alcalde, la banda se dividió.")]
    [InlineData("Agents met Daniel Soto Vera, la Policía de Cali said on Monday.")]
    public void A_title_or_institution_after_a_name_is_no_nickname(string sentence)
    {
        var x = ExtractionHelper.Run(sentence);

        Assert.DoesNotContain(x.People(), p => p.Aliases.Contains("el Alcalde") || p.Aliases.Contains("la Policía"));
    }

    [Theory]
    [InlineData("Los Jaguares control the border at Arauca. Before 2016 these same fighters went by Los Tigrillos, police say.", "Los Jaguares", "Los Tigrillos")]
    [InlineData("Las Autodefensas del Sinú dominan la zona. Antes de 2013 se hacía llamar Autodefensas del Caño (ADC).", "Las Autodefensas del Sinú", "ADC")]
    [InlineData("Los Zamuros run the river trade. In 2019 it renamed itself the Southern Patriotic Army (Ejército Patriótico del Sur – EPS).", "Los Zamuros", "EPS")]
    [InlineData("Los Frentes operan en Mocoa. En sus comienzos se presentaba como “La Firma”.", "Los Frentes", "La Firma")]
    [InlineData("Los Zorros dominate Olancho. The offensive of the Foxes, as English-language media sometimes call Los Zorros, began in May.", "Los Zorros", "Foxes")]
    [InlineData("La Cofradía del Estero controla el puerto de Manta. La CDE también mueve lanchas a Galápagos.", "Cofradía del Estero", "CDE")]
    [InlineData("Police detained the head of the Lozano Pardo clan in Copán. The Lozano Pardos have moved cocaine for a decade.", "Lozano Pardo clan", "Lozano Pardos")]
    [InlineData("The Comando Verde controls the jungle routes. Analysts say the Green Command has grown since 2020.", "Comando Verde", "Green Command")]
    [InlineData("The Comando Rojo controls the jungle routes. Analysts say the Red Command has grown since 2020.", "Comando Rojo", "Red Command")]
    [InlineData("The Cartel of the Hills moves cocaine through Tumaco. En Nariño, el Cártel de las Lomas cobra extorsiones.", "Cartel of the Hills", "Cártel de las Lomas")]
    [InlineData("La Hermandad Norteña (the Northern Brotherhood) controls Reynosa. Since May, police and La Hermandad have clashed in the city.", "Hermandad Norteña", "Hermandad")]
    [InlineData("Should La Hermandad Norteña reach terms with the army, the violence would end. La Hermandad Norteña denies it.", "Hermandad Norteña", "La Hermandad Norteña")]
    [InlineData("The Rua 5 crew, which Spanish speakers know as Pandilla Calle Cinco, ships cocaine from Santos.", "Rua 5", "Pandilla Calle Cinco")]
    [InlineData("Los Tiburones del Pacífico mueven cocaína por la costa. En los barrios donde tienen su base, los llaman simplemente \"Mantas\".", "Los Tiburones del Pacífico", "Mantas")]
    // The English a text gives a group's name: "which U.S. indictments translate as", "que la prensa traduce como".
    [InlineData("Ramiro Peña founded La Cosecha, which U.S. indictments translate as \"the Harvest,\" in 2006.", "La Cosecha", "Harvest")]
    [InlineData("La banda La Cosecha, que la prensa estadounidense traduce como “the Harvest”, opera en Reynosa.", "La Cosecha", "Harvest")]
    [InlineData("The Lagoa gang, also known as Os Lagoeiros, sells crack in the north.", "Lagoa", "Os Lagoeiros")]
    public void Another_name_the_text_gives_a_group_joins_it(string text, string group, string other)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(other, x.Groups().Named(group).Aliases);
        Assert.Single(x.Groups());
    }

    [Fact]
    public void Names_whose_words_translate_differently_stay_two_groups()
    {
        var x = ExtractionHelper.Run("El Frente Norte y el Frente Sur pelean por Cúcuta. The Southern Front is larger.");

        Assert.Equal(2, x.Groups().Count);
        Assert.Contains("Southern Front", x.Groups().Named("Frente Sur").Aliases);
    }

    [Fact]
    public void A_nickname_with_its_article_names_no_second_person()
    {
        var x = ExtractionHelper.Run("Ibarra, a quien la prensa apodaba “el Rey del Cobre”, fundó la banda. Ramón Ibarra Soto cayó en 2020.");

        Assert.Contains("Rey del Cobre", x.People().Named("Ramón Ibarra Soto").Aliases);
        Assert.DoesNotContain(x.People(), p => p.Name == "Rey del Cobre");
    }

    [Theory]
    [InlineData("Pedro Ruiz Soto fue detenido en mayo. La banda que dirige, que se hace llamar “la Empresa”, opera en Olancho.", "la Empresa")]
    [InlineData("Police questioned Pedro Ruiz Soto, a witness whose name is Carlos Díaz Mena, in May.", "Carlos Díaz Mena")]
    public void A_name_that_is_not_the_persons_nickname_stays_off_his_aliases(string text, string other)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(other, x.People().Named("Pedro Ruiz Soto").Aliases);
    }

    [Theory]
    [InlineData("Police arrested Leoncio Duque Salas, alias \"El Doc\" (abreviatura de \"El Doctor\"), in Quito.", "Leoncio Duque Salas", "El Doctor")]
    [InlineData("La policía detuvo a Ramiro Vidal, alias \"Flaco\" (diminutivo de \"El Flacucho\"), en Tegucigalpa.", "Ramiro Vidal", "El Flacucho")]
    public void The_long_form_a_parenthesis_gives_for_a_nickname_joins_it(string text, string person, string longForm)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(longForm, x.People().Named(person).Aliases);
    }

    [Theory]
    [InlineData("Army troops clashed with the Highland Farmer's Militia (Milicia Campesina del Altiplano - MCA), a small rebel force in Cauca.", "Highland Farmer's Militia", "MCA")]
    [InlineData("The Gulf Clan signed a pact with the Southern People's Army (Ejército Popular del Sur), a guerrilla splinter in Nariño.", "Southern People's Army", "Ejército Popular del Sur")]
    public void A_possessive_inside_a_groups_name_stays_in_the_name(string text, string english, string other)
    {
        var x = ExtractionHelper.Run(text);

        var group = Assert.Single(x.Groups(), g => g.Aliases.Contains(other));
        Assert.Contains(english, group.Aliases);
        Assert.DoesNotContain(x.Groups(), g => g.Name is "Highland Farmer" or "Southern People" or "Militia" or "Army");
    }

    [Fact]
    public void An_owner_named_before_a_groups_name_is_no_part_of_it()
    {
        var x = ExtractionHelper.Run("The army fought Colombia's National Liberation Army (Ejército de Liberación Nacional - ELN) in Arauca.");

        Assert.Contains("National Liberation Army", x.Groups().Single(g => g.Aliases.Contains("ELN")).Aliases);
        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Any(a => a.StartsWith("Colombia", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_spanish_milicia_is_a_group()
    {
        var x = ExtractionHelper.RunSpanish("La Milicia Campesina del Altiplano cobra a los cocaleros de Cauca.");

        Assert.Contains(x.Groups(), g => g.Name == "Milicia Campesina del Altiplano");
        Assert.Empty(x.People());
    }

    [Theory]
    [InlineData("In a video, a commander calling himself \"Cuchilla\" said his men were leaving the front. Army intelligence identifies Cuchilla as Jhon Fredy Salamanca Ortiz, a former bodyguard.", "Jhon Fredy Salamanca Ortiz", "Cuchilla")]
    [InlineData("The group went by the name of its boss: the Banda del Pran Tito. The pran is the inmate who rules a prison; Tito is José Alberto Mendible Rojas, a former car thief.", "José Alberto Mendible Rojas", "Tito")]
    [InlineData("Un comandante que se hace llamar \"Garfio\" anunció la ruptura. Los analistas creen que Garfio es Ulises Pardo Ledesma, un exinstructor.", "Ulises Pardo Ledesma", "Garfio")]
    public void A_nickname_used_before_the_text_says_whose_it_is_joins_that_person(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Fact]
    public void The_given_name_a_pet_name_comes_from_is_no_alias()
    {
        var x = ExtractionHelper.Run("Police arrested Ramiro Vidal, alias \"Chepe\" (short for \"José\"), in Tegucigalpa. Prosecutors say José founded Los Cachiros.");

        Assert.DoesNotContain("José", x.People().Named("Ramiro Vidal").Aliases);
    }

    [Theory]
    [InlineData("In a video, a commander calling himself \"Cuchilla\" spoke. Army intelligence says Cuchilla was Jhon Fredy Salamanca Ortiz's bodyguard.", "Jhon Fredy Salamanca Ortiz", "Cuchilla")]
    [InlineData("The group went by the name of its boss: the Banda del Pran Tito. Police say Tito is José Alberto Mendible Rojas's cousin.", "José Alberto Mendible Rojas", "Tito")]
    public void A_nickname_said_to_be_a_relative_or_a_bodyguard_of_someone_is_not_theirs(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(nickname, x.People().Named(person).Aliases);
    }

    [Theory]
    [InlineData("The killing was ordered by a rival of Joaquín Guzmán Loera, alias \"El Chapo\", in 2009.", "Joaquín Guzmán Loera", "El Chapo")]
    [InlineData("La policía capturó a un socio de Wilmer Ortega Cuesta, alias \"el Tigre\", en Cúcuta.", "Wilmer Ortega Cuesta", "el Tigre")]
    public void A_persons_alias_after_a_rival_of_them_stays_theirs(string text, string person, string nickname)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(nickname, x.People().Named(person).Aliases);
    }

    [Theory]
    [InlineData("Police say the shipment left through Posorja, known as \"La Puerta,\" a fishing town.", "Posorja")]
    [InlineData("The gang's supplier, Odebrecht, known as \"the Company,\" paid bribes.", "Odebrecht")]
    public void A_lone_word_that_is_no_first_name_is_no_person_for_its_nickname(string text, string word)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.People(), p => p.Name == word);
    }

    [Fact]
    public void A_word_said_to_be_someone_is_no_nickname_unless_the_text_used_it_before()
    {
        var x = ExtractionHelper.Run("Police seized a boat in Tumaco on Monday. Its owner, they say, is Ramiro Vidal Soto. Prosecutors believe Chalo is Ramiro Vidal Soto.");

        Assert.DoesNotContain("Chalo", x.People().Named("Ramiro Vidal Soto").Aliases);
    }

    [Fact]
    public void A_lone_first_name_with_a_quoted_nickname_is_a_person()
    {
        var x = ExtractionHelper.Run("The younger Ramón handles the buyers, while Hugo, known as \"El Toro,\" manages the airstrips. Ramón Benítez Ayala leads the clan.");

        Assert.Contains("El Toro", x.People().Named("Hugo").Aliases);
        Assert.DoesNotContain(x.Places(), p => p.Name == "Toro");
    }

    [Fact]
    public void A_numbered_nickname_with_its_article_joins_the_person()
    {
        var x = ExtractionHelper.RunSpanish("Su jefe de sicarios es Wilmer Ortega Cuesta, alias \"el 500\", según la Fiscalía.");

        Assert.Contains("el 500", x.People().Named("Wilmer Ortega Cuesta").Aliases);
    }

    [Fact]
    public void A_quoted_nickname_with_a_lower_case_article_inside_a_name_is_the_persons()
    {
        var x = ExtractionHelper.RunSpanish("La banda fue fundada en 1998 por Anselmo \"el Zorro\" Barragán en Apatzingán. El Zorro dirigió el grupo hasta 2010.");

        var person = x.People().Named("Anselmo Barragán");
        Assert.Contains("el Zorro", person.Aliases);
        Assert.Single(x.People());
    }

    [Theory]
    [InlineData("Police said José de Jesús Méndez (La Familia Michoacana) was arrested in Aguascalientes. La Familia Michoacana denied it.", "José de Jesús Méndez")]
    [InlineData("Police said Luiz Fernando da Costa (Comando Vermelho) was moved to another prison. The Comando Vermelho protested.", "Luiz Fernando da Costa")]
    public void A_members_name_before_his_groups_name_in_parentheses_is_no_name_of_the_group(string text, string person)
    {
        var x = ExtractionHelper.Run(text);

        Assert.DoesNotContain(x.Groups(), g => g.Aliases.Contains(person));
    }

    [Fact]
    public void An_english_name_glossed_by_a_groups_spanish_name_is_the_same_group()
    {
        var x = ExtractionHelper.Run("The Sons of the Valley (Hijos del Valle) control the port of Buenaventura. Police say the Hijos del Valle split in 2021.");

        var group = Assert.Single(x.Groups());
        Assert.Contains("Sons of the Valley", group.Aliases);
    }

    [Fact]
    public void A_nickname_the_people_of_a_place_give_is_the_persons_however_long_the_clause_before_it()
    {
        var x = ExtractionHelper.RunSpanish("Anselmo Pirir Tzul, al que en las aldeas del altiplano de Sololá todos conocen como \"el Maestro\", controla el paso de amapola.");

        Assert.Contains(x.People().Single(p => p.Name == "Anselmo Pirir Tzul").Aliases, a => a.EndsWith("Maestro", StringComparison.Ordinal));
    }
}
