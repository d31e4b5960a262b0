using IncidentExtract.Recognition.Places;

namespace IncidentExtract.Tests.Recognition.Places;

public class RelativeLocationTests
{
    [Theory]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.", "Kirkuk", GeoPrecision.Offset, 69.0, "S")]
    [InlineData("On November 27, 2019, ISIS operatives spread leaflets threatening SDF local government officials in two villages near Al-Mayadeen.", "Al-Mayadeen", GeoPrecision.Near, null, null)]
    [InlineData("Photo of Mahmoud Mohammad Khaz’al, commander in Hezbollah, killed in clashes with ISIS on the outskirts of Albukamal.", "Albukamal", GeoPrecision.Near, null, null)]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.", "Tuz Khurmatu", GeoPrecision.Exact, null, null)]
    public void The_words_before_a_name_relate_the_incident_to_it(string sentence, string name, GeoPrecision precision, double? km, string? bearing)
    {
        var relation = RelativeLocation.Before(sentence, sentence.IndexOf(name, StringComparison.Ordinal));
        relation.Precision.Should().Be(precision);
        relation.DistanceKm.Should().Be(km);
        relation.Bearing.Should().Be(bearing);
    }

    /// <summary>The cheap test of the last words must never hide a cue from the patterns: over every capitalised word
    /// of the samples, the gated and ungated readings agree.</summary>
    [Fact]
    public void The_gate_never_changes_a_reading()
    {
        var samples = Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples");
        var positions = 0;
        foreach (var file in Directory.GetFiles(samples, "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                for (var i = 1; i < line.Length; i++)
                {
                    if (!char.IsUpper(line[i]) || char.IsLetter(line[i - 1])) continue;
                    positions++;
                    RelativeLocation.Before(line, i, useGate: true).Should().Be(RelativeLocation.Before(line, i, useGate: false), "at {0} of \"{1}\"", i, line);
                }
            }
        }
        positions.Should().BeGreaterThan(1000);
    }

    [Theory]
    [InlineData("The area of Tabankort, near the border with Niger, where ISIS operatives attacked.", "Niger", true)]
    [InlineData("The area of Tabankort, near the border with Niger, where ISIS operatives attacked.", "Tabankort", false)]
    [InlineData("On November 27, 2019, ISIS operatives spread leaflets threatening SDF local government officials in two villages near Al-Mayadeen.", "Al-Mayadeen", false)]
    public void A_road_or_border_makes_a_name_directional(string sentence, string name, bool directional) =>
        RelativeLocation.IsDirectionalBefore(sentence, sentence.IndexOf(name, StringComparison.Ordinal)).Should().Be(directional);

    /// <summary>As <see cref="The_gate_never_changes_a_reading"/>, for the directional cue's gate.</summary>
    [Fact]
    public void The_directional_gate_never_changes_a_reading()
    {
        var samples = Path.Combine(IncidentExtract.Tests.Pipeline.RepositoryRoot.Path, "samples");
        var directional = 0;
        foreach (var file in Directory.GetFiles(samples, "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                for (var i = 1; i < line.Length; i++)
                {
                    if (!char.IsUpper(line[i]) || char.IsLetter(line[i - 1])) continue;
                    var ungated = RelativeLocation.IsDirectionalBefore(line, i, useGate: false);
                    if (ungated) directional++;
                    RelativeLocation.IsDirectionalBefore(line, i, useGate: true).Should().Be(ungated, "at {0} of \"{1}\"", i, line);
                }
            }
        }
        directional.Should().BeGreaterThan(10);
    }

    [Theory]
    [InlineData("Photo of Mahmoud Mohammad Khaz’al, commander in Hezbollah, killed in clashes with ISIS on the outskirts of Albukamal.", "Albukamal", " killed in clashes with ISIS on the outskirts of ")]
    [InlineData("On November 21, 2017, a suicide bomber blew up a car bomb in a vegetable open market in the center of the city of Tuz Khurmatu, about 69 km south of Kirkuk.", "Kirkuk", " km south of ")]
    public void The_near_cue_is_looked_for_in_the_last_run_of_words(string sentence, string name, string run)
    {
        var window = sentence.AsSpan(0, sentence.IndexOf(name, StringComparison.Ordinal));
        window[RelativeLocation.LastWordsStart(window)..].ToString().Should().Be(run);
    }
}
