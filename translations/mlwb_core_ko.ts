<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>mlwb::core</name>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="217" />
            <source>{} is not valid UTF-8 (first bad byte on line {}); invalid bytes were replaced with "�".</source>
            <translation>{}은(는) 올바른 UTF-8이 아닙니다({}번째 줄에서 처음 잘못된 바이트 발견). 잘못된 바이트는 "�"로 바꿨습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="226" />
            <source>{} is not valid UTF-8 (first non-UTF-8 byte on line {}), so it was read as Windows-1252 (Latin-1). If some characters look wrong, choose the file's encoding explicitly.</source>
            <translation>{}은(는) 올바른 UTF-8이 아니므로({}번째 줄에서 처음 UTF-8이 아닌 바이트 발견) Windows-1252(Latin-1)로 읽었습니다. 일부 문자가 이상하게 보이면 파일 인코딩을 직접 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/ml/unsupervised.cpp" line="10" />
            <source>model "{}" is a decomposition and predicts nothing; use its component scores (transform)</source>
            <translation>"{}" 모델은 분해 모델이라 예측을 하지 않습니다. 성분 점수(transform)를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="141" />
            <source>target column "{}" not found; columns: {}</source>
            <translation>"{}" 목표 열을 찾을 수 없습니다. 열 목록: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="144" />
            <location filename="../core/ml/features.cpp" line="219" />
            <source>there are no training rows; check the split and row filters</source>
            <translation>학습 행이 없습니다. 분할 방식과 행 필터를 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="156" />
            <source>target column "{}" is missing in {} of the {} training rows; drop those rows (or fill them) before training</source>
            <translation>"{0}" 목표 열은 학습 행 {2}개 중 {1}개에서 결측입니다. 학습 전에 해당 행을 제거하거나 값을 채우세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="161" />
            <source>target column "{}" is a datetime; choose a numeric, boolean or categorical target</source>
            <translation>"{}" 목표 열은 날짜/시간입니다. 숫자, 불리언 또는 범주형 목표를 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="178" />
            <source>target column "{}" is {}; it can only be a classification target — choose a numeric target for regression</source>
            <translation>"{}" 목표 열은 {} 형식이라 분류 목표로만 쓸 수 있습니다. 회귀에는 숫자 목표를 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="196" />
            <source>target column "{}", row {}: the value is not finite</source>
            <translation>"{}" 목표 열, {}행: 값이 유한한 수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="203" />
            <source>target column "{}" has only one class ({}) in the training rows; a classifier needs at least two — check the target or the split</source>
            <translation>"{}" 목표 열은 학습 행에서 클래스가 하나({})뿐입니다. 분류기에는 클래스가 두 개 이상 필요합니다. 목표나 분할 방식을 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="216" />
            <source>no target column given; choose the column to predict (only clustering and decomposition models run without one)</source>
            <translation>목표 열을 지정하지 않았습니다. 예측할 열을 고르세요(목표 없이 실행되는 것은 군집화 및 분해 모델뿐입니다)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="244" />
            <source>column "{}" is the target and cannot also be a feature; remove it from the features</source>
            <translation>"{}" 열은 목표이므로 특성으로 함께 쓸 수 없습니다. 특성에서 빼세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="246" />
            <source>feature column "{}" is listed twice</source>
            <translation>"{}" 특성 열이 두 번 지정되었습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="250" />
            <source>feature column "{}" not found; columns: {}</source>
            <translation>"{}" 특성 열을 찾을 수 없습니다. 열 목록: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="258" />
            <source>column "{}" is text and is left out of the features; convert it to categorical to use it</source>
            <translation>"{}" 열은 텍스트라 특성에서 제외됩니다. 사용하려면 범주형으로 변환하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="260" />
            <source>"{}" is text</source>
            <translation>"{}"(텍스트)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="279" />
            <source>column "{}" has no values in the training rows</source>
            <translation>"{}" 열은 학습 행에 값이 없어</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="280" />
            <source>column "{}" has one value ({}) in all training rows</source>
            <translation>"{}" 열은 모든 학습 행에서 값이 하나({})뿐이라</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="282" />
            <source> and is left out of the features</source>
            <translation> 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="283" />
            <location filename="../core/ml/features.cpp" line="330" />
            <source>"{}" is constant</source>
            <translation>"{}"(상수)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="287" />
            <source>column "{}" has {} categories and becomes as many one-hot features; consider leaving it out if it is an identifier</source>
            <translation>"{}" 열은 범주가 {}개라 같은 수의 원-핫 특성이 됩니다. 식별자 열이라면 제외하는 것을 고려하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="320" />
            <source>column "{}" has no values in the training rows and is left out of the features</source>
            <translation>"{}" 열은 학습 행에 값이 없어 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="321" />
            <source>"{}" is all missing</source>
            <translation>"{}"(모두 결측)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="327" />
            <source>column "{}" has one value ({}) in all training rows and is left out of the features</source>
            <translation>"{}" 열은 모든 학습 행에서 값이 하나({})뿐이라 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="351" />
            <source>there are no columns to use as features; add columns to the data</source>
            <translation>특성으로 쓸 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="354" />
            <source>there are no feature columns besides the target "{}"; add columns to the data</source>
            <translation>목표 "{}" 외에는 특성 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="356" />
            <source>no usable feature columns: {}; choose other feature columns</source>
            <translation>사용할 수 있는 특성 열이 없습니다: {}. 다른 특성 열을 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="374" />
            <source>column "{}" was a feature in training but is not in this table; add it</source>
            <translation>"{}" 열은 학습 때 특성이었지만 이 테이블에는 없습니다. 이 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="377" />
            <source>column "{}" is {} here but was {} in the training data; convert it</source>
            <translation>"{}" 열은 여기서는 {} 형식이지만 학습 데이터에서는 {} 형식이었습니다. 형식을 변환하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="445" />
            <source>this feature preparation has no target (a clustering or decomposition run)</source>
            <translation>이 특성 준비에는 목표가 없습니다(군집화 또는 분해 실행)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="447" />
            <source>target column "{}" is not in this table</source>
            <translation>"{}" 목표 열이 이 테이블에 없습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="451" />
            <source>target column "{}" is {} here but was {} in the training data</source>
            <translation>"{}" 목표 열은 여기서는 {} 형식이지만 학습 데이터에서는 {} 형식이었습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="456" />
            <source>target column "{}" is missing in {} of {} rows; drop those rows first</source>
            <translation>"{0}" 목표 열은 {2}개 행 중 {1}개에서 결측입니다. 먼저 해당 행을 제거하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="478" />
            <source>target column "{}", row {}: class {} did not occur in the training rows; use a stratified split or drop the rare class</source>
            <translation>"{}" 목표 열, {}행: 클래스 {}은(는) 학습 행에 없었습니다. 층화 분할을 사용하거나 드문 클래스를 제거하세요</translation>
        </message>
        <message>
            <location filename="../core/io/arff/java_date_format.cpp" line="144" />
            <source>date format {} has an unterminated quote</source>
            <translation>날짜 형식 {}에 닫히지 않은 따옴표가 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/java_date_format.cpp" line="154" />
            <source>date format {} uses the pattern letter '{}', which is not supported</source>
            <translation>날짜 형식 {}에 지원하지 않는 패턴 문자 '{}'이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="69" />
            <source>model "kmeans": the rows contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "kmeans": 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="78" />
            <source>model "knn": the rows to predict contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "knn": 예측할 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="148" />
            <source>Cannot open {}: {}.</source>
            <translation>{}을(를) 열 수 없습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="152" />
            <source>Cannot open {}: it is a folder, not a file.</source>
            <translation>{}을(를) 열 수 없습니다: 파일이 아니라 폴더입니다.</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="117" />
            <source>model "mlp": the rows to predict contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "mlp": 예측할 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="66" />
            <source>parameter "hidden_layer_sizes": {} layers given; give 1 to {} layer sizes, e.g. 100 or 64,32</source>
            <translation>매개변수 "hidden_layer_sizes": 층을 {}개 지정했습니다. 층 크기를 1개에서 {}개까지 지정하세요(예: 100 또는 64,32)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="71" />
            <source>parameter "hidden_layer_sizes": a layer of {} units; each layer needs 1 to {} units</source>
            <translation>매개변수 "hidden_layer_sizes": 유닛이 {}개인 층이 있습니다. 각 층의 유닛은 1개에서 {}개 사이여야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="76" />
            <source>parameter "alpha": {} must be 0 or more</source>
            <translation>매개변수 "alpha": {}은(는) 허용되지 않습니다. 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="77" />
            <source>parameter "batch_size": {} must be 1 or more</source>
            <translation>매개변수 "batch_size": {}은(는) 허용되지 않습니다. 1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="80" />
            <source>parameter "learning_rate_init": {} must be greater than 0, e.g. 0.001</source>
            <translation>매개변수 "learning_rate_init": {}은(는) 허용되지 않습니다. 0보다 커야 합니다(예: 0.001)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="81" />
            <source>parameter "max_iter": {} must be 1 or more</source>
            <translation>매개변수 "max_iter": {}은(는) 허용되지 않습니다. 1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="83" />
            <source>parameter "tol": {} must be 0 or more</source>
            <translation>매개변수 "tol": {}은(는) 허용되지 않습니다. 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="85" />
            <source>parameter "validation_fraction": {} must be between 0 and 1 (both excluded), e.g. 0.1</source>
            <translation>매개변수 "validation_fraction": {}은(는) 허용되지 않습니다. 0과 1 사이여야 합니다(0과 1은 제외, 예: 0.1)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="89" />
            <source>parameter "n_iter_no_change": {} must be 1 or more</source>
            <translation>매개변수 "n_iter_no_change": {}은(는) 허용되지 않습니다. 1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="33" />
            <source>model "{}" is a {} model and gives no class probabilities; use predict</source>
            <translation>"{}" 모델은 {} 작업용 모델이라 클래스 확률을 제공하지 않습니다. predict를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="41" />
            <source>model "{}" was trained on {} features but got {}; prepare the rows with the same feature preparation as the training rows</source>
            <translation>"{}" 모델은 특성 {}개로 학습했지만 입력된 특성은 {}개입니다. 학습 행과 같은 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/registry.cpp" line="55" />
            <source>unknown model "{}"; known: {}</source>
            <translation>알 수 없는 모델 "{}"입니다. 사용 가능한 모델: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/registry.cpp" line="68" />
            <source>model "{}" does not support {}; models that do: {}</source>
            <translation>"{}" 모델은 {} 작업을 지원하지 않습니다. 지원하는 모델: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="134" />
            <source>parameter {}: expected NAME=VALUE, e.g. {}={}</source>
            <translation>매개변수 {}: NAME=VALUE 형식이어야 합니다(예: {}={})</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="157" />
            <source>unknown parameter "{}" for model "{}"; it takes no parameters</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다. 이 모델은 매개변수를 받지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="159" />
            <source>unknown parameter "{}" for model "{}" (did you mean "{}"?); known: {}</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다(혹시 "{2}"인가요?). 사용 가능한 매개변수: {3}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="163" />
            <source>unknown parameter "{}" for model "{}"; known: {}</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다. 사용 가능한 매개변수: {2}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="167" />
            <source>parameter "{}" is given twice; give it once</source>
            <translation>"{}" 매개변수가 두 번 지정되었습니다. 한 번만 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="183" />
            <source>parameter "{}": {} is not a whole number</source>
            <translation>매개변수 "{}": {}은(는) 정수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="192" />
            <source>parameter "{}": {} is not a number</source>
            <translation>매개변수 "{}": {}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="205" />
            <source>parameter "{}": {} is not true or false</source>
            <translation>매개변수 "{}": {}은(는) true 또는 false가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="214" />
            <source>parameter "{}": {} is not one of {}</source>
            <translation>매개변수 "{}": {}은(는) 허용되는 값이 아닙니다. 허용되는 값: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="227" />
            <source>parameter "{}": {} is not a comma-separated list of whole numbers, e.g. 64,32</source>
            <translation>매개변수 "{}": {}은(는) 쉼표로 구분한 정수 목록이 아닙니다(예: 64,32)</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="53" />
            <source>model "pca": the rows contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "pca": 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/base/status.cpp" line="9" />
            <source>Cancelled by the user.</source>
            <translation>사용자가 취소했습니다.</translation>
        </message>
        <message>
            <location filename="../core/data/table.cpp" line="16" />
            <source>Two columns are named {}; column names must be unique.</source>
            <translation>이름이 {}인 열이 두 개 있습니다. 열 이름은 서로 달라야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="265" />
            <location filename="../core/eval/regression_metrics.cpp" line="15" />
            <source>there are no rows to evaluate; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>평가할 행이 없습니다. 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="268" />
            <source>there are {} true labels but {} predictions; pass one prediction per row.</source>
            <translation>실제 레이블은 {}개인데 예측은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="272" />
            <source>the class count must be at least 1; got {}. Pass the number of target classes.</source>
            <translation>클래스 수는 1 이상이어야 하는데 {}입니다. 목표 클래스 수를 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="275" />
            <source>the true class code {} in row {} is outside 0..{}; drop rows with a missing target and encode classes as 0..classes-1.</source>
            <translation>{1}행의 실제 클래스 코드 {0}이(가) 0..{2} 범위를 벗어납니다. 목표가 결측인 행을 제거하고 클래스를 0..classes-1로 인코딩하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="279" />
            <source>the predicted class code {} in row {} is outside 0..{}; the model and the target must use the same classes.</source>
            <translation>{1}행의 예측 클래스 코드 {0}이(가) 0..{2} 범위를 벗어납니다. 모델과 목표는 같은 클래스를 사용해야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="286" />
            <source>the probability matrix is {} x {} but must be {} x {} (rows x classes); pass one probability per class for every row.</source>
            <translation>확률 행렬의 크기가 {} x {}이지만 {} x {}(행 x 클래스)여야 합니다. 모든 행에 클래스마다 확률을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="292" />
            <source>the probability of class {} in row {} is {}; probabilities must be finite numbers between 0 and 1.</source>
            <translation>{1}행의 클래스 {0} 확률이 {2}입니다. 확률은 0과 1 사이의 유한한 수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="22" />
            <source>there are no rows to evaluate the clustering on; use a non-empty dataset.</source>
            <translation>군집화를 평가할 행이 없습니다. 비어 있지 않은 데이터셋을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="24" />
            <source>the data has {} rows but there are {} cluster labels; pass one label per row.</source>
            <translation>데이터는 {}행인데 클러스터 레이블은 {}개입니다. 행마다 레이블을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="29" />
            <source>feature {} of row {} is {}; impute or drop missing values before evaluating a clustering.</source>
            <translation>{1}행의 특성 {0} 값이 {2}입니다. 군집화를 평가하기 전에 결측값을 대체하거나 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="44" />
            <source>the cluster centers have {} features but the data has {}; use the centers fitted on these features.</source>
            <translation>클러스터 중심의 특성은 {}개인데 데이터의 특성은 {}개입니다. 이 특성으로 적합한 중심을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="50" />
            <source>the cluster label {} of row {} is outside 0..{}; every row needs one of the {} fitted clusters.</source>
            <translation>{1}행의 클러스터 레이블 {0}이(가) 0..{2} 범위를 벗어납니다. 모든 행은 적합된 클러스터 {3}개 중 하나에 속해야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="84" />
            <source>the silhouette needs between 2 and {} clusters among the {} {}rows; there are {}. Choose a cluster count in that range{}.</source>
            <translation>실루엣을 계산하려면 {2}{1}행에 클러스터가 2개에서 {0}개 사이로 있어야 하는데 {3}개입니다. 이 범위의 클러스터 수{4}를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="86" />
            <source>sampled </source>
            <translation>표본 </translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="87" />
            <source> or a larger sample size</source>
            <translation> 또는 더 큰 표본 크기</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="17" />
            <source>the {} needs at least one row; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>{}에는 행이 하나 이상 필요하지만 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="20" />
            <source>the {} got {} true labels but {} scores; pass one score per row.</source>
            <translation>{}: 실제 레이블은 {}개인데 점수는 {}개입니다. 행마다 점수를 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="24" />
            <source>the score of row {} is {}; the {} needs finite scores, check the model's inputs for missing values.</source>
            <translation>{}행의 점수가 {}입니다. {}에는 유한한 점수가 필요합니다. 모델 입력에 결측값이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="33" />
            <source>the {} needs rows of the positive class {}, but the test rows have none; use a stratified split or pick a class that occurs.</source>
            <translation>{}에는 양성 클래스 {}의 행이 필요하지만 테스트 행에는 없습니다. 층화 분할을 사용하거나 테스트 행에 있는 클래스를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="37" />
            <source>the {} needs rows of classes other than {}, but every test row is of that class; use a stratified split.</source>
            <translation>{}에는 클래스 {} 이외의 행이 필요하지만 모든 테스트 행이 그 클래스입니다. 층화 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="47" />
            <source>ROC curve</source>
            <translation>ROC 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="70" />
            <source>precision-recall curve</source>
            <translation>정밀도-재현율 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="93" />
            <source>calibration curve</source>
            <translation>보정 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="97" />
            <source>the calibration curve needs at least 1 bin; got {}. Use e.g. 10 bins.</source>
            <translation>보정 곡선에는 구간이 1개 이상 필요한데 {}입니다. 예를 들어 구간 10개를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="100" />
            <source>the probability of row {} is {}, outside [0, 1]; the calibration curve needs class probabilities, not decision values.</source>
            <translation>{}행의 확률이 {}(으)로 [0, 1] 범위를 벗어납니다. 보정 곡선에는 결정값이 아니라 클래스 확률이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="133" />
            <source>gain curve</source>
            <translation>이득 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="158" />
            <source>the residual plot needs at least one row; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>잔차 그래프에는 행이 하나 이상 필요하지만 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="160" />
            <source>the residual plot got {} actual values but {} predictions; pass one prediction per row.</source>
            <translation>잔차 그래프: 실제값은 {}개인데 예측값은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="18" />
            <source>there are {} true values but {} predictions; pass one prediction per row.</source>
            <translation>실제값은 {}개인데 예측값은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="23" />
            <source>the true target value in row {} is {}; drop rows with a missing or infinite target before evaluating.</source>
            <translation>{}행의 실제 목표 값이 {}입니다. 평가하기 전에 목표가 결측이거나 무한대인 행을 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="27" />
            <source>the prediction for row {} is {}; the model produced a non-finite value, check its inputs for missing or extreme values.</source>
            <translation>{}행의 예측값이 {}입니다. 모델이 유한하지 않은 값을 냈습니다. 입력에 결측값이나 극단값이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="32" />
            <source>there are no rows to split; load data with at least two rows.</source>
            <translation>분할할 행이 없습니다. 행이 두 개 이상인 데이터를 불러오세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="34" />
            <source>splitting supports at most {} rows; the data has {}. Sample the data first.</source>
            <translation>분할은 최대 {}행까지 지원하는데 데이터는 {}행입니다. 먼저 데이터에서 표본을 추출하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="43" />
            <source>cross-validation needs at least 2 folds; got {}. Use --cv 2 or more, or a holdout split.</source>
            <translation>교차 검증에는 겹이 2개 이상 필요한데 {}입니다. --cv 2 이상을 쓰거나 홀드아웃 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="45" />
            <source>{}-fold cross-validation needs at least {} rows; the data has {}. Use fewer folds (--cv {}) or more data.</source>
            <translation>{}-겹 교차 검증에는 행이 {}개 이상 필요한데 데이터는 {}행입니다. 겹 수를 줄이거나(--cv {}) 데이터를 늘리세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="55" />
            <source>repeated cross-validation needs at least 1 repeat; got {}. Use --repeats 1 or more.</source>
            <translation>반복 교차 검증에는 반복이 1회 이상 필요한데 {}입니다. --repeats 1 이상을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="65" />
            <source>the test fraction must be between 0 and 1 (exclusive); got {}. Use e.g. 0.2 to test on 20% of the rows.</source>
            <translation>테스트 비율은 0과 1 사이(0과 1은 제외)여야 하는데 {}입니다. 예를 들어 행의 20%로 테스트하려면 0.2를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="70" />
            <source>a test fraction of {} of {} rows leaves the {} set empty; use a {} test fraction or more data.</source>
            <translation>전체 {1}행에서 테스트 비율이 {0}이면 {2} 세트가 비게 됩니다. 테스트 비율을 {3} 하거나 데이터를 늘리세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="72" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="72" />
            <source>training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="72" />
            <source>larger</source>
            <translation>더 크게</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="72" />
            <source>smaller</source>
            <translation>더 작게</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="83" />
            <source>row {} has no target value, so it cannot be stratified; drop rows with a missing target first.</source>
            <translation>{}행에 목표 값이 없어 층화할 수 없습니다. 먼저 목표가 결측인 행을 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="94" />
            <source>stratification needs at least two classes in the target; every row is class {}. Use an unstratified split or check the target column.</source>
            <translation>층화하려면 목표에 클래스가 두 개 이상 있어야 하는데 모든 행이 클래스 {}입니다. 층화하지 않는 분할을 사용하거나 목표 열을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="120" />
            <source>stratified {}-fold needs at least {} rows of every class; class {} has {}. Use fewer folds (--cv {}) or a holdout split.</source>
            <translation>층화 {}-겹에는 클래스마다 행이 {}개 이상 필요한데 클래스 {}의 행은 {}개입니다. 겹 수를 줄이거나(--cv {}) 홀드아웃 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="123" />
            <source>stratified {}-fold needs at least {} rows of every class; class {} has {}. Remove that class's rows or use an unstratified split.</source>
            <translation>층화 {}-겹에는 클래스마다 행이 {}개 이상 필요한데 클래스 {}의 행은 {}개입니다. 그 클래스의 행을 제거하거나 층화하지 않는 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="219" />
            <source>a stratified holdout needs at least 2 rows of every class; class {} has 1. Remove that class's rows or use an unstratified split.</source>
            <translation>층화 홀드아웃에는 클래스마다 행이 2개 이상 필요한데 클래스 {}의 행은 1개입니다. 그 클래스의 행을 제거하거나 층화하지 않는 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="113" />
            <location filename="../core/experiment/fold_data.cpp" line="31" />
            <source>The table needs at least two rows to train and test.</source>
            <translation>학습과 테스트를 하려면 테이블에 행이 두 개 이상 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="117" />
            <source>Choose a target column: model "{}" learns to predict one (only clustering and decomposition models such as kmeans and pca run without).</source>
            <translation>목표 열을 고르세요. "{}" 모델은 목표를 예측하도록 학습합니다(목표 없이 실행되는 것은 kmeans, pca 같은 군집화 및 분해 모델뿐입니다).</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="140" />
            <source>Fold {} of {}</source>
            <translation>겹 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="140" />
            <location filename="../core/experiment/unsupervised_run.cpp" line="114" />
            <source>Training</source>
            <translation>학습 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="144" />
            <location filename="../core/experiment/search.cpp" line="99" />
            <location filename="../core/experiment/search.cpp" line="303" />
            <source>fold {} of {}</source>
            <translation>겹 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="33" />
            <source>There is no column {} to use as the target.</source>
            <translation>목표로 쓸 {} 열이 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="39" />
            <source>--cv needs at least 2 folds, got {}.</source>
            <translation>--cv에는 겹이 2개 이상 필요한데 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="42" />
            <source>--repeats needs --cv K and must be at least 1, got {}.</source>
            <translation>--repeats는 --cv K와 함께 써야 하며 1 이상이어야 하는데 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="44" />
            <source>--test-size must be between 0 and 1 (a share of the rows), got {}.</source>
            <translation>--test-size는 0과 1 사이(행의 비율)여야 하는데 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="91" />
            <source>Preparing fold {} of {}</source>
            <translation>겹 {}/{} 준비 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="139" />
            <source>unknown scoring metric {}; classification: {}; regression: {}</source>
            <translation>알 수 없는 평가 지표 {}입니다. 분류 지표: {}; 회귀 지표: {}</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="151" />
            <source>scoring metric {} is not a {} metric; use one of {}</source>
            <translation>평가 지표 {}은(는) {} 지표가 아닙니다. 다음 중 하나를 사용하세요: {}</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="171" />
            <source>parameter "{}" is both fixed and searched; give it once</source>
            <translation>"{}" 매개변수가 고정값과 검색 대상에 모두 지정되었습니다. 한 번만 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="195" />
            <source>The space holds only {} distinct candidates, fewer than the {} asked for; each is tried once.</source>
            <translation>검색 공간에 서로 다른 후보가 {}개뿐이라 요청한 {}개보다 적습니다. 각 후보를 한 번씩 시도합니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search.cpp" line="261" />
            <source>Candidate {} of {}, fold {} of {}</source>
            <translation>후보 {}/{}, 겹 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="68" />
            <source> (allowed {})</source>
            <translation> (허용 범위: {})</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="69" />
            <source> in range {}</source>
            <translation> (입력한 범위: {})</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="79" />
            <source>parameter "{}": range {} must be LOW:HIGH or LOW:HIGH:log, e.g. {}</source>
            <translation>매개변수 "{}": 범위 {}은(는) LOW:HIGH 또는 LOW:HIGH:log 형식이어야 합니다(예: {})</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="92" />
            <source>parameter "{}": range {} is empty; LOW must be below HIGH</source>
            <translation>매개변수 "{}": 범위 {}이(가) 비어 있습니다. LOW는 HIGH보다 작아야 합니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="96" />
            <source>parameter "{}": a log range needs LOW above 0, got {}</source>
            <translation>매개변수 "{}": 로그 범위의 LOW는 0보다 커야 하는데 {}입니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="108" />
            <source>parameter "{}": {} has an empty value; separate values with '{}'</source>
            <translation>매개변수 "{}": {}에 빈 값이 있습니다. 값은 '{}'(으)로 구분하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="198" />
            <source>search space {}: expected NAME=VALUES, e.g. {}</source>
            <translation>검색 공간 {}: NAME=VALUES 형식이어야 합니다(예: {})</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="213" />
            <source>parameter "{}" is searched twice; give all its values at once</source>
            <translation>"{}" 매개변수가 검색 대상에 두 번 지정되었습니다. 모든 값을 한 번에 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="216" />
            <source>parameter "{}": no values to try; give a list such as {}=a,b,c</source>
            <translation>매개변수 "{}": 시도할 값이 없습니다. {}=a,b,c처럼 목록을 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="230" />
            <source>The grid is empty: give the values to try of at least one parameter, e.g. n_neighbors=1,5,15.</source>
            <translation>그리드가 비어 있습니다. 매개변수를 하나 이상 골라 시도할 값을 지정하세요(예: n_neighbors=1,5,15).</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="235" />
            <source>parameter "{}": grid search needs a list of values; the range {}:{} is for random search</source>
            <translation>매개변수 "{}": 그리드 검색에는 값 목록이 필요합니다. 범위 {}:{}은(는) 랜덤 검색용입니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="241" />
            <source>The grid has more than {} candidates ({} values); try fewer values or a random search.</source>
            <translation>그리드의 후보가 {}개를 넘습니다(값 개수: {}). 값을 줄이거나 랜덤 검색을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="251" />
            <source>Random search needs a search space: give the values or range of at least one parameter.</source>
            <translation>랜덤 검색에는 검색 공간이 필요합니다. 매개변수를 하나 이상 골라 값이나 범위를 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="254" />
            <source>Random search draws 1 to {} candidates, got {}.</source>
            <translation>랜덤 검색은 후보를 1개에서 {}개까지 추출할 수 있는데 {}개를 지정했습니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="76" />
            <source>{} fits on all rows: cross-validation does not apply to {}, so the {} folds were not used</source>
            <translation>{}은(는) 모든 행으로 학습합니다. {} 작업에는 교차 검증이 적용되지 않으므로 겹 {}개를 사용하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="86" />
            <source>There is no column {} to leave out as the target.</source>
            <translation>목표로 제외할 {} 열이 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="92" />
            <source>column "{}" (the target) is left out of the features; {} does not use a target</source>
            <translation>"{}" 열(목표)은 특성에서 제외됩니다. {}은(는) 목표를 사용하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="97" />
            <source>there are no feature columns besides "{}"; add columns to the data</source>
            <translation>"{}" 외에는 특성 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="104" />
            <source>Preparing features</source>
            <translation>특성 준비 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="127" />
            <source>model "{}" is registered for clustering but gives no clusters</source>
            <translation>"{}" 모델은 군집화용으로 등록되었지만 클러스터를 제공하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="142" />
            <source>Silhouette</source>
            <translation>실루엣 계산 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="150" />
            <source>no silhouette: </source>
            <translation>실루엣 없음: </translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="161" />
            <source>model "{}" is registered for decomposition but gives no components</source>
            <translation>"{}" 모델은 분해용으로 등록되었지만 성분을 제공하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="97" />
            <source>a quoted value is not closed</source>
            <translation>따옴표로 묶은 값이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="103" />
            <source>unexpected text {} after the quoted value {}</source>
            <translation>따옴표로 묶은 값 {1} 뒤에 예상하지 못한 텍스트 {0}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="691" />
            <source>{}, line {}: the file is not valid UTF-8</source>
            <translation>{}, {}번째 줄: 파일이 올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="707" />
            <location filename="../core/io/import.cpp" line="71" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="60" />
            <source>Cannot open {}: no such file</source>
            <translation>{}을(를) 열 수 없습니다: 파일이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="708" />
            <location filename="../core/io/import.cpp" line="72" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="61" />
            <source>Cannot open {}: it is a folder</source>
            <translation>{}을(를) 열 수 없습니다: 폴더입니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="710" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="67" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="81" />
            <source>Cannot open {}: {}</source>
            <translation>{}을(를) 열 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="718" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="102" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="111" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="620" />
            <source>Cannot read {}: {}</source>
            <translation>{}을(를) 읽을 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="52" />
            <source>{}, line {}: a quoted field starts on this line but its closing quote ({}) is missing. Fix the quote or open the file in lenient mode to skip bad rows.</source>
            <translation>{}, {}번째 줄: 따옴표로 묶은 필드가 이 줄에서 시작하지만 닫는 따옴표({})가 없습니다. 따옴표를 고치거나, 잘못된 행을 건너뛰도록 관대한 모드(lenient)로 파일을 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="60" />
            <source>{} changed while it was being read: another program shortened or rewrote it. Open it again once that program is done with it.</source>
            <translation>{}을(를) 읽는 동안 파일이 바뀌었습니다. 다른 프로그램이 파일을 줄이거나 다시 썼습니다. 그 프로그램이 작업을 마친 뒤 다시 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="68" />
            <source>{}, line {}: expected {} fields, found {}. Fix the row or open the file in lenient mode to skip bad rows.</source>
            <translation>{}, {}번째 줄: 필드가 {}개여야 하는데 {}개입니다. 행을 고치거나, 잘못된 행을 건너뛰도록 관대한 모드(lenient)로 파일을 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="82" />
            <source>The delimiter cannot be a quote, a line break or NUL.</source>
            <translation>따옴표, 줄바꿈, NUL은 구분자로 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="84" />
            <source>The line ending must be LF or CRLF.</source>
            <translation>줄 끝 문자는 LF 또는 CRLF여야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="88" />
            <source>The text for missing values cannot contain the delimiter, a quote or a line break.</source>
            <translation>결측값을 나타내는 텍스트에는 구분자, 따옴표, 줄바꿈을 넣을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="96" />
            <source>Cannot write {}</source>
            <translation>{}에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="111" />
            <source>Writing CSV</source>
            <translation>CSV 쓰는 중</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="142" />
            <source>the output stream</source>
            <translation>출력 스트림</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="144" />
            <source>Cannot write the output stream</source>
            <translation>출력 스트림에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="155" />
            <location filename="../core/io/export/csv_writer.cpp" line="163" />
            <location filename="../core/io/export/csv_writer.cpp" line="167" />
            <source>Cannot write {}: {}</source>
            <translation>{}에 쓸 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/import.cpp" line="77" />
            <source>{} is not a SQLite database; a table or query can only be given for SQLite files.</source>
            <translation>{}은(는) SQLite 데이터베이스가 아닙니다. 테이블이나 쿼리는 SQLite 파일에만 지정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="53" />
            <source>{} is not a SQLite database, or it is damaged ({})</source>
            <translation>{}은(는) SQLite 데이터베이스가 아니거나 손상되었습니다({})</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="73" />
            <source>{} is not a SQLite database (it does not start with "SQLite format 3")</source>
            <translation>{}은(는) SQLite 데이터베이스가 아닙니다("SQLite format 3"으로 시작하지 않음)</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="438" />
            <source>Give either a table or a query, not both.</source>
            <translation>테이블과 쿼리 중 하나만 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="453" />
            <source>{} has no table named {}; it contains no tables at all.</source>
            <translation>{}에 {} 테이블이 없습니다. 테이블이 하나도 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="454" />
            <source>{} has no table named {}; its tables are: {}.</source>
            <translation>{}에 {} 테이블이 없습니다. 있는 테이블: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="459" />
            <source>{} contains no tables.</source>
            <translation>{}에 테이블이 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="461" />
            <source>{} contains several tables ({}); pick one with --table or --query.</source>
            <translation>{}에 테이블이 여러 개 있습니다({}). --table 또는 --query로 하나를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="491" />
            <source>Reading SQLite data</source>
            <translation>SQLite 데이터 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="515" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="621" />
            <source>The query failed: {}</source>
            <translation>쿼리가 실패했습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="517" />
            <source>The query is empty.</source>
            <translation>쿼리가 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="524" />
            <source>Only a single SELECT statement can be imported; the query has more than one statement.</source>
            <translation>SELECT 문은 하나만 가져올 수 있는데 쿼리에 문이 두 개 이상 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="529" />
            <source>Only a SELECT (or WITH ... SELECT) statement can be imported, not {}.</source>
            <translation>SELECT(또는 WITH ... SELECT) 문만 가져올 수 있습니다. {}은(는) 가져올 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="553" />
            <source>The query returns two columns named {}; the second is called {}.</source>
            <translation>쿼리 결과에 이름이 {}인 열이 두 개 있습니다. 두 번째 열의 이름은 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="613" />
            <source>Reading SQLite data: {} rows</source>
            <translation>SQLite 데이터 읽는 중: {}행</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="642" />
            <source>Column {}: {} values could not be read as {} (such as {}); they are missing.</source>
            <translation>{} 열: 값 {}개를 {} 형식으로 읽을 수 없어 결측값으로 처리했습니다(예: {}).</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="646" />
            <source>Column {} holds binary data; it is shown as hexadecimal (x'...').</source>
            <translation>{} 열에 바이너리 데이터가 있어 16진수(x'...')로 표시합니다.</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="45" />
            <source>Profiling supports up to {} rows; this table has {}.</source>
            <translation>프로파일은 최대 {}행까지 지원하는데 이 테이블은 {}행입니다.</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="64" />
            <source>Profiling columns</source>
            <translation>열 프로파일 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="80" />
            <source>Profiled {} of {} columns</source>
            <translation>열 {}/{}개 프로파일 완료</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="105" />
            <source>Computing Pearson correlations</source>
            <translation>피어슨 상관계수 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="111" />
            <source>Computing Spearman correlations</source>
            <translation>스피어만 상관계수 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="116" />
            <source>Not enough memory to profile this table.</source>
            <translation>이 테이블을 프로파일할 메모리가 부족합니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="266" />
            <source>{}, line {}: {}</source>
            <translation>{}, {}번째 줄: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="305" />
            <source>@relation appears twice</source>
            <translation>@relation이 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="310" />
            <source>expected @relation at the start of the file, found {}</source>
            <translation>파일 시작 부분에 @relation이 있어야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="313" />
            <source>@data comes before any @attribute</source>
            <translation>@attribute보다 @data가 먼저 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="317" />
            <source>expected @attribute or @data, found {}</source>
            <translation>@attribute 또는 @data가 있어야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="323" />
            <source>the attribute has no name (or its quote is not closed)</source>
            <translation>속성에 이름이 없습니다(또는 따옴표가 닫히지 않았습니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="325" />
            <source>attribute {} is declared twice</source>
            <translation>속성 {}이(가) 두 번 선언되었습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="328" />
            <source>attribute {} has no type</source>
            <translation>속성 {}에 유형이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="341" />
            <source>attribute {} has an empty nominal value</source>
            <translation>속성 {}에 빈 명목값이 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="344" />
            <source>attribute {} lists the value {} twice</source>
            <translation>속성 {}에 값 {}이(가) 두 번 나열되어 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="355" />
            <source>the value list of attribute {} is not closed with }}</source>
            <translation>속성 {}의 값 목록이 }}로 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="375" />
            <source>the date format of attribute {} is not closed</source>
            <translation>속성 {}의 날짜 형식이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="384" />
            <source>{}, line {}: attribute {}: {}</source>
            <translation>{}, {}번째 줄: 속성 {}: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="388" />
            <source>{}, line {}: attribute {} is relational (multi-instance), which is not supported</source>
            <translation>{}, {}번째 줄: 속성 {}은(는) relational(다중 인스턴스) 유형이라 지원하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="391" />
            <source>attribute {} has the unknown type {} (expected numeric, real, integer, string, date or a {{list}} of values)</source>
            <translation>속성 {}의 유형 {}을(를) 알 수 없습니다(numeric, real, integer, string, date 또는 {{값 목록}}이어야 합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="397" />
            <source>unexpected text {} after the type of attribute {}</source>
            <translation>속성 {1}의 유형 뒤에 예상하지 못한 텍스트 {0}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="429" />
            <location filename="../core/io/arff/arff_reader.cpp" line="439" />
            <source>value {} of attribute {} is not a number</source>
            <translation>속성 {1}의 값 {0}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="451" />
            <source>value {} is not one of the declared values of attribute {}</source>
            <translation>값 {}은(는) 속성 {}에 선언된 값이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="462" />
            <source>value {} of attribute {} does not match the date format {}</source>
            <translation>속성 {1}의 값 {0}이(가) 날짜 형식 {2}에 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="498" />
            <source>expected {} values but found {}</source>
            <translation>값이 {}개여야 하는데 {}개입니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="504" />
            <source>the value of attribute {} is empty (write ? for a missing value)</source>
            <translation>속성 {}의 값이 비어 있습니다(결측값은 ?로 쓰세요)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="528" />
            <source>a sparse entry must start with an attribute index, found {}</source>
            <translation>희소 항목은 속성 인덱스로 시작해야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="533" />
            <source>attribute index {} is out of range (the file declares {} attributes, numbered from 0)</source>
            <translation>속성 인덱스 {}이(가) 범위를 벗어납니다(파일에 선언된 속성은 {}개이며 번호는 0부터 시작합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="538" />
            <source>attribute index {} appears twice</source>
            <translation>속성 인덱스 {}이(가) 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="542" />
            <location filename="../core/io/arff/arff_reader.cpp" line="549" />
            <source>attribute index {} has no value</source>
            <translation>속성 인덱스 {}에 값이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="563" />
            <source>the sparse row is not closed with }</source>
            <translation>희소 행이 }로 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="574" />
            <location filename="../core/io/arff/arff_reader.cpp" line="580" />
            <source>unexpected text {} after the sparse row</source>
            <translation>희소 행 뒤에 예상하지 못한 텍스트 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="612" />
            <source>Reading ARFF data</source>
            <translation>ARFF 데이터 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="642" />
            <source>{}, line {}: {} (row skipped)</source>
            <translation>{}, {}번째 줄: {} (행 건너뜀)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="651" />
            <source>{}: the file is empty (an ARFF file starts with @relation)</source>
            <translation>{}: 파일이 비어 있습니다(ARFF 파일은 @relation으로 시작합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="654" />
            <source>{}: no @relation line found; this is not an ARFF file</source>
            <translation>{}: @relation 줄이 없습니다. ARFF 파일이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="655" />
            <source>{}: the file ends before its @data section</source>
            <translation>{}: @data 섹션이 나오기 전에 파일이 끝납니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="658" />
            <source>{} malformed rows were skipped in total.</source>
            <translation>잘못된 행을 모두 {}개 건너뛰었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="659" />
            <source>Instance weights ({...} after a row) were ignored.</source>
            <translation>인스턴스 가중치(행 뒤의 {...})는 무시했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="198" />
            <source>Attribute {} is declared integer but holds values such as {}; it was read as real.</source>
            <translation>속성 {}은(는) integer로 선언되었지만 {} 같은 값이 있어 real로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="111" />
            <source>Reading {}</source>
            <translation>{} 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="114" />
            <location filename="../core/io/csv/csv_reader.cpp" line="134" />
            <source>{}: the file is empty.</source>
            <translation>{}: 파일이 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="192" />
            <source>There is no column "{}"; its type setting was ignored.</source>
            <translation>"{}" 열이 없어 이 열의 유형 설정을 무시했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="241" />
            <source>Skipped {} malformed rows (wrong number of fields or an unclosed quote) on lines {}.</source>
            <translation>잘못된 행 {}개(필드 수가 맞지 않거나 따옴표가 닫히지 않음)를 건너뛰었습니다. 해당 줄: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="333" />
            <source>Column {} is declared {} but holds {}, which is not an ISO date; it was read as text.</source>
            <translation>{} 열은 {} 형식으로 선언되었지만 ISO 날짜가 아닌 값 {}이(가) 있어 텍스트로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="336" />
            <source>Column {} is declared {} but holds numbers as well as dates; it was read as text.</source>
            <translation>{} 열은 {} 형식으로 선언되었지만 날짜와 함께 숫자도 있어 텍스트로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_assembler.cpp" line="250" />
            <source>Column "{}": {} values could not be read as {} and were set to missing.</source>
            <translation>"{}" 열: 값 {}개를 {} 형식으로 읽을 수 없어 결측값으로 설정했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="51" />
            <source>"{}" -&gt; "{}"</source>
            <translation>"{}" -&gt; "{}"</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="57" />
            <source>Header cells without a name (columns {}) were named column_N.</source>
            <translation>이름이 없는 머리글 셀(열 번호: {})에 column_N 형식의 이름을 붙였습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="59" />
            <source>Duplicate column names were made unique: {}.</source>
            <translation>중복된 열 이름을 서로 다르게 바꿨습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="175" />
            <source>Unknown text encoding "{}". Use utf-8, latin-1 or windows-1252.</source>
            <translation>알 수 없는 텍스트 인코딩 "{}"입니다. utf-8, latin-1, windows-1252 중 하나를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="194" />
            <source>{} does not look like a text file (it contains binary data). Choose a CSV or TSV file.</source>
            <translation>{}은(는) 텍스트 파일이 아닌 것 같습니다(바이너리 데이터가 있음). CSV 또는 TSV 파일을 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="30" />
            <source>Cannot read {}: {}.</source>
            <translation>{}을(를) 읽을 수 없습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="30" />
            <source>row {} is out of range; the table has {} rows</source>
            <translation>{}행은 범위를 벗어납니다. 테이블은 {}행입니다</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="122" />
            <source>histogram gradient-boosted trees with native categories and missing values</source>
            <translation>범주와 결측값을 직접 처리하는 히스토그램 기반 그레이디언트 부스팅 트리</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="73" />
            <location filename="../core/ml/tree/cart_params.cpp" line="52" />
            <source>parameter "max_leaf_nodes": a tree needs at least 2 leaves (or 0 for no limit)</source>
            <translation>매개변수 "max_leaf_nodes": 트리에는 리프가 2개 이상 필요합니다(제한하지 않으려면 0)</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="76" />
            <source>parameters "max_leaf_nodes" and "max_depth" are both 0 (no limit); limit at least one</source>
            <translation>매개변수 "max_leaf_nodes"와 "max_depth"가 모두 0(제한 없음)입니다. 둘 중 하나 이상을 제한하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="78" />
            <source>parameter "min_samples_leaf": {} is more than the {} training rows; lower it</source>
            <translation>매개변수 "min_samples_leaf": {}이(가) 학습 행 수 {}보다 큽니다. 값을 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="122" />
            <source>the early-stopping validation split (parameter "validation_fraction")</source>
            <translation>조기 종료용 검증 분할(매개변수 "validation_fraction")</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="136" />
            <source>model "gbt": fewer than two rows are left to train on</source>
            <translation>모델 "gbt": 학습에 쓸 행이 두 개 미만만 남았습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="138" />
            <location filename="../core/ml/trees/forest_model.cpp" line="105" />
            <source>Binning features</source>
            <translation>특성 구간화 중</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="176" />
            <source>Round {} of {}</source>
            <translation>라운드 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="117" />
            <source>parameter "n_clusters": {} is more than the {} rows; lower it or use more rows</source>
            <translation>매개변수 "n_clusters": {}이(가) 행 수 {}보다 큽니다. 값을 낮추거나 행을 늘리세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="121" />
            <source>model "kmeans": n_clusters, n_init and max_iter must be at least 1 and tol at least 0</source>
            <translation>모델 "kmeans": n_clusters, n_init, max_iter는 1 이상, tol은 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="180" />
            <source>kmeans found only {} distinct clusters of the {} asked for: the rows have fewer distinct points; lower n_clusters</source>
            <translation>kmeans가 요청한 {1}개 중 서로 다른 클러스터를 {0}개만 찾았습니다. 행에 서로 다른 점이 그보다 적습니다. n_clusters를 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="184" />
            <source>kmeans did not converge within max_iter={} iterations; raise max_iter or tol</source>
            <translation>kmeans가 max_iter={}회 반복 안에 수렴하지 않았습니다. max_iter나 tol을 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="193" />
            <source>k-means clustering (k-means++ initialisation, Lloyd iterations)</source>
            <translation>k-평균 군집화(k-means++ 초기화, Lloyd 반복)</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="197" />
            <source>parameter "n_neighbors": {} is more than the {} training rows; lower it</source>
            <translation>매개변수 "n_neighbors": {}이(가) 학습 행 수 {}보다 큽니다. 값을 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="209" />
            <source>k-nearest neighbours (Euclidean, exact search)</source>
            <translation>k-최근접 이웃(유클리드 거리, 정확한 탐색)</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="50" />
            <source>Fitting linear model</source>
            <translation>선형 모델 적합 중</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="96" />
            <source>lasso did not converge in {} sweeps (duality gap {}); raise max_iter or tol</source>
            <translation>lasso가 {}회 순회 안에 수렴하지 않았습니다(쌍대 간극 {}). max_iter나 tol을 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="104" />
            <source>linear model: the solution is not finite; the features may be extremely large or collinear — try penalty=l2</source>
            <translation>선형 모델: 해가 유한하지 않습니다. 특성 값이 매우 크거나 공선성이 있을 수 있습니다. penalty=l2를 시도해 보세요</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="117" />
            <source>Linear regression: least squares, ridge (l2) or lasso (l1)</source>
            <translation>선형 회귀: 최소제곱, ridge(l2) 또는 lasso(l1)</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="99" />
            <source>Fitting logistic regression</source>
            <translation>로지스틱 회귀 적합 중</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="167" />
            <source>logistic regression diverged; lower C or check the features</source>
            <translation>로지스틱 회귀가 발산했습니다. C를 낮추거나 특성을 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="175" />
            <source>logistic regression did not converge in {} iterations (largest gradient {}); raise max_iter</source>
            <translation>로지스틱 회귀가 {}회 반복 안에 수렴하지 않았습니다(최대 기울기 {}). max_iter를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="186" />
            <source>Logistic regression (L2), binary or multinomial</source>
            <translation>로지스틱 회귀(L2), 이진 또는 다항</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="156" />
            <source>Multi-layer perceptron (neural network, Adam); standardizes the features itself, like a StandardScaler + MLP pipeline in scikit-learn</source>
            <translation>다층 퍼셉트론(신경망, Adam). scikit-learn의 StandardScaler + MLP 파이프라인처럼 특성을 직접 표준화합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="79" />
            <source>parameter "hidden_layer_sizes": with {} features these layers have {} weights, more than the {} the mlp allows; use fewer or smaller layers</source>
            <translation>매개변수 "hidden_layer_sizes": 특성이 {}개이면 이 층들의 가중치는 {}개로, mlp가 허용하는 {}개보다 많습니다. 층 수나 층 크기를 줄이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="86" />
            <source>Preparing the mlp</source>
            <translation>mlp 준비 중</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="113" />
            <source>parameter "validation_fraction": {} of {} training rows leaves no rows to train or to validate on; change it or turn early_stopping off</source>
            <translation>매개변수 "validation_fraction": 값이 {}이면 학습 행 {}개 중 학습하거나 검증할 행이 남지 않습니다. 값을 바꾸거나 early_stopping을 끄세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="126" />
            <source>parameter "validation_fraction": {}</source>
            <translation>매개변수 "validation_fraction": {}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="169" />
            <source>mlp: the training loss became infinite in epoch {}; lower learning_rate_init or raise alpha</source>
            <translation>mlp: 에포크 {}에서 학습 손실이 무한대가 되었습니다. learning_rate_init을 낮추거나 alpha를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="185" />
            <source>epoch {} of {}, loss {:.4g}, validation score {:.4g}</source>
            <translation>에포크 {}/{}, 손실 {:.4g}, 검증 점수 {:.4g}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="191" />
            <source>epoch {} of {}, loss {:.4g}</source>
            <translation>에포크 {}/{}, 손실 {:.4g}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="205" />
            <source>mlp did not converge: the validation score was still improving after max_iter={} epochs; raise max_iter</source>
            <translation>mlp가 수렴하지 않았습니다. max_iter={} 에포크가 지나도 검증 점수가 계속 나아지고 있었습니다. max_iter를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="208" />
            <source>mlp did not converge: the training loss was still improving after max_iter={} epochs; raise max_iter</source>
            <translation>mlp가 수렴하지 않았습니다. max_iter={} 에포크가 지나도 학습 손실이 계속 나아지고 있었습니다. max_iter를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="53" />
            <source>model "{}": {} feature rows but {} target values</source>
            <translation>모델 "{}": 특성 행은 {}개인데 목표 값은 {}개입니다</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="55" />
            <source>model "{}": no training rows; check the split and filters</source>
            <translation>모델 "{}": 학습 행이 없습니다. 분할 방식과 필터를 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="57" />
            <source>model "{}": no features to train on; choose feature columns</source>
            <translation>모델 "{}": 학습할 특성이 없습니다. 특성 열을 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="61" />
            <source>model "{}": the features contain infinite values; replace them</source>
            <translation>모델 "{}": 특성에 무한대 값이 있습니다. 다른 값으로 바꾸세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="64" />
            <source>model "{}": the features contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "{}": 특성에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="69" />
            <source>model "{}": the target contains missing or infinite values</source>
            <translation>모델 "{}": 목표에 결측값이나 무한대 값이 있습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="73" />
            <source>model "{}": the target has only {} class; a classifier needs at least 2</source>
            <translation>모델 "{}": 목표의 클래스가 {}개뿐입니다. 분류기에는 클래스가 2개 이상 필요합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="79" />
            <source>model "{}": target value {} in row {} is not a class code 0..{}</source>
            <translation>모델 "{0}": {2}행의 목표 값 {1}은(는) 0..{3} 범위의 클래스 코드가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/categorical_nb.cpp" line="26" />
            <source>model "categorical_nb": feature {} has the value {} in training row {}; categorical naive Bayes needs category codes 0, 1, 2, ... — use categorical or boolean features, or gaussian_nb</source>
            <translation>모델 "categorical_nb": 학습 데이터 {2}행의 특성 {0} 값이 {1}입니다. 범주형 나이브 베이즈에는 범주 코드 0, 1, 2, ...가 필요합니다. 범주형이나 불리언 특성을 쓰거나 gaussian_nb를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/categorical_nb.cpp" line="30" />
            <source>model "categorical_nb": feature {} has the value {} in row {} of the rows to predict; categorical naive Bayes needs category codes 0, 1, 2, ... — use categorical or boolean features, or gaussian_nb</source>
            <translation>모델 "categorical_nb": 예측할 데이터 {2}행의 특성 {0} 값이 {1}입니다. 범주형 나이브 베이즈에는 범주 코드 0, 1, 2, ...가 필요합니다. 범주형이나 불리언 특성을 쓰거나 gaussian_nb를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/categorical_nb.cpp" line="104" />
            <source>model "categorical_nb": class {} has no training rows; every class needs at least one</source>
            <translation>모델 "categorical_nb": 클래스 {}에 학습 행이 없습니다. 클래스마다 학습 행이 하나 이상 필요합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/categorical_nb.cpp" line="131" />
            <source>Categorical naive Bayes for category-coded and 0/1 features</source>
            <translation>범주 코드 및 0/1 특성용 범주형 나이브 베이즈</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/gaussian_nb.cpp" line="91" />
            <source>model "gaussian_nb": class {} has no training rows; every class needs at least one</source>
            <translation>모델 "gaussian_nb": 클래스 {}에 학습 행이 없습니다. 클래스마다 학습 행이 하나 이상 필요합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/gaussian_nb.cpp" line="116" />
            <source>Gaussian naive Bayes</source>
            <translation>가우스 나이브 베이즈</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="60" />
            <source>parameter "{}": {} must be greater than {}</source>
            <translation>매개변수 "{}": {}은(는) 허용되지 않습니다. {}보다 커야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="63" />
            <source>parameter "{}": {} is below the minimum {}</source>
            <translation>매개변수 "{}": {}은(는) 최솟값 {}보다 작습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="67" />
            <source>parameter "{}": {} is above the maximum {}</source>
            <translation>매개변수 "{}": {}은(는) 최댓값 {}보다 큽니다</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="82" />
            <source>model "pca": one row has no variance; use at least two rows</source>
            <translation>모델 "pca": 행이 하나뿐이면 분산이 없습니다. 행을 두 개 이상 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="85" />
            <source>parameter "n_components": {} is more than the {} {} available; use at most {} (0 keeps them all)</source>
            <translation>매개변수 "n_components": {0}이(가) 사용 가능한 {2} 수 {1}보다 큽니다. {3} 이하로 지정하세요(0이면 모두 유지)</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="87" />
            <source>features</source>
            <translation>특성</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="87" />
            <source>rows</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="130" />
            <source>model "pca": the eigendecomposition of the covariance did not converge</source>
            <translation>모델 "pca": 공분산 행렬의 고윳값 분해가 수렴하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="134" />
            <source>model "pca": every feature is constant, so there is no variance to decompose; choose other features</source>
            <translation>모델 "pca": 모든 특성이 상수라 분해할 분산이 없습니다. 다른 특성을 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="189" />
            <source>principal component analysis (centred; full eigendecomposition; optional whitening)</source>
            <translation>주성분 분석(중심화, 전체 고윳값 분해, 선택적 화이트닝)</translation>
        </message>
        <message>
            <location filename="../core/ml/random_forest/random_forest_kind.cpp" line="13" />
            <source>random forest: bootstrapped trees grown in parallel and averaged</source>
            <translation>랜덤 포레스트: 부트스트랩 표본으로 트리를 병렬로 키워 평균합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="39" />
            <source>parameter "criterion": squared_error is for regression; use gini or entropy for the classification target, or auto</source>
            <translation>매개변수 "criterion": squared_error는 회귀용입니다. 분류 목표에는 gini나 entropy 또는 auto를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="43" />
            <source>parameter "criterion": {} is for classification; use squared_error for the regression target, or auto</source>
            <translation>매개변수 "criterion": {}은(는) 분류용입니다. 회귀 목표에는 squared_error 또는 auto를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/tree_kind.cpp" line="13" />
            <source>decision tree (CART) with native categories and missing values</source>
            <translation>범주와 결측값을 직접 처리하는 결정 트리(CART)</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="95" />
            <source>model "{}": {} rows are more than the trees support</source>
            <translation>모델 "{}": {}행은 트리가 지원하는 행 수보다 많습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="101" />
            <source>model "{}": the target has {} classes; trees support at most {}</source>
            <translation>모델 "{}": 목표의 클래스가 {}개입니다. 트리는 최대 {}개까지 지원합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="134" />
            <source>Tree {} of {}</source>
            <translation>트리 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="21" />
            <source> and {} more</source>
            <translation> 외 {}개</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="74" />
            <source>, ... ({} in all)</source>
            <translation>, ... (총 {}개)</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="23" />
            <source>classification</source>
            <translation>분류</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="24" />
            <location filename="../core/ml/model.cpp" line="28" />
            <source>regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="25" />
            <source>clustering</source>
            <translation>군집화</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="26" />
            <source>decomposition</source>
            <translation>분해</translation>
        </message>
    </context>
</TS>
