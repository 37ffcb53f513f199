using CrimeArchive.Data;

namespace CrimeArchive.Import.Tests.Extraction;

/// <summary>A plural's possessive mark ("Ranchers'") inside a body's name does not cut the name, as "'s" does
/// not in "the People's Army"; a group's possessive before a person's name still ends the group's. A noun after a
/// name that is part of it: "the X cell".</summary>
public class PluralPossessiveNameTests
{
    [Fact]
    public void The_name_runs_on_past_a_plural_possessive_before_a_bodys_noun()
    {
        var x = ExtractionHelper.Run("Omar Rivas Tello leads the Valdemar Ranchers' Union, a gang of cattle thieves.");
        Assert.Contains(x.Groups(), g => g.Name == "Valdemar Ranchers' Union");
        Assert.DoesNotContain(x.Groups(), g => g.Name == "Valdemar Ranchers");
        Assert.True(x.Has("Omar Rivas Tello", RelationshipType.LeaderOf, "Valdemar Ranchers' Union"));
    }

    [Fact]
    public void A_gangs_possessive_before_a_person_ends_the_gangs_name()
    {
        var x = ExtractionHelper.Run("The Chorlitos' Fermín Ulloa Bastidas met buyers in Reynosa.");
        Assert.Contains(x.People(), p => p.Name == "Fermín Ulloa Bastidas");
        Assert.DoesNotContain(x.Groups(), g => g.Name.Contains("Fermín", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_is_named_with_its_noun()
    {
        var x = ExtractionHelper.Run("Los Chorlitos clashed with the Tamarindo cell, the local arm of the Páramo Alto Cartel, in the port.");
        Assert.Contains(x.Groups(), g => g.Name == "Tamarindo cell");
        Assert.True(x.Has("Tamarindo cell", RelationshipType.MemberOf, "Páramo Alto Cartel"));
    }
}
