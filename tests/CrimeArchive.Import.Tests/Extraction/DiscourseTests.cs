using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>Relations whose argument is not named where the relation is stated: a description
/// ("the clan", "la banda"), a pronoun or possessive, a description given its name by a naming
/// phrase, or a group left implicit. Each text is one paragraph; "|" splits paragraphs.</summary>
public class DiscourseTests
{
    [Theory]
    // A description answers to the group whose name or description has its head noun.
    [InlineData("en", "The Frente Tomás Varela, a splinter faction of the disbanded Ejército Popular Serrano (EPS), claimed the attack.|Its chief, Baltasar Quiroga Vidal, took over the front when its founder was shot.", "Baltasar Quiroga Vidal", RelationshipType.LeaderOf, "Frente Tomás Varela")]
    [InlineData("en", "Police say the PLM's main partner in the valley is the Arriaga clan. The clan is run by the brothers Tito and Leo Arriaga Mena, who also buy rifles for the PLM.", "Tito Arriaga Mena", RelationshipType.LeaderOf, "Arriaga clan")]
    // A description given its name by the naming phrase that follows it.
    [InlineData("en", "Police blame the Berrío family for the killings.|The clan, known along the coast as “Los Berrío,” is led by Ciro Berrío Salas, a former fisherman.", "Ciro Berrío Salas", RelationshipType.LeaderOf, "Berrío family")]
    // A role held in a described group.
    // A described group as the subject of a passive or of "answer to".
    // Sub-units, rivals and allies of the group in focus.
    [InlineData("en", "The Valle Cartel's great enemy is the Tejones, a gang from the port.", "Valle Cartel", RelationshipType.RivalOf, "Tejones")]
    // Two coordinated role nouns, a gerund, a verb with its subject after it.
    [InlineData("en", "Iñigo Salcedo Mora has run the Gavilanes ever since creating the crew in 2010.", "Iñigo Salcedo Mora", RelationshipType.Founded, "Gavilanes")]
    // A kin noun whose possessor is the person of the sentence before.
    [InlineData("es", "Fue capturado junto a Olegario Paniagua Ríos, alias \"el Zurdo\". Sus hermanos Cipriano y Lázaro cuidaban los laboratorios de la finca.", "Olegario Paniagua Ríos", RelationshipType.SiblingOf, "Cipriano Paniagua Ríos")]
    // Leadership passing to someone.
    [InlineData("es", "Los Tejones controlan el mercado de Puerto Salinas. Evelio Naranjo Ruiz, a quien la fiscalía considera lugarteniente de la banda, huyó en marzo.", "Evelio Naranjo Ruiz", RelationshipType.MemberOf, "Los Tejones")]
    [InlineData("es", "El Ejército Popular Serrano (EPS) opera en la sierra desde 1990. Samuel Roca Díaz, conocido como \"el Tigre\", máximo comandante de esa guerrilla desde 2015, murió en un bombardeo.", "Samuel Roca Díaz", RelationshipType.LeaderOf, "El Ejército Popular Serrano")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. For years it has worked alongside the Urquiza clan on the coast.", "Valle Cartel", RelationshipType.AllyOf, "Urquiza clan")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its gunmen are locked in a fight with Los Grillos.", "Valle Cartel", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its commander, known only as \"Chispa,\" was seen at the border.", "Chispa", RelationshipType.LeaderOf, "Valle Cartel")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Its armed wing, known as the Escuadra Negra, carried out the attack.", "Escuadra Negra", RelationshipType.MemberOf, "Valle Cartel")]
    // Someone else's verb of judging names the holder: its object, or an object relative's antecedent.
    [InlineData("en", "The indictment describes Arteaga Paz as a lieutenant of the Gavilanes.", "Arteaga Paz", RelationshipType.MemberOf, "Gavilanes")]
    [InlineData("en", "Los Cuervos lost the port. Police arrested Nilo Vidal Cano, whom prosecutors consider the gang's treasurer.", "Nilo Vidal Cano", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("es", "El puerto vive una guerra desde 2019.|La banda, que en los expedientes aparece como Los Tejones, es dirigida desde la cárcel por Evelio Naranjo Ruiz.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Los Cuervos control the market in Puerto Salinas. Police arrested Fermín Ortega Lugo, a former gunman for the gang, on Monday.", "Fermín Ortega Lugo", RelationshipType.MemberOf, "Los Cuervos")]
    [InlineData("es", "Los Tejones nacieron en 2005. Tras la captura de su fundador, la red quedó encabezada por Evelio Naranjo Ruiz, alias \"el Tejón\".", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("es", "El Frente Sur opera en el río. El frente está bajo el mando de Evelio Naranjo Ruiz, un excomandante.", "Evelio Naranjo Ruiz", RelationshipType.LeaderOf, "Frente Sur")]
    [InlineData("es", "En la sierra, Los Tejones cuentan con el respaldo del clan Iturbe, que les presta camionetas.", "Los Tejones", RelationshipType.AllyOf, "Iturbe")]
    [InlineData("es", "Los Tejones dominan el norte y Los Grillos el sur. Ambas bandas se disputan desde 2019 los embarcaderos.", "Los Tejones", RelationshipType.RivalOf, "Los Grillos")]
    [InlineData("es", "Del otro lado están Los Tejones, la red que comanda Irene Salvatierra Mas, \"la Chata\", desde 2018.", "Irene Salvatierra Mas", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "The Valle Cartel moves cocaine through the valley. Day to day, the network answers to Eliseo Grajales Pino, alias \"Tiza.\"", "Eliseo Grajales Pino", RelationshipType.LeaderOf, "Valle Cartel")]
    [InlineData("es", "Anselmo Rubio Toledo, alias \"el Relojero\", es el fundador y jefe de Los Barqueros.", "Anselmo Rubio Toledo", RelationshipType.Founded, "Los Barqueros")]
    [InlineData("es", "Según la fiscalía, Ulises Ulloa Peña comandaba desde 2015 la banda conocida como Los Tejones, que cobra peaje en el mercado.", "Ulises Ulloa Peña", RelationshipType.LeaderOf, "Los Tejones")]
    [InlineData("en", "Los Cuervos were founded by Tadeo Salgado Vera. After his arrest, the group's command passed to his nephew, Bruno Salgado Ortiz.", "Bruno Salgado Ortiz", RelationshipType.LeaderOf, "Los Cuervos")]
    public void A_relation_reaches_an_argument_that_is_not_named_there(string language, string text, string subject, RelationshipType type, string obj)
    {
        var paragraphs = text.Split('|');
        var x = language == "es" ? ExtractionHelper.RunSpanish(paragraphs) : ExtractionHelper.Run(paragraphs);
        Assert.True(x.Has(subject, type, obj), $"expected {subject} {type} {obj}; found: "
            + string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}"))
            + " | entities: " + string.Join("; ", x.Entities.Select(e => $"{e.Kind}:{e.Name}")));
    }
}
