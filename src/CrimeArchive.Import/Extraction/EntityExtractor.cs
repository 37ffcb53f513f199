using System.Text.RegularExpressions;
using CrimeArchive.Data;
using CrimeArchive.Data.Text;
using CrimeArchive.Import.Extraction.Entities;
using CrimeArchive.Import.Extraction.Places;
using CrimeArchive.Import.Parsing;

namespace CrimeArchive.Import.Extraction;

/// <summary>Finds the groups, people and places a parsed text names, the relationships and facts it
/// states, resolving name variants to one entity. <paramref name="known"/> lets names already in the
/// archive (including editors' aliases) be recognised.</summary>
public static partial class EntityExtractor
{
    public static Extraction Extract(ParsedDocument document, KnownNames? known = null) =>
        Extract(document, known, Pairs.PairModel.Default);

    /// <summary>As <see cref="Extract(ParsedDocument, KnownNames?)"/> with the given pair model (none: the
    /// clause rules alone). Given a list, it also fills it with every pair of names the model could judge,
    /// with its two entities: what <c>crimearchive train-pairs</c> learns from (an import needs none).</summary>
    public static Extraction Extract(ParsedDocument document, KnownNames? known, Pairs.PairModel? model,
        List<(ExtractedEntity First, ExtractedEntity Second, Pairs.PairCandidate Pair)>? pairs = null)
    {
        var sentences = ReadSentences(document);
        var registry = new EntityRegistry();
        var discovery = new EntityDiscovery(registry, sentences, known);
        discovery.Run();
        var subject = ProfileSubject(document, registry);
        var mentions = new AliasResolver(registry, known, subject).Resolve(sentences);
        var placesRead = PlacesRead(document);
        PlaceNamedGroups.Release(mentions, sentences, placesRead.Select(p => (p.Start, p.Start + p.Place.Length, p.Place.IsCued)).ToList());
        var mentionsOf = new Dictionary<EntityDraft, List<Mention>>();
        foreach (var info in sentences)
        {
            foreach (var m in mentions[info.Index])
            {
                if (!mentionsOf.TryGetValue(m.Entity, out var own))
                    mentionsOf[m.Entity] = own = [];
                own.Add(ToMention(m, info.Sentence));
            }
        }
        var entities = new Dictionary<EntityDraft, ExtractedEntity>();
        foreach (var draft in registry.Entities)
        {
            if (mentionsOf.TryGetValue(draft, out var own))
                entities[draft] = new ExtractedEntity(draft.Kind, DisplayName(draft), Aliases(own, draft.Kind), own);
        }
        var places = PlaceEntities(placesRead, sentences, mentions, registry);
        // The grammar layer adds what the phrase rules miss; the phrase rules stay for the
        // constructions it does not read yet (counted leaders, sibling lists, "with which").
        var stated = RelationshipRules.Find(sentences, mentions, discovery.Siblings, subject);
        var (read, implied, candidates) = Grammar.ClauseRelations.Find(sentences, mentions, subject, document.Language == "es");
        // Where the two disagree about one end of a tie in a sentence, the grammar's reading stands.
        var overruled = stated.Where(f => read.Any(r => r.Contradicts(f))).ToList();
        stated.RemoveAll(overruled.Contains);
        foreach (var r in read)
        {
            if (!stated.Any(f => f.States(r.Subject, r.Type, r.Object)))
                stated.Add(r);
        }
        // "Frente 41 de las FRU": the name itself says the unit belongs to the group.
        foreach (var (unit, parent, info) in discovery.Parts)
        {
            if (!stated.Any(f => f.States(unit, RelationshipType.MemberOf, parent)))
                stated.Add(new FoundRelationship(unit, RelationshipType.MemberOf, parent, info.Sentence));
        }
        ReadSplintersAndLeadingBodies(sentences, mentions, subject, stated, overruled);
        if (model is not null)
            stated.AddRange(Pairs.PairGuesses.Find(model, candidates, stated, overruled));
        // Who leads a group is not also counted among its members for running its money or its gunmen: the
        // annotated texts give a leader no membership of the group he leads unless the text states one.
        var leaders = stated.Where(l => l.Type == RelationshipType.LeaderOf).Select(l => (l.Subject, l.Object)).ToHashSet();
        stated.RemoveAll(m => implied.Contains(m) && leaders.Contains((m.Subject, m.Object)));
        var mentionsIn = sentences.ToDictionary(i => i.Sentence, i => mentions[i.Index]);
        stated.RemoveAll(r => mentionsIn.TryGetValue(r.Sentence, out var here) && UnstatedTies.IsUnstated(r, here));
        NonMemberAllies.Apply(stated, sentences, mentions);
        var relationships = stated
            .Where(r => entities.ContainsKey(r.Subject) && entities.ContainsKey(r.Object))
            .Select(r => new ExtractedRelationship(entities[r.Subject], r.Type, entities[r.Object], r.Sentence.Text, r.Sentence.Start))
            .ToList();
        foreach (var role in FactboxRoles.Find(document, registry, subject))
        {
            if (entities.TryGetValue(role.Holder, out var holder) && entities.TryGetValue(subject!, out var profiled)
                && !relationships.Any(r => r.Type == role.Type && (r.Subject == holder && r.Object == profiled || r.Subject == profiled && r.Object == holder)))
                relationships.Add(new ExtractedRelationship(holder, role.Type, profiled, role.Value, role.Start));
        }
        // A sentence that makes someone a group's leader and a member says one thing: he leads it.
        var led = relationships.Where(l => l.Type == RelationshipType.LeaderOf).Select(l => (l.Subject, l.Object, l.SentenceStart)).ToHashSet();
        relationships.RemoveAll(m => m.Type == RelationshipType.MemberOf && led.Contains((m.Subject, m.Object, m.SentenceStart)));
        // Brothers and sisters share a surname: two people named in full with none in common are someone
        // else's siblings ("his brother, X" read with the wrong "his"), unless the text says they are half-siblings.
        relationships.RemoveAll(r => r.Type == RelationshipType.SiblingOf && !PersonNameRules.MayBeSiblings(r.Subject.Name, r.Object.Name)
            && !HalfSiblings().IsMatch(r.Sentence));
        LiftLeadersRivalries(relationships, subject is not null && entities.TryGetValue(subject, out var subjectEntity) ? subjectEntity : null);
        var facts = StatusRules.Find(sentences, mentions)
            .Where(f => entities.ContainsKey(f.Entity))
            .Select(f => new ExtractedFact(entities[f.Entity], "Status", f.Value, f.Sentence.Text, f.Sentence.Start))
            .ToList();
        pairs?.AddRange(candidates.Where(c => entities.ContainsKey(c.Pair.First) && entities.ContainsKey(c.Pair.Second))
            .Select(c => (entities[c.Pair.First], entities[c.Pair.Second], c.Pair)));
        var all = entities.Values.OrderBy(e => e.Mentions[0].Start).Concat(places).ToList();
        return new Extraction(document, all, relationships, facts);
    }

    // "he has clashed with Los Tigres": a feud a group's leader has with a group is his group's, where the text gives him
    // one group to lead. A person profile's subject keeps his own feuds: the profile is about him.
    private static void LiftLeadersRivalries(List<ExtractedRelationship> relationships, ExtractedEntity? profiled)
    {
        for (var i = 0; i < relationships.Count; i++)
        {
            var r = relationships[i];
            if (r.Type != RelationshipType.RivalOf || r.Subject.Kind == r.Object.Kind)
                continue;
            var (person, group) = r.Subject.Kind == EntityKind.Person ? (r.Subject, r.Object) : (r.Object, r.Subject);
            if (person == profiled)
                continue;
            var led = relationships.Where(l => l.Type == RelationshipType.LeaderOf && l.Subject == person).Select(l => l.Object).Distinct().ToList();
            if (led is not [var own] || own == group)
                continue;
            relationships.RemoveAt(i--);
            if (!relationships.Any(o => o.Type == RelationshipType.RivalOf && (o.Subject == own && o.Object == group || o.Subject == group && o.Object == own)))
                relationships.Insert(++i, r with { Subject = own, Object = group });
        }
    }

    [GeneratedRegex(@"\b(?:half|step|medi[oa]s?\s+herman|hermanastr)", RegexOptions.IgnoreCase)]
    private static partial Regex HalfSiblings();

    // "a wing of G headed by X walked out and created Y", "the gang's top command comprised A; B; and C":
    // what such a sentence says, in place of the "X leads G" or "A is a member" other rules read in it.
    private static void ReadSplintersAndLeadingBodies(List<SentenceInfo> sentences, List<SentenceMention>[] mentions, EntityDraft? subject,
        List<FoundRelationship> stated, List<FoundRelationship> overruled)
    {
        var lastGroup = subject is { IsPerson: false } ? subject : null;
        foreach (var info in sentences)
        {
            var inFocus = subject is { IsPerson: false } ? subject : lastGroup;
            var (splinter, misread) = SplinterFactions.Read(info.Sentence, mentions[info.Index], inFocus);
            var (leaders, notMembers) = LeadershipBodies.Read(info.Sentence, mentions[info.Index], inFocus);
            lastGroup = mentions[info.Index].LastOrDefault(m => !m.Entity.IsPerson)?.Entity ?? lastGroup;
            misread.AddRange(notMembers);
            if (misread.Count > 0)
            {
                stated.RemoveAll(r => misread.Any(m => m.Sentence == r.Sentence && r.States(m.Subject, m.Type, m.Object)));
                overruled.AddRange(misread);
            }
            stated.AddRange(splinter.Concat(leaders).Where(f => !stated.Any(r => r.States(f.Subject, f.Type, f.Object))));
        }
    }

    private static List<SentenceInfo> ReadSentences(ParsedDocument document)
    {
        var result = new List<SentenceInfo>();
        // A profile's factbox heading is looked for once: it gives the subject's name and bounds the factbox's lines.
        var heading = document.Kind is DocumentKind.PersonProfile or DocumentKind.GroupProfile ? FactboxHeading().Match(document.SourceText) : Match.Empty;
        foreach (var block in document.AllBlocks.Concat(FactboxHeadings(document, heading)).Concat(TitleWithAlias(document)).Concat(FactboxLinesWithAlias(document, heading))
            .OrderBy(b => b.Start))
        {
            foreach (var sentence in SentenceSplitter.Split(block.Text, block.Start))
            {
                var words = NameCandidateFinder.Words(sentence);
                result.Add(new SentenceInfo(sentence, words, NameCandidateFinder.Spans(sentence, words), result.Count));
            }
        }
        return result;
    }

    // A person profile is about the person its title names; "he" and an ambiguous surname mean them.
    private static EntityDraft? ProfileSubject(ParsedDocument document, EntityRegistry registry)
    {
        if (document.Kind is not (DocumentKind.PersonProfile or DocumentKind.GroupProfile))
            return null;
        var kind = document.Kind == DocumentKind.PersonProfile ? EntityKind.Person : EntityKind.Group;
        var name = document.Title is null ? null : Parsing.TitleDeriver.ProfileName(document.Title);
        var byTitle = name is null ? null : registry.FindOne(name, kind);
        // A group profile is about a group, whatever its name looks like ("La Agencia del Cauto"):
        // the title names it when the body does too. Its first words alone ("La Agencia") are a
        // short form of it, unless they are a word any group answers to.
        if (byTitle is null && kind == EntityKind.Group && name is { Length: > 2 } && registry.Find(name).Count == 0
            && document.Body.FirstOrDefault(b => b.Text.Contains(name, StringComparison.Ordinal)) is { } block)
            byTitle = registry.Add(EntityKind.Group, name, block.Start + block.Text.IndexOf(name, StringComparison.Ordinal));
        if (byTitle is { Kind: EntityKind.Group } && ShortForm(name!) is { } shortForm && registry.Find(shortForm).Count == 0)
            registry.AddKey(byTitle, shortForm);
        return byTitle ?? registry.Entities.Where(e => e.Kind == kind).OrderBy(e => e.FirstStart).FirstOrDefault();
    }

    // "La Agencia del Cauto" → "La Agencia"; "Cartel de Sinaloa" has none ("Cartel" is any cartel).
    private static string? ShortForm(string name)
    {
        var words = name.Split(' ');
        var at = Array.FindIndex(words, w => w is "de" or "del" or "of" or "do" or "da");
        if (at is < 1 or > 2 || Entities.NameWords.IsGroupHead(words[at - 1]) || Grammar.Discourse.IsGroupWord(words[at - 1].ToLowerInvariant()))
            return null;
        return string.Join(' ', words[..at]);
    }

    private static Mention ToMention(SentenceMention m, Sentence sentence) =>
        new(m.Surface, m.Start, m.End - m.Start, sentence.Text, sentence.Start);

    private static string DisplayName(EntityDraft draft)
    {
        var name = draft.Name;
        foreach (var article in (ReadOnlySpan<string>)["the ", "The "])
        {
            if (name.StartsWith(article, StringComparison.Ordinal))
                name = name[article.Length..];
        }
        return name;
    }

    private static List<string> Aliases(IEnumerable<Mention> mentions, EntityKind kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new List<string>();
        foreach (var m in mentions)
        {
            if (seen.Add(NameNormalizer.Normalize(m.Surface)))
                aliases.Add(m.Surface);
            // "alias “el Búho”", "Under El Gallo", "or simply “la Legión”": the nickname as written, article and all, besides "Búho".
            if (kind != EntityKind.Place && WithArticle(m) is { } quoted && seen.Add(NameNormalizer.Normalize(quoted)))
                aliases.Add(quoted);
            // "Devon “Scarface” McKenzie": the name as written, nickname inside, and the name without it.
            if (kind == EntityKind.Person && NicknameInside().Match(m.Sentence, Math.Min(m.Start + m.Length - m.SentenceStart, m.Sentence.Length)) is { Success: true } inside)
            {
                foreach (var form in (ReadOnlySpan<string>)[m.Surface + inside.Value, m.Surface + " " + inside.Groups["last"].Value])
                {
                    if (seen.Add(NameNormalizer.Normalize(form)))
                        aliases.Add(form);
                }
            }
            // "For the Anselmo Virués front", "the gang's Chacales clique": a short name with the kind of outfit after it.
            if (kind == EntityKind.Group && KindNounAfter(m) is { } noun && seen.Add(NameNormalizer.Normalize(m.Surface + " " + noun)))
                aliases.Add(m.Surface + " " + noun);
            // "clan Sarmiento" is written "Sarmiento clan" in English, "Cártel de Sinaloa" "Sinaloa Cartel".
            if (kind == EntityKind.Group && TranslatedGroupNames.EnglishOrder(m.Surface) is { } english && seen.Add(NameNormalizer.Normalize(english)))
                aliases.Add(english);
            // "El Cartel de Tijuana" is searched for, and written, as "Cartel de Tijuana" too.
            if (kind == EntityKind.Group && (m.Surface.StartsWith("El ", StringComparison.Ordinal) || m.Surface.StartsWith("La ", StringComparison.Ordinal))
                && m.Surface.Length > 6 && seen.Add(NameNormalizer.Normalize(m.Surface[3..])))
                aliases.Add(m.Surface[3..]);
        }
        return aliases;
    }

    [GeneratedRegex(@"\G\s[“""‘'][\p{Lu}][^“”""‘’\n]{0,30}?[”""’']\s(?<last>\p{Lu}[\p{L}'’\-]+(?:\s(?:(?:de|del|da|dos|y)\s)?\p{Lu}[\p{L}'’\-]+){0,2})")]
    private static partial Regex NicknameInside();

    // The English kind noun that closes the phrase after a group's name: "the Vizcachas front," but not "Los Zetas
    // front men", "a Los Zetas cell" (a part of it) or Spanish "frente a" (facing).
    private static string? KindNounAfter(Mention m)
    {
        var at = m.Start + m.Length - m.SentenceStart;
        if (at + 2 >= m.Sentence.Length || m.Sentence[at] != ' ' || !char.IsLower(m.Sentence[at + 1]))
            return null;
        var end = at + 1;
        while (end < m.Sentence.Length && char.IsLetter(m.Sentence[end]))
            end++;
        var noun = m.Sentence[(at + 1)..end];
        if (!EnglishKindNouns.Contains(noun) || Grammar.GroupKinds.Of(NameNormalizer.Normalize(m.Surface).Split(' ')[^1]) is not null)
            return null;
        var rest = m.Sentence.AsSpan(end).TrimStart(' ');
        return rest.IsEmpty || !char.IsLetter(rest[0]) ? noun : null;
    }

    private static readonly HashSet<string> EnglishKindNouns = new(StringComparer.Ordinal)
    {
        "front", "column", "clique", "gang", "crew", "clan", "family", "network", "bloc",
    };

    private static string? WithArticle(Mention m)
    {
        var at = m.Start - m.SentenceStart;
        // "Under El Gallo, the gang grew": a nickname written with its capitalized article.
        if (at >= 3 && at <= m.Sentence.Length && m.Sentence.AsSpan(at - 3, 3) is "El " or "La " && (at == 3 || m.Sentence[at - 4] == ' '))
            return string.Concat(m.Sentence.AsSpan(at - 3, 3), m.Surface);
        if (at < 4 || at > m.Sentence.Length)
            return null;
        // "Tras la muerte de Peña, el Chueco quedó al frente": a nickname with its article in running text.
        if (m.Sentence.AsSpan(at - 3, 3) is "el " or "la " && m.Sentence[at - 4] == ' ' && !m.Surface.Contains(' '))
            return string.Concat(m.Sentence.AsSpan(at - 3, 3), m.Surface);
        var before = m.Sentence.AsSpan(at - 4, 4);
        return before[0] is '“' or '"' or '«' or '‘' && (before[1..].SequenceEqual("el ") || before[1..].SequenceEqual("la "))
            ? string.Concat(m.Sentence.AsSpan(at - 3, 3), m.Surface) : null;
    }

    // "Area of operation: Tijuana, Rosarito and Tecate": the factbox's lines that list places, as the
    // source has them, so that each place is cited where it stands.
    private static IEnumerable<TextBlock> FactboxPlaceLines(ParsedDocument document)
    {
        foreach (var (label, value) in document.Factbox)
        {
            if (!ProfileVocabulary.IsPlaceLabel(label))
                continue;
            // The label with its colon, so that the same word in a sentence before it is not taken.
            var at = document.SourceText.IndexOf(label + ":", StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = document.SourceText.IndexOf('\n', at);
                yield return new TextBlock(document.SourceText[at..(end < 0 ? document.SourceText.Length : end)].TrimEnd(), at);
            }
            else if (StackedFactboxLine(document.SourceText, label, value) is { } stacked)
                yield return stacked;
        }
    }

    // "Area of Operation" over "Alba, Cierzo, La Vega": the label and its value on lines of their own,
    // read as one labelled line; the line breaks between them become the colon, so offsets still hold.
    private static TextBlock? StackedFactboxLine(string source, string label, string value)
    {
        for (var at = source.IndexOf(label, StringComparison.Ordinal); at >= 0; at = source.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            var gapStart = at + label.Length;
            var gap = 0;
            while (gapStart + gap < source.Length && char.IsWhiteSpace(source[gapStart + gap]))
                gap++;
            if (gap > 0 && source.AsSpan(gapStart, gap).Contains('\n') && source.AsSpan(gapStart + gap).StartsWith(value, StringComparison.Ordinal))
                return new TextBlock(label + ":" + new string(' ', gap - 1) + value, at);
        }
        return null;
    }

    // Every place the finder reads in the text and the factbox, with its block and its offset in the text.
    private static List<(TextBlock Block, PlaceMatch Place, int Start)> PlacesRead(ParsedDocument document) =>
        document.AllBlocks.Concat(FactboxPlaceLines(document))
            .SelectMany(block => PlaceFinder.Find(block.Text).Select(place => (block, place, block.Start + place.Start)))
            .ToList();

    // Places from the gazetteer, minus those inside a person's or group's name or equal to a
    // name a person goes by in this text ("Santos" the surname is not Santos the city).
    private static List<ExtractedEntity> PlaceEntities(List<(TextBlock Block, PlaceMatch Place, int Start)> placesRead, List<SentenceInfo> sentences,
        List<SentenceMention>[] mentions, EntityRegistry registry)
    {
        var taken = mentions.SelectMany(m => m).ToList();
        var personWords = registry.Entities.Where(e => e.IsPerson).SelectMany(e => e.NameWords.Concat(e.Keys)).ToHashSet(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var (block, place, start) in placesRead)
        {
            var end = start + place.Length;
            if (taken.Any(m => m.Start < end && start < m.End) || personWords.Contains(NameNormalizer.Normalize(place.Surface)))
                continue;
            var sentence = sentences.FirstOrDefault(s => s.Sentence.Start <= start && end <= s.Sentence.End)?.Sentence
                ?? new Sentence(block.Text, block.Start);
            if (!byName.TryGetValue(place.Name, out var list))
                byName[place.Name] = list = [];
            list.Add(new Mention(place.Surface, start, place.Length, sentence.Text, sentence.Start));
        }
        return byName.Select(p => new ExtractedEntity(EntityKind.Place, p.Key, Aliases(p.Value, EntityKind.Place), p.Value)).ToList();
    }
}
