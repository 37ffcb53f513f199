using CrimeArchive.Data;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Tests.Extraction;

public class RelationshipRuleTests
{
    [Theory]
    [InlineData("en", "Police arrested Oren Graff Mora, a mechanic who serviced the boats and whom investigators call a member of the Tejo Cartel.", "Oren Graff Mora", "Tejo Cartel")]
    [InlineData("es", "Uno de sus operadores es Fausto Ruiz Mena, alias “El Flaco”, a quien la fiscalía señala como integrante del Cártel de Paita.", "Fausto Ruiz Mena", "Cártel de Paita")]
    public void A_relative_clause_that_attributes_membership_makes_its_antecedent_a_member(string lang, string text, string person, string group)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);

        Assert.Contains(x.Relationships, r => r.Subject.Name == person && r.Type == RelationshipType.MemberOf && r.Object.Name == group);
    }

    [Fact]
    public void Meeting_members_of_a_group_after_a_clause_that_calls_someone_names_is_no_membership()
    {
        var x = ExtractionHelper.Run("Oren Graff Mora, whom police call a liar, met with members of the Tejo Cartel in Paita.");

        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Oren Graff Mora" && r.Type == RelationshipType.MemberOf);
    }

    [Theory]
    // A gang named by the man who runs it, his nickname after him: the man is a person, and he leads the gang.
    [InlineData("es", "Los decomisos golpean a Los Zancudos de Ildefonso Viveros Astudillo, alias “El Tábano”, que opera desde la sierra.", "Los Zancudos")]
    [InlineData("en", "Police tied the lab to the Jején Cartel of Ildefonso Viveros Astudillo, alias \"Tábano,\" who fled in 2019.", "Jején Cartel")]
    public void A_gang_of_a_nicknamed_man_is_led_by_him(string lang, string text, string group)
    {
        var x = lang == "es" ? ExtractionHelper.RunSpanish(text) : ExtractionHelper.Run(text);

        Assert.Contains("Ildefonso Viveros Astudillo", x.People().Select(p => p.Name));
        Assert.Contains(group, x.Groups().Select(g => g.Name));
        Assert.True(x.Has("Ildefonso Viveros Astudillo", RelationshipType.LeaderOf, group));
    }

    [Theory]
    // After a town ("de San X") or with a nickname that may be the gang's own ("known as"), "de" belongs to the name.
    [InlineData("Las Garzotas de San Anacarsis, known as the Rufinos, hold the highway.", "Las Garzotas de San Anacarsis")]
    [InlineData("Police blamed Los Legatarios de Anacarsis Quijano, known as the Candelillas, for the fire.", "Los Legatarios de Anacarsis Quijano")]
    public void A_gang_name_runs_on_past_de_unless_an_alias_names_a_man(string text, string group)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains(group, x.Groups().Select(g => g.Name));
        Assert.DoesNotContain(x.People(), p => p.Name.StartsWith("Anacarsis", StringComparison.Ordinal));
    }

    [Theory]
    // A conjunction opening the sentence is no part of the name after it.
    [InlineData("When Orestes Gamboa Lebrija, alias \"Mico,\" was flown to Bogotá, his crew split.")]
    [InlineData("Once Orestes Gamboa Lebrija was in custody, his crew split.")]
    public void A_name_after_an_opening_conjunction_is_the_name_alone(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.Contains("Orestes Gamboa Lebrija", x.People().Select(p => p.Name));
    }

    [Fact]
    public void Appositive_leader_of_a_group()
    {
        var x = ExtractionHelper.Run("Soldiers killed Benito Ocampo Lara, alias \"Sapo,\" the leader of Los Gavilanes, on Tuesday.");
        Assert.True(x.Has("Benito Ocampo Lara", RelationshipType.LeaderOf, "Los Gavilanes"));
    }

    [Theory]
    // The brothers who lead a group, after "who" or after the noun that says what the group is: each leads it.
    [InlineData("The Chorlitos, who are headed by the brothers Gregorio and Hipólito Barraza Uceda, have fought for the docks since 2019.")]
    [InlineData("The Chorlitos are a gang headed by the brothers Gregorio and Hipólito Barraza Uceda.")]
    public void Brothers_named_by_a_passive_after_the_group_all_lead_it(string text)
    {
        var x = ExtractionHelper.Run(text);

        Assert.True(x.Has("Gregorio Barraza Uceda", RelationshipType.LeaderOf, "Chorlitos"));
        Assert.True(x.Has("Hipólito Barraza Uceda", RelationshipType.LeaderOf, "Chorlitos"));
    }

    [Fact]
    public void Group_bosses_before_names()
    {
        var x = ExtractionHelper.Run("Cobras bosses Ivan Cruz Mejia and Raul Soto Pineda met in prison, the Cobras gang said.");
        Assert.True(x.Has("Ivan Cruz Mejia", RelationshipType.LeaderOf, "Cobras"));
        Assert.True(x.Has("Raul Soto Pineda", RelationshipType.LeaderOf, "Cobras"));
    }

    [Fact]
    public void Member_founder_and_former_member()
    {
        var x = ExtractionHelper.Run(
            "Los Gavilanes were founded in 2010 by Hilda Paz Rocha.",
            "Omar Lindo Cruz, a member of Los Gavilanes, was arrested with former Coastal Cartel member Fausto Rey Uribe.");
        Assert.True(x.Has("Hilda Paz Rocha", RelationshipType.Founded, "Los Gavilanes"));
        Assert.True(x.Has("Omar Lindo Cruz", RelationshipType.MemberOf, "Los Gavilanes"));
        Assert.True(x.Has("Fausto Rey Uribe", RelationshipType.MemberOf, "Coastal Cartel"));
    }

    [Fact]
    public void Rivals_and_allies()
    {
        var x = ExtractionHelper.Run(
            "Los Gavilanes are allied with the Coastal Cartel.",
            "The gang has fought a long war against the Cobras and Los Toros.");
        Assert.True(x.Has("Los Gavilanes", RelationshipType.AllyOf, "Coastal Cartel"));
        Assert.True(x.Has("Los Gavilanes", RelationshipType.RivalOf, "Cobras"));
        Assert.True(x.Has("Los Gavilanes", RelationshipType.RivalOf, "Los Toros"));
    }

    [Fact]
    public void His_brother_after_his_wife_is_the_brother_of_the_man_they_both_belong_to()
    {
        var x = ExtractionHelper.Run("Raúl Mena leads Los Topos. His wife, Ana Paz, runs the shops, and his brother, Leo Mena, is a lieutenant.");
        Assert.True(x.Has("Raúl Mena", RelationshipType.SiblingOf, "Leo Mena") || x.Has("Leo Mena", RelationshipType.SiblingOf, "Raúl Mena"));
    }

    [Theory]
    [InlineData("Police charged Marlon Reid, the top man of Los Gavilanes, in May.", "Marlon Reid", RelationshipType.LeaderOf)]
    [InlineData("Los Gavilanes lost ground in May. The front's head of finances, Juan Ibarra, was captured in Tumaco.", "Juan Ibarra", RelationshipType.MemberOf)]
    [InlineData("Los Gavilanes lost ground in May. Two of the gang's boat captains, Edwin Ruiz and Joel Mena, were extradited.", "Joel Mena", RelationshipType.MemberOf)]
    public void A_role_noun_of_the_group_gives_the_role(string text, string person, RelationshipType type)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has(person, type, "Los Gavilanes"));
    }

    [Theory]
    [InlineData("Los Gavilanes libran una guerra abierta con Los Toros por las rutas de la costa.")]
    [InlineData("Los Gavilanes have waged a bloody war against Los Toros since 2019.")]
    public void A_war_with_a_word_between_is_a_rivalry(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has("Los Gavilanes", RelationshipType.RivalOf, "Los Toros") || x.Has("Los Toros", RelationshipType.RivalOf, "Los Gavilanes"));
    }

    [Theory]
    [InlineData("\"I am innocent,\" said Walter Cruz Medina, who denies leading Los Pericos.", "Walter Cruz Medina", RelationshipType.LeaderOf, "Los Pericos")]
    [InlineData("Pedro Salcedo Ruiz has denied being a member of Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("Ramiro Tello Vaca negó pertenecer a Los Tilos ante el juez.", "Ramiro Tello Vaca", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("Los Tilos have never been allied with Los Cuervos, police say.", "Los Tilos", RelationshipType.AllyOf, "Los Cuervos")]
    [InlineData("Whatever the papers say, Pedro Salcedo Ruiz is not a member of Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("The navy denied press reports that Los Tilos had struck a deal with Los Cuervos.", "Los Tilos", RelationshipType.AllyOf, "Los Cuervos")]
    [InlineData("Investigators have found no evidence that Los Tilos are allied with Los Cuervos.", "Los Tilos", RelationshipType.AllyOf, "Los Cuervos")]
    [InlineData("El fiscal dijo que no hay indicios de que Los Tilos mantengan una alianza con Los Cuervos.", "Los Tilos", RelationshipType.AllyOf, "Los Cuervos")]
    [InlineData("If Los Tilos were to ally with Los Cuervos, the port would change hands.", "Los Tilos", RelationshipType.AllyOf, "Los Cuervos")]
    [InlineData("Agents saw no basis for claims that Pedro Salcedo Ruiz also worked for Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("Nothing suggests that Pedro Salcedo Ruiz leads Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos")]
    [InlineData("Nada indica que Ramiro Tello Vaca dirija a Los Tilos.", "Ramiro Tello Vaca", RelationshipType.LeaderOf, "Los Tilos")]
    [InlineData("La fiscalía no excluye que Ramiro Tello Vaca también trabajara para Los Tilos.", "Ramiro Tello Vaca", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("Prosecutors do not rule out that Pedro Salcedo Ruiz also worked for Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.MemberOf, "Los Tilos")]
    [InlineData("If he is jailed, Pedro Salcedo Ruiz could take over Los Tilos, officials say.", "Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos")]
    [InlineData("Unconfirmed reports say Pedro Salcedo Ruiz has taken control of Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos")]
    [InlineData("Versiones no confirmadas señalan que Ramiro Tello Vaca tomó el control de Los Tilos.", "Ramiro Tello Vaca", RelationshipType.LeaderOf, "Los Tilos")]
    [InlineData("If the port falls, analysts expect Pedro Salcedo Ruiz to take his father's place at the head of Los Tilos.", "Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos")]
    public void A_tie_denied_negated_or_only_possible_is_none(string text, string subject, RelationshipType type, string obj)
    {
        Assert.False(ExtractionHelper.Run(text).Has(subject, type, obj));
    }

    [Fact]
    public void A_tie_given_in_apposition_inside_a_denial_stands()
    {
        var x = ExtractionHelper.Run("Police denied reports that Pedro Salcedo Ruiz, the leader of Los Tilos, had surrendered in Cúcuta.");
        Assert.True(x.Has("Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos"));
    }

    [Fact]
    public void A_denied_tie_to_a_group_named_only_by_a_description_is_none()
    {
        var x = ExtractionHelper.Run("Los Tilos control the fish market of Puerto Ángel.", "Ramiro Tello Vaca denies working for the gang.");
        Assert.False(x.Has("Ramiro Tello Vaca", RelationshipType.MemberOf, "Los Tilos"));
    }

    [Fact]
    public void A_denial_by_someone_else_leaves_the_tie_to_the_rules()
    {
        var x = ExtractionHelper.Run("Officials denied that Pedro Salcedo Ruiz still led Los Tilos.");
        Assert.True(x.Has("Pedro Salcedo Ruiz", RelationshipType.LeaderOf, "Los Tilos"));
    }

    [Fact]
    public void A_denial_of_a_clause_leaves_the_ties_around_it()
    {
        var x = ExtractionHelper.Run("Pedro Salcedo Ruiz denied that his brother, Alonso, led Los Tilos.");
        Assert.True(x.Has("Pedro Salcedo Ruiz", RelationshipType.SiblingOf, "Alonso Salcedo Ruiz"));
    }

    [Fact]
    public void Former_allies_are_not_allies()
    {
        var x = ExtractionHelper.Run("Los Toros turned on their former allies, the Cobras.");
        Assert.False(x.Has("Los Toros", RelationshipType.AllyOf, "Cobras"));
    }

    [Fact]
    public void Armed_wing_of_a_group_is_a_member_group()
    {
        var x = ExtractionHelper.Run("Los Toros began as an armed wing of the Coastal Cartel.");
        Assert.True(x.Has("Los Toros", RelationshipType.MemberOf, "Coastal Cartel"));
    }

    [Fact]
    public void His_brother_is_a_sibling_of_the_person_sharing_the_surname()
    {
        var x = ExtractionHelper.Run(
            "Marines captured Felipe Aranda Solis in Veracruz.",
            "His brother, Gonzalo Aranda Solis, remains at large.");
        Assert.True(x.Has("Felipe Aranda Solis", RelationshipType.SiblingOf, "Gonzalo Aranda Solis"));
    }

    [Fact]
    public void She_in_a_person_profile_is_the_profile_subject()
    {
        var x = ExtractionHelper.Run(DocumentKind.PersonProfile, "Celia Montes Arroyo",
            "Celia Montes Arroyo is a broker from Sinaloa.",
            "In 2005 she founded Los Gavilanes, a network of pilots.");
        Assert.True(x.Has("Celia Montes Arroyo", RelationshipType.Founded, "Los Gavilanes"));
    }

    [Fact]
    public void The_agent_in_an_aside_is_not_the_one_at_war()
    {
        var x = ExtractionHelper.Run("El clan, dirigido por los hermanos Iker y Rubén Ordóñez Pozo, mantiene una guerra contra el PCC.");

        Assert.DoesNotContain(x.Relationships, r => r.Type == RelationshipType.RivalOf);
    }
}
