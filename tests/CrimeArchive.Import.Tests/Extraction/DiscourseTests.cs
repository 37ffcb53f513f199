using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Relations whose argument is not named where the relation is stated: a description
/// ("the clan", "la banda") answering to the group of its kind, a pronoun or possessive, a
/// description given its name by a naming phrase or an apposition, a group left implicit
/// (a Spanish verb with no subject, a fronted "en la organización"); and the verbs and nouns
/// those relations come with (backing, answering to, command passing, posts held, time spent).
/// "|" splits paragraphs.</summary>
public class DiscourseTests
{
    [Theory]
    [InlineData("en", "The Frente Tomás Varela, a splinter faction of the disbanded Ejército Popular Serrano (EPS), claimed the attack.|Its chief, Baltasar Quiroga Vidal, took over the front when its founder was shot.", "Baltasar Quiroga Vidal", RelationshipType.LeaderOf, "Frente Tomás Varela")]
    [InlineData("en", "Police say the PLM's main partner in the valley is the Arriaga clan. The clan is run by the brothers Tito and Leo Arriaga Mena, who also buy rifles for the PLM.", "Tito Arriaga Mena", RelationshipType.LeaderOf, "Arriaga clan")]
    [InlineData("en", "Police blame the Berrío family for the killings.|The clan, known along the coast as “Los Berrío,” is led by Ciro Berrío Salas, a former fisherman.", "Ciro Berrío Salas", RelationshipType.LeaderOf, "Berrío family")]
    [InlineData("en", "The Valle Cartel's great enemy is the Tejones, a gang from the port.", "Valle Cartel", RelationshipType.RivalOf, "Tejones")]
    [InlineData("en", "Iñigo Salcedo Mora has run the Gavilanes ever since creating the crew in 2010.", "Iñigo Salcedo Mora", RelationshipType.Founded, "Gavilanes")]
    [InlineData("es", "Fue capturado junto a Olegario Paniagua Ríos, alias \"el Zurdo\". Sus hermanos Cipriano y Lázaro cuidaban los laboratorios de la finca.", "Olegario Paniagua Ríos", RelationshipType.SiblingOf, "Cipriano Paniagua Ríos")]
    [InlineData("es", "Los Tejones controlan el mercado de Puerto Salinas. Evelio Naranjo Ruiz, a quien la fiscalía considera lugarteniente de la banda, huyó en marzo.", "Evelio Naranjo Ruiz", RelationshipType.MemberOf, "Los Tejones")]
    [InlineData("es", "El Ejército Popular Serrano (EPS) opera en la sierra desde 1990. Samuel Roca Díaz, conocido como \"el Tigre\", máximo comandante de esa guerrilla desde 2015, murió en un bombardeo.", "Samuel Roca Díaz", RelationshipType.LeaderOf, "El Ejército Popular Serrano")]
    [InlineData("es", "La Columna Móvil Tobías Riera opera en las montañas del sur. La columna, comandada por Efrén Solano Ruiz, alias “Piojo”, vigila los pasos.", "Efrén Solano Ruiz", RelationshipType.LeaderOf, "Columna Móvil Tobías Riera")]
    [InlineData("en", "The Harbour Ring moves cocaine from the docks. Police say Efrén Solano Ruiz heads the ring.", "Efrén Solano Ruiz", RelationshipType.LeaderOf, "Harbour Ring")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. For years it has worked alongside the Urquiza clan on the coast.", "Valle Cartel", RelationshipType.AllyOf, "Urquiza clan")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its gunmen are locked in a fight with Los Grillos.", "Valle Cartel", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its commander, known only as \"Chispa,\" was seen at the border.", "Chispa", RelationshipType.LeaderOf, "Valle Cartel")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its armed wing, known as the Escuadra Negra, carried out the attack.", "Escuadra Negra", RelationshipType.MemberOf, "Valle Cartel")]
    [InlineData("en", "The indictment describes Arteaga Paz as a lieutenant of the Gavilanes.", "Arteaga Paz", RelationshipType.MemberOf, "Gavilanes")]
    [InlineData("en", "Los Cuervos lost the port. Police arrested Nilo Vidal Cano, whom prosecutors consider the gang's treasurer.", "Nilo Vidal Cano", RelationshipType.MemberOf, "Los Cuervos")]
    // A trade plied for the group: "the clan's forger", "los falsificadores de la banda".
    [InlineData("en", "The Serrat clan moves cocaine through the bay. One more suspect, Ilario Fermín Lagos, was described by prosecutors as the clan's main forger.", "Ilario Fermín Lagos", RelationshipType.MemberOf, "Serrat clan")]
    [InlineData("es", "Los Tejones controlan el puerto. Evelio Naranjo Ruiz es el falsificador de la banda desde 2016.", "Evelio Naranjo Ruiz", RelationshipType.MemberOf, "Los Tejones")]
    [InlineData("es", "El puerto vive una guerra desde 2019.|La banda, que en los expedientes aparece como Los Tejones, es dirigida desde la cárcel por Evelio Naranjo Ruiz.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Los Cuervos control the market in Puerto Salinas. Police arrested Fermín Ortega Lugo, a former gunman for the gang, on Monday.", "Fermín Ortega Lugo", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("es", "Los Tejones nacieron en 2005. Tras la captura de su fundador, la red quedó encabezada por Evelio Naranjo Ruiz, alias \"el Tejón\".", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "El Frente Sur opera en el río. El frente está bajo el mando de Evelio Naranjo Ruiz, un excomandante.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Frente Sur")]
    [InlineData("es", "En la sierra, Los Tejones cuentan con el respaldo del clan Iturbe, que les presta camionetas.", "Los Tejones", RelationshipType.AllyOf, "clan Iturbe")]
    [InlineData("es", "Los Tejones dominan el norte y Los Grillos el sur. Ambas bandas se disputan desde 2019 los embarcaderos.", "Los Tejones", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "Del otro lado están Los Tejones, la red que comanda Irene Salvatierra Mas, \"la Chata\", desde 2018.", "Irene Salvatierra Mas", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Day to day, the network answers to Eliseo Grajales Pino, alias \"Tiza.\"", "Eliseo Grajales Pino", RelationshipType.LeaderOf, "Valle Cartel")]
    [InlineData("es", "Anselmo Rubio Toledo, alias \"el Relojero\", es el fundador y jefe de Los Barqueros.", "Anselmo Rubio Toledo", RelationshipType.Founded, "Los Barqueros")]
    [InlineData("es", "Según la fiscalía, Ulises Ulloa Peña comandaba desde 2015 la banda conocida como Los Tejones, que cobra peaje en el mercado.", "Ulises Ulloa Peña", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Los Cuervos were founded by Tadeo Salgado Vera. After his arrest, the group's command passed to his nephew, Bruno Salgado Ortiz.", "Bruno Salgado Ortiz", RelationshipType.LeaderOf, "Los Cuervos")]
    [InlineData("en", "The port belongs to the Mirador Cartel, a coastal group that has fought both Los Grillos and Los Tejones for the docks.", "Mirador Cartel", RelationshipType.RivalOf, "Los Tejones")]
    [InlineData("en", "Police arrested Tito Arce Gil and Leo Arce Gil in March. According to the court, both belong to Los Cuervos.", "Leo Arce Gil", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("en", "Police found cells of Los Cuervos in two towns. The Ribera cell, known as the Garzas Negras, runs the docks.", "Garzas Negras", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("en", "Nilo Vidal Cano joined Los Cuervos at 17. He rose to command a company of the group's Escuadrón Sur.", "Escuadrón Sur", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("en", "Merchants also pay Los Grillos, the gang that rules the market and has long been the Valle Cartel's main enemy.", "Los Grillos", RelationshipType.RivalOf, "Valle Cartel")]
    [InlineData("en", "Los Cuervos control the port. Tito Arce Gil and Leo Arce Gil hold posts in the gang.", "Leo Arce Gil", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("es", "Los Tejones nacieron en el puerto. Desde hace años funcionan como una clica de la Pandilla Roja.", "Los Tejones", RelationshipType.MemberOf, "Pandilla Roja")]
    [InlineData("en", "Nilo Vidal Cano, a former soldier who spent six years in Los Cuervos before he fled, was arrested.", "Nilo Vidal Cano", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("es", "Los Tejones controlan el puerto. En la organización participan Elvira Iturbe Salas y Rosaura Iturbe Salas.", "Rosaura Iturbe Salas", RelationshipType.MemberOf, "Los Tejones")]
    [InlineData("en", "The war between the Valle Cartel and its archenemy, Los Grillos, has left 40 dead.", "Valle Cartel", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "La policía capturó a Olegario Paniagua Ríos en su finca. Su hermano menor, Lázaro Paniagua Ríos, murió en 2019.", "Olegario Paniagua Ríos", RelationshipType.SiblingOf, "Lázaro Paniagua Ríos")]
    [InlineData("es", "Las autoridades señalan a Los Tejones, sobre todo porque su archirrival, la pandilla Los Grillos, perdió el puerto.", "Los Tejones", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "Los combates opusieron a la guerrilla del Ejército Popular Serrano y al Frente Tomás Varela.", "Ejército Popular Serrano", RelationshipType.RivalOf, "Frente Tomás Varela")]
    [InlineData("en", "The Arce family controls the river. For years the family has been feuding with Los Grillos, another clan.", "Arce family", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("en", "The Arce family controls the river. The family works hand in hand with Los Grillos.", "Arce family", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("en", "Nilo Vidal Cano leads Los Cuervos. Reports describe a close alliance between Vidal Cano's men and the Valle Cartel.", "Los Cuervos", RelationshipType.AllyOf, "Valle Cartel")]
    [InlineData("en", "Los Cuervos grew in the port. Reports describe an alliance between the gang and the Valle Cartel.", "Los Cuervos", RelationshipType.AllyOf, "Valle Cartel")]
    [InlineData("en", "Nilo Vidal Cano served in the navy. Abroad he set up, and still directs, Los Cuervos.", "Nilo Vidal Cano", RelationshipType.LeaderOf, "Los Cuervos")]
    [InlineData("en", "Nilo Vidal Cano spent years in Los Cuervos before taking it over in 2015.", "Nilo Vidal Cano", RelationshipType.LeaderOf, "Los Cuervos")]
    [InlineData("en", "Ramiro Carmona Paz, alias \"Chato,\" runs the port. Two of Chato's brothers, Rufino and Abel Carmona, drive for him.", "Ramiro Carmona Paz", RelationshipType.SiblingOf, "Rufino Carmona")]
    [InlineData("en", "Tino Ortiga Paz took his orders from Fabio Lince Mora, the man who created Los Gavilanes.", "Fabio Lince Mora", RelationshipType.Founded, "Los Gavilanes")]
    [InlineData("en", "The Arce family controls the river. For years the family moved loads with the Soler clan while waging a quiet feud with Los Barqueros.", "Arce family", RelationshipType.RivalOf, "Los Barqueros")]
    [InlineData("es", "Los Alcaravanes son una facción disidente de Los Tejones.", "Los Alcaravanes", RelationshipType.MemberOf, "Los Tejones")]
    [InlineData("es", "Celestino Arcaya Mena manda en el clan Arcaya desde 2015.", "Celestino Arcaya Mena", RelationshipType.LeaderOf, "clan Arcaya")]
    [InlineData("es", "La Liga Serrana fue creada en 2016 por iniciativa de Sixto Barrientos Paz.", "Sixto Barrientos Paz", RelationshipType.Founded, "La Liga Serrana")]
    [InlineData("es", "La Cofradía del Faro opera en el muelle bajo las órdenes de Gumersindo Lazo Ruiz.", "Gumersindo Lazo Ruiz", RelationshipType.LeaderOf, "Cofradía del Faro")]
    [InlineData("es", "Los Tejones controlan el puerto. La banda está al mando de Gumersindo Lazo Ruiz.", "Gumersindo Lazo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "Gumersindo Lazo Ruiz está al mando de Los Tejones desde 2015.", "Gumersindo Lazo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Police arrested Evelio Naranjo Ruiz in Tumbes. He is believed to head Los Tejones, a gang that controls the port.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Evelio Naranjo Ruiz was captured on Monday. Los Tejones, the gang he leads, controls the port.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "Evelio Naranjo Ruiz fue capturado el lunes. Los Tejones, la banda que lidera, controla el puerto.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "Evelio Naranjo Ruiz fue capturado el lunes. Fundó Los Tejones en 2012.", "Evelio Naranjo Ruiz", RelationshipType.Founded, "Los Tejones")]
    [InlineData("es", "Los Tejones y Los Grillos controlan el puerto. Ambas bandas están enfrentadas desde 2019.", "Los Tejones", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "Evelio Naranjo Ruiz fundó Los Tejones en 1998. Cuando murió, en 2014, el mando pasó a manos de sus dos hijos, Tito y Blas Naranjo.", "Blas Naranjo", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "Evelio Naranjo Ruiz encabezó Los Tejones hasta 2017; desde entonces, la banda quedó a cargo de su hija mayor, Irene Naranjo.", "Irene Naranjo", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Los Tejones hold the port. The brothers Tito, Blas and Ciro Naranjo Ruiz jointly command the organization from the village.", "Ciro Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "A third man, Ciro Naranjo Ruiz, had worked for years for Los Tejones, police said.", "Ciro Naranjo Ruiz", RelationshipType.MemberOf, "Los Tejones")]
    public void A_relation_reaches_an_argument_that_is_not_named_there(string language, string text, string subject, RelationshipType type, string obj)
    {
        var paragraphs = text.Split('|');
        var x = language == "es" ? ExtractionHelper.RunSpanish(paragraphs) : ExtractionHelper.Run(paragraphs);
        Assert.True(x.Has(subject, type, obj), $"expected {subject} {type} {obj}; found: "
            + string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}"))
            + " | entities: " + string.Join("; ", x.Entities.Select(e => $"{e.Kind}:{e.Name}")));
    }

    // A group profile's sections speak of the profiled group: "la banda", "the clan", "its main rival",
    // "the two groups", a leader named as someone's son.
    private const string SpanishGroupProfile = """
        InicioGuatemalaLos Tejones
        GUATEMALA

        LOS TEJONES / 3 FEB 2023 POR INSIGHT CRIME

        Los Tejones son una banda criminal que cobra extorsiones en el puerto de San José y mueve cocaína hacia México.

        Historia

        En 2005, Los Grillos y la Mara Tigrilla dominaban el puerto. Los Grillos pagaban a policías y la Mara Tigrilla controlaba los buses.

        La banda fue fundada en 2006 por los hermanos Ciro y Abdón Iturbe Salas, dos exsoldados. Según la fiscalía, la organización mantiene una alianza con el Cártel de Montecal.

        Sus principales enemigos son Los Grillos, una pandilla del barrio El Faro.

        Liderazgo

        La estructura está bajo el mando de Ciro Iturbe Salas, alias "el Tejón". Su hermano menor, Abdón, maneja las finanzas del grupo.
        """;

    private const string EnglishGroupProfile = """
        HomeHondurasThe Arce Clan
        HONDURAS

        THE ARCE CLAN / 3 FEB 2023 BY INSIGHT CRIME STAFF EN

        The Arce Clan is a family-run drug trafficking group based in the northern department of Colón.

        History

        In the 1990s, the coast was divided between the Valle Cartel and a smuggling ring run by the Mejía family. The Valle Cartel moved cocaine by sea, while the Mejía ring used small planes.

        The clan was founded in 1998 by Tomás Arce Rivas, a cattle rancher. It worked hand in hand with the Valle Cartel until 2012, when the two groups went to war.

        Its main rival today is the Mejía family. The group also faces Los Grillos, a street gang from San Pedro Sula.

        Leadership

        The group is led by Tomás Arce Rivas's son, Efraín Arce Soto. His cousin, Nelson Arce Pineda, is the clan's chief enforcer.
        """;

    [Theory]
    [InlineData("es", "Ciro Iturbe Salas", RelationshipType.Founded, "Los Tejones")]
    [InlineData("es", "Los Tejones", RelationshipType.AllyOf, "Cártel de Montecal")]
    [InlineData("es", "Los Tejones", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "Ciro Iturbe Salas", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "Ciro Iturbe Salas", RelationshipType.SiblingOf, "Abdón Iturbe Salas")]
    [InlineData("en", "Tomás Arce Rivas", RelationshipType.Founded, "Arce Clan")]
    [InlineData("en", "Arce Clan", RelationshipType.RivalOf, "Valle Cartel")]
    [InlineData("en", "Arce Clan", RelationshipType.RivalOf, "Mejía family")]
    [InlineData("en", "Arce Clan", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("en", "Efraín Arce Soto", RelationshipType.LeaderOf, "Arce Clan")]
    [InlineData("en", "Nelson Arce Pineda", RelationshipType.MemberOf, "Arce Clan")]
    public void A_group_profile_s_descriptions_are_the_profiled_group(string language, string subject, RelationshipType type, string obj)
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract(language == "es" ? SpanishGroupProfile : EnglishGroupProfile);
        Assert.True(x.Has(subject, type, obj), $"expected {subject} {type} {obj}; found: "
            + string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}")));
    }

    [Theory]
    [InlineData("Tino Ortiga Paz took his orders from Fabio Lince Mora, the man who created Los Gavilanes.", "Tino Ortiga Paz", RelationshipType.Founded, "Los Gavilanes")]
    [InlineData("The Arce family controls the river. For years the family moved loads with the Soler clan while waging a quiet feud with Los Barqueros.", "Soler clan", RelationshipType.RivalOf, "Los Barqueros")]
    [InlineData("Iñigo Salcedo Mora relied on two aides, among them Noemí Bastidas Rey, Salcedo Mora's partner, who kept the cash.", "Noemí Bastidas Rey", RelationshipType.AllyOf, "Iñigo Salcedo Mora")]
    [InlineData("Police detained Anacleto Ibáñez Ruiz, the head of a Saltmarsh Cartel cell, in the port.", "Anacleto Ibáñez Ruiz", RelationshipType.LeaderOf, "Saltmarsh Cartel")]
    [InlineData("Los Cuervos control the port. Their main rival smuggler, Anacleto Ibáñez Ruiz, moves cocaine from the cove.", "Anacleto Ibáñez Ruiz", RelationshipType.MemberOf, "Los Cuervos")]
    public void A_clause_or_noun_does_not_tie_the_wrong_names(string text, string subject, RelationshipType type, string obj) =>
        Assert.False(ExtractionHelper.Run(text).Has(subject, type, obj));

    [Fact]
    public void A_leader_named_as_someone_s_son_is_the_son()
    {
        var x = CrimeArchive.Import.Extraction.SourceTextExtractor.Extract(EnglishGroupProfile);
        Assert.False(x.Has("Tomás Arce Rivas", RelationshipType.LeaderOf, "Arce Clan"));
    }

    [Fact]
    public void A_unit_set_apart_by_an_adjective_is_not_the_group_it_belongs_to()
    {
        var x = ExtractionHelper.RunSpanish(
            "José Antonio Ruiz Mena dirige Los Tordos desde 2015.",
            "La célula andina, que dirige Juan Esteban Ruiz Mena, opera en la sierra.");
        Assert.False(x.Has("Juan Esteban Ruiz Mena", RelationshipType.LeaderOf, "Los Tordos"));
    }

    [Fact]
    public void The_gang_is_the_subject_before_rather_than_a_group_whose_name_says_crew()
    {
        var x = ExtractionHelper.Run("Los Pericos once sold cocaine to the Copperline Crew in the port of Manta.", "Since 2021 the gang has been allied with the Quay Boys.");
        Assert.True(x.Has("Los Pericos", RelationshipType.AllyOf, "Quay Boys"));
        Assert.False(x.Has("Copperline Crew", RelationshipType.AllyOf, "Quay Boys"));
    }

    [Fact]
    public void The_source_of_a_statement_is_not_what_a_later_description_means()
    {
        var x = ExtractionHelper.RunSpanish(
            "La policía de Salto arrestó a Ciro Arbeláez, jefe del clan Arbeláez. Según la fiscal Lidia Paredes Roca, el detenido llevaba la plata de la banda. Su hermano menor, Tito Arbeláez, logró huir.");
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Lidia Paredes Roca" || r.Object.Name == "Lidia Paredes Roca");
        Assert.True(x.Has("Tito Arbeláez", RelationshipType.SiblingOf, "Ciro Arbeláez"));
    }

    [Theory]
    [InlineData("Los Tejones controlan el puerto. El periodista Efrén Solano Ruiz, que dirige la columna de opinión del diario, fue amenazado.")]
    [InlineData("The Harbour Kings move cocaine from the docks. Efrén Solano Ruiz runs the boxing ring at the local gym.")]
    public void A_column_or_a_ring_stands_only_for_a_group_named_as_one(string text) =>
        Assert.DoesNotContain(ExtractionHelper.Run(text).Relationships, r => r.Type == RelationshipType.LeaderOf);

    [Theory]
    [InlineData("Su segundo es Anacleto Urbina Paz, alias “Cejudo”. El hermano de este, Celso Urbina Paz, maneja la rama costera.")]
    [InlineData("La policía capturó a Anacleto Urbina Paz, jefe de Los Cárabos. Cayó además Celso Urbina Paz, hermano del cabecilla, que guardaba el dinero.")]
    public void A_sibling_of_this_one_or_of_the_leader_is_the_person_in_focus(string text)
    {
        var x = ExtractionHelper.RunSpanish("Los Cárabos controlan el puerto desde 2015.", text);
        Assert.True(x.Has("Celso Urbina Paz", RelationshipType.SiblingOf, "Anacleto Urbina Paz"));
    }

    // The text is about Los Zunchos, named three times before the rival is brought in.
    private const string ZunchosAtLength = "Los Zunchos run extortion in the port. Los Zunchos were born in a prison in the north. Los Zunchos charge every bus driver a weekly fee.";

    [Theory]
    [InlineData("The gang's growth soon pitted it against Los Pitirres, an older band that ran the docks. Its leader, Gaudencio Barral Oyarce, put a price on two Zunchos collectors.")]
    [InlineData("Their chief foes are Los Pitirres, boatmen who ran the river trade before them. The feud turned bloody last year. The group's leader, Gaudencio Barral Oyarce, died in an ambush.")]
    public void Its_leader_after_a_group_was_brought_in_leads_that_group(string sentences)
    {
        var x = ExtractionHelper.Run(ZunchosAtLength, sentences);
        Assert.True(x.Has("Gaudencio Barral Oyarce", RelationshipType.LeaderOf, "Los Pitirres"));
        Assert.False(x.Has("Gaudencio Barral Oyarce", RelationshipType.LeaderOf, "Los Zunchos"));
    }

    [Fact]
    public void Named_again_after_the_group_brought_in_the_texts_group_is_back_in_focus()
    {
        var x = ExtractionHelper.Run(ZunchosAtLength, "The gang's growth soon pitted it against Los Pitirres, an older band that ran the docks. Los Zunchos won the first fight. Its leader, Gaudencio Barral Oyarce, put a price on the rival's collectors.");
        Assert.True(x.Has("Gaudencio Barral Oyarce", RelationshipType.LeaderOf, "Los Zunchos"));
    }

    [Fact]
    public void Its_enemy_stays_the_texts_groups_after_a_group_was_brought_in()
    {
        var x = ExtractionHelper.Run(ZunchosAtLength, "The gang's growth soon pitted it against Los Pitirres, an older band that ran the docks. Its main enemy is Los Jaibos, a gang from the south.");
        Assert.True(x.Has("Los Zunchos", RelationshipType.RivalOf, "Los Jaibos") || x.Has("Los Jaibos", RelationshipType.RivalOf, "Los Zunchos"));
        Assert.False(x.Has("Los Pitirres", RelationshipType.RivalOf, "Los Jaibos") || x.Has("Los Jaibos", RelationshipType.RivalOf, "Los Pitirres"));
    }

    [Theory]
    // The noun after the comma is the clause's subject, not a description of the group named before it.
    [InlineData("In the war against Los Pitirres, the gang lost forty men. Its leader, Gaudencio Barral Oyarce, then fled.")]
    // The text went back to its group, as a clause's subject, before "Its leader".
    [InlineData("The gang's growth soon pitted it against Los Pitirres, an older band that ran the docks. It then moved into the northern suburbs. Its leader, Gaudencio Barral Oyarce, lives abroad.")]
    public void Its_leader_stays_the_texts_groups_when_no_group_was_brought_in_since(string sentences)
    {
        var x = ExtractionHelper.Run(ZunchosAtLength, sentences);
        Assert.False(x.Has("Gaudencio Barral Oyarce", RelationshipType.LeaderOf, "Los Pitirres"));
    }
}
