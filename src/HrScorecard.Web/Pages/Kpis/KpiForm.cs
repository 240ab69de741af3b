using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Scoring;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Kpis;

/// <summary>What the KPI editor posts. Numbers are strings, read with <see cref="NumberInput"/> in the user's culture.</summary>
public sealed class KpiInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string Unit { get; set; } = "";
    public ScoringMethod Method { get; set; } = ScoringMethod.HigherIsBetter;
    public IndicatorType IndicatorType { get; set; } = IndicatorType.Lag;
    public string? DataSource { get; set; }
    public string? YellowFrom { get; set; }
    public string? GreenFrom { get; set; }
    public List<string?> OmaxLevels { get; set; } = [.. Enumerable.Repeat<string?>(null, OmaxLadder.LevelCount)];
    public string? OmaxWorst { get; set; }
    public string? OmaxBaseline { get; set; }
    public string? OmaxTarget { get; set; }
    /// <summary>Feed: typed per period, or computed from monthly values (one, or a ratio of two components).</summary>
    public KpiFeed Feed { get; set; } = KpiFeed.Direct;
    public SubPeriodAggregation Aggregation { get; set; } = SubPeriodAggregation.Sum;
    public SubPeriodAggregation DenominatorAggregation { get; set; } = SubPeriodAggregation.Average;
    public string? RatioFactor { get; set; } = "100";
    public string? NumeratorName { get; set; }
    public string? DenominatorName { get; set; }
    /// <summary>Concurrency versions of the KPI and its node as the form was opened; null when creating.</summary>
    public Guid? Version { get; set; }
    public Guid? NodeVersion { get; set; }

    public static KpiInput From(Data.ScorecardNode node, Kpi? kpi, CultureInfo culture) => new()
    {
        Code = kpi?.Code ?? "",
        Name = node.Name,
        Description = node.Description,
        Unit = kpi?.Unit ?? "",
        Method = kpi?.Method ?? ScoringMethod.HigherIsBetter,
        IndicatorType = kpi?.IndicatorType ?? IndicatorType.Lag,
        DataSource = kpi?.DataSource,
        YellowFrom = NumberInput.Format(kpi?.YellowFrom, culture),
        GreenFrom = NumberInput.Format(kpi?.GreenFrom, culture),
        OmaxLevels = kpi is { OmaxLevels.Count: OmaxLadder.LevelCount }
            ? [.. kpi.OmaxLevels.Select(v => (string?)NumberInput.Format(v, culture))]
            : [.. Enumerable.Repeat<string?>(null, OmaxLadder.LevelCount)],
        Feed = kpi?.Feed ?? KpiFeed.Direct,
        Aggregation = kpi?.Aggregation ?? SubPeriodAggregation.Sum,
        DenominatorAggregation = kpi?.DenominatorAggregation ?? SubPeriodAggregation.Average,
        RatioFactor = NumberInput.Format(kpi?.RatioFactor ?? 100, culture),
        NumeratorName = kpi?.NumeratorName,
        DenominatorName = kpi?.DenominatorName,
        Version = kpi?.Version,
        NodeVersion = node.Version,
    };

    /// <summary>Copies the feed setting onto the KPI; a direct feed keeps no aggregation settings.</summary>
    public void ApplyFeed(Kpi kpi, CultureInfo culture)
    {
        kpi.Feed = Feed;
        kpi.Aggregation = Feed == KpiFeed.Direct ? null : Aggregation;
        var ratio = Feed == KpiFeed.Ratio;
        kpi.DenominatorAggregation = ratio ? DenominatorAggregation : null;
        kpi.RatioFactor = ratio ? KpiForm.Number(RatioFactor, culture) : null;
        kpi.NumeratorName = ratio ? NumeratorName?.Trim() : null;
        kpi.DenominatorName = ratio ? DenominatorName?.Trim() : null;
    }
}

/// <summary>A checked KPI definition: the numbers read and accepted by the domain's rules.</summary>
public sealed record KpiDefinition(Thresholds? ThresholdOverride, OmaxLadder? Ladder);

public static class KpiForm
{
    /// <summary>
    /// Reads the numbers and runs the domain's own rules (thresholds, OMAX ladder, scoring rule), so the editor accepts
    /// exactly what the engine accepts; each problem lands next to its field. Call after the validator has passed.
    /// </summary>
    public static KpiDefinition? Check(KpiInput input, ModelStateDictionary modelState, CultureInfo culture)
    {
        Thresholds? thresholds = null;
        if (Number(input.YellowFrom, culture) is { } yellow && Number(input.GreenFrom, culture) is { } green)
        {
            try { thresholds = new Thresholds(yellow, green); }
            catch (DomainValidationException e)
            {
                modelState.AddModelError(e.Field == "greenFrom" ? "Input.GreenFrom" : "Input.YellowFrom", e.Message);
            }
        }
        OmaxLadder? ladder = null;
        if (input.Method == ScoringMethod.Omax)
        {
            try
            {
                ladder = new OmaxLadder([.. input.OmaxLevels.Select(t => Number(t, culture) ?? double.NaN)]);
                _ = new KpiScoringRule(ScoringMethod.Omax, ladder: ladder);
            }
            catch (DomainValidationException e)
            {
                modelState.AddModelError(e.Field is { } f && f.StartsWith('[') ? "Input.OmaxLevels" + f : "Input.OmaxLevels", e.Message);
            }
        }
        return modelState.IsValid ? new KpiDefinition(thresholds, ladder) : null;
    }

    /// <summary>Fills the eleven levels from the worst / baseline / target anchors (levels 0, 3 and 10).</summary>
    public static bool TryFillLadder(KpiInput input, ModelStateDictionary modelState, CultureInfo culture, IStringLocalizer text)
    {
        var worst = Anchor(input.OmaxWorst, "Input.OmaxWorst");
        var baseline = Anchor(input.OmaxBaseline, "Input.OmaxBaseline");
        var target = Anchor(input.OmaxTarget, "Input.OmaxTarget");
        if (worst is null || baseline is null || target is null) return false;
        try
        {
            var ladder = OmaxLadder.FromAnchors(worst.Value, baseline.Value, target.Value);
            input.OmaxLevels = [.. ladder.Levels.Select(v => (string?)NumberInput.Format(v, culture))];
            for (var k = 0; k < OmaxLadder.LevelCount; k++) modelState.Remove($"Input.OmaxLevels[{k}]");
            return true;
        }
        catch (DomainValidationException e)
        {
            modelState.AddModelError("Input.OmaxBaseline",
                text["These anchors do not make a ladder: {0} Worst, baseline and target must rise (or fall) in that order.", e.Message]);
            return false;
        }

        double? Anchor(string? typed, string key)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                modelState.AddModelError(key, text["Give a value to fill the ladder from."]);
                return null;
            }
            if (NumberInput.TryParse(typed, culture, out var number, out var error, text)) return number;
            modelState.AddModelError(key, error!);
            return null;
        }
    }

    public static double? Number(string? text, CultureInfo culture) =>
        !string.IsNullOrWhiteSpace(text) && NumberInput.TryParse(text, culture, out var value, out _) ? value : null;

    /// <summary>The stored definition, as the conflict message shows it, in the language of <paramref name="text"/>.</summary>
    public static string Describe(Data.ScorecardNode node, Kpi kpi, IStringLocalizer text) =>
        text["code {0}, name \"{1}\", unit \"{2}\", method {3}, {4}, {5}", kpi.Code, node.Name, kpi.Unit,
            text[Scorecards.ScorecardForm.Describe(kpi.Method)].Value,
            (kpi.IndicatorType == IndicatorType.Lead ? text["lead indicator"] : text["lag indicator"]).Value,
            (kpi.YellowFrom is { } y && kpi.GreenFrom is { } g
                ? text["thresholds yellow from {0}, green from {1}", y.ToString(CultureInfo.CurrentCulture), g.ToString(CultureInfo.CurrentCulture)]
                : text["scorecard thresholds"]).Value]
        + (kpi.Method == ScoringMethod.Omax ? text[", OMAX ladder {0}", string.Join(" / ", kpi.OmaxLevels.Select(v => v.ToString(CultureInfo.CurrentCulture)))].Value : "");
}

public sealed class KpiInputValidator : AbstractValidator<KpiInput>
{
    public KpiInputValidator(IStringLocalizer<KpiInputValidator> text)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => text["Give the KPI a code, e.g. FIN-1."])
            .MaximumLength(30).WithMessage(_ => text["Keep the code to 30 characters."]);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => text["Give the KPI a name."])
            .MaximumLength(200).WithMessage(_ => text["Keep the name to 200 characters."]);
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage(_ => text["Keep the description to 4000 characters."]);
        RuleFor(x => x.Unit).MaximumLength(50).WithMessage(_ => text["Keep the unit to 50 characters."]);
        RuleFor(x => x.DataSource).MaximumLength(1000).WithMessage(_ => text["Keep the data source note to 1000 characters."]);
        RuleFor(x => x.Method).IsInEnum().WithMessage(_ => text["Choose a scoring method."]);
        RuleFor(x => x.IndicatorType).IsInEnum().WithMessage(_ => text["Choose lead or lag."]);
        RuleFor(x => x.YellowFrom).Custom(ReadOptionalNumber);
        RuleFor(x => x.GreenFrom).Custom(ReadOptionalNumber);
        RuleFor(x => x.GreenFrom)
            .Must((input, green) => string.IsNullOrWhiteSpace(green) == string.IsNullOrWhiteSpace(input.YellowFrom))
            .WithMessage(_ => text["Give both thresholds to override the scorecard's, or leave both empty."]);
        RuleFor(x => x.Feed).IsInEnum().WithMessage(_ => text["Choose where the actual comes from."]);
        When(x => x.Feed != KpiFeed.Direct, () =>
            RuleFor(x => x.Aggregation).IsInEnum().WithMessage(_ => text["Choose how the months make the period's value."]));
        When(x => x.Feed == KpiFeed.Ratio, () =>
        {
            RuleFor(x => x.DenominatorAggregation).IsInEnum().WithMessage(_ => text["Choose how the denominator's months are combined."]);
            RuleFor(x => x.NumeratorName).NotEmpty().WithMessage(_ => text["Name the numerator, e.g. Leavers."])
                .MaximumLength(100).WithMessage(_ => text["Keep the name to 100 characters."]);
            RuleFor(x => x.DenominatorName).NotEmpty().WithMessage(_ => text["Name the denominator, e.g. Headcount."])
                .MaximumLength(100).WithMessage(_ => text["Keep the name to 100 characters."]);
            RuleFor(x => x.RatioFactor).Custom((value, context) =>
            {
                if (string.IsNullOrWhiteSpace(value)) context.AddFailure(text["Give the factor: 100 for a percentage, 1 for a plain ratio."]);
                else if (!NumberInput.TryParse(value, CultureInfo.CurrentCulture, out var factor, out var error)) context.AddFailure(error!);
                else if (factor == 0) context.AddFailure(text["The factor cannot be 0: use 100 for a percentage, 1 for a plain ratio."]);
            });
        });
        When(x => x.Method == ScoringMethod.Omax, () =>
        {
            RuleFor(x => x.OmaxLevels).Must(l => l.Count == OmaxLadder.LevelCount)
                .WithMessage(_ => text["An OMAX ladder has eleven levels, 0 to 10."]);
            RuleForEach(x => x.OmaxLevels).Custom((value, context) =>
            {
                if (string.IsNullOrWhiteSpace(value)) context.AddFailure(text["Give this level a value (or fill the ladder from anchors)."]);
                else ReadOptionalNumber(value, context);
            });
        });
    }

    private static void ReadOptionalNumber(string? text, ValidationContext<KpiInput> context)
    {
        if (!string.IsNullOrWhiteSpace(text) && !NumberInput.TryParse(text, CultureInfo.CurrentCulture, out _, out var error))
            context.AddFailure(error!);
    }
}
