#include "core/experiment/unsupervised_run.h"

#include "core/base/text.h"
#include "core/ml/features.h"
#include "core/ml/pca/pca_model.h"
#include "core/ml/unsupervised.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace mlwb::core {

namespace {

using ml::Matrix;
using ml::Vector;

// Evenly spaced rows, at most `limit` of them: deterministic and spread over the whole table
// even when it is sorted (by class, by time).
std::vector<Eigen::Index> spacedRows(Eigen::Index rows, size_t limit)
{
    std::vector<Eigen::Index> out;
    const auto count = std::min<Eigen::Index>(rows, static_cast<Eigen::Index>(limit));
    out.reserve(static_cast<size_t>(count));
    for (Eigen::Index i = 0; i < count; ++i) out.push_back(i * rows / count);
    return out;
}

Matrix pickRows(const Matrix& X, const std::vector<Eigen::Index>& rows)
{
    Matrix out(static_cast<Eigen::Index>(rows.size()), X.cols());
    for (size_t i = 0; i < rows.size(); ++i) out.row(Eigen::Index(i)) = X.row(rows[i]);
    return out;
}

// The sampled rows (and the centres) on the first two principal components of Z.
Status project(const Matrix& Z, const std::vector<Eigen::Index>& sample, const Matrix* centers,
               UnsupervisedDiagnostics& out, JobContext& job)
{
    ml::PcaParams params;
    params.nComponents = static_cast<int>(std::min<Eigen::Index>({2, Z.rows(), Z.cols()}));
    auto pca = ml::fitPca(Z, params, job);
    if (!pca.isOk()) return pca.status();
    const auto fill = [&](const Matrix& scores, std::vector<double>& x, std::vector<double>& y) {
        for (Eigen::Index i = 0; i < scores.rows(); ++i) {
            x.push_back(scores(i, 0));
            y.push_back(scores.cols() > 1 ? scores(i, 1) : 0.0);
        }
    };
    auto scores = (*pca)->transform(pickRows(Z, sample));
    if (!scores.isOk()) return scores.status();
    fill(*scores, out.projectionX, out.projectionY);
    if (centers) {
        auto projected = (*pca)->transform(*centers);
        if (!projected.isOk()) return projected.status();
        fill(*projected, out.centerX, out.centerY);
    }
    const Vector& ratio = (*pca)->explainedVarianceRatio();
    out.projectionVarianceX = ratio.size() > 0 ? ratio[0] : 0.0;
    out.projectionVarianceY = ratio.size() > 1 ? ratio[1] : 0.0;
    return Status::ok();
}

}  // namespace

Result<ExperimentResult> runUnsupervised(const Table& table, const ExperimentSpec& spec, const ml::ModelKind& kind,
                                         JobContext& job)
{
    const ml::Task task = kind.clustering ? ml::Task::Clustering : ml::Task::Decomposition;
    ExperimentResult result;
    result.task = task;
    result.modelKind = kind.name;
    result.rows = table.rowCount();
    if (spec.folds >= 2)
        result.warnings.push_back(
            trf("{} fits on all rows: cross-validation does not apply to {}, so the {} folds "
                "were not used",
                kind.name, ml::taskDisplayName(task), spec.folds));

    // A target given to an unsupervised kind is not a feature: clustering iris by its species
    // column would only find the species again.
    std::vector<std::string> features = spec.features;
    if (!spec.target.empty()) {
        if (table.indexOf(spec.target) < 0)
            return Status::invalidArgument(
                trf("There is no column {} to leave out as the target.", quoteForMessage(spec.target)));
        if (features.empty())
            for (const auto& name : table.columnNames()) features.push_back(name);
        const auto it = std::find(features.begin(), features.end(), spec.target);
        if (it != features.end()) {
            features.erase(it);
            result.warnings.push_back(
                trf("column \"{}\" (the target) is left out of the features; {} does not use "
                    "a target",
                    spec.target, kind.name));
        }
        if (features.empty())
            return Status::invalidArgument(
                trf("there are no feature columns besides \"{}\"; add columns to the data", spec.target));
    }

    ml::FeatureOptions options;
    options.task = task;
    JobContext preparing = job.subRange(0.0, 0.05);
    preparing.setProgress(0.0, tr("Preparing features"));
    auto prep = ml::FeaturePrep::fit(table, "", features, options);
    if (!prep.isOk()) return prep.status();
    auto X = prep->transform(table);
    if (!X.isOk()) return X.status();
    MLWB_RETURN_IF_ERROR(job.checkCancelled());
    result.features = static_cast<long>(prep->featureCount());
    for (const auto& warning : prep->warnings()) result.warnings.push_back(warning);

    JobContext training = job.subRange(0.05, 0.6);
    training.setProgress(0.0, tr("Training"));
    const auto start = std::chrono::steady_clock::now();
    auto model =
        ml::ModelRegistry::instance().train(kind.name, *X, ml::Vector(), {task, 0}, spec.params, spec.seed, training);
    if (!model.isOk()) return model.status();
    result.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (const auto& warning : (*model)->warnings()) result.warnings.push_back(warning);

    UnsupervisedDiagnostics& diagnostics = result.unsupervised;
    const auto sample = spacedRows(X->rows(), UnsupervisedDiagnostics::kMaxProjectionRows);
    if (task == ml::Task::Clustering) {
        const auto* clustering = dynamic_cast<const ml::ClusteringModel*>(model->get());
        if (!clustering)
            return Status::internal(trf("model \"{}\" is registered for clustering but gives no clusters", kind.name));
        auto Z = clustering->toModelSpace(*X);
        if (!Z.isOk()) return Z.status();
        const auto& labels = clustering->trainingLabels();
        auto sumOfSquares = inertia(*Z, labels, clustering->clusterCenters());
        if (!sumOfSquares.isOk()) return sumOfSquares.status();
        result.metrics.set(metric::kInertia, *sumOfSquares);

        // The silhouette costs rows^2 distances: above 10,000 rows a seeded sample stands in.
        const size_t rows = labels.size();
        const size_t sampleSize =
            rows > UnsupervisedDiagnostics::kMaxSilhouetteRows ? UnsupervisedDiagnostics::kMaxSilhouetteRows : 0;
        diagnostics.silhouetteRows = sampleSize > 0 ? sampleSize : rows;
        JobContext scoring = job.subRange(0.6, 0.95);
        scoring.setProgress(0.0, tr("Silhouette"));
        auto silhouette = silhouetteScore(*Z, labels, sampleSize, spec.seed, &scoring);
        if (silhouette.isOk()) {
            result.metrics.set(metric::kSilhouette, *silhouette);
        } else if (silhouette.status().isCancelled()) {
            return silhouette.status();
        } else {
            result.metrics.set(metric::kSilhouette, std::numeric_limits<double>::quiet_NaN());
            result.warnings.push_back(tr("no silhouette: ") + silhouette.status().message());
        }
        diagnostics.clusterSizes.assign(static_cast<size_t>(clustering->clusterCount()), 0);
        for (int32_t label : labels) ++diagnostics.clusterSizes[static_cast<size_t>(label)];
        for (Eigen::Index row : sample) diagnostics.projectionLabels.push_back(labels[static_cast<size_t>(row)]);
        JobContext projecting = job.subRange(0.95, 1.0);
        MLWB_RETURN_IF_ERROR(project(*Z, sample, &clustering->clusterCenters(), diagnostics, projecting));
    } else {
        const auto* decomposition = dynamic_cast<const ml::DecompositionModel*>(model->get());
        if (!decomposition)
            return Status::internal(
                trf("model \"{}\" is registered for decomposition but gives no components", kind.name));
        const ml::Vector& ratio = decomposition->explainedVarianceRatio();
        diagnostics.explainedVarianceRatio.assign(ratio.data(), ratio.data() + ratio.size());
        result.metrics.set(metric::kExplainedVarianceRatio, ratio.sum());
        // The model's own first two components are the projection.
        auto scores = decomposition->transform(pickRows(*X, sample));
        if (!scores.isOk()) return scores.status();
        for (Eigen::Index i = 0; i < scores->rows(); ++i) {
            diagnostics.projectionX.push_back((*scores)(i, 0));
            diagnostics.projectionY.push_back(scores->cols() > 1 ? (*scores)(i, 1) : 0.0);
        }
        diagnostics.projectionVarianceX = ratio.size() > 0 ? ratio[0] : 0.0;
        diagnostics.projectionVarianceY = ratio.size() > 1 ? ratio[1] : 0.0;
    }
    if (job.isCancelled()) return Status::cancelled();
    job.setProgress(1.0);
    return result;
}

}  // namespace mlwb::core
