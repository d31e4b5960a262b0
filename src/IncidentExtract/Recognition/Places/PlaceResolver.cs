using IncidentExtract.Gazetteers;

namespace IncidentExtract.Recognition.Places;

/// <summary>
/// Chooses an incident's place as a coder would: the most specific place the incident's own words name
/// (not a locator — "Diban, 5 km east of Al-Mayadeen" is Diban — nor a road's destination or a country used
/// as an actor), else the bullet's lead-in, the rest of the block, the headings; country and region from the
/// place or, failing that, from the context. Thread-safe; build one per gazetteer.
/// </summary>
public sealed class PlaceResolver
{
    private readonly PlaceRecognizer _recognizer;

    public PlaceResolver(Gazetteer gazetteer) : this(new PlaceRecognizer(gazetteer)) { }

    public PlaceResolver(PlaceRecognizer recognizer) => _recognizer = recognizer;

    public ResolvedPlace Resolve(PlaceContext context) => Resolve(context, new ReportPlaces(_recognizer, null));

    /// <summary>As <see cref="Resolve(PlaceContext)"/>, reusing the scans <paramref name="report"/> made for earlier
    /// incidents of the same report (its blocks, headings and lead-ins are scanned once, not once per incident).</summary>
    public ResolvedPlace Resolve(PlaceContext context, ReportPlaces report)
    {
        var frame = report.Frame(context);

        if (Best(context.IncidentText, frame, report, foregroundOnly: true) is { } inText) return Narrowed(inText, context, frame, report);
        if (context.LeadIn is { } leadIn && Best(leadIn, frame, report) is { } fromLeadIn) return fromLeadIn;
        // Only a background place ("who had fled after the takeover of X") and no lead-in: still the best the words give.
        if (RelativeLocation.MayHaveBackgroundClause(context.IncidentText) && Best(context.IncidentText, frame, report) is { } background)
            return Narrowed(background, context, frame, report);
        if (context.BlockText != context.IncidentText && Best(context.BlockText, frame, report, minRank: 3) is { } inBlock)
            return inBlock;
        // "The Nangarhar Province in Afghanistan (…) is now the center of activity": a region the block names is more
        // local than the headings, unless a heading or label already sets the region.
        if (frame.Admin1 is null && context.BlockText != context.IncidentText && Best(context.BlockText, frame, report, minRank: 2) is { } blockRegion)
            return blockRegion with { Precision = GeoPrecision.Admin1 };
        for (var i = context.Section.Count - 1; i >= 0; i--)
        {
            if (Best(context.Section[i], frame, report, minRank: 3) is { } inHeading) return inHeading with { Precision = GeoPrecision.Near };
        }
        if (frame.Admin1 is { } admin1)
            return new ResolvedPlace(admin1.Name, null, admin1.Name, admin1.Country, admin1.Lat, admin1.Lon, GeoPrecision.Admin1, null, null);
        if (frame.Country is { } country)
            return new ResolvedPlace(country.Name, null, null, country.Name, country.Lat, country.Lon, GeoPrecision.Country, null, null);
        return ResolvedPlace.Unknown;
    }

    /// <summary>
    /// The countries <paramref name="text"/> (a whole report: headings and body) names as places, not as actors
    /// ("the Iraq government"); pass them as <see cref="PlaceContext.DocumentCountries"/>.
    /// </summary>
    public IReadOnlySet<string> CountriesNamedIn(string text) => new ReportPlaces(_recognizer, text).Countries;

    /// <summary>The countries among <paramref name="mentions"/> that are places, not actors.</summary>
    internal static IReadOnlySet<string> CountriesIn(IReadOnlyList<PlaceMention> mentions)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.IsActorUse) continue;
            foreach (var p in m.Candidates)
            {
                if (p.Kind == PlaceKind.Country) { countries.Add(p.Country); break; }
            }
        }
        return countries;
    }

    /// <summary>A fresh set of scans for one report, with the countries <paramref name="reportText"/> names
    /// (<see cref="CountriesNamedIn"/>, scanned when first needed).</summary>
    public ReportPlaces ForReport(string reportText) => new(_recognizer, reportText);

    // "… in Iraq" under "Salah al-Din Province", "fell in Israeli territory" under "… in the Golan Heights": when the
    // incident's words give only the country, a label or heading inside that country is the more specific place.
    private ResolvedPlace Narrowed(ResolvedPlace inText, PlaceContext context, ContextFrame frame, ReportPlaces report)
    {
        if (inText.Precision != GeoPrecision.Country) return inText;
        if (frame.Admin1 is { } label && label.Country == inText.Country)
            return new ResolvedPlace(label.Name, inText.AsWritten, label.Name, label.Country, label.Lat, label.Lon, GeoPrecision.Admin1, null, null);
        for (var i = context.Section.Count - 1; i >= 0; i--)
        {
            if (Best(context.Section[i], frame, report, minRank: 2) is { } heading && heading.Country == inText.Country)
                return heading with { Precision = heading.Precision == GeoPrecision.Exact ? GeoPrecision.Near : heading.Precision };
        }
        return inText;
    }

    // Every incident of a block asks the same of its block and headings: the frame (one per block) remembers the answers.
    private ResolvedPlace? Best(string text, ContextFrame frame, ReportPlaces report, int minRank = 0, bool foregroundOnly = false)
    {
        var key = (text, minRank, foregroundOnly);
        if (!frame.Answers.TryGetValue(key, out var best)) frame.Answers[key] = best = BestUncached(text, frame, report, minRank, foregroundOnly);
        return best;
    }

    private ResolvedPlace? BestUncached(string text, ContextFrame frame, ReportPlaces report, int minRank, bool foregroundOnly)
    {
        var masked = report.Masked(text);
        // A text is asked for more than one rank (a block for a settlement, then for a region): its unnamed places once.
        if (!report.UnknownNames.TryGetValue(masked, out var unknown)) report.UnknownNames[masked] = unknown = UnknownNames(masked);
        var mentions = report.Scan(masked);
        // A background clause has " had " in it: a text without one has none, and its mentions need not look.
        var mayBeBackground = foregroundOnly && RelativeLocation.MayHaveBackgroundClause(masked);
        var candidates = new List<Candidate>();
        for (var m = 0; mentions.Has(m); m++)
        {
            var mention = mentions[m];
            if (mention.IsActorUse) continue;
            if (m > 0 && RelativeLocation.IsLocatorGap(masked.AsSpan(mentions[m - 1].End, mention.Start - mentions[m - 1].End))) continue;
            // "the Old City of Al-Raqqah": the part names no gazetteer place of its own; the whole does.
            if (mentions.IsFollowedByOf(m)) continue;
            if (frame.Choose(mention, masked) is not { } place) continue;
            var rank = Specificity(place.Kind);
            if (rank < minRank) continue;
            if (mayBeBackground && RelativeLocation.IsInBackgroundClause(masked, mention.Start)) continue;
            if (RelativeLocation.IsDirectionalBefore(masked, mention.Start) || RelativeLocation.IsInRoadName(masked, mention.End)) rank -= 2;
            var candidate = new Candidate(mention.Start, mention.End, place, null, rank);
            candidates.Add(candidate);
            // The first candidate of the highest rank wins over every later one, known, territory or unnamed (an unnamed
            // place that starts later, or overlaps a known one, never wins): when no unnamed place could come before it,
            // the rest of the text cannot change the answer, and is left unread.
            if (rank == HighestRank && !MayComeFirst(unknown, candidates, candidate.Start)) return ToResolved(candidate, masked, text, frame, candidates, report);
        }
        if (minRank <= 1) AddTerritories(masked, frame, candidates, foregroundOnly);
        foreach (var unnamed in unknown)
        {
            if (unnamed.Rank < minRank || (mayBeBackground && RelativeLocation.IsInBackgroundClause(masked, unnamed.Start))) continue;
            if (candidates.Exists(c => c.Start < unnamed.End && unnamed.Start < c.End)) continue;
            // Only after the known names: a gazetteer name earlier in the text stays first.
            candidates.Add(unnamed);
        }
        if (candidates.Count == 0) return null;

        var best = candidates[0];
        foreach (var c in candidates)
        {
            if (c.Rank > best.Rank || (c.Rank == best.Rank && c.Start < best.Start)) best = c;
        }
        return ToResolved(best, masked, text, frame, candidates, report);
    }

    // Whether an unnamed place starts before `start` and overlaps none of the known ones: only such a place may be
    // taken (an overlapping one never is) and come before the candidate that starts there.
    internal static bool MayComeFirst(List<Candidate> unknown, List<Candidate> known, int start)
    {
        foreach (var unnamed in unknown)
        {
            if (unnamed.Start >= start) continue;
            var overlaps = false;
            foreach (var c in known)
            {
                if (c.Start < unnamed.End && unnamed.Start < c.End) { overlaps = true; break; }
            }
            if (!overlaps) return true;
        }
        return false;
    }

    // The rank of a settlement (Specificity), and of a place named by its kind (UnknownNames): no candidate ranks higher.
    private const int HighestRank = 3;

    // "fell once again in Israeli territory": the demonym names the country where it happened.
    private void AddTerritories(string text, ContextFrame frame, List<Candidate> candidates, bool foregroundOnly)
    {
        if (!text.Contains("territor", StringComparison.Ordinal) && !text.Contains("airspace", StringComparison.Ordinal)
            && !text.Contains("soil", StringComparison.Ordinal) && !text.Contains("waters", StringComparison.Ordinal))
            return;
        foreach (System.Text.RegularExpressions.Match m in CuePatterns.DemonymTerritory().Matches(text))
        {
            var g = m.Groups["demonym"];
            if (foregroundOnly && RelativeLocation.IsInBackgroundClause(text, g.Index)) continue;
            if (_recognizer.CountryOfDemonym(g.Value) is not { } name || _recognizer.Country(name) is not { } country) continue;
            candidates.Add(new Candidate(g.Index, g.Index + g.Length, country, null, Specificity(PlaceKind.Country)));
        }
    }

    private ResolvedPlace ToResolved(Candidate best, string text, string unmasked, ContextFrame frame, List<Candidate> all, ReportPlaces report)
    {
        var relation = RelativeLocation.Before(text, best.Start);
        var precision = relation.Precision;
        if (precision == GeoPrecision.Exact && RelativeLocation.AreaAfter(text, best.End)) precision = GeoPrecision.Near;
        var asWritten = text[relation.CueStart..best.End].Trim();

        if (best.Place is { } place)
        {
            if (place.Kind == PlaceKind.Country) precision = GeoPrecision.Country;
            else if (place.Kind == PlaceKind.Admin1 && precision == GeoPrecision.Exact) precision = GeoPrecision.Admin1;
            var admin1 = place.Admin1 ?? (place.Country == frame.Country?.Name ? frame.Admin1?.Name : null);
            return new ResolvedPlace(place.Name, asWritten, place.Kind == PlaceKind.Country ? null : admin1, place.Country,
                place.Lat, place.Lon, precision, relation.DistanceKm, relation.Bearing);
        }

        // A settlement the gazetteer lacks: its region and country from the nearest known place beside it, else the context.
        Place? neighbour = null;
        foreach (var c in all)
        {
            if (c.Place is { Kind: not PlaceKind.Country } p && (frame.Country is null || p.Country == frame.Country.Name)) { neighbour = p; break; }
        }
        // Else the place an aside beside it locates it by ("the Al-Wa’ar dam road (about 100 km southwest of Albukamal)").
        neighbour ??= NearestKnown(unmasked, best.Start, frame, report);
        var country = neighbour?.Country ?? frame.Country?.Name ?? FirstDemonymCountry(unmasked);
        var region = neighbour?.Admin1 ?? frame.Admin1?.Name;
        return new ResolvedPlace(best.UnknownName, asWritten, region, country, null, null, precision, relation.DistanceKm, relation.Bearing);
    }

    private static Place? NearestKnown(string text, int position, ContextFrame frame, ReportPlaces report)
    {
        Place? nearest = null;
        var distance = int.MaxValue;
        foreach (var m in report.Recognize(text))
        {
            // Only a nearer name is weighed: choosing among its places is the costly part.
            var d = Math.Abs(m.Start - position);
            if (d >= distance || m.IsActorUse || frame.Choose(m, text) is not { Kind: not PlaceKind.Country } p) continue;
            nearest = p;
            distance = d;
        }
        return nearest;
    }

    private string? FirstDemonymCountry(string text)
    {
        var demonyms = _recognizer.Demonyms(text);
        return demonyms.Count > 0 ? demonyms[0].Country : null;
    }

    // The words every match of CuePatterns.NamedSettlement and NamedFeature spells (see LiteralGate): most texts hold none.
    private static readonly Events.LiteralGate SettlementWords = new(false, "village", "town", "city", "hamlet", "neighbo", "camp");
    private static readonly Events.LiteralGate FeatureWords = new(false, "dam", "field", "crossing", "prison", "camp", "airport",
        "air base", "airbase", "bridge", "area", "district", "desert", "mountain", "plain");

    internal static List<Candidate> UnknownNames(string text)
    {
        var found = new List<Candidate>();
        if (text.Contains(" of ", StringComparison.Ordinal) && SettlementWords.MayMatch(text) && UnknownNameGates.FirstSettlementFrom(text) is >= 0 and var from)
        {
            // From where the first match may start (the pattern reads the characters before it for its \b): the same matches.
            foreach (System.Text.RegularExpressions.Match m in CuePatterns.NamedSettlement().Matches(text, from))
            {
                var g = m.Groups["name"];
                found.Add(new Candidate(g.Index, g.Index + g.Length, null, g.Value, HighestRank));
            }
        }
        if (!FeatureWords.MayMatch(text) || UnknownNameGates.FirstFeatureFrom(text) is not (>= 0 and var featureFrom)) return found;
        foreach (System.Text.RegularExpressions.Match m in CuePatterns.NamedFeature().Matches(text, featureFrom))
        {
            var g = m.Groups["name"];
            found.Add(new Candidate(g.Index, g.Index + g.Length, null, g.Value, HighestRank));
        }
        return found;
    }

    internal static int Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 1,
        PlaceKind.Admin1 or PlaceKind.Region or PlaceKind.District => 2,
        _ => HighestRank,
    };

    // Citations and asides in parentheses ("(about 100 km northwest of Baghdad)", "(Telegram, November 23, 2019)")
    // never name the incident's place; blank them with spaces so positions stay valid.
    internal static string MaskParentheticals(string text)
    {
        if (text.IndexOf('(') < 0) return text;
        // Blanked in the new string itself: one copy of the text, not a character array and then a string.
        return string.Create(text.Length, text, static (masked, original) =>
        {
            original.CopyTo(masked);
            foreach (var match in CuePatterns.Parenthetical().EnumerateMatches(original)) masked.Slice(match.Index, match.Length).Fill(' ');
        });
    }

    internal sealed record Candidate(int Start, int End, Place? Place, string? UnknownName, int Rank);
}

/// <summary>The country and region the context sets (lead-in, headings, other places of the block), and how they pick among same-named places.</summary>
internal sealed class ContextFrame
{
    /// <summary>The country the lead-in or a heading sets.</summary>
    public Place? Country => Located.Country;
    /// <summary>The region the lead-in or a heading sets.</summary>
    public Place? Admin1 => Located.Admin1;
    // The lead-in and headings are read only when a choice or an answer first needs what they set: an incident whose
    // own words name one place of one reading, with its region, never does.
    private (Place? Country, Place? Admin1) Located => _located ??= Locate(_context, Recognizer, _scans);
    private (Place? Country, Place? Admin1)? _located;
    /// <summary>The resolver's answers for texts of this frame's block (a pure function of text, frame and options).</summary>
    public Dictionary<(string Text, int MinRank, bool ForegroundOnly), ResolvedPlace?> Answers { get; } = new(SameQuestion.Instance);
    // The texts asked of a frame are its block's own strings (text, lead-in, headings) and its incidents': the same
    // string object at every asking. They are told apart by reference, instead of hashing a whole block per question;
    // an equal text in another string is only answered again, the same way.
    private sealed class SameQuestion : IEqualityComparer<(string Text, int MinRank, bool ForegroundOnly)>
    {
        public static SameQuestion Instance { get; } = new();

        public bool Equals((string Text, int MinRank, bool ForegroundOnly) x, (string Text, int MinRank, bool ForegroundOnly) y) =>
            ReferenceEquals(x.Text, y.Text) && x.MinRank == y.MinRank && x.ForegroundOnly == y.ForegroundOnly;

        public int GetHashCode((string Text, int MinRank, bool ForegroundOnly) question) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(question.Text), question.MinRank, question.ForegroundOnly);
    }

    // The countries the block's own names point to (OneCountry); read from the block scan.
    private HashSet<string> BlockCountries => BlockScan.Block;
    // Countries the passage or the report names outright (country names, demonyms): where its places are likely to be.
    private HashSet<string> NamedCountries => BlockScan.Named;
    // The block is scanned only when a choice first weighs its countries: most incidents' places have one reading
    // near the context country, and a block's sentences with a citation are otherwise recognized only masked.
    private (HashSet<string> Block, HashSet<string> Named) BlockScan => _blockScan ??= ScanBlock(_context, Recognizer, _scans, Country);
    private (HashSet<string> Block, HashSet<string> Named)? _blockScan;
    private PlaceContext _context = null!;
    private ReportPlaces _scans = null!;
    // Where the countries named lie; made when a choice first needs distances, which is seldom.
    private List<Place> NamedCountryPlaces => _namedCountryPlaces ??= CountryPlaces(NamedCountries);
    private List<Place>? _namedCountryPlaces;
    private PlaceRecognizer Recognizer { get; init; } = null!;
    private IReadOnlySet<string> DocumentCountries { get; init; } = new HashSet<string>();

    // A settlement matched only by an alias, this far from the context country's centre, is another place
    // that shares a spelling ("Alwar" in India for "Al-Wa’ar", "Uman" for "Human"), not the incident's.
    private const double ForeignSettlementKm = 1500;

    public static ContextFrame From(PlaceContext context, PlaceRecognizer recognizer, ReportPlaces scans)
    {
        // Read only when needed: it may scan the whole report (ReportCountries).
        var document = context.DocumentCountries as IReadOnlySet<string> ?? new HashSet<string>(context.DocumentCountries ?? [], StringComparer.Ordinal);
        return new ContextFrame { DocumentCountries = document, Recognizer = recognizer, _context = context, _scans = scans };
    }

    // The country and region the lead-in sets, else the innermost heading that sets one.
    private static (Place? Country, Place? Admin1) Locate(PlaceContext context, PlaceRecognizer recognizer, ReportPlaces scans)
    {
        Place? country = null, admin1 = null;
        if (context.LeadIn is { } leadIn) (country, admin1) = FirstLocating(recognizer, scans, leadIn, null);
        for (var i = context.Section.Count - 1; i >= 0 && (country is null || admin1 is null); i--)
        {
            var (c, a) = FirstLocating(recognizer, scans, context.Section[i], country?.Country);
            if (country is not null && a is not null && a.Country != country.Country) continue;
            country ??= c;
            if (admin1 is null && a is not null && (country is null || a.Country == country.Country)) admin1 = a;
        }
        return (country, admin1);
    }

    // The countries the block names (with the context's country first) and those its names point to alone.
    private static (HashSet<string> Block, HashSet<string> Named) ScanBlock(PlaceContext context, PlaceRecognizer recognizer, ReportPlaces scans, Place? country)
    {
        var block = new HashSet<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        if (country is not null) named.Add(country.Country);
        var asides = Asides(context.BlockText);
        foreach (var m in scans.Recognize(context.BlockText))
        {
            if (m.IsActorUse || m.Candidates.Count == 0) continue;
            // Asides count for the countries named: "(about 100 km southwest of Albukamal, near the border with Iraq)".
            foreach (var p in m.Candidates)
            {
                if (p.Kind == PlaceKind.Country) { named.Add(p.Country); break; }
            }
            if (IsInside(asides, m.Start)) continue;
            // Only a name that means one country says where the block is: "Rawa" (Iraq, and the more populous
            // Rawa Mazowiecka in Poland) must not vote for Poland by its own most populous reading.
            if (OneCountry(m.Candidates)) block.Add(m.Candidates[0].Country);
        }
        foreach (var (_, _, demonymCountry) in recognizer.Demonyms(context.BlockText)) named.Add(demonymCountry);
        return (block, named);
    }

    // The passage's own countries say where its places are; only when it names none, the report's.
    private List<Place> CountryPlaces(IEnumerable<string> countries)
    {
        var places = new List<Place>();
        foreach (var name in countries)
        {
            if (Recognizer.Country(name) is { Lat: not null, Lon: not null } c) places.Add(c);
        }
        return places;
    }

    private static List<(int Start, int End)> Asides(string text)
    {
        var spans = new List<(int, int)>();
        if (text.IndexOf('(') < 0) return spans;
        foreach (var match in CuePatterns.Parenthetical().EnumerateMatches(text)) spans.Add((match.Index, match.Index + match.Length));
        return spans;
    }

    private static bool IsInside(List<(int Start, int End)> spans, int position)
    {
        foreach (var (start, end) in spans)
        {
            if (position >= start && position < end) return true;
        }
        return false;
    }

    private static bool OneCountry(IReadOnlyList<Place> places)
    {
        for (var i = 1; i < places.Count; i++)
        {
            if (places[i].Country != places[0].Country) return false;
        }
        return true;
    }

    /// <summary>The (country, region) a label or heading gives: a country it names first, else a region, else a settlement's.</summary>
    private static (Place? Country, Place? Admin1) FirstLocating(PlaceRecognizer recognizer, ReportPlaces scans, string label, string? knownCountry)
    {
        // Every block under a heading asks again: the report remembers the answer (a pure function of label and country).
        if (!scans.Locating.TryGetValue((label, knownCountry), out var located))
            scans.Locating[(label, knownCountry)] = located = FirstLocatingUncached(recognizer, scans, label, knownCountry);
        return located;
    }

    private static (Place? Country, Place? Admin1) FirstLocatingUncached(PlaceRecognizer recognizer, ReportPlaces scans, string label, string? knownCountry)
    {
        var masked = scans.Masked(label);
        Place? best = null;
        var bestRank = int.MaxValue;
        var mentions = scans.Scan(masked);
        // A country of the known one (or any, when none is known) ranks first: the words after it are left unread.
        for (var i = 0; bestRank > 0 && mentions.Has(i); i++)
        {
            var m = mentions[i];
            if (m.IsActorUse) continue;
            var wantsProvince = RelativeLocation.ProvinceAfter(masked, m.End);
            foreach (var p in m.Candidates)
            {
                var rank = p.Kind switch
                {
                    PlaceKind.Country => 0,
                    PlaceKind.Admin1 when wantsProvince => 1,
                    PlaceKind.Admin1 or PlaceKind.Region => 2,
                    _ => 3,
                };
                if (knownCountry is not null && p.Country != knownCountry) rank += 10;
                if (rank < bestRank) { best = p; bestRank = rank; }
            }
        }
        if (best is null) return (null, null);
        var country = recognizer.Country(best.Country) ?? new Place(best.Country, [], PlaceKind.Country, null, best.Country, null, null, null);
        if (best.Kind == PlaceKind.Country) return (country, null);
        var admin1 = best.Kind == PlaceKind.Admin1 ? best
            : best.Admin1 is { } name ? recognizer.Region(best.Country, name) ?? new Place(name, [], PlaceKind.Admin1, name, best.Country, null, null, null) : null;
        return (country, admin1);
    }

    /// <summary>Among same-named places: the context's country, then its region, the block's countries, the kind the words ask for, then size.</summary>
    public Place? Choose(PlaceMention mention, string text)
    {
        // One place of that name: nothing to weigh (and the report's countries stay unscanned).
        if (mention.Candidates is [var only])
            return PlaceNameFolding.SameLetters(only.Name, mention.AsWritten) || only.Kind is PlaceKind.Country or PlaceKind.Admin1
                || !IsFarFromContext(only) ? only : null;
        var wantsProvince = RelativeLocation.ProvinceAfter(text, mention.End);
        var candidates = mention.Candidates;
        // Points are whole numbers and the size term is added last, so a score is exact and the same however it is summed.
        Span<int> points = candidates.Count <= 64 ? stackalloc int[candidates.Count] : new int[candidates.Count];
        Span<double> sizes = candidates.Count <= 64 ? stackalloc double[candidates.Count] : new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            // The canonical name is a place's first meaning; an alias shared with a bigger place is not.
            var byName = PlaceNameFolding.SameLetters(p.Name, mention.AsWritten);
            if (!byName && p.Kind is not (PlaceKind.Country or PlaceKind.Admin1) && IsFarFromContext(p)) { points[i] = int.MinValue; continue; }
            var score = byName ? 20 : 0;
            if (Country is not null && p.Country == Country.Country) score += 100;
            if (Admin1 is not null && p.Admin1 == Admin1.Name) score += 20;
            score += p.Kind switch
            {
                PlaceKind.Admin1 => wantsProvince ? 50 : 3,
                // "in Syria and Lebanon": a country's name means the country before any town named after it.
                PlaceKind.Country => 25,
                PlaceKind.Region or PlaceKind.District => 3,
                _ => wantsProvince ? 0 : 5,
            };
            points[i] = score;
            sizes[i] = Math.Log10((p.Population ?? 0) + 1);
        }
        // The block's and the report's countries add at most 20 points, the same to places of one country: a place
        // ahead of every other by more (or, in its own country, at all) wins whatever they say, and the block stays unscanned.
        if (ClearLeader(candidates, points, sizes) is { } clear) return clear;
        var bestWithoutReport = double.MinValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (points[i] == int.MinValue) continue;
            var country = candidates[i].Country;
            var score = points[i];
            if (BlockCountries.Contains(country)) score += 10;
            if (NamedCountries.Contains(country)) score += 6;
            points[i] = score;
            bestWithoutReport = Math.Max(bestWithoutReport, score + sizes[i]);
        }
        // The report's own countries add 4 points: they decide only between places within 4 points of the best.
        var contenders = 0;
        var oneCountry = true;
        var leader = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (points[i] == int.MinValue || points[i] + sizes[i] < bestWithoutReport - ReportCountryPoints - 1e-9) continue;
            if (leader >= 0 && candidates[i].Country != candidates[leader].Country) oneCountry = false;
            contenders++;
            leader = i;
        }
        if (contenders <= 1) return leader < 0 ? null : candidates[leader];
        return WithReportCountries(candidates, points, sizes, oneCountry);
    }

    // The first place of the highest score once the report's countries add their points (none when the contenders
    // are of one country: they gain the same points or none, and the order stands). The report is scanned only until
    // the winner is certain whatever the rest of it names: a place whose score, with only the points known so far,
    // no other place can reach with the points it may yet gain. Most often that is at the first mention of its country.
    private Place? WithReportCountries(IReadOnlyList<Place> candidates, ReadOnlySpan<int> points, ReadOnlySpan<double> sizes, bool oneCountry)
    {
        while (true)
        {
            var winner = -1;
            var winnerScore = double.MinValue;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (points[i] == int.MinValue) continue;
                var named = !oneCountry && ReportNames(candidates[i].Country) == true;
                var score = points[i] + (named ? ReportCountryPoints : 0) + sizes[i];
                if (score > winnerScore) { winner = i; winnerScore = score; }
            }
            var certain = true;
            for (var i = 0; i < candidates.Count && certain; i++)
            {
                if (i == winner || points[i] == int.MinValue || oneCountry || ReportNames(candidates[i].Country) is not null) continue;
                // An earlier place wins a tie.
                var most = points[i] + ReportCountryPoints + sizes[i];
                certain = i < winner ? most < winnerScore : most <= winnerScore;
            }
            if (certain || !ScanReportFurther()) return winner < 0 ? null : candidates[winner];
        }
    }

    // Whether the report names the country: null while the part of the report scanned so far does not say.
    private bool? ReportNames(string country) =>
        DocumentCountries is ReportCountries report ? report.ContainsSoFar(country) : DocumentCountries.Contains(country);

    private bool ScanReportFurther() => DocumentCountries is ReportCountries report && report.ScanFurther();

    private const int ReportCountryPoints = 4;

    // The most a place's country can add to its score: block (10), named (6) and report (4) countries.
    private const int CountryPointsAtMost = 10 + 6 + ReportCountryPoints;

    // The place whose score without its country's points beats every other's with them, if any: Choose's answer
    // whatever the block and the report name. Places of one country gain the same points, so between them the scores
    // as they stand decide. The margin keeps a rounding of the final sums from turning a lead into a tie.
    internal static Place? ClearLeader(IReadOnlyList<Place> candidates, ReadOnlySpan<int> points, ReadOnlySpan<double> sizes)
    {
        const double margin = 1e-6;
        var leader = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (points[i] != int.MinValue && (leader < 0 || points[i] + sizes[i] > points[leader] + sizes[leader])) leader = i;
        }
        if (leader < 0) return null;
        var lead = points[leader] + sizes[leader];
        for (var i = 0; i < candidates.Count; i++)
        {
            if (i == leader || points[i] == int.MinValue) continue;
            var bonus = candidates[i].Country == candidates[leader].Country ? 0 : CountryPointsAtMost;
            if (!(lead > points[i] + bonus + sizes[i] + margin)) return null;
        }
        return candidates[leader];
    }

    // Far from the context country, or (no context country) from every country the passage and the report name.
    private bool IsFarFromContext(Place p)
    {
        if (p.Lat is not { } lat || p.Lon is not { } lon) return false;
        if (Country is not null)
        {
            if (p.Country == Country.Country || Country is not { Lat: { } clat, Lon: { } clon }) return false;
            return Geo.DistanceKm(clat, clon, lat, lon) > ForeignSettlementKm;
        }
        // A country the passage names settles it before the countries' places are made.
        if (NamedCountries.Contains(p.Country)) return false;
        if (NamedCountries.Count == 0) return IsFarFromReportCountries(p.Country, lat, lon);
        if (NamedCountryPlaces.Count == 0) return false;
        foreach (var c in NamedCountryPlaces)
        {
            if (Geo.DistanceKm(c.Lat!.Value, c.Lon!.Value, lat, lon) <= ForeignSettlementKm) return false;
        }
        return true;
    }

    // Whether a place in `country` at (lat, lon) is far from every country the report names, when some has a position
    // (else no report country says it is far), and its own country is none of them. The report's countries are
    // read one by one (ReportCountries scans the report only as far as the reading goes): the first near one, or
    // the place's own, settles it.
    private bool IsFarFromReportCountries(string country, double lat, double lon)
    {
        var anyPlaced = false;
        foreach (var name in DocumentCountries)
        {
            if (name == country) return false;
            if (Recognizer.Country(name) is not { Lat: { } clat, Lon: { } clon }) continue;
            if (Geo.DistanceKm(clat, clon, lat, lon) <= ForeignSettlementKm) return false;
            anyPlaced = true;
        }
        return anyPlaced && !DocumentCountries.Contains(country);
    }
}

internal static class Geo
{
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371;
        double ToRad(double d) => d * Math.PI / 180;
        var dLat = ToRad(lat2 - lat1);
        var dLon = ToRad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(ToRad(lat1)) * Math.Cos(ToRad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
