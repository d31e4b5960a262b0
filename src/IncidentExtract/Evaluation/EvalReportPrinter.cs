using System.Globalization;

namespace IncidentExtract.Evaluation;

/// <summary>Prints an eval report as plain text: overall, field scores, per file, and optionally the misses.</summary>
public static class EvalReportPrinter
{
    public static void Print(EvalReport report, TextWriter output, bool misses)
    {
        var o = report.Overall;
        output.WriteLine(F($"incidents: gold {o.Gold}, predicted {o.Predicted}, matched {o.Matched}; precision {o.Precision:0.000}, recall {o.Recall:0.000}, F1 {o.F1:0.000}"));
        output.WriteLine(F($"fields over {o.Matched} matched pairs:"));
        foreach (var f in o.Fields)
            output.WriteLine(F($"  {f.Field,-12} {f.Score:0.000}"));
        output.WriteLine("per file:");
        foreach (var s in report.PerFile)
            output.WriteLine(F($"  {s.Scope}: gold {s.Gold}, predicted {s.Predicted}, matched {s.Matched}; P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000}; date {s.Field("date"):0.00} place {s.Field("place"):0.00} country {s.Field("country"):0.00} killed {s.Field("killed"):0.00} wounded {s.Field("wounded"):0.00} perpetrator {s.Field("perpetrator"):0.00} sources {s.Field("sources"):0.00} type {s.Field("event_type"):0.00}"));
        if (!misses) return;

        output.WriteLine($"missed gold incidents ({report.Missed.Count}):");
        foreach (var g in report.Missed) output.WriteLine($"  {g.Doc}: \"{g.Quote}\"");
        output.WriteLine($"spurious records ({report.Spurious.Count}):");
        foreach (var p in report.Spurious) output.WriteLine($"  {p.Id}: {Preview(p.Text)}");
        output.WriteLine($"wrong fields ({report.WrongFields.Count}):");
        foreach (var m in report.WrongFields.Where(m => m.Field != "date_start"))
            output.WriteLine($"  {m.RecordId} {m.Field}: got {m.Predicted ?? "null"}, gold {m.Gold ?? "null"}");
    }

    private static string Preview(string text) => text.Length <= 110 ? text : text[..110] + "…";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
