using CrimeArchive.Data;
using CrimeArchive.Import.Extraction.Entities;

namespace CrimeArchive.Import.Extraction.Grammar;

// Ties between equals stated by a noun or an idiom rather than a relation verb: wars, alliances,
// backing, clashes between two sides, rivals fighting each other.
public sealed partial class ClauseRelations
{
    /// <summary>"are locked in a fierce battle with G", "mantiene una alianza con G": any verb with a
    /// noun of war or alliance ties its subject to the object. Nouns of leadership ("lost control
    /// of") need a verb that says so, and are left to the verb table.</summary>
    private void TieByLightNoun(int k)
    {
        var n = k + 1;
        if (n < phrases.Count && phrases[n].Kind == PhraseKind.Preposition && phrases[n].Lower is "in" or "into" or "en" or "a" or "con" && n + 1 < phrases.Count)
            n++;
        if (n < phrases.Count && phrases[n].Kind == PhraseKind.Noun && phrases[n].Head?.Lower is "leadership" or "command" or "liderazgo" or "mando" or "jefatura"
            && phrases[k].Last.Lower is "share" or "shares" or "shared" or "sharing" or "comparten" or "compartían" or "compartieron" or "comparte" or "compartía" or "compartió" or "compartirán" or "compartirá")
        {
            SharedLeadership(k, n);
            return;
        }
        if (n + 1 >= phrases.Count || phrases[n].Kind != PhraseKind.Noun || phrases[n].Entity is not null || phrases[n].Head is not { } noun
            || RelationWords.LightNoun(noun.Lower) is not ({ } tie and (RelationSense.RivalOf or RelationSense.AllyOf))
            // "have thrown in their lot with G": the lot is always someone's.
            || phrases[n].Owner is not null && noun.Lower != "lot"
            || phrases[k].Tokens.Any(IsNegation))
            return;
        // "H, con la que G mantiene una alianza": the other side is the relative's antecedent.
        if (!(n + 1 < phrases.Count && phrases[n + 1].Lower is "with" or "against" or "con" or "contra") && WithWhich(k) is { } other
            && Subject(k) is { } tiedSubjects)
        {
            foreach (var side in tiedSubjects)
                Add(side, tie, other);
            return;
        }
        // "Los Mochuelos y Los Tejones mantienen una disputa por el puerto": with no other side named, the tie is among the subjects.
        if (!(n + 2 < phrases.Count && phrases[n + 1].Lower is "with" or "against" or "con" or "contra" or "of" or "de" or "del")
            && !IsBacking(noun.Lower) && Subject(k) is { Count: >= 2 } sides)
        {
            AddAmong(sides, tie);
            return;
        }
        if (n + 2 >= phrases.Count || !(phrases[n + 1].Lower is "with" or "against" or "con" or "contra" || (IsBacking(noun.Lower) && phrases[n + 1].Lower is "of" or "de" or "del"))
            || !IsArgument(n + 2))
            return;
        if (Subject(k) is not { } subjects)
            return;
        if (tie == RelationSense.AllyOf && phrases[n + 1].Lower is "against" or "contra")
        {
            AlliedAgainst(subjects, n + 2);
            return;
        }
        foreach (var subject in subjects)
            foreach (var obj in NameOrMeant(n + 2))
                Add(subject, tie, obj);
    }

    /// <summary>"A and B share the leadership of G", "comparten el mando": co-leaders, of the group named
    /// after the noun or else of the group in focus.</summary>
    private void SharedLeadership(int k, int noun)
    {
        if ((WithWhom(k) ?? Subject(k)) is not { } sharers || sharers.Any(s => !s.IsPerson))
            return;
        var led = noun + 2 < phrases.Count && phrases[noun + 1].Lower is "of" or "de" or "del" && IsArgument(noun + 2) ? NameOrMeant(noun + 2)
            : phrases[noun].Owner is { } owner && owner.IsName && owner.Entity is { IsPerson: false } owning ? [owning]
            : discourse.Group is { } inFocus ? [inFocus] : [];
        foreach (var group in led.Where(g => !g.IsPerson))
            foreach (var sharer in sharers)
                Add(sharer, RelationSense.LeaderOf, group);
    }

    /// <summary>"X founded G with Y, a smuggler, with whom he shared the leadership", "con quien compartió":
    /// Y, and the subject of the clause the relative hangs on.</summary>
    private List<EntityDraft>? WithWhom(int k)
    {
        // "with whom he shared": a subject pronoun may stand between.
        var relative = k >= 2 && phrases[k - 1].Kind == PhraseKind.Noun && phrases[k - 1].Head?.Lower is "he" or "she" or "they" or "él" or "ella" ? k - 2 : k - 1;
        if (relative < 2 || phrases[relative] is not { Kind: PhraseKind.Relative, Lower: "whom" or "quien" or "quienes" } || phrases[relative - 1].Lower is not ("with" or "con"))
            return null;
        for (var i = relative - 2; i >= 0 && i >= relative - 8; i--)
        {
            if (phrases[i].Kind is PhraseKind.Boundary or PhraseKind.Relative)
                return null;
            if (phrases[i].Entity is { IsPerson: true } partner)
            {
                for (var v = i - 1; v >= 0; v--)
                    if (phrases[v].Kind == PhraseKind.Verb)
                        return Subject(v) is { } main && !main.Contains(partner) ? [.. main, partner] : null;
                return null;
            }
        }
        return null;
    }

    // "cuentan con el respaldo del clan", "has the backing of": support from an ally.
    private static bool IsBacking(string noun) => noun is "backing" or "support" or "respaldo" or "apoyo";

    /// <summary>"when the two groups went to war", "ambas bandas entraron en guerra": a war among the subjects.</summary>
    private void WentToWar(int k)
    {
        var verb = phrases[k];
        var warAt = verb.Tokens.FindIndex(t => t.Lower is "war" or "guerra");
        if (warAt < 1 || verb.Tokens[warAt - 1].Lower is not ("to" or "en" or "a") || Subject(k) is not { Count: >= 2 } sides
            || k + 1 < phrases.Count && phrases[k + 1].Lower is "with" or "against" or "con" or "contra")
            return;
        AddAmong(sides, RelationSense.RivalOf);
    }

    /// <summary>"A and B merged in 2020 to form G", "sealed a pact known as G", "joined forces under
    /// the banner of G", "conformaron una alianza llamada G": groups that make a coalition together are
    /// its members.</summary>
    private void FormedTogether(int k)
    {
        var verb = phrases[k].Tokens.LastOrDefault(t => t.Is(PartsOfSpeech.AnyVerb));
        if (verb is null || !CoalitionVerbs.Contains(verb.Lower) || IsPassive(k) || Subject(k) is not { } subjects)
            return;
        // "Three gangs, A, B and C, merged": the list set beside the subject is the subject.
        if (subjects.Count == 1 && k >= 2 && phrases[k - 1].Kind == PhraseKind.Comma && phrases[k - 2].Entity is not null
            && NameListEndingAt(k - 2) is { Count: >= 2 } listed)
            subjects = listed;
        var makers = subjects.Where(e => !e.IsPerson).ToList();
        var i = k + 1;
        // "A merged with B to form G".
        if (makers.Count == 1 && i + 1 < phrases.Count && phrases[i].Lower is "with" or "con" && phrases[i + 1].Entity is { IsPerson: false } partner)
        {
            makers.Add(partner);
            i += 2;
        }
        if (makers.Count < 2 || makers.Count != subjects.Count)
            return;
        // "A and B formed G": the verb says it; "A and B joined forces in G": a noun says it.
        var coalition = RelationWords.Lemma(verb.Lower) is "form" or "formar" or "conformar";
        var alliance = false;
        EntityDraft? whole = null;
        for (; i < phrases.Count && i <= k + 10 && whole is null; i++)
        {
            var p = phrases[i];
            // "A and B joined forces with C in an alliance": a group they join with is a partner, not what they make.
            if (p.Entity is { IsPerson: false } named && !makers.Contains(named) && phrases[i - 1].Lower is not ("with" or "con"))
                whole = named;
            else if (p.Kind == PhraseKind.Verb)
            {
                var lemma = RelationWords.Lemma(p.Last.Lower);
                coalition |= lemma is "form" or "create" or "found" or "establish" or "formar" or "crear" or "fundar" or "conformar";
                if (lemma is null && !p.Tokens.Any(t => NamingWords.Contains(t.Lower)))
                    break;
            }
            else if (p.Kind == PhraseKind.Noun && p.Entity is null && p.Head is { } head)
            {
                coalition |= CoalitionNouns.Contains(head.Lower) || RelationWords.Noun(head.Lower) == RelationSense.MadeOf;
                alliance |= p.Tokens.Any(t => RelationWords.LightNoun(t.Lower) == RelationSense.AllyOf);
            }
            else if (p.Kind is not (PhraseKind.Preposition or PhraseKind.Comma or PhraseKind.Other) && p.Lower is not ("as" or "como"))
                break;
        }
        // "A and B joined forces", "sellaron un pacto": allies, whether or not the pact has a name.
        if (alliance)
            AddAmong(makers, RelationSense.AllyOf);
        if (whole is not null && coalition)
            foreach (var maker in makers)
                Add(maker, RelationSense.MemberOf, whole);
    }

    // The verbs, in any form, by which groups make a coalition together.
    private static readonly HashSet<string> CoalitionVerbs = new(StringComparer.Ordinal)
    {
        "merge", "merged", "merges", "unite", "united", "unites", "join", "joined", "joins", "seal", "sealed", "seals",
        "sign", "signed", "signs", "forge", "forged", "forges", "form", "formed", "forms", "band", "banded", "team", "teamed",
        "fusionaron", "fusionan", "fusionaban", "unieron", "unen", "sellaron", "sellan", "firmaron", "firman", "conformaron",
        "conforman", "formaron", "forman", "crearon", "pactaron", "agruparon",
    };

    // The nouns that say what the coalition is, or under what it stands.
    private static readonly HashSet<string> CoalitionNouns = new(StringComparer.Ordinal)
    {
        "pact", "alliance", "coalition", "federation", "confederation", "umbrella", "bloc", "front", "union", "banner", "forces",
        "pacto", "alianza", "coalición", "federación", "confederación", "bloque", "frente", "unión", "bandera", "fuerzas",
    };

    /// <summary>"G has been at war since 2019 with H", "G and H are at war", "están en guerra con H".</summary>
    private void AtWar(int k)
    {
        if (k + 2 >= phrases.Count || !IsCopula(phrases[k]) && phrases[k].Last.Lower is not ("están" or "estaban" or "estuvieron" or "está")
            || phrases[k + 1].Lower is not ("at" or "en") || phrases[k + 2].Head?.Lower is not ("war" or "odds" or "loggerheads" or "guerra")
            || Subject(k) is not { Count: > 0 } sides)
            return;
        for (var i = k + 3; i + 1 < phrases.Count && i <= k + 8; i++)
        {
            if (phrases[i].Kind is PhraseKind.Verb or PhraseKind.Boundary or PhraseKind.Relative)
                break;
            if (phrases[i].Lower is "with" or "against" or "con" or "contra" && IsArgument(i + 1))
            {
                foreach (var side in sides)
                    foreach (var other in NameOrMeant(i + 1))
                        Add(side, RelationSense.RivalOf, other);
                return;
            }
        }
        AddAmong(sides, RelationSense.RivalOf);
    }

    /// <summary>"an alliance between the gang and the Valle Cartel", "la guerra entre A y B": a tie
    /// noun between two sides. "X's men" are the group X leads.</summary>
    private void Between(int k)
    {
        var p = phrases[k];
        if (p.Entity is not null || p.Head is not { } head || k + 4 >= phrases.Count || phrases[k + 1].Lower is not ("between" or "entre"))
            return;
        var and = phrases[k + 2].Entity is not null ? SideEnd(k + 2) : k + 3;
        if (and + 1 >= phrases.Count || phrases[and].Lower is not ("and" or "y" or "e"))
            return;
        var strife = RelationWords.LightNoun(head.Lower) is null && RelationWords.Noun(head.Lower) is null && IsStrifeNoun(head.Lower);
        var tie = RelationWords.LightNoun(head.Lower) ?? RelationWords.Noun(head.Lower) ?? (strife ? RelationSense.RivalOf : null);
        // Strife between two people may be a family's quarrel ("the fighting between the two brothers"); between groups it is a rivalry.
        if (tie is RelationSense.RivalOf or RelationSense.AllyOf && Side(k + 2) is { } a && Side(and + 1) is { } b && !(strife && (a.IsPerson || b.IsPerson)))
            Add(a, tie.Value, b);
    }

    // "the bloodshed between A and B", "la violencia entre A y B": strife, read only before "between", since after a verb
    // it says nothing of who fights whom ("condemned the violence"); not a light noun for that reason.
    private static bool IsStrifeNoun(string noun) =>
        noun is "rivalry" or "rivalidad" or "bloodshed" or "violence" or "violencia" or "fighting" or "hostilities" or "hostilidades" or "enmity" or "enemistad";

    /// <summary>"Los combates opusieron a X y a Y", "the fighting pitted X against Y": a clash between the two objects.</summary>
    private void Clash(int k)
    {
        var verb = phrases[k].Last.Lower;
        if (verb is not ("opuso" or "opusieron" or "opone" or "oponen" or "enfrentó" or "enfrentaron" or "enfrenta" or "enfrentan" or "pitted" or "pits")
            || k == 0 || phrases[k - 1].Entity is not null)
            return;
        var i = k + 1;
        if (i < phrases.Count && phrases[i].Lower is "a" or "al")
            i++;
        if (i + 2 >= phrases.Count)
            return;
        var first = Named(i);
        var and = phrases[first].Entity is not null ? SideEnd(first) : first + 1;
        // "enfrentan a A con B": Spanish joins the two sides of this verb with "con" as well.
        if (and + 1 >= phrases.Count || phrases[and].Lower is not ("y" or "e" or "and" or "against" or "con" or "contra"))
            return;
        var second = and + 1;
        if (phrases[second].Lower is "a" or "al" && second + 1 < phrases.Count)
            second++;
        if (phrases[first].Entity is { } a && phrases[Named(second)].Entity is { } b)
            Add(a, RelationSense.RivalOf, b);
    }

    /// <summary>Where the words about a side named at <paramref name="k"/> end, so that the other side
    /// is found past them: its acronym in brackets, the group it is a unit of ("the Bloque Norte of the
    /// AUD"), and a description set off by commas ("A, the guerrilla's strongest unit, against B",
    /// "A, una estructura del G dirigida por X, con B"). A description holds no finite verb.</summary>
    private int SideEnd(int k)
    {
        var j = AfterBrackets(k + 1);
        if (j + 1 < phrases.Count && phrases[j].Lower is "of" or "de" or "del" && phrases[j + 1].Entity is { IsPerson: false })
            j = AfterBrackets(j + 2);
        if (j + 1 >= phrases.Count || phrases[j].Kind != PhraseKind.Comma || phrases[j + 1] is not { Kind: PhraseKind.Noun, Entity: null } description
            || description.First.Lower is not ("a" or "an" or "the" or "one" or "un" or "una" or "el" or "la" or "uno"))
            return j;
        for (var i = j + 2; i + 1 < phrases.Count && i <= j + 16; i++)
        {
            var p = phrases[i];
            if (p.Kind is PhraseKind.Boundary or PhraseKind.Relative || p.Kind == PhraseKind.Verb && !p.Tokens.All(t => t.Is(PartOfSpeech.PastParticiple) || t.Is(PartOfSpeech.Adverb)))
                return j;
            if (p.Kind == PhraseKind.Comma && phrases[i + 1].Lower is "and" or "y" or "e" or "against" or "con" or "contra")
                return i + 1;
        }
        return j;
    }

    private int AfterBrackets(int j)
    {
        if (j >= phrases.Count || phrases[j].Kind != PhraseKind.Open)
            return j;
        while (j < phrases.Count && phrases[j].Kind != PhraseKind.Close)
            j++;
        return j + 1;
    }

    private EntityDraft? Side(int k)
    {
        var p = phrases[k];
        if (p.Entity is { } named)
            return named;
        // "Salgado's men", "los hombres de Salgado": the group he leads.
        if (p.Head?.Lower is "men" or "people" or "gunmen" or "fighters" && p.Owner is { IsName: true, Entity: { IsPerson: true } boss })
            return found.FirstOrDefault(f => f.Subject == boss && f.Type == RelationshipType.LeaderOf)?.Object;
        return discourse.Resolve(p);
    }
}
