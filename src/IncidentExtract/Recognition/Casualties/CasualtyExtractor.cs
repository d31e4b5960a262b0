using IncidentExtract.Recognition.Numbers;

namespace IncidentExtract.Recognition.Casualties;

/// <summary>
/// Counts the people killed, wounded and captured in one incident's sentences. When the sentences give
/// two accounts ("According to ISIS … 30 killed … According to the Mali army … 24 killed"), each figure
/// comes from the first account that states it and the other accounts go to the note. Stateless and thread-safe.
/// </summary>
public sealed class CasualtyExtractor
{
    private readonly SentenceTokenizer _tokenizer;

    public CasualtyExtractor() : this(new NumberRecognizer()) { }

    public CasualtyExtractor(INumberRecognizer numbers) => _tokenizer = new SentenceTokenizer(numbers);

    public CasualtyCount Extract(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var accounts = new List<CasualtyTally> { new() };
        foreach (var tokens in _tokenizer.Sentences(sentences))
        {
            var findings = CasualtyClauseFinder.Find(tokens);
            if (findings.Count == 0) continue;
            if (accounts[^1].HasKilledOrWounded && StartsAnotherAccount(tokens)) accounts.Add(new CasualtyTally());
            foreach (var f in findings) accounts[^1].Add(f);
        }
        return Combine(accounts);
    }

    /// <summary>"According to …", "X announced that …", "while the army said …": a source's own version of the incident.</summary>
    private static bool StartsAnotherAccount(List<Token> tokens)
    {
        if (tokens.Count > 0 && (tokens[0].IsWord("while") || tokens[0].IsWord("whereas") || tokens[0].IsWord("but"))) return true;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord("according") && tokens[i + 1].IsWord("to")) return true;
            if (tokens[i + 1].IsWord("that") && (tokens[i].IsWord("announced") || tokens[i].IsWord("reported") || tokens[i].IsWord("claimed")
                || tokens[i].IsWord("said") || tokens[i].IsWord("stated") || tokens[i].IsWord("confirmed")))
                return true;
        }
        return false;
    }

    private static CasualtyCount Combine(List<CasualtyTally> accounts)
    {
        // The first account to state each figure; indexed loops, as every record takes this path.
        CasualtyTally? killedSource = null, woundedSource = null, capturedSource = null;
        for (var k = 0; k < accounts.Count; k++)
        {
            var a = accounts[k];
            if (killedSource is null && a.Killed.Min is not null) killedSource = a;
            if (woundedSource is null && a.Wounded.Min is not null) woundedSource = a;
            if (capturedSource is null && a.Captured.Min is not null) capturedSource = a;
        }
        var captured = capturedSource?.Captured;

        List<string>? notes = null; // most incidents have no note
        foreach (var a in accounts)
            foreach (var n in a.Notes)
                if (notes is null || !notes.Contains(n)) (notes ??= []).Add(n);
        // Only figures that compete with the ones used go to the note; a later account that merely
        // adds the wounded to an earlier account's killed is not a competing version.
        foreach (var a in accounts)
        {
            var competing = a.Summary(includeKilled: killedSource is not null && a != killedSource,
                                      includeWounded: woundedSource is not null && a != woundedSource);
            if (competing.Length > 0) (notes ??= []).Add("another account: " + competing);
        }

        return new CasualtyCount(killedSource?.Killed.Min, killedSource?.Killed.Max, woundedSource?.Wounded.Min, woundedSource?.Wounded.Max,
            captured?.Min, notes is null ? null : string.Join("; ", notes));
    }
}
