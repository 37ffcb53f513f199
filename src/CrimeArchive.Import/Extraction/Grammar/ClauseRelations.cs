using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

/// <summary>Relationships read from the grammar of each sentence. A relation is a role noun or a
/// verb (<see cref="RelationWords"/>) tied to its two arguments by a clause role: a role noun by
/// apposition, a copula or "as" to the one who holds it, and by "of", a possessive or a modifier to
/// the group it is held in; a verb by its subject and object, or by its passive agent. A role
/// phrase that is only the object of some other verb ("met the leaders of G") ties nobody to G.
/// Pronouns and descriptions ("the gang", "the trafficker") stand for the names
/// <see cref="Discourse"/> has in focus.</summary>
public sealed partial class ClauseRelations
{
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "became", "become", "becomes", "remains", "remained", "remain",
        "es", "son", "era", "eran", "fue", "fueron", "sería", "serían", "ser", "sido", "será", "convirtió", "convertido", "sigue", "seguía",
        "quedó", "quedaron", "queda", "quedan", "quedaba", "quedaban",
        // Passive naming verbs take the role as complement: "was named the new leader of".
        "named", "appointed", "considered", "identified", "described", "nombrado", "designado", "considerado", "identificado", "señalado",
        // "Its leaders include X and Y".
        "include", "includes", "included", "incluye", "incluyen", "incluía",
    };

    private static readonly HashSet<string> ByWords = new(StringComparer.Ordinal) { "by", "por" };
    private static readonly HashSet<string> OfWords = new(StringComparer.Ordinal) { "of", "in", "within", "de", "del", "en", "for", "para" };
    private static readonly HashSet<string> AsWords = new(StringComparer.Ordinal) { "as", "como" };
    // "a gang from Villa Cardón", "the strongest gang on the coast": where a description says a group is.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "from", "in", "on", "along", "across", "around", "based", "de", "en" };

    private readonly List<FoundRelationship> found = [];
    private readonly HashSet<FoundRelationship> implied = [];
    private readonly List<(Pairs.PairCandidate, Sentence)> pairs = [];
    // A leader's lieutenants, tied to his group once the text has said which it is.
    private readonly List<(EntityDraft Member, EntityDraft Boss, Sentence Sentence)> lieutenants = [];
    // "His predecessor, X": X led what he leads, once the text has said what that is.
    private readonly List<(EntityDraft Other, EntityDraft Holder, Sentence Sentence)> successions = [];
    private readonly Discourse discourse;
    private readonly bool spanishDocument;
    // Per sentence: an English brief quotes Spanish, and a Spanish page English.
    private bool spanish;
    private Sentence sentence = null!;
    private List<Phrase> phrases = [];
    private (EntityDraft Leader, int At)? underLeader;
    private readonly Dictionary<int, List<EntityDraft>?> subjects = [];
    // The names the sentence gives, as against those a pronoun or description stands for.
    private readonly HashSet<EntityDraft> namesHere = [];

    private readonly EntityDraft? profileSubject;

    private ClauseRelations(EntityDraft? profileSubject, bool spanish)
    {
        this.profileSubject = profileSubject;
        discourse = new Discourse(profileSubject);
        spanishDocument = spanish;
    }

    /// <summary>The ties the clauses state, and every pair of names of a sentence for
    /// <see cref="Pairs.PairModel"/> to judge where the clauses state nothing.
    /// <para>Implied: the memberships read only from a job done for the group ("manages the gang's
    /// money"), which give way to a leadership of the same group.</para></summary>
    public static (List<FoundRelationship> Read, IReadOnlySet<FoundRelationship> Implied, List<(Pairs.PairCandidate Pair, Sentence Sentence)> Pairs) Find(
        List<SentenceInfo> sentences, List<SentenceMention>[] mentions, EntityDraft? profileSubject, bool spanish)
    {
        var reader = new ClauseRelations(profileSubject, spanish);
        for (var i = 0; i < sentences.Count; i++)
            reader.Read(sentences[i].Sentence, mentions[i]);
        reader.JoinLieutenants();
        reader.JoinSuccessors();
        return (reader.found, reader.implied, reader.pairs);
    }

    private void Read(Sentence s, List<SentenceMention> mentions)
    {
        sentence = s;
        // Names say nothing of the sentence's language: "the Cartel del Páramo operates through a cell".
        var lean = Parsing.LanguageDetector.SpanishLean(WithoutNames(s, mentions)) is var bare and not 0 ? bare : Parsing.LanguageDetector.SpanishLean(s.Text);
        spanish = lean > 0 || (lean == 0 && spanishDocument);
        phrases = Chunker.Chunk(Tagger.Tag(s, mentions, spanish));
        subjects.Clear();
        namesHere.Clear();
        foreach (var p in phrases)
            foreach (var t in p.Tokens)
                if (t.IsName)
                    namesHere.Add(t.Entity!);
        Descriptions();
        for (var k = 0; k < phrases.Count; k++)
        {
            var p = phrases[k];
            // "Según la fiscal X, el detenido …": the source of a statement is not what it is about.
            var source = p.Kind == PhraseKind.Noun && IsSource(k);
            // Seen before anything asks what a later pronoun means ("X has led it since he founded it").
            if (p.Kind == PhraseKind.Noun && !source)
                foreach (var t in p.Tokens)
                    if (t.IsName)
                        discourse.Saw(t.Entity!, asSubject: false);
            if (p.Kind == PhraseKind.Noun)
            {
                NounPhrase(k);
                Succession(k);
                GroupOfNamedMan(k);
            }
            else if (p.Kind == PhraseKind.Verb)
                VerbGroup(k);
            UnderLeadership(k);
            PitsAgainst(k);
            if (p.Kind == PhraseKind.Noun && !source)
            {
                foreach (var t in p.Tokens)
                    if (t.IsName)
                        discourse.Saw(t.Entity!, asSubject: t == p.Head && IsClauseSubject(k));
                if (p.Entity is null && discourse.Resolve(p) is { } meant)
                    discourse.Referred(meant, IsClauseSubject(k));
            }
        }
        foreach (var pair in Pairs.PairFeatures.Candidates(phrases))
            pairs.Add((pair, s));
        underLeader = null;
        discourse.NextSentence();
    }

    // "one of the Marsh Hounds' commanders", "uno de los comandantes del frente": one commander among
    // several holds a rank in the group, not its leadership.
    private bool OneOfTheCommanders(int k) =>
        phrases[k].Head?.Lower is "commanders" or "comandantes" && k >= 2 && phrases[k - 1].Lower is "of" or "de"
        && phrases[k - 2].Lower is "one" or "uno" or "una" or "two" or "dos";

    // The siblings of the last sibling tie the text stated.
    private List<EntityDraft> LatestSiblings()
    {
        var last = found.LastOrDefault(f => f.Type == RelationshipType.SiblingOf);
        return last is null ? []
            : SiblingListRule.SiblingsOf(last.Subject, last.Object, found.Where(f => f.Type == RelationshipType.SiblingOf).Select(f => (f.Subject, f.Object)));
    }

    // "Según (la fiscal) X", "according to (prosecutor) X".
    private bool IsSource(int k) => SourceOpening(k) >= 0;

    /// <summary>Where the attribution that makes the phrase at <paramref name="k"/> a source opens ("según",
    /// "according"), or -1.</summary>
    private int SourceOpening(int k)
    {
        var i = k - 1;
        if (i >= 0 && phrases[i].Kind == PhraseKind.Noun && phrases[i].Entity is null)
            i--;
        return i < 0 ? -1 : phrases[i].Lower is "según" ? i : phrases[i].Lower == "to" && i >= 1 && phrases[i - 1].Lower == "according" ? i - 1 : -1;
    }

    /// <summary>"The dispute pits Los Pericos against Los Gallos": the two sides are rivals.</summary>
    private void PitsAgainst(int k)
    {
        if (k + 3 >= phrases.Count || phrases[k].Last.Lower is not ("pits" or "pit" or "pitted" or "pitting") || phrases[k + 1].Entity is not { } one)
            return;
        var against = SideEnd(k + 1);
        if (against + 1 < phrases.Count && phrases[against].Lower == "against" && phrases[Named(against + 1)].Entity is { } other && one.IsPerson == other.IsPerson)
            Add(one, RelationSense.RivalOf, other);
    }

    /// <summary>"the ELN, whose Frente Sur holds the river", "el ELN, cuyo Bloque Norte": a unit named
    /// after "whose" is one of the group before it.</summary>
    private void WhoseUnit(int k)
    {
        var p = phrases[k];
        if (p.Entity is not { IsPerson: false } unit || !IsWhose(p) && !(k >= 1 && IsWhose(phrases[k - 1])))
            return;
        var whose = IsWhose(p) ? k : k - 1;
        if (RelationWords.Noun(unit.Name.Split(' ')[0].ToLowerInvariant()) != RelationSense.PartOf || whose < 2 || phrases[whose - 1].Kind != PhraseKind.Comma)
            return;
        if (SkipParenthesis(whose - 2) is >= 0 and var at && phrases[at].Entity is { IsPerson: false } whole)
            Add(unit, RelationSense.PartOf, whole);
    }

    private static readonly HashSet<string> UnitKinds = ["front", "bloc", "column", "faction", "cell"];

    /// <summary>"Los Lenguados, la banda de Heriberto Campos", "P's gang, Los Lenguados", "the network
    /// of the brothers A and B": a group a person is said to own is one the person leads.</summary>
    private void OwnedGroup(int k)
    {
        var p = phrases[k];
        if (p.Head is not { IsName: false } head || !Discourse.IsGroupWord(head.Lower) || RelationWords.Noun(head.Lower) is not null
            || GroupKinds.Of(head.Lower) is "family")
            return;
        List<EntityDraft> owners;
        if (p.Owner is { IsName: true, Entity: { IsPerson: true } possessor })
            owners = [possessor];
        else if (p.Owner is null && p.IsDefinite && k + 2 < phrases.Count && phrases[k + 1].Lower is "de" or "of"
            && phrases[Named(k + 2, agent: true)] is { Entity: { IsPerson: true } } && !IsSource(k))
            owners = NameList(Named(k + 2, agent: true), out _).Where(e => e.IsPerson).ToList();
        else
            return;
        // The group is the name the description is set beside, before it or after it.
        var group = NameBeforeApposition(k) is var before && before >= 0 ? phrases[before].Entity
            : p.Owner is not null && k + 2 < phrases.Count && phrases[k + 1].Kind == PhraseKind.Comma ? phrases[k + 2].Entity : null;
        if (group is not { IsPerson: false })
            return;
        foreach (var leader in owners)
            Add(leader, RelationSense.LeaderOf, group);
    }

    private void JoinLieutenants()
    {
        foreach (var (member, boss, said) in lieutenants)
        {
            if (OnlyGroupLedBy(boss) is not { } group || found.Any(f => f.Subject == member && f.Object == group))
                continue;
            sentence = said;
            Add(member, RelationshipType.MemberOf, group);
        }
    }

    private void JoinSuccessors()
    {
        foreach (var (other, holder, said) in successions)
        {
            if (OnlyGroupLedBy(holder) is not { } group || found.Any(f => f.Subject == other && f.Object == group))
                continue;
            sentence = said;
            Add(other, RelationshipType.LeaderOf, group);
        }
    }

    // One group only: a boss said to lead two leaves open which one his lieutenants or predecessor served.
    private EntityDraft? OnlyGroupLedBy(EntityDraft boss) =>
        found.Where(f => f.Subject == boss && f.Type == RelationshipType.LeaderOf).Select(f => f.Object).Distinct().ToList() is [var group] ? group : null;

    private static string WithoutNames(Sentence s, List<SentenceMention> mentions)
    {
        if (mentions.Count == 0)
            return s.Text;
        var text = s.Text.ToCharArray();
        foreach (var m in mentions)
            for (var i = Math.Max(0, m.Start - s.Start); i < Math.Min(text.Length, m.End - s.Start); i++)
                text[i] = ' ';
        return new string(text);
    }

    private void NounPhrase(int k)
    {
        var p = phrases[k];
        if (p.Entity is null && p.Head is { } head && RelationWords.Noun(head.Lower) is { } sense)
            RoleNoun(k, sense == RelationSense.LeaderOf && (HeadsADepartment(k) || OneOfTheCommanders(k)) ? RelationSense.MemberOf : sense);
        // "A and B are rival federations", "son bandas aliadas".
        else if (p.Entity is null && p.Head is { } groupHead && Discourse.IsGroupWord(groupHead.Lower.TrimEnd('s'))
            && p.Tokens.FirstOrDefault(t => t != groupHead && RelationWords.Noun(t.Lower.TrimEnd('s')) is RelationSense.RivalOf or RelationSense.AllyOf) is { } tie)
            RoleNoun(k, RelationWords.Noun(tie.Lower.TrimEnd('s'))!.Value);
        Between(k);
        WhoseUnit(k);
        OwnedGroup(k);
        WorkedAsGroupsHand(k);
        if (p.Entity is null && p.Head?.Lower is "brothers" or "sisters" or "siblings" or "hermanos" or "hermanas" or "half-brothers" && p.Owner is null
            && k >= 1 && phrases[k - 1].Kind == PhraseKind.Verb && IsCopula(phrases[k - 1]))
            SiblingsByCopula(k);
        // "Marta Quesada, the brothers' sister", "hermana de ambos": a sibling of the siblings just named.
        if (p.Entity is null && p.Head?.Lower is "sister" or "brother" or "hermana" or "hermano" or "half-brother" or "half-sister"
            && (p.Owner?.Lower is "brothers" or "sisters" or "siblings"
                || k + 2 < phrases.Count && phrases[k + 1].Lower is "de" or "of" && phrases[k + 2].Lower is "ambos" or "ambas" or "both")
            && NameBeforeApposition(k) is var siblingAt && siblingAt >= 0 && phrases[siblingAt].Entity is { IsPerson: true } sibling)
            foreach (var named in LatestSiblings().Where(e => e != sibling))
                Add(sibling, RelationSense.SiblingOf, named);
        // "A third brother, Nemesio", "Otro hermano, Elías": one more of the siblings just named.
        if (p.Entity is null && p.Head?.Lower is "brother" or "sister" or "hermano" or "hermana" or "half-brother" or "half-sister"
            && p.Tokens.Any(t => t.Lower is "another" or "third" or "fourth" or "other" or "otro" or "otra" or "tercer" or "tercera" or "cuarto")
            && k + 1 < phrases.Count && (phrases[k + 1].Kind == PhraseKind.Comma && k + 2 < phrases.Count ? phrases[k + 2] : phrases[k + 1]).Entity is { IsPerson: true } another)
            foreach (var named in LatestSiblings().Where(e => e != another))
                Add(another, RelationSense.SiblingOf, named);
        // "the brothers A and B": siblings named after the noun.
        if (p.Entity is null && p.Head?.Lower is "brothers" or "sisters" or "siblings" or "hermanos" or "hermanas"
            && k + 1 < phrases.Count && phrases[k + 1].Entity is { IsPerson: true })
        {
            var listed = NameList(k + 1, out _).Where(e => e.IsPerson).ToList();
            AddAmong(listed, RelationSense.SiblingOf);
        }
        // "sería el segundo al mando de Los Tilos": second-in-command, in Spanish words.
        if (p.Head?.Lower == "mando" && k >= 2 && phrases[k - 1].Lower == "al" && phrases[k - 2].Head?.Lower is "segundo" or "segunda"
            && k + 2 < phrases.Count && phrases[k + 1].Lower is "de" or "del" && GroupNamedOrDescribed(k + 2) is { } commanded)
            foreach (var second in HoldersOf(k - 2, k))
                Add(second, RelationSense.MemberOf, commanded);
        // "quedó al frente de la banda", "está al mando de la banda": at the head of a group, in Spanish
        // words; "la banda está al mando de X" says the same the other way round.
        // "el clan quedó a cargo de su hija, X": in charge of, too.
        if ((p.Head?.Lower is "frente" or "mando" && phrases[Math.Max(k - 1, 0)].Lower == "al" || p.Head?.Lower == "cargo" && phrases[Math.Max(k - 1, 0)].Lower == "a")
            && p.Tokens.Count == 1 && k >= 2 && k + 2 < phrases.Count
            && phrases[k + 1].Lower is "de" or "del" && (phrases[Named(k + 2, agent: true)].Entity ?? discourse.Resolve(phrases[k + 2])) is { } other
            && phrases[k - 2].Kind == PhraseKind.Verb && Subject(k - 2) is { } heads)
        {
            foreach (var side in heads)
            {
                if (side.IsPerson && !other.IsPerson)
                    Add(side, RelationSense.LeaderOf, other);
                else if (!side.IsPerson && other.IsPerson)
                    Add(other, RelationSense.LeaderOf, side);
            }
        }
        // "the JMU's Quenal Front": a group named with its parent's possessive is part of it; so is
        // "its armed wing, known as the Escuadra Negra".
        if (p.Entity is { IsPerson: false } part && p.Owner is { IsName: true, Entity: { IsPerson: false } parent })
            Add(part, RelationshipType.MemberOf, parent);
        // "el Frente 9 del Ejército Popular Montañés", "the Cordillera Bloc of the Peasant Militias": a unit named with its parent.
        else if (p.Entity is { IsPerson: false } unitNamed && k + 2 < phrases.Count && phrases[k + 1].Lower is "of" or "de" or "del"
            && GroupKinds.InName(unitNamed.Name).Overlaps(UnitKinds) && phrases[k + 2].Entity is { IsPerson: false } parentNamed && parentNamed != unitNamed
            && !GroupKinds.InName(parentNamed.Name).Overlaps(UnitKinds))
            Add(unitNamed, RelationshipType.MemberOf, parentNamed);
        // "Its Eastern Ridge Bloc holds the valley", "su Bloque Sur", "the CDX and its Valdora faction": a unit named
        // after a possessive is the owner's, the group just before "and" or the one in focus.
        else if (p.Entity is { IsPerson: false } unitOwned && p.Owner?.Lower is "its" or "their" or "su" or "sus"
            && GroupKinds.InName(unitOwned.Name).Overlaps(UnitKinds)
            && (k >= 2 && phrases[k - 1].Lower is "and" or "y" ? phrases[k - 2].Entity : discourse.GroupBefore(new HashSet<EntityDraft> { unitOwned })) is { IsPerson: false } owner
            && owner != unitOwned && !GroupKinds.InName(owner.Name).Overlaps(UnitKinds))
            Add(unitOwned, RelationshipType.MemberOf, owner);
        // "the group's Escuadrón Sur": the owner described.
        else if (p.Entity is { IsPerson: false } unitOf && p.Owner is { IsName: false } describedOwner && describedOwner.Is(PartOfSpeech.Noun)
            && Discourse.IsGroupWord(describedOwner.Lower) && discourse.GroupBefore(new HashSet<EntityDraft> { unitOf }, describedOwner.Lower) is { } owning)
            Add(unitOf, RelationshipType.MemberOf, owning);
        // "its armed wing, known as the Escuadra Negra"; "the Ribera cell, known as the Garzas Negras": a
        // unit of the owner, or of the group in focus.
        else if (p.NamedAs is { IsPerson: false } unit && RelationWords.Noun(p.Head!.Lower) == RelationSense.PartOf
            && (p.Owner is { } pronoun && pronoun.Is(PartOfSpeech.PossessivePronoun) ? discourse.Owner(pronoun, RelationSense.PartOf)
                : p.Owner is null ? discourse.GroupBefore(p.Tokens.Where(t => t.IsName).Select(t => t.Entity!).Append(unit).ToHashSet()) : null) is { IsPerson: false } whole)
            Add(unit, RelationshipType.MemberOf, whole);
    }

    // "Osvaldo y Ramiro Arrieta son hermanos", "A and B are brothers": the subjects are siblings; "the two detainees are
    // brothers of the band's chief, X", "son hermanos de X": each subject is X's sibling.
    private void SiblingsByCopula(int k)
    {
        if (Subject(k - 1) is not { Count: >= 1 } kin || !kin.All(e => e.IsPerson))
            return;
        if (kin.Count >= 2)
            AddAmong(kin, RelationSense.SiblingOf);
        if (phrases[k].Head!.Lower == "half-brothers" || k + 2 >= phrases.Count || phrases[k + 1].Lower is not ("of" or "de" or "del"))
            return;
        var named = phrases[k + 2].Entity ?? (k + 4 < phrases.Count && phrases[k + 2].Kind == PhraseKind.Noun && phrases[k + 3].Kind == PhraseKind.Comma ? phrases[k + 4].Entity : null);
        if (named is { IsPerson: true })
            foreach (var one in kin.Where(e => e != named))
                Add(one, RelationSense.SiblingOf, named);
    }

    private static bool IsCopula(Phrase verb)
    {
        var head = verb.Tokens.Last(t => t.Is(PartsOfSpeech.AnyVerb | PartOfSpeech.Modal));
        return Copulas.Contains(head.Lower);
    }

    private void Add(EntityDraft subject, RelationSense sense, EntityDraft obj) => Add(subject, RelationWords.TypeOf(sense), obj, sense);

    /// <summary>A tie between every two of <paramref name="sides"/>: rivals at war, allies, siblings.</summary>
    /// <summary>"A and B formed an alliance against C": allies of each other, rivals of C.</summary>
    private void AlliedAgainst(List<EntityDraft> sides, int enemyAt)
    {
        AddAmong(sides, RelationSense.AllyOf);
        foreach (var side in sides)
            foreach (var enemy in NameOrMeant(enemyAt))
                Add(side, RelationSense.RivalOf, enemy);
    }

    private void AddAmong(List<EntityDraft> sides, RelationSense sense)
    {
        for (var a = 0; a < sides.Count; a++)
            for (var b = a + 1; b < sides.Count; b++)
                Add(sides[a], sense, sides[b]);
    }

    private void Add(EntityDraft subject, RelationshipType type, EntityDraft obj, RelationSense? sense = null, bool implying = false)
    {
        if (subject == obj)
            return;
        var valid = sense switch
        {
            RelationSense.LeaderOf or RelationSense.Founded => subject.IsPerson && !obj.IsPerson,
            RelationSense.PartOf => !subject.IsPerson && !obj.IsPerson,
            RelationSense.SiblingOf => subject.IsPerson && obj.IsPerson,
            // Rivals and allies may be people or groups on either side.
            _ => type != RelationshipType.MemberOf || !obj.IsPerson,
        };
        if (!valid)
            return;
        if (found.FirstOrDefault(f => f.States(subject, type, obj)) is { } known)
        {
            // "ran the gang's money … was one of its lieutenants": stated after it was implied, it is stated.
            if (!implying)
                implied.Remove(known);
            return;
        }
        found.Add(new FoundRelationship(subject, type, obj, sentence));
    }

}
