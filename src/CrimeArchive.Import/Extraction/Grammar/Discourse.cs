using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Who a pronoun or a description stands for, from the names read so far: "he" and "the
/// trafficker" for the person in focus, "it", "its" and "the gang" for the group in focus. A
/// profile's subject is in focus throughout its profile unless a sentence has just put another
/// name of its kind forward as a clause subject.</summary>
public sealed class Discourse(EntityDraft? profileSubject)
{
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "trafficker", "narco", "capo", "kingpin", "suspect", "detainee", "fugitive", "man", "woman", "businessman", "criminal", "leader", "boss",
        "drug lord", "lord", "prisoner", "defendant", "accused", "brother", "politician", "mayor", "official",
        "detenido", "narcotraficante", "sospechoso", "hombre", "mujer", "empresario", "acusado", "capturado", "prófugo", "líder", "jefe",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "group", "gang", "organization", "organisation", "cartel", "clan", "network", "syndicate", "mafia", "faction", "structure", "militia", "guerrilla", "federation",
        "grupo", "banda", "organización", "cártel", "cartel", "pandilla", "red", "clan", "estructura", "facción", "mafia", "guerrilla",
    };

    public static bool IsGroupWord(string lower) => GroupNouns.Contains(lower);

    private readonly List<EntityDraft> groups = [];
    private EntityDraft? person;
    private EntityDraft? group;
    private EntityDraft? subjectPerson;
    private EntityDraft? subjectGroup;
    private int sentence;
    private int subjectPersonSentence = -10;
    private int subjectGroupSentence = -10;

    public void NextSentence() => sentence++;

    /// <summary>Called with each name in reading order; <paramref name="asSubject"/> when it opens a clause.</summary>
    public void Saw(EntityDraft entity, bool asSubject)
    {
        if (entity.IsPerson)
        {
            person = entity;
            if (asSubject)
                (subjectPerson, subjectPersonSentence) = (entity, sentence);
        }
        else
        {
            group = entity;
            groups.Remove(entity);
            groups.Add(entity);
            if (asSubject)
                (subjectGroup, subjectGroupSentence) = (entity, sentence);
        }
    }

    // A subject of this sentence or the one before stays in focus; after that a profile's subject comes back.
    public EntityDraft? Person => sentence - subjectPersonSentence <= 1 ? subjectPerson : profileSubject is { IsPerson: true } ? profileSubject : subjectPerson ?? person;

    public EntityDraft? Group => sentence - subjectGroupSentence <= 1 ? subjectGroup : profileSubject is { IsPerson: false } ? profileSubject : group;

    /// <summary>What a pronoun or a definite description without a name stands for, if anything.</summary>
    public EntityDraft? Resolve(Phrase np)
    {
        var head = np.Head;
        if (head is null || head.IsName)
            return null;
        switch (head.Lower)
        {
            case "he" or "she" or "him" or "his" or "her" or "él" or "ella":
                return Person;
            case "it" or "its" or "they" or "their" or "them" or "ellos":
                return Group;
        }
        if (!np.IsDefinite || np.Tokens.Any(t => t.IsName))
            return null;
        if (GroupNouns.Contains(head.Lower))
            return Group;
        if (PersonNouns.Contains(head.Lower) || head.Lower.EndsWith("-old", StringComparison.Ordinal))
            return Person;
        return null;
    }

    /// <summary>Whose a possessive pronoun before a relation word means: "its leader" and "su jefe"
    /// the group's; "his rivals" the person's; "sus enemigos" the person's in a person's profile.</summary>
    public EntityDraft? Owner(Token owner, RelationSense sense) => owner.Lower switch
    {
        "its" or "their" => Group,
        "his" or "her" => sense is RelationSense.RivalOf or RelationSense.AllyOf ? Person : null,
        "su" or "sus" => sense is RelationSense.RivalOf or RelationSense.AllyOf && profileSubject is { IsPerson: true } ? Person : Group,
        _ => null,
    };

    /// <summary>The last group named before the current sentence that is none of <paramref name="here"/>:
    /// "the gang" in "X split from Y, the other faction of the gang" is neither X nor Y.</summary>
    public EntityDraft? GroupBefore(IReadOnlySet<EntityDraft> here)
    {
        if (profileSubject is { IsPerson: false } && !here.Contains(profileSubject))
            return profileSubject;
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (!here.Contains(groups[i]))
                return groups[i];
        }
        return null;
    }
}
