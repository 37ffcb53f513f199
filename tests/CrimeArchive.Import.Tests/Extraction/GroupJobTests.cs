using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A job done for a group makes its doer a member: running the group's money, heading its
/// gunmen or one of its units, working as its hand in any trade. The group may be named or only
/// described ("la banda", "the clan's"), and may come after a chain of of-phrases.</summary>
public class GroupJobTests
{
    [Theory]
    // Heading a group's men, units or departments: a member, not the leader.
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera commands the gang's gunmen.", "Uriel Cobos Mancera", "Los Tizones")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera leads the group's armed wing.", "Uriel Cobos Mancera", "Los Tizones")]
    [InlineData("Los Tizones control the port of Bahía Vieja. His cousin, Uriel Cobos Mancera, commands its gunmen in the south.", "Uriel Cobos Mancera", "Los Tizones")]
    [InlineData("Los Tizones control the port of Bahía Vieja. His cousin, Uriel Cobos Mancera, commands the fighters of the gang near the border.", "Uriel Cobos Mancera", "Los Tizones")]
    // Spanish: the personal "a", an adverb before the object, an adjective closing it.
    [InlineData("Los Morcegos dominan el puerto. Uriel Cobos Mancera dirige hoy a los hombres armados de la banda.", "Uriel Cobos Mancera", "Los Morcegos")]
    // A charge, then the group described: a role noun's group after a chain of of-phrases.
    [InlineData("Los Morcegos dominan el puerto. Nereida Ovando Cuestas fue durante años la encargada de las finanzas del grupo.", "Nereida Ovando Cuestas", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Lucindo Ovando Pedraza es considerado el jefe de sicarios de la organización.", "Lucindo Ovando Pedraza", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Yamile Ansaldo Bermeo fue señalada como la encargada de las armas de la organización.", "Yamile Ansaldo Bermeo", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Yamile Ansaldo Bermeo es la segunda al mando de la banda.", "Yamile Ansaldo Bermeo", "Los Morcegos")]
    // Job verbs: "se encarga de", "controla", a chain of of-phrases, "para la banda", a source between relative and verb.
    [InlineData("Los Morcegos dominan el puerto. Su hermana, Nereida Ovando Cuestas, se encarga de las finanzas de la banda.", "Nereida Ovando Cuestas", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Florindo Pedraza Osorno controla todavía las finanzas del grupo.", "Florindo Pedraza Osorno", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Florindo Pedraza Osorno administra el cobro de las extorsiones de la banda.", "Florindo Pedraza Osorno", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Prudencio Tristán Cobos fue acusado de lavar dinero para la banda.", "Prudencio Tristán Cobos", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Su cuñado, Lucindo Ovando Pedraza, quien según la fiscalía administraba las fincas de la organización, sigue prófugo.", "Lucindo Ovando Pedraza", "Los Morcegos")]
    // Working as the group's hand, in a trade that is no role word; a gerund after a passive's agent.
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal worked as one of the gang's drivers.", "Liborio Prisco Sabogal", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal acted as the group's contact in Miami.", "Liborio Prisco Sabogal", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Noriel Ansaldo Bermeo was accused by prosecutors of running the group's finances.", "Noriel Ansaldo Bermeo", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Noriel Ansaldo Bermeo, who according to prosecutors laundered the gang's money, was arrested.", "Noriel Ansaldo Bermeo", "Las Garcetas")]
    // A post once held, the prefix glued on.
    [InlineData("Los Morcegos dominan el puerto. La policía detuvo a Florindo Pedraza Osorno, alias “Tijeras”, exjefe de finanzas de la banda.", "Florindo Pedraza Osorno", "Los Morcegos")]
    // A charge held or taken: "a cargo de", "se ocupa de", "in charge of", "took charge of", "responsible for".
    [InlineData("Los Morcegos dominan el puerto. Su primo, Lucindo Ovando Pedraza, que está a cargo de los depósitos de la banda, fue detenido.", "Lucindo Ovando Pedraza", "Los Morcegos")]
    [InlineData("Los Morcegos dominan el puerto. Florindo Pedraza Osorno, que se ocupa de los vehículos de la banda, huyó.", "Florindo Pedraza Osorno", "Los Morcegos")]
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal, who is in charge of the gang's money, fled.", "Liborio Prisco Sabogal", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal took charge of the gang's trucks in 2019.", "Liborio Prisco Sabogal", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Her cousin, Noriel Ansaldo Bermeo, is responsible for its stash houses.", "Noriel Ansaldo Bermeo", "Las Garcetas")]
    public void A_job_for_the_group_makes_a_member(string text, string person, string group)
    {
        var x = ExtractionHelper.Run(text);
        Assert.True(x.Has(person, RelationshipType.MemberOf, group), string.Join("; ", x.Relationships.Select(r => $"{r.Subject.Name} {r.Type} {r.Object.Name}")));
        Assert.False(x.Has(person, RelationshipType.LeaderOf, group));
    }

    [Fact]
    public void The_group_a_description_means_may_be_named_in_the_same_sentence()
    {
        var x = ExtractionHelper.Run("Las Nutrias y Los Colibríes se disputan el puerto. Uriel Cobos Mancera es integrante de Los Colibríes y se encarga de las finanzas del grupo.");
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Colibríes"));
        Assert.False(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Las Nutrias"));
    }

    [Fact]
    public void A_leader_who_also_runs_the_groups_money_is_its_leader_only()
    {
        var x = ExtractionHelper.Run("Uriel Cobos Mancera is the leader of Los Tizones. Prosecutors say he also manages the gang's finances.");
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.LeaderOf, "Los Tizones"));
        Assert.False(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Tizones"));
    }

    [Fact]
    public void A_stated_membership_stays_beside_a_later_leadership()
    {
        var x = ExtractionHelper.Run("Uriel Cobos Mancera was a lieutenant of Los Tizones for a decade. In 2019 he became the leader of Los Tizones.");
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.LeaderOf, "Los Tizones"));
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Tizones"));
    }

    [Fact]
    public void A_membership_stated_after_a_job_implied_it_stays_beside_a_leadership()
    {
        var x = ExtractionHelper.Run("Los Tizones control the port. Uriel Cobos Mancera ran the gang's finances. He was one of the gang's lieutenants for a decade. In 2019 he became the leader of Los Tizones.");
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.LeaderOf, "Los Tizones"));
        Assert.True(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Tizones"));
    }

    [Fact]
    public void A_passive_agent_with_a_title_is_not_the_one_accused_of_the_job()
    {
        var x = ExtractionHelper.Run("Los Morcegos dominan el puerto. Pedro Lara Quintero fue acusado por el fiscal Uriel Cobos Mancera de lavar dinero para la banda.");
        Assert.True(x.Has("Pedro Lara Quintero", RelationshipType.MemberOf, "Los Morcegos"));
        Assert.False(x.Has("Uriel Cobos Mancera", RelationshipType.MemberOf, "Los Morcegos"));
    }

    [Theory]
    // Heading what is no group's: an army's troops, an investigation.
    [InlineData("Los Tizones control the port of Bahía Vieja. General Uriel Cobos Mancera commands the army's troops in the region.")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera attacked the gang's gunmen in May.")]
    [InlineData("Los Morcegos dominan el puerto. El fiscal Uriel Cobos Mancera dirige la investigación sobre la banda.")]
    // A person's thing, not the group's; a job for a person.
    [InlineData("Los Morcegos dominan el puerto. Uriel Cobos Mancera administra las fincas de la hermana de Nereida Ovando Cuestas.")]
    [InlineData("Los Morcegos dominan el puerto. Uriel Cobos Mancera lavaba dinero para Nereida Ovando Cuestas.")]
    // A group named only by an indefinite description is no group in focus.
    [InlineData("Los Morcegos dominan el puerto. Uriel Cobos Mancera maneja las finanzas de una banda rival.")]
    // Working as someone else's hand.
    [InlineData("Las Garcetas hold the docks. Uriel Cobos Mancera worked as a driver for a trucking firm.")]
    // A description as the subject: the doer's victim, not the doer.
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera killed the man who commanded the gang's gunmen.")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Police questioned Uriel Cobos Mancera about the man who commands the gang's gunmen.")]
    // Officials and actions done to the group.
    [InlineData("Los Tizones control the port of Bahía Vieja. Detective Uriel Cobos Mancera supervised the investigation of the finances of the gang.")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Detective Uriel Cobos Mancera coordinated the hunt for the gang.")]
    [InlineData("Los Morcegos dominan el puerto. El fiscal Uriel Cobos Mancera coordina la investigación de las finanzas de la banda.")]
    [InlineData("Los Morcegos dominan el puerto. El fiscal Uriel Cobos Mancera se encarga de la investigación de la banda.")]
    [InlineData("Los Morcegos dominan el puerto. El comisario Uriel Cobos Mancera, encargado de la investigación de la banda, dijo que habrá más detenciones.")]
    [InlineData("Los Morcegos dominan el puerto. El coronel Uriel Cobos Mancera controla ahora los barrios de la banda.")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera, a key figure in the investigation of the gang, testified on Monday.")]
    [InlineData("The army sent troops to the port. General Uriel Cobos Mancera commands its troops.")]
    [InlineData("Los Tizones control the port of Bahía Vieja. Warden Uriel Cobos Mancera led the gang's members into the new wing of the prison.")]
    // A household, or a group word that is someone's.
    [InlineData("Los Morcegos secuestraron a un empresario en mayo. Uriel Cobos Mancera, quien trabajaba como jardinero de la familia, fue detenido por el secuestro.")]
    [InlineData("Los Morcegos dominan el puerto. El coronel Uriel Cobos Mancera dirigía a los hombres del bloque de búsqueda.")]
    // An outsider's trade.
    [InlineData("Los Tizones control the port of Bahía Vieja. Uriel Cobos Mancera served as the gang's lawyer for a decade.")]
    public void No_job_for_the_group_makes_no_member(string text)
    {
        var x = ExtractionHelper.Run(text);
        Assert.DoesNotContain(x.Relationships, r => r.Subject.Name == "Uriel Cobos Mancera" && r.Type is RelationshipType.MemberOf or RelationshipType.LeaderOf);
    }

    [Theory]
    // A job denied, and blame rather than a charge.
    [InlineData("Los Morcegos dominan el puerto. Florindo Pedraza Osorno no está a cargo de las finanzas de la banda.", "Florindo Pedraza Osorno", "Los Morcegos")]
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal was never in charge of the gang's money.", "Liborio Prisco Sabogal", "Las Garcetas")]
    [InlineData("Las Garcetas hold the docks. Liborio Prisco Sabogal, the leader of Los Tizones, was responsible for the collapse of Las Garcetas.", "Liborio Prisco Sabogal", "Las Garcetas")]
    public void A_denied_job_or_blame_makes_no_member(string text, string person, string group) =>
        Assert.False(ExtractionHelper.Run(text).Has(person, RelationshipType.MemberOf, group));
}
