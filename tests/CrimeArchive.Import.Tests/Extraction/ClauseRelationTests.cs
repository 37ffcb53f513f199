using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Relationships read through the grammar layer: the same relation in the phrasings the
/// issue lists (apposition, possession, passives, non-finite verbs, copulas, references back), and
/// role phrases that tie nobody to a group.</summary>
public class ClauseRelationTests
{
    [Theory]
    // Apposition and possession.
    [InlineData("Police seized Benito Ocampo Lara, the Gavilanes gang's chief, in Altamira.", "Benito Ocampo Lara", RelationshipType.LeaderOf, "Gavilanes")]
    [InlineData("Marcelo Ibáñez Soto, Los Halcones' chief, was taken to a prison in the capital.", "Marcelo Ibáñez Soto", RelationshipType.LeaderOf, "Los Halcones")]
    [InlineData("Soldiers said Los Halcones chief Rosendo Mira Paz had fled.", "Rosendo Mira Paz", RelationshipType.LeaderOf, "Los Halcones")]
    [InlineData("Los Halcones grew fast. Its chief, Rosendo Mira Paz, was captured in 2012.", "Rosendo Mira Paz", RelationshipType.LeaderOf, "Los Halcones")]
    [InlineData("Officials say Teodoro Blanco Ruiz, a senior figure in Los Lobos, fled the country.", "Teodoro Blanco Ruiz", RelationshipType.MemberOf, "Los Lobos")]
    // Passives and participles, both languages.
    [InlineData("Los Toros, founded in 2009 in the port by Ernesto Lujan Vera, control the docks.", "Ernesto Lujan Vera", RelationshipType.Founded, "Los Toros")]
    [InlineData("El Cártel del Pacífico, liderado por Julián Morales Peña, controla el puerto.", "Julián Morales Peña", RelationshipType.LeaderOf, "Cártel del Pacífico")]
    [InlineData("El Frente 30 es encabezado por Walter Mendoza Gil desde 2019.", "Walter Mendoza Gil", RelationshipType.LeaderOf, "Frente 30")]
    [InlineData("La banda Los Pepes fue creada por Ramón Tovar Lima en 2001.", "Ramón Tovar Lima", RelationshipType.Founded, "Los Pepes")]
    // Non-finite and other verb forms.
    [InlineData("Octavio Rangel Cruz is believed to lead Los Gavilanes.", "Octavio Rangel Cruz", RelationshipType.LeaderOf, "Los Gavilanes")]
    [InlineData("Octavio Rangel Cruz took the reins of Los Gavilanes in 2015.", "Octavio Rangel Cruz", RelationshipType.LeaderOf, "Los Gavilanes")]
    [InlineData("Ramiro Vela Soto succeeded his uncle as head of Los Toros.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Prosecutors say Ana Paz Rocha belongs to Los Lobos.", "Ana Paz Rocha", RelationshipType.MemberOf, "Los Lobos")]
    [InlineData("Ana Paz Rocha worked for Los Lobos until 2020.", "Ana Paz Rocha", RelationshipType.MemberOf, "Los Lobos")]
    // Copulas and zero subjects.
    [InlineData("Los Toros lost men last year. Its leader is Ramiro Vela Soto.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Ramiro Vela Soto became the head of Los Toros in 2014.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Los Toros run the fish market. Its patriarch, Ramiro Vela Soto, began as a boatman.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Los Toros run the fish market. Its best-known recruit was Ramiro Vela Soto, a former soldier.", "Ramiro Vela Soto", RelationshipType.MemberOf, "Los Toros")]
    [InlineData("Police arrested Benito Ocampo Lara, a member of Los Toros. Another member, Ramiro Vela Soto, slipped away during the raids.", "Ramiro Vela Soto", RelationshipType.MemberOf, "Los Toros")]
    [InlineData("Police also raided Los Toros, believed to be run by Ramiro Vela Soto.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Police raided a younger cell named Los Toros, said to be led by Ramiro Vela Soto, a fisherman.", "Ramiro Vela Soto", RelationshipType.LeaderOf, "Los Toros")]
    [InlineData("Julián Morales Peña es el jefe de Los Pepes desde 2018.", "Julián Morales Peña", RelationshipType.LeaderOf, "Los Pepes")]
    [InlineData("La policía capturó a Julián Morales Peña en Cali. El detenido sería el jefe de la banda Los Pepes.", "Julián Morales Peña", RelationshipType.LeaderOf, "Los Pepes")]
    // References across sentences.
    [InlineData("Ocampo Lara, 51, was arrested with Los Gavilanes. The 51-year-old took the reins of the group in 2015.", "Ocampo Lara", RelationshipType.LeaderOf, "Los Gavilanes")]
    [InlineData("Police arrested Nicanor Rey Pardo on Friday. He founded Los Lobos in 2004.", "Nicanor Rey Pardo", RelationshipType.Founded, "Los Lobos")]
    // Between groups.
    [InlineData("Los Toros, a faction of the Coastal Cartel, control the docks.", "Los Toros", RelationshipType.MemberOf, "Coastal Cartel")]
    [InlineData("Los Halcones are a fusion of Los Reyes, the Cuervo Clan and Los Pinos.", "Los Reyes", RelationshipType.MemberOf, "Los Halcones")]
    [InlineData("Los Halcones are a fusion of Los Reyes, the Cuervo Clan and Los Pinos.", "Los Pinos", RelationshipType.MemberOf, "Los Halcones")]
    [InlineData("The gang Los Lobos went to war with the Northern Cartel in 2021.", "Los Lobos", RelationshipType.RivalOf, "Northern Cartel")]
    [InlineData("Los Gavilanes are fighting the Cobras for control of the port.", "Los Gavilanes", RelationshipType.RivalOf, "Cobras")]
    [InlineData("Los Reyes, the Halcones' main rival, controls the north.", "Los Reyes", RelationshipType.RivalOf, "Halcones")]
    [InlineData("Tovar fundó el grupo La Cordillera, aliado de Los Pepes.", "La Cordillera", RelationshipType.AllyOf, "Los Pepes")]
    [InlineData("The 16th Front worked with trafficker Jairo Benítez Mora for years.", "16th Front", RelationshipType.AllyOf, "Jairo Benítez Mora")]
    // A nickname set off after the name is passed over.
    [InlineData("Anselmo Ferrer Soto, alias \"Búho,\" led Los Zorzales until 2017.", "Anselmo Ferrer Soto", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Anselmo Ferrer Soto, alias \"Búho,\" Los Zorzales' top leader, was extradited.", "Anselmo Ferrer Soto", RelationshipType.LeaderOf, "Los Zorzales")]
    // Jobs done for a group, and a relative named in apposition as the agent.
    [InlineData("Los Zorzales hold the port. Nina Vera Paz is the gang's chief collector there.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Los Zorzales hold the port. The gang was set up by the brothers' uncle, Fermín Soto Ríos.", "Fermín Soto Ríos", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Tomás Ruiz Pardo ingresó a Los Zorzales en 2009.", "Tomás Ruiz Pardo", RelationshipType.MemberOf, "Los Zorzales")]
    // A reduced passive on a description in apposition to the group.
    [InlineData("The Liga Serrana, a federation led by former police officer Hernán Solís Mora, grew fast.", "Hernán Solís Mora", RelationshipType.LeaderOf, "Liga Serrana")]
    // A subordinate clause's own subject.
    [InlineData("Tomás Ruiz Pardo worked for Los Zorzales before he joined Los Mirlos.", "Tomás Ruiz Pardo", RelationshipType.MemberOf, "Los Mirlos")]
    // Ties between equals stated as an adjective.
    [InlineData("Analysts say Brasa and Ceniza Negra are rival federations.", "Brasa", RelationshipType.RivalOf, "Ceniza Negra")]
    [InlineData("Los Zorzales y Los Mirlos son aliados desde 2015.", "Los Zorzales", RelationshipType.AllyOf, "Los Mirlos")]
    [InlineData("The Norte Bloc is allied to the Sur Bloc against Los Mirlos.", "Norte Bloc", RelationshipType.AllyOf, "Sur Bloc")]
    // A group's possessive before a unit's name.
    [InlineData("Los Zorzales expanded. Los Zorzales' Quebrada Front now runs the river.", "Quebrada Front", RelationshipType.MemberOf, "Los Zorzales")]
    // Plural descriptions, coordinated verbs, war and alliance nouns with any verb.
    [InlineData("Los Zorzales work with Los Mirlos. Both gangs are allies of the Coastal Cartel.", "Los Mirlos", RelationshipType.AllyOf, "Coastal Cartel")]
    [InlineData("Nina Vera Paz and Hernán Solís Mora met in prison. The two men created Los Zorzales in 2001.", "Hernán Solís Mora", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Nina Vera Paz joined Los Zorzales in 2001 and later worked for Los Mirlos.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Mirlos")]
    [InlineData("Los Zorzales nacieron en 2001 y son liderados por Nina Vera Paz.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Los Zorzales are currently locked in a bloody battle with Los Mirlos.", "Los Zorzales", RelationshipType.RivalOf, "Los Mirlos")]
    [InlineData("Los Zorzales dominan el puerto. El grupo mantiene una alianza con Los Mirlos.", "Los Zorzales", RelationshipType.AllyOf, "Los Mirlos")]
    // Partners named with "with", and what is founded is a group whatever its name.
    [InlineData("Nina Vera Paz co-founded the Liga Parda with Hernán Solís Mora in 2003.", "Hernán Solís Mora", RelationshipType.Founded, "Liga Parda")]
    [InlineData("Los Zorzales were created in 2001 by Nina Vera Paz, together with Hernán Solís Mora.", "Hernán Solís Mora", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Los Zorzales grew. The gang was founded by the Vera brothers — Nino, Tito and Juan — in 2001.", "Tito Vera", RelationshipType.Founded, "Los Zorzales")]
    // Jobs done for a group, members listed with "include", lists of mixed kinds, gerunds.
    [InlineData("Los Zorzales hold the port. Nina Vera Paz manages the group's finances.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Los Zorzales dominan el puerto. Nina Vera Paz maneja el dinero de la banda.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Los Zorzales hold the port. Hernán Solís Mora leads the gang. His lieutenants include Nina Vera Paz and Elsa Roca Gil.", "Elsa Roca Gil", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("The gang allied with Los Mirlos and former police officer Elsa Roca Gil, both rivals of Los Zorzales.", "Los Mirlos", RelationshipType.RivalOf, "Los Zorzales")]
    [InlineData("Nina Vera Paz was a member of Los Mirlos before joining Los Zorzales in 2015.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales")]
    // The preposition said again before each item of a list: every item gets the tie.
    [InlineData("Uriel Cobos Mancera works for Los Tizones, for Las Garcetas and for Los Morcegos.", "Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Morcegos")]
    [InlineData("Los Tizones se aliaron con Las Garcetas y con Los Morcegos.", "Los Tizones", RelationshipType.AllyOf, "Los Morcegos")]
    // Leadership as a noun, kinship as a role noun, enemies of an alliance, a place between role and copula.
    [InlineData("Under the leadership of Nina Vera Paz, Los Zorzales expanded into the north.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("La policía capturó a Elías Ruiz Pardo. El capturado es hermano de Tomás Ruiz Pardo.", "Elías Ruiz Pardo", RelationshipType.SiblingOf, "Tomás Ruiz Pardo")]
    [InlineData("Police arrested the brothers Elías Ruiz Pardo, alias \"Lilo,\" and Tomás Ruiz Pardo, alias \"Tomi,\" in 2019.", "Elías Ruiz Pardo", RelationshipType.SiblingOf, "Tomás Ruiz Pardo")]
    [InlineData("The Norte Bloc is allied with the Sur Bloc against Los Mirlos.", "Sur Bloc", RelationshipType.RivalOf, "Los Mirlos")]
    [InlineData("The Zorzales' most dangerous rival in the north was Los Mirlos.", "Zorzales", RelationshipType.RivalOf, "Los Mirlos")]
    // "build", relatives after a dash list or a described group, "part of", a glossed group in apposition.
    [InlineData("Los Zorzales grew. The gang was built in the 1990s by the Vera brothers — Nino, Tito and Juan — who once worked for Los Mirlos.", "Tito Vera", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Los Zorzales grew. The gang was built in the 1990s by the Vera brothers — Nino, Tito and Juan — who once worked for Los Mirlos.", "Juan Vera", RelationshipType.MemberOf, "Los Mirlos")]
    [InlineData("Police raided Los Zorzales, a gang from the south that was founded by Nina Vera Paz in 2004.", "Nina Vera Paz", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("The Norte Bloc and the Sur Bloc, both part of the Liga Serrana (LS), moved south.", "Sur Bloc", RelationshipType.MemberOf, "Liga Serrana")]
    [InlineData("Police raided Hermandad Parda (Brown Brotherhood), a federation founded in 2009 by Nina Vera Paz.", "Nina Vera Paz", RelationshipType.Founded, "Hermandad Parda")]
    // Inclusion verbs, a rival after a colon, appositions inside a list, a Spanish name after "la".
    [InlineData("El Cártel Serrano incluye al Frente Rojo, dirigido por Nina Vera Paz, y a Los Mirlos.", "Los Mirlos", RelationshipType.MemberOf, "Cártel Serrano")]
    [InlineData("Los Zorzales dominan el sur. Su mayor enemigo: Los Mirlos de Pilón.", "Los Zorzales", RelationshipType.RivalOf, "Los Mirlos de Pilón")]
    [InlineData("Police arrested the brothers Elías Ruiz Pardo, alias \"Lilo,\" a former police officer, and Tomás Ruiz Pardo, a lawyer.", "Elías Ruiz Pardo", RelationshipType.SiblingOf, "Tomás Ruiz Pardo")]
    [InlineData("Nina Vera Paz es la líder de la Tercera Cumbre desde 2019.", "Nina Vera Paz", RelationshipType.LeaderOf, "Tercera Cumbre")]
    // "whose", "cuyo", and a group noun after the name in a reduced passive's antecedent.
    [InlineData("Los Zorzales, whose leader Nina Vera Paz was arrested last year, control the port.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Los Zorzales, cuyo líder es Nina Vera Paz, controlan el puerto.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Police say the Los Zorzales gang, headed by Nina Vera Paz, has 300 members.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    // Spanish: second-in-command, leadership passing into someone's hands.
    [InlineData("Según la Policía, Nina Vera Paz sería el segundo al mando de Los Zorzales.", "Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Tras la muerte de su fundador, Los Zorzales quedaron en manos de Nina Vera Paz.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Los Zorzales perdieron terreno. La jefatura pasó a manos de su sobrino, Elio Rolo Vence.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Zorzales")]
    // A rival noun of another shape.
    [InlineData("Shopkeepers pay both Los Zorzales and its archenemy, Los Grillos.", "Los Grillos", RelationshipType.RivalOf, "Los Zorzales")]
    // An adverb before a reduced passive.
    [InlineData("Los Zorzales, the Valdora organization once run by Nina Vera Paz, lost ground.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    // Rivalry and alliance idioms: at war, each other, attacks, a clash between two, partners since a year.
    [InlineData("Since the harbour strike, the Tin Roof Crew and Los Zorzales have been at war.", "Tin Roof Crew", RelationshipType.RivalOf, "Los Zorzales")]
    [InlineData("Los Zorzales have been at war since 2019 with Los Grillos.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Zorzales and Los Grillos fight each other for the port.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Zorzales and the Tin Roof Crew, partners until March, are now killing one another's lookouts.", "Los Zorzales", RelationshipType.RivalOf, "Tin Roof Crew")]
    [InlineData("Los Zorzales y Los Grillos se matan entre sí por las esquinas del mercado.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Zorzales son desde 2015 socios de Los Grillos.", "Los Zorzales", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("Los Zorzales attacked Los Grillos in March.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("La policía registró un enfrentamiento entre Los Zorzales y Los Grillos.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    // Reciprocal Spanish verbs and tie nouns with no other side: the subjects are the two sides.
    [InlineData("Los Zorzales y Los Grillos se enfrentan desde hace años en el puerto de Manta.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Zorzales y Los Grillos mantienen una disputa por las rutas del norte.", "Los Zorzales", RelationshipType.RivalOf, "Los Grillos")]
    // Taking a side; governing a group's deeds; the agent of a participle after a place.
    [InlineData("The Tin Roof Crew has lined up with Los Grillos against the port gangs.", "Tin Roof Crew", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("The Harbour Kings ran the fish market under Nina Vera Paz until 2018.", "Nina Vera Paz", RelationshipType.LeaderOf, "Harbour Kings")]
    [InlineData("Under Nina Vera Paz, the Harbour Kings took the fish market.", "Nina Vera Paz", RelationshipType.LeaderOf, "Harbour Kings")]
    [InlineData("The Hill Boys, a gang from Puerto Lago run by Nina Vera Paz, sell at the market.", "Nina Vera Paz", RelationshipType.LeaderOf, "Hill Boys")]
    [InlineData("The Hill Boys, once the largest gang on the coast, who are led by Nina Vera Paz and Elio Rolo Vence, sell at the market.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Hill Boys")]
    [InlineData("La Red del Manglar opera en la frontera bajo el mando de Nina Vera Paz.", "Nina Vera Paz", RelationshipType.LeaderOf, "Red del Manglar")]
    // Lists of partners and the head of a department.
    [InlineData("Nina Vera Paz creó Los Zorzales con cuatro vecinos del barrio, entre ellos Elio Rolo Vence y Ada Lemus.", "Ada Lemus", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Los Zorzales son dirigidos por Nina Vera Paz junto a Elio Rolo Vence.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Elio Rolo Vence and Ada Lemus, both of whom are members of Los Zorzales, were arrested.", "Elio Rolo Vence", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Elio Rolo Vence, uno de los negociadores de Los Zorzales, fue trasladado.", "Elio Rolo Vence", RelationshipType.MemberOf, "Los Zorzales")]
    [InlineData("Elio Rolo Vence, jefe de plaza de Los Zorzales en Manta, fue detenido.", "Elio Rolo Vence", RelationshipType.MemberOf, "Los Zorzales")]
    // A relative opened by "with", a unit a group works through, a feud with no other side named.
    [InlineData("Prosecutors blamed Los Grillos, with which Nina Vera Paz has been allied since 2019, for the fire.", "Nina Vera Paz", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("La fiscalía culpó a Los Grillos, con la que la Banda Sur mantiene una alianza, por el incendio.", "Banda Sur", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("In the highlands the Frente Añil operates through a cell known as Los Grillos.", "Los Grillos", RelationshipType.MemberOf, "Frente Añil")]
    [InlineData("En la sierra, el Frente Añil actúa a través de una célula llamada Los Grillos.", "Los Grillos", RelationshipType.MemberOf, "Frente Añil")]
    [InlineData("Nina Vera Paz and Elio Rolo Vence have been feuding openly over the bus routes.", "Nina Vera Paz", RelationshipType.RivalOf, "Elio Rolo Vence")]
    [InlineData("Elio Rolo Vence, one of the Marsh Hounds' commanders in the south, was arrested.", "Elio Rolo Vence", RelationshipType.MemberOf, "Marsh Hounds")]
    [InlineData("Los Grillos, a loose alliance of smugglers from the river ports headed by Nina Vera Paz, pay the police.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos, una estructura de contrabandistas de Puerto Lago dirigida por Nina Vera Paz, pagan a la policía.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Nina Vera Paz and Elio Rolo Vence share the leadership of Los Grillos.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Elio Rolo Vence, uno de los tres socios que dirigen Los Grillos, cayó en el puerto.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Rafael and Benito Quesada are brothers. Marta Quesada, the brothers' sister, keeps the books.", "Marta Quesada", RelationshipType.SiblingOf, "Rafael Quesada")]
    [InlineData("Elio Rolo Vence, who led Los Grillos, the Frente Añil's armed wing, until 2020, was killed.", "Los Grillos", RelationshipType.MemberOf, "Frente Añil")]
    // English sentences full of Spanish names are still read as English ("a" is an article, not "a" the preposition).
    [InlineData("In Chile, the Cartel del Páramo operates through a cell known as Los Barqueros del Estero, led by Nina Vera Paz.", "Los Barqueros del Estero", RelationshipType.MemberOf, "Cartel del Páramo")]
    [InlineData("In Peru, the Cartel del Páramo operates through Los Tordos Negros, a cell led by Nina Vera Paz.", "Los Tordos Negros", RelationshipType.MemberOf, "Cartel del Páramo")]
    [InlineData("Nemesio Arce's elder brother, Elio Arce, runs the clan. A third brother, Tito Arce, drives the trucks.", "Tito Arce", RelationshipType.SiblingOf, "Nemesio Arce")]
    [InlineData("The Mara Sesenta has been split since 2018 into two factions, the Antiguos and the Nuevos, which fight one another.", "Nuevos", RelationshipType.MemberOf, "Mara Sesenta")]
    [InlineData("La Mara Sesenta se dividió en dos facciones: Los Antiguos y Los Nuevos.", "Los Antiguos", RelationshipType.MemberOf, "Mara Sesenta")]
    [InlineData("Elio Rolo Vence fue el fundador y principal jefe de Los Grillos, la banda de contrabandistas del río.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Since March the Grillos have been run by two of Vence's younger brothers, Tadeo and Ciro Vence.", "Ciro Vence", RelationshipType.LeaderOf, "Grillos")]
    [InlineData("Hernán Solís Mora, a former lieutenant of Los Mirlos who had run its boats and who set up Los Zorzales, was killed.", "Hernán Solís Mora", RelationshipType.Founded, "Los Zorzales")]
    [InlineData("Los Zorzales bought guns from the Sur Bloc, a crew based in Tumbes with which Nina Vera Paz has been allied since 2012.", "Nina Vera Paz", RelationshipType.AllyOf, "Sur Bloc")]
    [InlineData("Police arrested Tito Arce Lema in Tumbes. He belongs to the Mirlos del Sur clique.", "Tito Arce Lema", RelationshipType.MemberOf, "Mirlos del Sur")]
    [InlineData("La guerra enfrenta a Los Zorzales y Los Grillos, la banda de Elio Rolo Vence, que controla el puerto.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Police say Elio Rolo Vence's gang, Los Grillos, controls the port.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Sus rivales son Los Grillos, la red de los hermanos Tadeo y Ciro Vence.", "Ciro Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos was founded in 2009 by Nina Vera Paz, a former nurse known as \"La Tía\" (the Aunt), and Elio Rolo Vence, alias \"Toro.\"", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Los Grillos was created in 2004 in a jail in Tumbes by two inmates serving long terms for kidnapping, Nina Vera Paz and Elio Rolo Vence.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Los Grillos was founded by Nina Vera Paz and Elio Rolo Vence. The two founders still share command of the group.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos are a feared gang. The gang was set up in 2011 by its leader, Elio Rolo Vence.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Elio Rolo Vence, a former enforcer who split from Los Mirlos after a quarrel, leads Los Grillos.", "Elio Rolo Vence", RelationshipType.MemberOf, "Los Mirlos")]
    [InlineData("In the jails, Los Grillos fight alongside Los Mirlos, a smaller gang.", "Los Grillos", RelationshipType.AllyOf, "Los Mirlos")]
    [InlineData("Los Grillos fight alongside Los Mirlos, a smaller gang from Tumbes whose leader, Elio Rolo Vence, shared a cell with them.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Mirlos")]
    [InlineData("Los Grillos hold the port. Across the river, they have been allied since 2021 with the Sur Bloc.", "Los Grillos", RelationshipType.AllyOf, "Sur Bloc")]
    [InlineData("En 2010 Elio Rolo Vence fundó Los Grillos junto a Nina Vera Paz, otra contrabandista, con quien compartió la jefatura hasta 2015.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("In 2010 Elio Rolo Vence founded Los Grillos with Nina Vera Paz, a smuggler with whom he shared the leadership until 2015.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Vence contó con La Cofradía del Muelle, una red de cobradores dirigida por Nina Vera Paz, con la que Los Grillos sostuvieron una alianza.", "Los Grillos", RelationshipType.AllyOf, "Cofradía del Muelle")]
    [InlineData("Elio Rolo Vence founded Los Grillos in 2012 with his brother Tito Rolo Vence.", "Tito Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Los Grillos are an old gang. Founded in the 1990s by Elio Rolo Vence, it later split into factions.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Elio Rolo Vence began as a hitman for Los Mirlos before founding his own group, Los Grillos.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Los Grillos is a coalition of local gangs, including Los Mirlos and Los Tordos.", "Los Tordos", RelationshipType.MemberOf, "Los Grillos")]
    [InlineData("Los Grillos was formed in 2018 through the merger of Los Mirlos and Los Tordos.", "Los Mirlos", RelationshipType.MemberOf, "Los Grillos")]
    [InlineData("Elio Rolo Vence and his brother Tito Rolo Vence lead Los Grillos.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos are led by a retired army sergeant, Elio Rolo Vence, alias \"El Sargento.\"", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos was headed by Elio Rolo Vence, who owned three boats in the port, and his half-brother, Tito Arce Gil.", "Tito Arce Gil", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos was founded by Elio Rolo Vence, alias \"Chombo,\" and his brothers Tito Rolo Vence and Blas Rolo Vence.", "Blas Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Since then the gang Los Grillos has been headed by his widow, Nina Vera Paz, and their two sons, Tito Rolo Vera and Blas Rolo Vera.", "Blas Rolo Vera", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("The dispute over the port pits Los Grillos against Los Mirlos.", "Los Grillos", RelationshipType.RivalOf, "Los Mirlos")]
    [InlineData("Los Grillos have thrown in their lot with Los Mirlos.", "Los Grillos", RelationshipType.AllyOf, "Los Mirlos")]
    [InlineData("Los Grillos allied itself with Los Mirlos in 2019.", "Los Grillos", RelationshipType.AllyOf, "Los Mirlos")]
    [InlineData("In 2015 Elio Rolo Vence took over the leadership of Los Grillos.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Tordos have allied with Los Mirlos' main foe, the Sur Bloc, to take the port.", "Los Tordos", RelationshipType.AllyOf, "Sur Bloc")]
    [InlineData("Los Grillos, a cell of the Coastal Cartel that has been fighting Los Mirlos since 2018, control the market.", "Los Grillos", RelationshipType.RivalOf, "Los Mirlos")]
    [InlineData("Los Grillos spent years fighting Los Mirlos for the port.", "Los Grillos", RelationshipType.RivalOf, "Los Mirlos")]
    [InlineData("Police believe that Elio Rolo Vence and Tito Arce Gil command Los Grillos.", "Tito Arce Gil", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Last year, Los Grillos and Los Mirlos formed an alliance against Los Tordos.", "Los Grillos", RelationshipType.AllyOf, "Los Mirlos")]
    [InlineData("Last year, Los Grillos and Los Mirlos formed an alliance against Los Tordos.", "Los Mirlos", RelationshipType.RivalOf, "Los Tordos")]
    [InlineData("Three gangs, Los Mirlos, Los Tordos and Los Grillos, merged in 2020 to form the Frente Unido.", "Los Tordos", RelationshipType.MemberOf, "Frente Unido")]
    [InlineData("In 2015 Los Mirlos and Los Tordos formed the Coalición Andina to hold the mines.", "Los Mirlos", RelationshipType.MemberOf, "Coalición Andina")]
    [InlineData("Los Mirlos and Los Tordos sealed a pact in 2019 known as the Alianza del Pacífico.", "Los Tordos", RelationshipType.MemberOf, "Alianza del Pacífico")]
    [InlineData("Los Mirlos y Los Tordos conformaron en 2021 una alianza llamada Bloque Costeño.", "Los Mirlos", RelationshipType.AllyOf, "Los Tordos")]
    [InlineData("Los Mirlos y Los Tordos se fusionaron para formar el Cártel del Altiplano.", "Los Mirlos", RelationshipType.MemberOf, "Cártel del Altiplano")]
    [InlineData("Los Grillos are run by Elio Rolo Vence, known as \"El Zurdo,\" and his cousin Tito Arce Gil.", "Tito Arce Gil", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos son dirigidos por Elio Rolo Vence, alias «el Zurdo», y su primo Tito Arce Gil.", "Tito Arce Gil", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Tordos teamed up with Los Mirlos to drive Los Grillos out of the river port.", "Los Tordos", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("To hold off Los Grillos, Los Tordos teamed up with Los Mirlos in 2019.", "Los Mirlos", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Tordos se unieron a Los Mirlos para combatir a Los Grillos en el puerto.", "Los Tordos", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Tordos controlan el puerto. Su principal enemigo es la banda de Los Grillos.", "Los Tordos", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Los Tordos controlan el puerto. Su principal aliado es el Cartel de Monteluz.", "Los Tordos", RelationshipType.AllyOf, "Cartel de Monteluz")]
    [InlineData("Elio Rolo Vence runs the docks. His closest ally outside the gang is Tito Arce Gil.", "Elio Rolo Vence", RelationshipType.AllyOf, "Tito Arce Gil")]
    [InlineData("Después apareció el Cartel de Monteluz. Fue creado en 2010 por Elio Rolo Vence.", "Elio Rolo Vence", RelationshipType.Founded, "Cartel de Monteluz")]
    [InlineData("Tito Arce Gil took over Los Grillos in 2015. His predecessor, Elio Rolo Vence, was killed in a raid.", "Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos")]
    [InlineData("Los Grillos move cocaine through the port. Tito Arce Gil oversaw the gang's hitmen for a decade.", "Tito Arce Gil", RelationshipType.MemberOf, "Los Grillos")]
    [InlineData("Los Grillos move cocaine through the port. Tito Arce Gil was held on suspicion of working with Los Grillos.", "Tito Arce Gil", RelationshipType.AllyOf, "Los Grillos")]
    [InlineData("Los Grillos move cocaine through the port. Tito Arce Gil, a clerk who, police say, worked for nearly ten years with Los Grillos, fled.", "Tito Arce Gil", RelationshipType.AllyOf, "Los Grillos")]
    // A list of founders past a nickname's gloss in parentheses; a Spanish clause opening on a phrase of time, with no subject written.
    [InlineData("Elio Rolo Vence, alias \"El Tucán\" (The Toucan), and Tito Arce Gil, alias \"Tijeras,\" founded Los Grillos with a dozen fishermen.", "Elio Rolo Vence", RelationshipType.Founded, "Los Grillos")]
    [InlineData("Elio Rolo Vence nació en un pueblo del río. A finales de los noventa ingresó a Los Grillos, la red que controlaba entonces la frontera.", "Elio Rolo Vence", RelationshipType.MemberOf, "Los Grillos")]
    // A stem-changing Spanish verb of rivalry; gunfights between two groups.
    [InlineData("Los Tordos, con base en el puerto, además compiten con Los Grillos por los clientes.", "Los Tordos", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("Shootouts between Los Tordos and Los Grillos have closed the road.", "Los Tordos", RelationshipType.RivalOf, "Los Grillos")]
    // Siblings of someone named after "brothers of", the subjects a description of two people.
    [InlineData("Police arrested Tito Arce Gil and Leo Arce Gil at the port. Officers said the two detainees are brothers of the band's chief, Elio Arce Gil, who is still at large.", "Leo Arce Gil", RelationshipType.SiblingOf, "Elio Arce Gil")]
    public void A_relation_is_read_in_each_phrasing(string text, string subject, RelationshipType type, string obj) =>
        AssertStates(ExtractionHelper.Run(text), subject, type, obj);

    // The head of one of a group's departments is its member, whichever way the post is written.
    [Theory]
    [InlineData("Tito Arce Gil is the finance chief of the Cartel de Monteluz.")]
    [InlineData("The Cartel de Monteluz moves cocaine through the port. After the merger, Tito Arce Gil became the cartel's head of operations.")]
    [InlineData("The Cartel de Monteluz moves cocaine through the port. Its security chief, Tito Arce Gil, was arrested on Monday.")]
    public void The_head_of_a_department_is_a_member_not_the_leader(string text)
    {
        var x = ExtractionHelper.Run(text);

        AssertStates(x, "Tito Arce Gil", RelationshipType.MemberOf, "Cartel de Monteluz");
        Assert.False(x.Has("Tito Arce Gil", RelationshipType.LeaderOf, "Cartel de Monteluz"));
    }

    [Theory]
    [InlineData("en", "Los Grillos move cocaine through the port.", "Tito Arce Gil flew light aircraft for the Cartel de Monteluz before setting up his own network.", true)]
    [InlineData("es", "Los Grillos mueven cocaína por el puerto.", "Tito Arce Gil pilotaba avionetas para el Cartel de Monteluz antes de montar su propia banda.", true)]
    [InlineData("en", "Los Grillos move cocaine through the port.", "Tito Arce Gil left the Cartel de Monteluz and formed his own group, known as Los Tordos.", false)]
    public void Setting_up_ones_own_network_founds_the_group_in_focus_unless_the_sentence_names_it(string lang, string first, string second, bool founded)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(first, second) : ExtractionHelper.Run(first, second);

        Assert.Equal(founded, x.Has("Tito Arce Gil", RelationshipType.Founded, "Los Grillos"));
        Assert.False(x.Has("Tito Arce Gil", RelationshipType.Founded, "Cartel de Monteluz"));
    }

    [Fact]
    public void The_owners_noun_picks_the_group_of_that_kind_over_the_nearest_one()
    {
        var x = ExtractionHelper.Run(
            "The Cartel de Monteluz lost its grip on the coast in 2021.",
            "A splinter of the Cartel de Monteluz, Los Grillos, is led by the cartel's former security chief, Tito Arce Gil.");

        AssertStates(x, "Tito Arce Gil", RelationshipType.MemberOf, "Cartel de Monteluz");
        Assert.False(x.Has("Tito Arce Gil", RelationshipType.MemberOf, "Los Grillos"));
    }

    [Fact]
    public void A_gang_whose_name_says_no_kind_is_still_the_gang_of_a_later_sentence()
    {
        var x = ExtractionHelper.Run(
            "The Tren de Aragua arrived in Santiago in 2018. That year police dismantled a small local gang, the Banda del Chino, in the same district.",
            "By 2022 the Tren de Aragua controlled the markets. Its rivals fled, and the gang’s security chief, Tito Arce Gil, was arrested on Monday.");

        Assert.False(x.Has("Tito Arce Gil", RelationshipType.MemberOf, "Banda del Chino"));
    }

    private static void AssertStates(CrimeArchive.Import.Extraction.Extraction x, string subject, RelationshipType type, string obj) =>
        Assert.True(x.Has(subject, type, obj), $"expected {subject} {type} {obj}; found: "
            + string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}")));

    [Theory]
    [InlineData("The brothers, Luis, Omar and Raúl Cano Vidal, are accused of heading the Cano clan.", "Luis Cano Vidal", "Omar Cano Vidal", "Raúl Cano Vidal", "Cano clan", RelationshipType.LeaderOf)]
    [InlineData("Three smaller gangs, Los Grillos, Los Topos and La Banda del Tuerto, are part of the Sur Syndicate.", "Los Grillos", "Los Topos", "Banda del Tuerto", "Sur Syndicate", RelationshipType.MemberOf)]
    [InlineData("La policía detuvo a los hermanos Gildardo, Efrén y Tomás Díaz Pérez, quienes dirigen Los Tlacuaches desde 2016.", "Gildardo Díaz Pérez", "Efrén Díaz Pérez", "Tomás Díaz Pérez", "Los Tlacuaches", RelationshipType.LeaderOf)]
    public void Every_name_of_a_list_set_off_as_the_subject_holds_the_role(string text, string first, string second, string third, string group, RelationshipType type)
    {
        var x = ExtractionHelper.Run(text);

        Assert.True(x.Has(first, type, group));
        Assert.True(x.Has(second, type, group));
        Assert.True(x.Has(third, type, group));
    }

    [Theory]
    [InlineData("Nina Vera Paz está al frente de Los Zorzales desde 2015.")]
    [InlineData("Los Zorzales tienen presencia en el sur del país. Nina Vera Paz quedó al frente de la banda en 2015.")]
    public void At_the_head_of_in_spanish_words_makes_a_leader(string text)
    {
        Assert.True(ExtractionHelper.RunSpanish(text).Has("Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales"));
    }

    [Theory]
    // A plural verb with no subject speaks of the group in focus.
    [InlineData("Los Zorzales nacieron en 2012 en el puerto de Manta. Están dirigidos por Nina Vera Paz.", "Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales")]
    [InlineData("Los Zorzales nacieron en 2012. Controlan el puerto de Manta y sería su aliado el Frente Añil.", "Frente Añil", RelationshipType.AllyOf, "Los Zorzales")]
    // The groups that make up a whole are its members.
    [InlineData("Los Mirlos, Los Tordos y Los Grillos conforman la Liga Austral desde 2018.", "Los Tordos", RelationshipType.MemberOf, "Liga Austral")]
    [InlineData("Según la policía, la Liga Austral está conformada por Los Mirlos y Los Tordos.", "Los Tordos", RelationshipType.MemberOf, "Liga Austral")]
    // A clitic before the verb stands for the group in focus; the doers follow the verb.
    [InlineData("Según la policía, la Liga Austral nació en 2016. La integran Los Mirlos, Los Tordos y Los Grillos.", "Los Tordos", RelationshipType.MemberOf, "Liga Austral")]
    // Factions a split leaves, with words about them before the list.
    [InlineData("En 2019 Los Zorzales se dividieron en dos facciones enfrentadas entre sí: Los Mirlos y Los Tordos.", "Los Mirlos", RelationshipType.RivalOf, "Los Tordos")]
    [InlineData("En 2019 Los Zorzales se dividieron en dos facciones enfrentadas entre sí: Los Mirlos y Los Tordos.", "Los Tordos", RelationshipType.MemberOf, "Los Zorzales")]
    public void A_spanish_relation_is_read_in_each_phrasing(string text, string subject, RelationshipType type, string obj) =>
        AssertStates(ExtractionHelper.RunSpanish(text), subject, type, obj);

    [Theory]
    [InlineData("Los Mirlos, Los Tordos and Los Grillos make up the Liga Austral.")]
    [InlineData("The Liga Austral was formed in 2015 in the south. Los Mirlos, Los Tordos and Los Grillos make it up.")]
    [InlineData("The Liga Austral is made up of Los Mirlos, Los Tordos and Los Grillos.")]
    [InlineData("The Liga Austral comprises Los Mirlos, Los Tordos and Los Grillos.")]
    public void The_groups_that_make_up_a_whole_are_its_members(string text)
    {
        var x = ExtractionHelper.Run(text);
        foreach (var member in new[] { "Los Mirlos", "Los Tordos", "Los Grillos" })
            Assert.True(x.Has(member, RelationshipType.MemberOf, "Liga Austral"), $"{member}: "
                + string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}")));
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Los Mirlos" && r.Object.Name == "Los Tordos");
    }

    [Theory]
    [InlineData("La fiscal Olga Tapia Rey presentó cargos contra el líder de Los Mirlos.")]
    [InlineData("La fiscal Olga Tapia Rey, quien presentó cargos contra el líder de Los Mirlos, habló ayer.")]
    public void A_spanish_role_phrase_that_is_the_object_of_another_verb_ties_nobody(string text)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Olga Tapia Rey" && r.Object.Name == "Los Mirlos");
    }

    [Theory]
    [InlineData("Senator Ana Ruiz Lema met with the leaders of the Coastal Cartel in June.", "Ana Ruiz Lema", "Coastal Cartel")]
    [InlineData("Judge Ana Ruiz Lema prosecuted the head of Los Toros for years.", "Ana Ruiz Lema", "Los Toros")]
    [InlineData("Ana Ruiz Lema was killed by members of Los Lobos in March.", "Ana Ruiz Lema", "Los Lobos")]
    [InlineData("Prosecutors say Ana Ruiz Lema handed the cash to buyers working for Los Lobos.", "Ana Ruiz Lema", "Los Lobos")]
    [InlineData("To fend off Los Mirlos, Los Zorzales joined forces with the Sur Bloc.", "Los Mirlos", "Sur Bloc")]
    [InlineData("Hernán Solís Mora, a former commander of Los Mirlos who fought Nina Vera Paz, was killed.", "Los Mirlos", "Nina Vera Paz")]
    [InlineData("Judge Olga Tapia Rey, who jailed the boss of Los Mirlos, was threatened.", "Olga Tapia Rey", "Los Mirlos")]
    [InlineData("Los Zorzales, a faction of the Coastal Cartel, is run by Nina Vera Paz.", "Nina Vera Paz", "Coastal Cartel")]
    [InlineData("Los Zorzales emerged from the remnants of the Bloque Andino.", "Los Zorzales", "Bloque Andino")]
    [InlineData("Police broke up an alliance between Ana Ruiz Lema and Elio Rolo Vence, the leader of Los Lobos.", "Ana Ruiz Lema", "Los Lobos")]
    [InlineData("Elio Rolo Vence, who led Los Grillos, the Frente Añil's armed wing, until 2020, was killed.", "Elio Rolo Vence", "Frente Añil")]
    [InlineData("Hernán Solís Mora, a former lieutenant of Nina Vera Paz, founded Los Zorzales.", "Nina Vera Paz", "Los Zorzales")]
    public void A_role_phrase_that_is_the_object_of_another_verb_ties_nobody(string text, string person, string group)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == person && r.Object.Name == group);
    }

    [Fact]
    public void Groups_that_join_forces_with_another_are_its_allies_not_its_members()
    {
        var x = ExtractionHelper.Run("Los Mirlos and Los Zorzales joined forces with the Sur Bloc in a loose alliance.");
        Assert.True(x.Has("Los Mirlos", RelationshipType.AllyOf, "Sur Bloc") || x.Has("Sur Bloc", RelationshipType.AllyOf, "Los Mirlos"));
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.MemberOf);
    }

    [Theory]
    [InlineData("Abel Quispe Rojas, a mid-level commander of Los Mirlos, was arrested in Puno.")]
    [InlineData("Los Zorzales are headed by Abel Quispe Rojas, formerly a mid-level commander of Los Mirlos until the split.")]
    public void A_commander_of_a_lower_rank_is_a_member(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Abel Quispe Rojas", RelationshipType.MemberOf, "Los Mirlos"));
        Assert.False(x.Has("Abel Quispe Rojas", RelationshipType.LeaderOf, "Los Mirlos"));
    }

    // A participle set off after a name says what the man is thought to do: "X, accused of heading G, was held".
    [Theory]
    [InlineData("Abel Quispe Rojas, accused of heading Los Mirlos, was picked up near Puno in June.", RelationshipType.LeaderOf)]
    [InlineData("Los Mirlos rob trucks in Puno. Abel Quispe Rojas, suspected of heading the gang, was picked up in June.", RelationshipType.LeaderOf)]
    public void A_participle_set_off_after_a_name_is_said_of_the_name(string text, RelationshipType type)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Abel Quispe Rojas", type, "Los Mirlos"));
    }

    [Fact]
    public void Building_a_group_into_something_founds_nothing()
    {
        var x = ExtractionHelper.Run("Police say Abel Quispe Rojas built the Mirlos gang into the valley's most feared crew.");
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.Founded);
    }

    [Theory]
    [InlineData("Nina Vera Paz dirige Los Zorzales desde 2015 en el puerto de Manta. Sus enemigos son Los Grillos y la Banda Sur.")]
    [InlineData("Nina Vera Paz dirige Los Zorzales desde 2015 en el puerto de Manta. Tiene dos enemigos: Los Grillos y la Banda Sur.")]
    public void A_list_of_someones_enemies_is_no_feud_between_them(string text)
    {
        var x = ExtractionHelper.RunSpanish(text);
        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.RivalOf && new[] { r.Subject.Name, r.Object.Name }.Order().SequenceEqual(["Banda Sur", "Los Grillos"]));
    }

    [Fact]
    public void The_source_of_a_statement_is_not_one_of_the_feuding_sides()
    {
        var x = ExtractionHelper.Run("According to prosecutor Olga Tapia Rey, Nina Vera Paz and Elio Rolo Vence have been feuding for weeks.");
        Assert.True(x.Has("Nina Vera Paz", RelationshipType.RivalOf, "Elio Rolo Vence") || x.Has("Elio Rolo Vence", RelationshipType.RivalOf, "Nina Vera Paz"));
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Olga Tapia Rey" || r.Object.Name == "Olga Tapia Rey");
    }

    [Fact]
    public void A_leader_in_apposition_leads_the_group_before_not_one_named_after()
    {
        var x = ExtractionHelper.Run("Los Grillos are a feared gang. Its leader, Elio Rolo Vence, is a former enforcer who split from Los Mirlos.");
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos"));
        Assert.False(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Mirlos"));
    }

    [Fact]
    public void A_group_that_split_from_another_is_not_said_to_be_its_part()
    {
        var x = ExtractionHelper.Run("In 2019 Los Grillos split from Los Mirlos, and Elio Rolo Vence, who broke away from Los Mirlos with them, now leads Los Grillos.");
        Assert.False(x.Has("Los Grillos", RelationshipType.MemberOf, "Los Mirlos"));
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.MemberOf, "Los Mirlos"));
    }

    [Fact]
    public void Running_a_groups_finances_is_a_job_in_it_not_its_lead()
    {
        var x = ExtractionHelper.Run("Elio Rolo Vence allegedly ran the finances of Los Grillos.");
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.MemberOf, "Los Grillos"));
        Assert.False(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos"));
    }

    [Fact]
    public void The_cartel_in_a_passive_is_the_cartel_not_the_gang_named_last()
    {
        var x = ExtractionHelper.Run("The Cartel de Tumbes began as a handful of smugglers. It operates as a loose federation. Los Grillos and Los Mirlos are two of its members.\n\nSince 2020 the cartel has been led by Elio Rolo Vence.");
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Cartel de Tumbes"));
        Assert.False(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Mirlos"));
        Assert.False(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Grillos"));
    }

    [Fact]
    public void The_head_of_a_groups_plaza_is_its_member_not_its_leader()
    {
        var x = ExtractionHelper.RunSpanish("Elio Rolo Vence, quien había sido jefe de plaza de Los Zorzales, fue trasladado a Quito.");
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.MemberOf, "Los Zorzales"));
        Assert.False(x.Has("Elio Rolo Vence", RelationshipType.LeaderOf, "Los Zorzales"));
    }

    [Fact]
    public void A_leaders_lieutenants_are_members_of_the_group_he_is_later_said_to_lead()
    {
        var x = ExtractionHelper.Run(
            "Nina Vera Paz's lieutenants, Elio Rolo Vence and Ada Lemus, were arrested in May.",
            "Nina Vera Paz has run Los Zorzales since 2012, according to prosecutors.");
        Assert.True(x.Has("Elio Rolo Vence", RelationshipType.MemberOf, "Los Zorzales"));
        Assert.True(x.Has("Ada Lemus", RelationshipType.MemberOf, "Los Zorzales"));
    }

    [Fact]
    public void Former_allies_that_fight_are_no_allies()
    {
        var x = ExtractionHelper.Run("Los Choneros fought a long war against its former allies, the Lobos, for the prisons.");
        Assert.False(x.Has("Lobos", RelationshipType.AllyOf, "Los Choneros"));
    }

    [Fact]
    public void The_gang_in_a_description_is_the_group_in_focus_not_the_last_named()
    {
        var x = ExtractionHelper.Run(
            "Los Halcones were founded in 2009 in the port of Manta.",
            "Police say the gang's leader, Marcelo Ibáñez Soto, also belongs to the Northern Federation. Hernán Vidal Roa, the gang's second-in-command, was arrested in March.");
        Assert.True(x.Has("Hernán Vidal Roa", RelationshipType.MemberOf, "Los Halcones"));
        Assert.False(x.Has("Hernán Vidal Roa", RelationshipType.MemberOf, "Northern Federation"));
    }

    [Fact]
    public void Working_with_a_brother_named_in_apposition_makes_siblings_not_allies()
    {
        var x = ExtractionHelper.Run("Tomás Ruiz Pardo worked with his brother, Elías Ruiz Pardo, in the port.");
        Assert.True(x.Has("Tomás Ruiz Pardo", RelationshipType.SiblingOf, "Elías Ruiz Pardo"));
        Assert.False(x.Has("Tomás Ruiz Pardo", RelationshipType.AllyOf, "Elías Ruiz Pardo"));
    }

    [Fact]
    public void Where_a_phrase_rule_and_the_grammar_disagree_about_a_tie_the_grammar_stands()
    {
        var x = ExtractionHelper.Run(
            "Los Zorzales grew fast. It fought a bloody war with the Gulf Front for the river ports, and later allied with Los Mirlos, a gang from the coast.");
        Assert.True(x.Has("Los Zorzales", RelationshipType.AllyOf, "Los Mirlos"));
        Assert.False(x.Has("Gulf Front", RelationshipType.AllyOf, "Los Mirlos"));
        Assert.True(x.Has("Los Zorzales", RelationshipType.RivalOf, "Gulf Front"));
    }

    [Fact]
    public void Who_leads_a_cell_of_a_group_is_its_member_not_its_leader()
    {
        var x = ExtractionHelper.Run("A Los Zorzales cell led by Nina Vera Paz operates in the port.");
        Assert.True(x.Has("Nina Vera Paz", RelationshipType.MemberOf, "Los Zorzales"));
        Assert.False(x.Has("Nina Vera Paz", RelationshipType.LeaderOf, "Los Zorzales"));
    }

    [Fact]
    public void A_verb_after_a_relative_aside_shares_the_main_clauses_subject()
    {
        var x = ExtractionHelper.Run("Los Zorros Grises have an alliance with the Hermandad del Páramo, which sells them rifles, and have clashed with La Banda del Muelle for the ports.");

        Assert.True(x.Has("Los Zorros Grises", RelationshipType.RivalOf, "Banda del Muelle"));
    }

    [Fact]
    public void A_cuadrilla_and_a_vanguard_are_groups()
    {
        var x = ExtractionHelper.Run("La Cuadrilla Ocre es aliada de Los Tejones de Piedra. The Northeast Vanguard (Vanguardia del Noreste – VDN) controls the border.");

        var groups = x.Groups().Select(g => g.Name).ToList();
        Assert.Contains("Cuadrilla Ocre", groups);
        Assert.Contains("Northeast Vanguard", groups);
    }

    [Fact]
    public void Acquitted_on_charges_of_working_with_a_group_states_no_tie() =>
        Assert.Empty(ExtractionHelper.Run("Los Grillos move cocaine through the port. Tito Arce Gil was acquitted on charges of working with Los Grillos.").Relationships);

    [Theory]
    [InlineData(false, "Los Cárabos control the port.", "Anacleto Urbina Paz, the crew's founder and leader, was arrested.")]
    [InlineData(false, "Los Cárabos control the port.", "Anacleto Urbina Paz is the crew's founder and sole leader.")]
    [InlineData(true, "Los Cárabos controlan el puerto desde 2015.", "Los sicarios obedecen a Anacleto Urbina Paz, alias “Pirata”, fundador y jefe del grupo.")]
    [InlineData(true, "Los Cárabos controlan el puerto desde 2015.", "Anacleto Urbina Paz fue el fundador y todavía es el cabecilla de la banda.")]
    public void Two_coordinated_roles_share_their_holder_and_their_group(bool spanish, string first, string second)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(first, second) : ExtractionHelper.Run(first, second);
        Assert.True(x.Has("Anacleto Urbina Paz", RelationshipType.Founded, "Los Cárabos"));
        Assert.True(x.Has("Anacleto Urbina Paz", RelationshipType.LeaderOf, "Los Cárabos"));
    }

    [Theory]
    [InlineData(false, "Los Cárabos control the port.", "Members of the gang at home include Anacleto Urbina Paz and Celso Ribas Mota.")]
    [InlineData(false, "Los Cárabos control the port.", "Other members include Urbina's girlfriend, Anacleto Urbina Paz, who handled the cash, and a boatman, Celso Ribas Mota.")]
    [InlineData(true, "Los Cárabos controlan el puerto desde 2015.", "Otros integrantes relevantes son los primos Anacleto Urbina Paz y Celso Ribas Mota, a cargo de las rutas.")]
    public void Members_listed_after_a_description_or_a_place_belong_to_the_group_in_focus(bool spanish, string first, string second)
    {
        var x = spanish ? ExtractionHelper.RunSpanish(first, second) : ExtractionHelper.Run(first, second);
        Assert.True(x.Has("Anacleto Urbina Paz", RelationshipType.MemberOf, "Los Cárabos"));
        Assert.True(x.Has("Celso Ribas Mota", RelationshipType.MemberOf, "Los Cárabos"));
    }

    [Theory]
    // The subject named after the verb: a Spanish clause after a fronted phrase.
    [InlineData("Elio Rolo Vence nació en el puerto. Desde la cárcel dirigía Los Grillos su hermano menor.", RelationshipType.LeaderOf)]
    [InlineData("Elio Rolo Vence es pescador. En 2015 se sumó a Los Grillos un joven contador del puerto.", RelationshipType.MemberOf)]
    public void A_subject_named_after_the_verb_is_not_the_person_in_focus(string text, RelationshipType type) =>
        Assert.False(ExtractionHelper.Run(text).Has("Elio Rolo Vence", type, "Los Grillos"));

    [Fact]
    public void Another_member_of_something_else_is_no_member_of_the_group_in_focus() =>
        Assert.False(ExtractionHelper.Run("Los Toros gunmen killed three members of a family in Trujillo on Monday. Another member, Ana Ruiz Pardo, survived the attack.")
            .Has("Ana Ruiz Pardo", RelationshipType.MemberOf, "Los Toros"));
}
