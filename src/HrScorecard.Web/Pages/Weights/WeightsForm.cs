using System.Globalization;
using FluentValidation;
using HrScorecard.Domain;
using HrScorecard.Domain.Ahp;
using HrScorecard.Web.Data;
using HrScorecard.Web.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace HrScorecard.Web.Pages.Weights;

/// <summary>What the weights editor posts: the children's weights typed directly or as the upper triangle of a pairwise matrix.</summary>
public sealed class WeightsInput
{
    public WeightingMethod Method { get; set; } = WeightingMethod.Pairwise;
    /// <summary>One per child, in child order.</summary>
    public List<string?> Weights { get; set; } = [];
    /// <summary>Upper triangle read row by row: (0,1), (0,2) … (1,2) …, e.g. "3" or "1/5".</summary>
    public List<string?> Judgments { get; set; } = [];
    /// <summary>The children as the form listed them, to notice a tree changed meanwhile.</summary>
    public List<int> ChildIds { get; set; } = [];
    /// <summary>The period from which the new weights apply; null only for a scorecard without periods ("from the start").</summary>
    public int? EffectiveFromPeriodId { get; set; }
    /// <summary>The weighting shown when the form was opened, and its version (optimistic concurrency).</summary>
    public int? BasedOnId { get; set; }
    public Guid? BasedOnVersion { get; set; }
}

public static class WeightsForm
{
    /// <summary>How far direct weights may be from summing to 1 before they must be normalised.</summary>
    public const double SumTolerance = 1e-6;

    public const string JudgmentFormat = "Write a judgment such as 3, 1/5 or 0.5 (Saaty's scale runs from 1/9 to 9).";

    /// <summary>The direct weights as numbers, each positive; null (with messages next to the fields) otherwise.</summary>
    public static double[]? ReadWeights(WeightsInput input, ModelStateDictionary modelState, CultureInfo culture, IStringLocalizer text)
    {
        var weights = new double[input.Weights.Count];
        var ok = true;
        for (var i = 0; i < weights.Length; i++)
        {
            var key = $"Input.Weights[{i}]";
            if (string.IsNullOrWhiteSpace(input.Weights[i])) { modelState.AddModelError(key, text["Give this weight."]); ok = false; }
            else if (!NumberInput.TryParse(input.Weights[i], culture, out weights[i], out var error, text)) { modelState.AddModelError(key, error!); ok = false; }
            else if (!(weights[i] > 0)) { modelState.AddModelError(key, text["A weight must be above 0."]); ok = false; }
        }
        return ok ? weights : null;
    }

    /// <summary>The pairwise matrix of the typed judgments, checked by the domain; null (with messages) otherwise.</summary>
    public static PairwiseMatrix? ReadMatrix(WeightsInput input, int size, ModelStateDictionary modelState, IStringLocalizer text)
    {
        var judgments = new double[input.Judgments.Count];
        var ok = true;
        for (var k = 0; k < judgments.Length; k++)
            if (!Judgment.TryParse(input.Judgments[k], out judgments[k]))
            {
                modelState.AddModelError($"Input.Judgments[{k}]", text["\"{0}\" is not a judgment. {1}", input.Judgments[k] ?? "", text[JudgmentFormat]]);
                ok = false;
            }
        if (!ok) return null;
        try
        {
            return PairwiseMatrix.FromUpperTriangle(size, judgments);
        }
        catch (DomainValidationException e)
        {
            modelState.AddModelError(KeyOf(e.Field, size), e.Message);
            return null;
        }
    }

    /// <summary>The form field of a matrix cell "[i][j]" (upper triangle, row by row).</summary>
    private static string KeyOf(string? field, int size)
    {
        var parts = field?.Trim('[', ']').Split("][");
        if (parts is [var a, var b] && int.TryParse(a, CultureInfo.InvariantCulture, out var i) && int.TryParse(b, CultureInfo.InvariantCulture, out var j))
        {
            if (i > j) (i, j) = (j, i);
            return $"Input.Judgments[{(i * (2 * size - i - 1) / 2) + (j - i - 1)}]";
        }
        return "Input.Judgments";
    }

    /// <summary>The form's judgments as people write them, from a stored weighting (null: all equal).</summary>
    public static List<string?> JudgmentsOf(PairwiseMatrix? matrix, int size) =>
        matrix is null
            ? [.. Enumerable.Repeat<string?>("1", size * (size - 1) / 2)]
            : [.. matrix.UpperTriangle().Select(v => (string?)Judgment.Format(v))];

    /// <summary>A stored weighting in words, for the conflict message, in the language of <paramref name="text"/>.</summary>
    public static string Describe(NodeWeighting? weighting, IReadOnlyList<(int Id, string Name)> children, IStringLocalizer text,
        IStringLocalizer<WeightingSource> sources)
    {
        if (weighting is null) return text["no weights are set"];
        var ids = children.Select(c => c.Id).ToList();
        if (weighting.Method == WeightingMethod.Pairwise && Evaluation.ScorecardCalculation.PairwiseMatrixOf(weighting, ids) is { } matrix)
        {
            var pairs = new List<string>();
            var k = 0;
            var triangle = matrix.UpperTriangle();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                    pairs.Add(text["{0} vs {1} {2}", children[i].Name, children[j].Name, Judgment.Format(triangle[k++])]);
            return text["pairwise judgments {0} ({1})", string.Join(", ", pairs), WeightingSource.Of(weighting.Source, sources)];
        }
        return text["direct weights {0} ({1})", string.Join(", ", weighting.ChildWeights
            .Select(w => $"{children.FirstOrDefault(c => c.Id == w.ChildNodeId).Name ?? "?"} {w.Weight.ToString("0.####", CultureInfo.CurrentCulture)}")),
            WeightingSource.Of(weighting.Source, sources)];
    }
}

public sealed class WeightsInputValidator : AbstractValidator<WeightsInput>
{
    public WeightsInputValidator(IStringLocalizer<WeightsInputValidator> text)
    {
        RuleFor(x => x.Method).IsInEnum().WithMessage(_ => text["Choose direct weights or a pairwise matrix."]);
        RuleFor(x => x.ChildIds).Must(ids => ids.Count >= 2).WithMessage(_ => text["Weights are needed only for two or more children."]);
        When(x => x.Method == WeightingMethod.Direct, () =>
        {
            RuleFor(x => x.Weights).Must((input, weights) => weights.Count == input.ChildIds.Count)
                .WithMessage(_ => text["Give one weight per child."]);
            RuleFor(x => x.Weights).Must(SumToOne).WithMessage(input =>
                text["The weights add up to {0}; they must add up to 1. Press Normalise to rescale them.", Sum(input.Weights)!.Value.ToString("0.######", CultureInfo.CurrentCulture)]);
        });
        When(x => x.Method == WeightingMethod.Pairwise, () =>
            RuleFor(x => x.Judgments).Must((input, judgments) => judgments.Count == input.ChildIds.Count * (input.ChildIds.Count - 1) / 2)
                .WithMessage(_ => text["Give one judgment per pair of children."]));
    }

    // Unreadable weights are reported next to their fields by WeightsForm.ReadWeights; the sum is judged only when all read.
    private static bool SumToOne(List<string?> weights) => Sum(weights) is not { } sum || Math.Abs(sum - 1) <= WeightsForm.SumTolerance;

    private static double? Sum(List<string?> weights)
    {
        var sum = 0.0;
        foreach (var text in weights)
        {
            if (string.IsNullOrWhiteSpace(text) || !NumberInput.TryParse(text, CultureInfo.CurrentCulture, out var w, out _)) return null;
            sum += w;
        }
        return sum;
    }
}
