using CrimeArchive.Data;

namespace CrimeArchive.Import.Extraction.Pairs;

/// <summary>What the classifier says of a pair (first name, second name, in sentence order). A
/// person–group label is the person's role whichever comes first; between two groups
/// <see cref="MemberOf"/> makes the first part of the second and <see cref="HasMember"/> the reverse.</summary>
public enum PairLabel { None, LeaderOf, Founded, MemberOf, HasMember, RivalOf, AllyOf, SiblingOf }

public static class PairLabels
{
    public const int Count = 8;

    /// <summary>The relationship a label makes of the pair, or null where the ends cannot hold it.</summary>
    public static (PairEnd Subject, RelationshipType Type)? Reading(PairLabel label, bool firstIsPerson, bool secondIsPerson)
    {
        var mixed = firstIsPerson != secondIsPerson;
        var person = firstIsPerson ? PairEnd.First : PairEnd.Second;
        return label switch
        {
            PairLabel.LeaderOf when mixed => (person, RelationshipType.LeaderOf),
            PairLabel.Founded when mixed => (person, RelationshipType.Founded),
            PairLabel.MemberOf when mixed => (person, RelationshipType.MemberOf),
            PairLabel.MemberOf when !firstIsPerson && !secondIsPerson => (PairEnd.First, RelationshipType.MemberOf),
            PairLabel.HasMember when !firstIsPerson && !secondIsPerson => (PairEnd.Second, RelationshipType.MemberOf),
            PairLabel.RivalOf => (PairEnd.First, RelationshipType.RivalOf),
            PairLabel.AllyOf => (PairEnd.First, RelationshipType.AllyOf),
            PairLabel.SiblingOf when firstIsPerson && secondIsPerson => (PairEnd.First, RelationshipType.SiblingOf),
            _ => null,
        };
    }

    /// <summary>The label a stated relationship gives the pair; <paramref name="subjectFirst"/>: its subject comes first.</summary>
    public static PairLabel Of(RelationshipType type, bool subjectFirst, bool bothGroups) => type switch
    {
        RelationshipType.LeaderOf => PairLabel.LeaderOf,
        RelationshipType.Founded => PairLabel.Founded,
        RelationshipType.MemberOf when bothGroups && !subjectFirst => PairLabel.HasMember,
        RelationshipType.MemberOf => PairLabel.MemberOf,
        RelationshipType.RivalOf => PairLabel.RivalOf,
        RelationshipType.AllyOf => PairLabel.AllyOf,
        RelationshipType.SiblingOf => PairLabel.SiblingOf,
        _ => PairLabel.None,
    };
}

/// <summary>Which end of a pair is a relationship's subject.</summary>
public enum PairEnd { First, Second }
