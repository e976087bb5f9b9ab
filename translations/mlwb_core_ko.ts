<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>mlwb::core</name>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="224" />
            <source>{} is not valid UTF-8 (first bad byte on line {}); invalid bytes were replaced with "�".</source>
            <translation>{}은(는) 올바른 UTF-8이 아닙니다({}번째 줄에서 처음 잘못된 바이트 발견). 잘못된 바이트는 "�"로 바꿨습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="233" />
            <source>{} is not valid UTF-8 (first non-UTF-8 byte on line {}), so it was read as Windows-1252 (Latin-1). If some characters look wrong, choose the file's encoding explicitly.</source>
            <translation>{}은(는) 올바른 UTF-8이 아니므로({}번째 줄에서 처음 UTF-8이 아닌 바이트 발견) Windows-1252(Latin-1)로 읽었습니다. 일부 문자가 이상하게 보이면 파일 인코딩을 직접 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/ml/unsupervised.cpp" line="10" />
            <source>model "{}" is a decomposition and predicts nothing; use its component scores (transform)</source>
            <translation>"{}" 모델은 분해 모델이라 예측을 하지 않습니다. 성분 점수(transform)를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="163" />
            <source>target column "{}" not found; columns: {}</source>
            <translation>"{}" 목표 열을 찾을 수 없습니다. 열 목록: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="165" />
            <location filename="../core/ml/features.cpp" line="231" />
            <source>there are no training rows; check the split and row filters</source>
            <translation>학습 행이 없습니다. 분할 방식과 행 필터를 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="177" />
            <source>target column "{}" is missing in {} of the {} training rows; drop those rows (or fill them) before training</source>
            <translation>"{0}" 목표 열은 학습 행 {2}개 중 {1}개에서 결측입니다. 학습 전에 해당 행을 제거하거나 값을 채우세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="182" />
            <source>target column "{}" is a datetime; choose a numeric, boolean or categorical target</source>
            <translation>"{}" 목표 열은 날짜/시간입니다. 숫자, 불리언 또는 범주형 목표를 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="188" />
            <source>target column "{}" is {}; it can only be a classification target — choose a numeric target for regression</source>
            <translation>"{}" 목표 열은 {} 형식이라 분류 목표로만 쓸 수 있습니다. 회귀에는 숫자 목표를 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="206" />
            <source>target column "{}", row {}: the value is not finite</source>
            <translation>"{}" 목표 열, {}행: 값이 유한한 수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="214" />
            <source>target column "{}" has only one class ({}) in the training rows; a classifier needs at least two — check the target or the split</source>
            <translation>"{}" 목표 열은 학습 행에서 클래스가 하나({})뿐입니다. 분류기에는 클래스가 두 개 이상 필요합니다. 목표나 분할 방식을 확인하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="228" />
            <source>no target column given; choose the column to predict (only clustering and decomposition models run without one)</source>
            <translation>목표 열을 지정하지 않았습니다. 예측할 열을 고르세요(목표 없이 실행되는 것은 군집화 및 분해 모델뿐입니다)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="256" />
            <source>column "{}" is the target and cannot also be a feature; remove it from the features</source>
            <translation>"{}" 열은 목표이므로 특성으로 함께 쓸 수 없습니다. 특성에서 빼세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="258" />
            <source>feature column "{}" is listed twice</source>
            <translation>"{}" 특성 열이 두 번 지정되었습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="262" />
            <source>feature column "{}" not found; columns: {}</source>
            <translation>"{}" 특성 열을 찾을 수 없습니다. 열 목록: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="269" />
            <source>column "{}" is text and is left out of the features; convert it to categorical to use it</source>
            <translation>"{}" 열은 텍스트라 특성에서 제외됩니다. 사용하려면 범주형으로 변환하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="271" />
            <source>"{}" is text</source>
            <translation>"{}"(텍스트)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="290" />
            <source>column "{}" has no values in the training rows</source>
            <translation>"{}" 열은 학습 행에 값이 없어</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="291" />
            <source>column "{}" has one value ({}) in all training rows</source>
            <translation>"{}" 열은 모든 학습 행에서 값이 하나({})뿐이라</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="293" />
            <source> and is left out of the features</source>
            <translation> 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="294" />
            <location filename="../core/ml/features.cpp" line="343" />
            <source>"{}" is constant</source>
            <translation>"{}"(상수)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="299" />
            <source>column "{}" has {} categories and becomes as many one-hot features; consider leaving it out if it is an identifier</source>
            <translation>"{}" 열은 범주가 {}개라 같은 수의 원-핫 특성이 됩니다. 식별자 열이라면 제외하는 것을 고려하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="332" />
            <source>column "{}" has no values in the training rows and is left out of the features</source>
            <translation>"{}" 열은 학습 행에 값이 없어 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="333" />
            <source>"{}" is all missing</source>
            <translation>"{}"(모두 결측)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="340" />
            <source>column "{}" has one value ({}) in all training rows and is left out of the features</source>
            <translation>"{}" 열은 모든 학습 행에서 값이 하나({})뿐이라 특성에서 제외됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="364" />
            <source>there are no columns to use as features; add columns to the data</source>
            <translation>특성으로 쓸 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="367" />
            <source>there are no feature columns besides the target "{}"; add columns to the data</source>
            <translation>목표 "{}" 외에는 특성 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="369" />
            <source>no usable feature columns: {}; choose other feature columns</source>
            <translation>사용할 수 있는 특성 열이 없습니다: {}. 다른 특성 열을 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="387" />
            <source>column "{}" was a feature in training but is not in this table; add it</source>
            <translation>"{}" 열은 학습 때 특성이었지만 이 테이블에는 없습니다. 이 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="390" />
            <source>column "{}" is {} here but was {} in the training data; convert it</source>
            <translation>"{}" 열은 여기서는 {} 형식이지만 학습 데이터에서는 {} 형식이었습니다. 형식을 변환하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="459" />
            <source>this feature preparation has no target (a clustering or decomposition run)</source>
            <translation>이 특성 준비에는 목표가 없습니다(군집화 또는 분해 실행)</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="461" />
            <source>target column "{}" is not in this table</source>
            <translation>"{}" 목표 열이 이 테이블에 없습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="465" />
            <source>target column "{}" is {} here but was {} in the training data</source>
            <translation>"{}" 목표 열은 여기서는 {} 형식이지만 학습 데이터에서는 {} 형식이었습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="470" />
            <source>target column "{}" is missing in {} of {} rows; drop those rows first</source>
            <translation>"{0}" 목표 열은 {2}개 행 중 {1}개에서 결측입니다. 먼저 해당 행을 제거하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="493" />
            <source>target column "{}", row {}: class {} did not occur in the training rows; use a stratified split or drop the rare class</source>
            <translation>"{}" 목표 열, {}행: 클래스 {}은(는) 학습 행에 없었습니다. 층화 분할을 사용하거나 드문 클래스를 제거하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="14" />
            <source>shrinkage of each round's trees</source>
            <translation>라운드마다 트리에 적용하는 축소 비율</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="15" />
            <source>boosting rounds (trees per class)</source>
            <translation>부스팅 라운드 수(클래스당 트리 수)</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="17" />
            <source>most leaves per tree, best split first; 0 = no limit</source>
            <translation>트리당 최대 리프 수(가장 좋은 분할부터). 0 = 제한 없음</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="18" />
            <location filename="../core/ml/tree/cart_params.cpp" line="20" />
            <source>deepest level of a tree; 0 = no limit</source>
            <translation>트리의 최대 깊이. 0 = 제한 없음</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="19" />
            <source>rows each leaf must keep</source>
            <translation>리프마다 있어야 할 최소 행 수</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="20" />
            <source>L2 penalty on leaf values</source>
            <translation>리프 값에 대한 L2 페널티</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="21" />
            <source>value bins per numeric feature (quantiles)</source>
            <translation>숫자 특성별 값 구간 수(분위수 기준)</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="23" />
            <source>stop when the validation loss stops improving; auto: on above 10,000 rows</source>
            <translation>검증 손실이 더 나아지지 않으면 멈춤. auto: 10,000행을 넘으면 켬</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="25" />
            <source>share of training rows held out for early stopping</source>
            <translation>조기 종료용으로 떼어 두는 학습 행 비율</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="26" />
            <source>rounds without improvement before stopping</source>
            <translation>멈추기 전까지 개선 없이 허용하는 라운드 수</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="27" />
            <source>improvement of the validation loss that counts</source>
            <translation>개선으로 인정하는 검증 손실 감소량</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="28" />
            <source>share of training rows each round sees (drawn anew)</source>
            <translation>라운드마다 쓰는 학습 행 비율(매번 새로 추출)</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="30" />
            <source>share of features each round may split on</source>
            <translation>라운드마다 분할에 쓸 수 있는 특성 비율</translation>
        </message>
        <message>
            <location filename="../core/io/arff/java_date_format.cpp" line="145" />
            <source>date format {} has an unterminated quote</source>
            <translation>날짜 형식 {}에 닫히지 않은 따옴표가 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/java_date_format.cpp" line="155" />
            <source>date format {} uses the pattern letter '{}', which is not supported</source>
            <translation>날짜 형식 {}에 지원하지 않는 패턴 문자 '{}'이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="72" />
            <source>model "kmeans": the rows contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "kmeans": 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="37" />
            <source>how many clusters to form</source>
            <translation>만들 클러스터 수</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="39" />
            <source>how many k-means++ initialisations to run; the one with the lowest inertia is kept</source>
            <translation>실행할 k-means++ 초기화 횟수. 관성(inertia)이 가장 낮은 결과를 남김</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="41" />
            <source>most Lloyd iterations of one run</source>
            <translation>한 번 실행할 때의 최대 Lloyd 반복 횟수</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="43" />
            <source>stop when the centres move less than this (relative to the mean feature variance)</source>
            <translation>중심의 이동이 이 값보다 작으면 멈춤(특성 분산 평균에 대한 상대값)</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="46" />
            <source>standardize every feature (mean 0, standard deviation 1) before clustering, so that features with different units or ranges weigh the same and the widest one does not decide the clusters (off: raw features, as scikit-learn)</source>
            <translation>군집화 전에 모든 특성을 표준화(평균 0, 표준편차 1)해, 단위나 범위가 다른 특성도 같은 비중을 갖고 범위가 가장 넓은 특성이 클러스터를 좌우하지 않게 함(끄면 scikit-learn처럼 원래 특성 사용)</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="89" />
            <source>model "knn": the rows to predict contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "knn": 예측할 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="53" />
            <source>how many nearest training rows vote</source>
            <translation>투표하는 최근접 학습 행 수</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="55" />
            <source>uniform: equal votes; distance: closer rows count more (1/distance)</source>
            <translation>uniform: 모두 같은 표. distance: 가까운 행일수록 큰 비중(1/거리)</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="57" />
            <source>standardize every feature (mean 0, standard deviation 1, learned on the training rows) before measuring distances, so that a feature with wide values such as an income does not outvote the others (off: raw features, as scikit-learn)</source>
            <translation>거리를 재기 전에 모든 특성을 표준화(평균 0, 표준편차 1, 학습 행 기준)해, 소득처럼 값의 범위가 넓은 특성이 다른 특성을 압도하지 않게 함(끄면 scikit-learn처럼 원래 특성 사용)</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="16" />
            <source>none: ordinary least squares; l2: ridge; l1: lasso</source>
            <translation>none: 일반 최소제곱. l2: ridge. l1: lasso</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="17" />
            <source>penalty strength (l2, l1); larger shrinks more</source>
            <translation>페널티 강도(l2, l1). 클수록 계수를 더 많이 줄임</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="18" />
            <source>coordinate descent sweeps for l1</source>
            <translation>l1의 좌표 하강 순회 횟수</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="20" />
            <source>convergence tolerance for l1 (duality gap relative to the target)</source>
            <translation>l1의 수렴 허용 오차(목표 대비 쌍대 간극)</translation>
        </message>
        <message>
            <location filename="../core/ml/linear/linear_model.cpp" line="21" />
            <source>fit a constant term</source>
            <translation>상수항 적합</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="42" />
            <source>inverse regularization strength; smaller means a simpler model</source>
            <translation>정규화 강도의 역수. 작을수록 단순한 모델</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="43" />
            <source>L-BFGS iterations</source>
            <translation>L-BFGS 반복 횟수</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="44" />
            <source>stop when the largest gradient entry falls below</source>
            <translation>기울기의 최대 성분이 이 값보다 작아지면 멈춤</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="45" />
            <source>fit a constant term per class</source>
            <translation>클래스마다 상수항 적합</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="155" />
            <source>Cannot open {}: {}.</source>
            <translation>{}을(를) 열 수 없습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="159" />
            <location filename="../core/io/csv/file_check.cpp" line="21" />
            <source>Cannot open {}: it is a folder</source>
            <translation>{}을(를) 열 수 없습니다: 폴더입니다</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="163" />
            <location filename="../core/io/csv/file_check.cpp" line="24" />
            <source>Cannot open {}: it is not a regular file (a device or pipe); save the data to a file first.</source>
            <translation>{}을(를) 열 수 없습니다: 일반 파일이 아닙니다(장치 또는 파이프). 먼저 데이터를 파일로 저장하세요.</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="125" />
            <source>model "mlp": the rows to predict contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "mlp": 예측할 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="25" />
            <source>units of each hidden layer, 1 to 3 layers, e.g. 100 or 64,32</source>
            <translation>은닉층별 유닛 수, 층은 1~3개(예: 100 또는 64,32)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="27" />
            <source>activation of the hidden units</source>
            <translation>은닉 유닛의 활성화 함수</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="29" />
            <source>L2 penalty on the weights; larger means a smoother model</source>
            <translation>가중치에 대한 L2 페널티. 클수록 더 매끄러운 모델</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="31" />
            <source>rows per Adam step (mini-batch); more than the training rows means all of them</source>
            <translation>Adam 한 스텝당 행 수(미니배치). 학습 행 수보다 크면 모든 행 사용</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="32" />
            <source>Adam's step size</source>
            <translation>Adam의 스텝 크기</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="33" />
            <source>most epochs (passes over the training rows)</source>
            <translation>최대 에포크 수(학습 행 전체를 도는 횟수)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="36" />
            <source>stop when the training loss (validation score with early_stopping) improves by less than this for n_iter_no_change epochs</source>
            <translation>학습 손실(early_stopping이면 검증 점수)의 개선이 n_iter_no_change 에포크 동안 이 값보다 작으면 멈춤</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="39" />
            <source>hold out validation_fraction of the training rows and stop when their score stops improving; keeps the best epoch's weights</source>
            <translation>학습 행의 validation_fraction만큼을 떼어 두고 그 점수가 더 나아지지 않으면 멈춤. 가장 좋은 에포크의 가중치를 유지</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="42" />
            <source>share of the training rows held out for early_stopping, between 0 and 1</source>
            <translation>early_stopping용으로 떼어 두는 학습 행 비율(0과 1 사이)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="44" />
            <source>epochs without improvement by tol before stopping</source>
            <translation>멈추기 전까지 tol 이상의 개선 없이 허용하는 에포크 수</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="71" />
            <source>parameter "hidden_layer_sizes": {} layers given; give 1 to {} layer sizes, e.g. 100 or 64,32</source>
            <translation>매개변수 "hidden_layer_sizes": 층을 {}개 지정했습니다. 층 크기를 1개에서 {}개까지 지정하세요(예: 100 또는 64,32)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="77" />
            <source>parameter "hidden_layer_sizes": a layer of {} units; each layer needs 1 to {} units</source>
            <translation>매개변수 "hidden_layer_sizes": 유닛이 {}개인 층이 있습니다. 각 층의 유닛은 1개에서 {}개 사이여야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="81" />
            <source>parameter "alpha": {} must be 0 or more</source>
            <translation>매개변수 "alpha": {}은(는) 허용되지 않습니다. 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="82" />
            <source>parameter "batch_size": {} must be 1 or more</source>
            <translation>매개변수 "batch_size": {}은(는) 허용되지 않습니다. 1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="85" />
            <source>parameter "learning_rate_init": {} must be greater than 0, e.g. 0.001</source>
            <translation>매개변수 "learning_rate_init": {}은(는) 허용되지 않습니다. 0보다 커야 합니다(예: 0.001)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="86" />
            <source>parameter "max_iter": {} must be 1 or more</source>
            <translation>매개변수 "max_iter": {}은(는) 허용되지 않습니다. 1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="88" />
            <source>parameter "tol": {} must be 0 or more</source>
            <translation>매개변수 "tol": {}은(는) 허용되지 않습니다. 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="91" />
            <source>parameter "validation_fraction": {} must be between 0 and 1 (both excluded), e.g. 0.1</source>
            <translation>매개변수 "validation_fraction": {}은(는) 허용되지 않습니다. 0과 1 사이여야 합니다(0과 1은 제외, 예: 0.1)</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="94" />
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
            <location filename="../core/ml/registry.cpp" line="58" />
            <source>unknown model "{}"; known: {}</source>
            <translation>알 수 없는 모델 "{}"입니다. 사용 가능한 모델: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/registry.cpp" line="71" />
            <source>model "{}" does not support {}; models that do: {}</source>
            <translation>"{}" 모델은 {} 작업을 지원하지 않습니다. 지원하는 모델: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="131" />
            <source>numeric features: fraction of the largest feature variance added to all variances for stability</source>
            <translation>숫자 특성: 안정성을 위해 모든 분산에 더하는 값(가장 큰 특성 분산에 대한 비율)</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="134" />
            <source>categorical features: additive smoothing of the category counts (1: Laplace)</source>
            <translation>범주형 특성: 범주별 개수의 가산 평활(1: 라플라스)</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="133" />
            <source>parameter {}: expected NAME=VALUE, e.g. {}={}</source>
            <translation>매개변수 {}: NAME=VALUE 형식이어야 합니다(예: {}={})</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="155" />
            <source>unknown parameter "{}" for model "{}"; it takes no parameters</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다. 이 모델은 매개변수를 받지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="158" />
            <source>unknown parameter "{}" for model "{}" (did you mean "{}"?); known: {}</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다(혹시 "{2}"인가요?). 사용 가능한 매개변수: {3}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="162" />
            <source>unknown parameter "{}" for model "{}"; known: {}</source>
            <translation>"{1}" 모델에는 "{0}" 매개변수가 없습니다. 사용 가능한 매개변수: {2}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="165" />
            <source>parameter "{}" is given twice; give it once</source>
            <translation>"{}" 매개변수가 두 번 지정되었습니다. 한 번만 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="181" />
            <source>parameter "{}": {} is not a whole number</source>
            <translation>매개변수 "{}": {}은(는) 정수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="190" />
            <source>parameter "{}": {} is not a number</source>
            <translation>매개변수 "{}": {}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="203" />
            <source>parameter "{}": {} is not true or false</source>
            <translation>매개변수 "{}": {}은(는) true 또는 false가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="212" />
            <source>parameter "{}": {} is not one of {}</source>
            <translation>매개변수 "{}": {}은(는) 허용되는 값이 아닙니다. 허용되는 값: {}</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="225" />
            <source>parameter "{}": {} is not a comma-separated list of whole numbers, e.g. 64,32</source>
            <translation>매개변수 "{}": {}은(는) 쉼표로 구분한 정수 목록이 아닙니다(예: 64,32)</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="54" />
            <source>model "pca": the rows contain missing or infinite values; prepare them with the feature preparation first</source>
            <translation>모델 "pca": 행에 결측값이나 무한대 값이 있습니다. 먼저 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="28" />
            <source>how many components to keep, largest variance first; 0 keeps min(rows, features)</source>
            <translation>유지할 성분 수(분산이 큰 순서). 0이면 min(행 수, 특성 수)개 유지</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="29" />
            <source>divide each component's scores by its standard deviation</source>
            <translation>각 성분의 점수를 그 표준편차로 나눔</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="32" />
            <source>standardize every feature first (PCA of the correlation matrix); turn it on when the features have different units, or the widest one becomes the first component (off: as scikit-learn)</source>
            <translation>먼저 모든 특성을 표준화(상관 행렬의 PCA). 특성의 단위가 서로 다르면 켜세요. 그렇지 않으면 범위가 가장 넓은 특성이 첫 번째 성분이 됩니다(끄면 scikit-learn과 같음)</translation>
        </message>
        <message>
            <location filename="../core/base/status.cpp" line="9" />
            <source>Cancelled by the user.</source>
            <translation>사용자가 취소했습니다.</translation>
        </message>
        <message>
            <location filename="../core/data/table.cpp" line="17" />
            <source>Two columns are named {}; column names must be unique.</source>
            <translation>이름이 {}인 열이 두 개 있습니다. 열 이름은 서로 달라야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="199" />
            <source>{}: loading needs about {} of memory but only {} is available; {}.</source>
            <translation>{}: 불러오려면 메모리가 약 {} 필요하지만 사용할 수 있는 메모리는 {}뿐입니다. {}.</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="218" />
            <source>{}: loading ran out of memory; {}.</source>
            <translation>{}: 불러오는 중에 메모리가 부족했습니다. {}.</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="219" />
            <source>{}: loading ran out of memory (about {} is available); {}.</source>
            <translation>{}: 불러오는 중에 메모리가 부족했습니다(사용 가능한 메모리 약 {}). {}.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="251" />
            <location filename="../core/eval/regression_metrics.cpp" line="16" />
            <source>there are no rows to evaluate; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>평가할 행이 없습니다. 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="255" />
            <source>there are {} true labels but {} predictions; pass one prediction per row.</source>
            <translation>실제 레이블은 {}개인데 예측은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="258" />
            <source>the class count must be at least 1; got {}. Pass the number of target classes.</source>
            <translation>클래스 수는 1 이상이어야 하는데 {}입니다. 목표 클래스 수를 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="262" />
            <source>the true class code {} in row {} is outside 0..{}; drop rows with a missing target and encode classes as 0..classes-1.</source>
            <translation>{1}행의 실제 클래스 코드 {0}이(가) 0..{2} 범위를 벗어납니다. 목표가 결측인 행을 제거하고 클래스를 0..classes-1로 인코딩하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="267" />
            <source>the predicted class code {} in row {} is outside 0..{}; the model and the target must use the same classes.</source>
            <translation>{1}행의 예측 클래스 코드 {0}이(가) 0..{2} 범위를 벗어납니다. 모델과 목표는 같은 클래스를 사용해야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="275" />
            <source>the probability matrix is {} x {} but must be {} x {} (rows x classes); pass one probability per class for every row.</source>
            <translation>확률 행렬의 크기가 {} x {}이지만 {} x {}(행 x 클래스)여야 합니다. 모든 행에 클래스마다 확률을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/classification_metrics.cpp" line="282" />
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
            <location filename="../core/eval/clustering_metrics.cpp" line="30" />
            <source>feature {} of row {} is {}; impute or drop missing values before evaluating a clustering.</source>
            <translation>{1}행의 특성 {0} 값이 {2}입니다. 군집화를 평가하기 전에 결측값을 대체하거나 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="46" />
            <source>the cluster centers have {} features but the data has {}; use the centers fitted on these features.</source>
            <translation>클러스터 중심의 특성은 {}개인데 데이터의 특성은 {}개입니다. 이 특성으로 적합한 중심을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="53" />
            <source>the cluster label {} of row {} is outside 0..{}; every row needs one of the {} fitted clusters.</source>
            <translation>{1}행의 클러스터 레이블 {0}이(가) 0..{2} 범위를 벗어납니다. 모든 행은 적합된 클러스터 {3}개 중 하나에 속해야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="87" />
            <source>the silhouette needs between 2 and {} clusters among the {} {}rows; there are {}. Choose a cluster count in that range{}.</source>
            <translation>실루엣을 계산하려면 {2}{1}행에 클러스터가 2개에서 {0}개 사이로 있어야 하는데 {3}개입니다. 이 범위의 클러스터 수{4}를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="89" />
            <source>sampled </source>
            <translation>표본 </translation>
        </message>
        <message>
            <location filename="../core/eval/clustering_metrics.cpp" line="90" />
            <source> or a larger sample size</source>
            <translation> 또는 더 큰 표본 크기</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="16" />
            <source>the {} needs at least one row; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>{}에는 행이 하나 이상 필요하지만 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="20" />
            <source>the {} got {} true labels but {} scores; pass one score per row.</source>
            <translation>{}: 실제 레이블은 {}개인데 점수는 {}개입니다. 행마다 점수를 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="23" />
            <source>the score of row {} is {}; the {} needs finite scores, check the model's inputs for missing values.</source>
            <translation>{}행의 점수가 {}입니다. {}에는 유한한 점수가 필요합니다. 모델 입력에 결측값이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="34" />
            <source>the {} needs rows of the positive class {}, but the test rows have none; use a stratified split or pick a class that occurs.</source>
            <translation>{}에는 양성 클래스 {}의 행이 필요하지만 테스트 행에는 없습니다. 층화 분할을 사용하거나 테스트 행에 있는 클래스를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="39" />
            <source>the {} needs rows of classes other than {}, but every test row is of that class; use a stratified split.</source>
            <translation>{}에는 클래스 {} 이외의 행이 필요하지만 모든 테스트 행이 그 클래스입니다. 층화 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="49" />
            <source>ROC curve</source>
            <translation>ROC 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="72" />
            <source>precision-recall curve</source>
            <translation>정밀도-재현율 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="95" />
            <source>calibration curve</source>
            <translation>보정 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="99" />
            <source>the calibration curve needs at least 1 bin; got {}. Use e.g. 10 bins.</source>
            <translation>보정 곡선에는 구간이 1개 이상 필요한데 {}입니다. 예를 들어 구간 10개를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="103" />
            <source>the probability of row {} is {}, outside [0, 1]; the calibration curve needs class probabilities, not decision values.</source>
            <translation>{}행의 확률이 {}(으)로 [0, 1] 범위를 벗어납니다. 보정 곡선에는 결정값이 아니라 클래스 확률이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="134" />
            <source>gain curve</source>
            <translation>이득 곡선</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="159" />
            <source>the residual plot needs at least one row; the test set is empty. Use more rows or a larger test fraction.</source>
            <translation>잔차 그래프에는 행이 하나 이상 필요하지만 테스트 세트가 비어 있습니다. 행을 늘리거나 테스트 비율을 키우세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/curves.cpp" line="163" />
            <source>the residual plot got {} actual values but {} predictions; pass one prediction per row.</source>
            <translation>잔차 그래프: 실제값은 {}개인데 예측값은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="20" />
            <source>there are {} true values but {} predictions; pass one prediction per row.</source>
            <translation>실제값은 {}개인데 예측값은 {}개입니다. 행마다 예측을 하나씩 전달하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="25" />
            <source>the true target value in row {} is {}; drop rows with a missing or infinite target before evaluating.</source>
            <translation>{}행의 실제 목표 값이 {}입니다. 평가하기 전에 목표가 결측이거나 무한대인 행을 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/regression_metrics.cpp" line="30" />
            <source>the prediction for row {} is {}; the model produced a non-finite value, check its inputs for missing or extreme values.</source>
            <translation>{}행의 예측값이 {}입니다. 모델이 유한하지 않은 값을 냈습니다. 입력에 결측값이나 극단값이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="30" />
            <source>there are no rows to split; load data with at least two rows.</source>
            <translation>분할할 행이 없습니다. 행이 두 개 이상인 데이터를 불러오세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="32" />
            <source>splitting supports at most {} rows; the data has {}. Sample the data first.</source>
            <translation>분할은 최대 {}행까지 지원하는데 데이터는 {}행입니다. 먼저 데이터에서 표본을 추출하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="41" />
            <source>cross-validation needs at least 2 folds; got {}. Use --cv 2 or more, or a holdout split.</source>
            <translation>교차 검증에는 겹이 2개 이상 필요한데 {}입니다. --cv 2 이상을 쓰거나 홀드아웃 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="43" />
            <source>{}-fold cross-validation needs at least {} rows; the data has {}. Use fewer folds (--cv {}) or more data.</source>
            <translation>{}-겹 교차 검증에는 행이 {}개 이상 필요한데 데이터는 {}행입니다. 겹 수를 줄이거나(--cv {}) 데이터를 늘리세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="53" />
            <source>repeated cross-validation needs at least 1 repeat; got {}. Use --repeats 1 or more.</source>
            <translation>반복 교차 검증에는 반복이 1회 이상 필요한데 {}입니다. --repeats 1 이상을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="62" />
            <source>the test fraction must be between 0 and 1 (exclusive); got {}. Use e.g. 0.2 to test on 20% of the rows.</source>
            <translation>테스트 비율은 0과 1 사이(0과 1은 제외)여야 하는데 {}입니다. 예를 들어 행의 20%로 테스트하려면 0.2를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="69" />
            <source>a test fraction of {} of {} rows leaves the {} set empty; use a {} test fraction or more data.</source>
            <translation>전체 {1}행에서 테스트 비율이 {0}이면 {2} 세트가 비게 됩니다. 테스트 비율을 {3} 하거나 데이터를 늘리세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="70" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="70" />
            <source>training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="71" />
            <source>larger</source>
            <translation>더 크게</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="71" />
            <source>smaller</source>
            <translation>더 작게</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="83" />
            <source>row {} has no target value, so it cannot be stratified; drop rows with a missing target first.</source>
            <translation>{}행에 목표 값이 없어 층화할 수 없습니다. 먼저 목표가 결측인 행을 제거하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="91" />
            <source>stratification needs at least two classes in the target; every row is class {}. Use an unstratified split or check the target column.</source>
            <translation>층화하려면 목표에 클래스가 두 개 이상 있어야 하는데 모든 행이 클래스 {}입니다. 층화하지 않는 분할을 사용하거나 목표 열을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="108" />
            <source>class {} has 1 row, fewer than the {} folds: it is tested in 1 of them, whose training rows lack it</source>
            <translation>클래스 {}은(는) 행이 1개뿐이라 겹 수 {}보다 적습니다. 이 클래스는 겹 1개에서만 테스트되며, 그 겹의 학습 행에는 이 클래스가 없습니다</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="112" />
            <source>class {} has {} rows, fewer than the {} folds: it is tested in {} of them</source>
            <translation>클래스 {}은(는) 행이 {}개로 겹 수 {}보다 적어, 겹 {}개에서만 테스트됩니다</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="234" />
            <source>a stratified holdout of these {} rows leaves the test set empty: every class is too small to give a test row and keep one for training. Use more data or an unstratified split.</source>
            <translation>이 {}행으로 층화 홀드아웃을 하면 테스트 세트가 비게 됩니다. 모든 클래스가 너무 작아서 테스트 행을 내주고 학습 행을 하나 남길 수 없습니다. 데이터를 늘리거나 층화하지 않는 분할을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="240" />
            <source>the test set has {} rows, not the {} a test fraction of {} asks for: the smallest classes keep a row each for training</source>
            <translation>테스트 세트는 {}행으로, 요청한 {}행(테스트 비율 {})보다 적습니다. 가장 작은 클래스들이 학습용으로 행을 하나씩 남겨 둡니다</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="248" />
            <source>class {} has 1 row, too few to be on both sides of the holdout: it is used for training only</source>
            <translation>클래스 {}은(는) 행이 1개뿐이라 홀드아웃의 학습과 테스트 양쪽에 둘 수 없습니다. 학습에만 사용합니다</translation>
        </message>
        <message>
            <location filename="../core/eval/splits.cpp" line="253" />
            <source>class {} has {} rows, too few for a test row at a test fraction of {}: all of them are used for training</source>
            <translation>클래스 {}은(는) 행이 {}개뿐이라 테스트 비율 {}에서는 테스트 행을 낼 수 없습니다. 모두 학습에 사용합니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="113" />
            <location filename="../core/experiment/fold_data.cpp" line="49" />
            <source>The table needs at least two rows to train and test.</source>
            <translation>학습과 테스트를 하려면 테이블에 행이 두 개 이상 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="118" />
            <source>Choose a target column: model "{}" learns to predict one (only clustering and decomposition models such as kmeans and pca run without).</source>
            <translation>목표 열을 고르세요. "{}" 모델은 목표를 예측하도록 학습합니다(목표 없이 실행되는 것은 kmeans, pca 같은 군집화 및 분해 모델뿐입니다).</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="143" />
            <source>Fold {} of {}</source>
            <translation>겹 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="143" />
            <location filename="../core/experiment/unsupervised_run.cpp" line="116" />
            <source>Training</source>
            <translation>학습 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/experiment.cpp" line="147" />
            <location filename="../core/experiment/search.cpp" line="99" />
            <location filename="../core/experiment/search.cpp" line="305" />
            <source>fold {} of {}</source>
            <translation>겹 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="38" />
            <source>class {} has 1 row: in cross-validation the fold that tests it has no row of it to learn from. Remove that row, or use a holdout split (--test-size), which keeps it for training.</source>
            <translation>클래스 {}은(는) 행이 1개뿐입니다. 교차 검증에서는 이 클래스를 테스트하는 겹에 학습할 이 클래스의 행이 없습니다. 그 행을 제거하거나, 그 행을 학습에 쓰는 홀드아웃 분할(--test-size)을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="56" />
            <source>There is no column {} to use as the target; the columns are {}.</source>
            <translation>목표로 쓸 {} 열이 없습니다. 있는 열: {}.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="64" />
            <source>--cv needs at least 2 folds, got {}.</source>
            <translation>--cv에는 겹이 2개 이상 필요한데 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="66" />
            <source>--repeats needs --cv K and must be at least 1, got {}.</source>
            <translation>--repeats는 --cv K와 함께 써야 하며 1 이상이어야 하는데 {}입니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/fold_data.cpp" line="69" />
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
            <location filename="../core/experiment/search.cpp" line="263" />
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
            <location filename="../core/experiment/search_space.cpp" line="78" />
            <source>parameter "{}": range {} must be LOW:HIGH or LOW:HIGH:log, e.g. {}</source>
            <translation>매개변수 "{}": 범위 {}은(는) LOW:HIGH 또는 LOW:HIGH:log 형식이어야 합니다(예: {})</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="93" />
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
            <location filename="../core/experiment/search_space.cpp" line="214" />
            <source>parameter "{}" is searched twice; give all its values at once</source>
            <translation>"{}" 매개변수가 검색 대상에 두 번 지정되었습니다. 모든 값을 한 번에 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="217" />
            <source>parameter "{}": no values to try; give a list such as {}=a,b,c</source>
            <translation>매개변수 "{}": 시도할 값이 없습니다. {}=a,b,c처럼 목록을 지정하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="231" />
            <source>The grid is empty: give the values to try of at least one parameter, e.g. n_neighbors=1,5,15.</source>
            <translation>그리드가 비어 있습니다. 매개변수를 하나 이상 골라 시도할 값을 지정하세요(예: n_neighbors=1,5,15).</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="236" />
            <source>parameter "{}": grid search needs a list of values; the range {}:{} is for random search</source>
            <translation>매개변수 "{}": 그리드 검색에는 값 목록이 필요합니다. 범위 {}:{}은(는) 랜덤 검색용입니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="243" />
            <source>The grid has more than {} candidates ({} values); try fewer values or a random search.</source>
            <translation>그리드의 후보가 {}개를 넘습니다(값 개수: {}). 값을 줄이거나 랜덤 검색을 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="253" />
            <source>Random search needs a search space: give the values or range of at least one parameter.</source>
            <translation>랜덤 검색에는 검색 공간이 필요합니다. 매개변수를 하나 이상 골라 값이나 범위를 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/experiment/search_space.cpp" line="256" />
            <source>Random search draws 1 to {} candidates, got {}.</source>
            <translation>랜덤 검색은 후보를 1개에서 {}개까지 추출할 수 있는데 {}개를 지정했습니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="77" />
            <source>{} fits on all rows: cross-validation does not apply to {}, so the {} folds were not used</source>
            <translation>{}은(는) 모든 행으로 학습합니다. {} 작업에는 교차 검증이 적용되지 않으므로 겹 {}개를 사용하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="87" />
            <source>There is no column {} to leave out as the target.</source>
            <translation>목표로 제외할 {} 열이 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="94" />
            <source>column "{}" (the target) is left out of the features; {} does not use a target</source>
            <translation>"{}" 열(목표)은 특성에서 제외됩니다. {}은(는) 목표를 사용하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="100" />
            <source>there are no feature columns besides "{}"; add columns to the data</source>
            <translation>"{}" 외에는 특성 열이 없습니다. 데이터에 열을 추가하세요</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="106" />
            <source>Preparing features</source>
            <translation>특성 준비 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="129" />
            <source>model "{}" is registered for clustering but gives no clusters</source>
            <translation>"{}" 모델은 군집화용으로 등록되었지만 클러스터를 제공하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="143" />
            <source>Silhouette</source>
            <translation>실루엣 계산 중</translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="151" />
            <source>no silhouette: </source>
            <translation>실루엣 없음: </translation>
        </message>
        <message>
            <location filename="../core/experiment/unsupervised_run.cpp" line="162" />
            <source>model "{}" is registered for decomposition but gives no components</source>
            <translation>"{}" 모델은 분해용으로 등록되었지만 성분을 제공하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="100" />
            <source>a quoted value is not closed</source>
            <translation>따옴표로 묶은 값이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="106" />
            <source>unexpected text {} after the quoted value {}</source>
            <translation>따옴표로 묶은 값 {1} 뒤에 예상하지 못한 텍스트 {0}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="742" />
            <source>{}, line {}: the file is not valid UTF-8</source>
            <translation>{}, {}번째 줄: 파일이 올바른 UTF-8이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="779" />
            <location filename="../core/io/csv/file_check.cpp" line="19" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="62" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="76" />
            <source>Cannot open {}: {}</source>
            <translation>{}을(를) 열 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="788" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="97" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="106" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="667" />
            <source>Cannot read {}: {}</source>
            <translation>{}을(를) 읽을 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="51" />
            <source>{}, line {}: a quoted field starts on this line but its closing quote ({}) is missing. Fix the quote or open the file in lenient mode to skip bad rows.</source>
            <translation>{}, {}번째 줄: 따옴표로 묶은 필드가 이 줄에서 시작하지만 닫는 따옴표({})가 없습니다. 따옴표를 고치거나, 잘못된 행을 건너뛰도록 관대한 모드(lenient)로 파일을 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="59" />
            <source>{} changed while it was being read: another program shortened or rewrote it. Open it again once that program is done with it.</source>
            <translation>{}을(를) 읽는 동안 파일이 바뀌었습니다. 다른 프로그램이 파일을 줄이거나 다시 썼습니다. 그 프로그램이 작업을 마친 뒤 다시 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="67" />
            <source>{}, line {}: expected {} fields, found {}. Fix the row or open the file in lenient mode to skip bad rows.</source>
            <translation>{}, {}번째 줄: 필드가 {}개여야 하는데 {}개입니다. 행을 고치거나, 잘못된 행을 건너뛰도록 관대한 모드(lenient)로 파일을 여세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/file_check.cpp" line="18" />
            <source>Cannot open {}: no such file</source>
            <translation>{}을(를) 열 수 없습니다: 파일이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="81" />
            <source>The delimiter cannot be a quote, a line break or NUL.</source>
            <translation>따옴표, 줄바꿈, NUL은 구분자로 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="83" />
            <source>The line ending must be LF or CRLF.</source>
            <translation>줄 끝 문자는 LF 또는 CRLF여야 합니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="87" />
            <source>The text for missing values cannot contain the delimiter, a quote or a line break.</source>
            <translation>결측값을 나타내는 텍스트에는 구분자, 따옴표, 줄바꿈을 넣을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="95" />
            <source>Cannot write {}</source>
            <translation>{}에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="110" />
            <source>Writing CSV</source>
            <translation>CSV 쓰는 중</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="141" />
            <source>the output stream</source>
            <translation>출력 스트림</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="143" />
            <source>Cannot write the output stream</source>
            <translation>출력 스트림에 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/export/csv_writer.cpp" line="154" />
            <location filename="../core/io/export/csv_writer.cpp" line="162" />
            <location filename="../core/io/export/csv_writer.cpp" line="165" />
            <source>Cannot write {}: {}</source>
            <translation>{}에 쓸 수 없습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/import.cpp" line="79" />
            <source>{} is not a SQLite database; a table or query can only be given for SQLite files.</source>
            <translation>{}은(는) SQLite 데이터베이스가 아닙니다. 테이블이나 쿼리는 SQLite 파일에만 지정할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="49" />
            <source>{} is not a SQLite database, or it is damaged ({})</source>
            <translation>{}은(는) SQLite 데이터베이스가 아니거나 손상되었습니다({})</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="68" />
            <source>{} is not a SQLite database (it does not start with "SQLite format 3")</source>
            <translation>{}은(는) SQLite 데이터베이스가 아닙니다("SQLite format 3"으로 시작하지 않음)</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="442" />
            <source>Give either a table or a query, not both.</source>
            <translation>테이블과 쿼리 중 하나만 지정하세요.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="457" />
            <source>{} has no table named {}; it contains no tables at all.</source>
            <translation>{}에 {} 테이블이 없습니다. 테이블이 하나도 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="459" />
            <source>{} has no table named {}; its tables are: {}.</source>
            <translation>{}에 {} 테이블이 없습니다. 있는 테이블: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="463" />
            <source>{} contains no tables.</source>
            <translation>{}에 테이블이 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="466" />
            <source>{} contains several tables ({}); pick one with --table or --query.</source>
            <translation>{}에 테이블이 여러 개 있습니다({}). --table 또는 --query로 하나를 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="518" />
            <source>Reading SQLite data</source>
            <translation>SQLite 데이터 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="542" />
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="668" />
            <source>The query failed: {}</source>
            <translation>쿼리가 실패했습니다: {}</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="544" />
            <source>The query is empty.</source>
            <translation>쿼리가 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="552" />
            <source>Only a single SELECT statement can be imported; the query has more than one statement.</source>
            <translation>SELECT 문은 하나만 가져올 수 있는데 쿼리에 문이 두 개 이상 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="557" />
            <source>Only a SELECT (or WITH ... SELECT) statement can be imported, not {}.</source>
            <translation>SELECT(또는 WITH ... SELECT) 문만 가져올 수 있습니다. {}은(는) 가져올 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="660" />
            <source>Reading SQLite data: {} rows</source>
            <translation>SQLite 데이터 읽는 중: {}행</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="690" />
            <source>Column {}: {} values could not be read as {} (such as {}); they are missing.</source>
            <translation>{} 열: 값 {}개를 {} 형식으로 읽을 수 없어 결측값으로 처리했습니다(예: {}).</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="694" />
            <source>Column {} holds binary data; it is shown as hexadecimal (x'...').</source>
            <translation>{} 열에 바이너리 데이터가 있어 16진수(x'...')로 표시합니다.</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="46" />
            <source>Profiling supports up to {} rows; this table has {}.</source>
            <translation>프로파일은 최대 {}행까지 지원하는데 이 테이블은 {}행입니다.</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="65" />
            <source>Profiling columns</source>
            <translation>열 프로파일 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="81" />
            <source>Profiled {} of {} columns</source>
            <translation>열 {}/{}개 프로파일 완료</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="106" />
            <source>Computing Pearson correlations</source>
            <translation>피어슨 상관계수 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="112" />
            <source>Computing Spearman correlations</source>
            <translation>스피어만 상관계수 계산 중</translation>
        </message>
        <message>
            <location filename="../core/stats/profile.cpp" line="117" />
            <source>Not enough memory to profile this table.</source>
            <translation>이 테이블을 프로파일할 메모리가 부족합니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="300" />
            <source>{}, line {}: {}</source>
            <translation>{}, {}번째 줄: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="357" />
            <source>@relation appears twice</source>
            <translation>@relation이 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="362" />
            <source>expected @relation at the start of the file, found {}</source>
            <translation>파일 시작 부분에 @relation이 있어야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="365" />
            <source>@data comes before any @attribute</source>
            <translation>@attribute보다 @data가 먼저 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="369" />
            <source>expected @attribute or @data, found {}</source>
            <translation>@attribute 또는 @data가 있어야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="376" />
            <source>the attribute has no name (or its quote is not closed)</source>
            <translation>속성에 이름이 없습니다(또는 따옴표가 닫히지 않았습니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="377" />
            <source>attribute {} is declared twice</source>
            <translation>속성 {}이(가) 두 번 선언되었습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="380" />
            <source>attribute {} has no type</source>
            <translation>속성 {}에 유형이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="393" />
            <source>attribute {} has an empty nominal value</source>
            <translation>속성 {}에 빈 명목값이 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="397" />
            <source>attribute {} lists the value {} twice</source>
            <translation>속성 {}에 값 {}이(가) 두 번 나열되어 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="407" />
            <source>the value list of attribute {} is not closed with }}</source>
            <translation>속성 {}의 값 목록이 }}로 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="427" />
            <source>the date format of attribute {} is not closed</source>
            <translation>속성 {}의 날짜 형식이 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="436" />
            <source>{}, line {}: attribute {}: {}</source>
            <translation>{}, {}번째 줄: 속성 {}: {}</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="441" />
            <source>{}, line {}: attribute {} is relational (multi-instance), which is not supported</source>
            <translation>{}, {}번째 줄: 속성 {}은(는) relational(다중 인스턴스) 유형이라 지원하지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="445" />
            <source>attribute {} has the unknown type {} (expected numeric, real, integer, string, date or a {{list}} of values)</source>
            <translation>속성 {}의 유형 {}을(를) 알 수 없습니다(numeric, real, integer, string, date 또는 {{값 목록}}이어야 합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="451" />
            <source>unexpected text {} after the type of attribute {}</source>
            <translation>속성 {1}의 유형 뒤에 예상하지 못한 텍스트 {0}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="483" />
            <location filename="../core/io/arff/arff_reader.cpp" line="493" />
            <source>value {} of attribute {} is not a number</source>
            <translation>속성 {1}의 값 {0}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="505" />
            <source>value {} is not one of the declared values of attribute {}</source>
            <translation>값 {}은(는) 속성 {}에 선언된 값이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="516" />
            <source>value {} of attribute {} does not match the date format {}</source>
            <translation>속성 {1}의 값 {0}이(가) 날짜 형식 {2}에 맞지 않습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="552" />
            <source>expected {} values but found {}</source>
            <translation>값이 {}개여야 하는데 {}개입니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="558" />
            <source>the value of attribute {} is empty (write ? for a missing value)</source>
            <translation>속성 {}의 값이 비어 있습니다(결측값은 ?로 쓰세요)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="582" />
            <source>a sparse entry must start with an attribute index, found {}</source>
            <translation>희소 항목은 속성 인덱스로 시작해야 하는데 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="587" />
            <source>attribute index {} is out of range (the file declares {} attributes, numbered from 0)</source>
            <translation>속성 인덱스 {}이(가) 범위를 벗어납니다(파일에 선언된 속성은 {}개이며 번호는 0부터 시작합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="592" />
            <source>attribute index {} appears twice</source>
            <translation>속성 인덱스 {}이(가) 두 번 나옵니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="596" />
            <location filename="../core/io/arff/arff_reader.cpp" line="603" />
            <source>attribute index {} has no value</source>
            <translation>속성 인덱스 {}에 값이 없습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="617" />
            <source>the sparse row is not closed with }</source>
            <translation>희소 행이 }로 닫히지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="628" />
            <location filename="../core/io/arff/arff_reader.cpp" line="634" />
            <source>unexpected text {} after the sparse row</source>
            <translation>희소 행 뒤에 예상하지 못한 텍스트 {}이(가) 있습니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="666" />
            <source>Reading ARFF data</source>
            <translation>ARFF 데이터 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="698" />
            <source>{}, line {}: {} (row skipped)</source>
            <translation>{}, {}번째 줄: {} (행 건너뜀)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="707" />
            <source>{}: the file is empty (an ARFF file starts with @relation)</source>
            <translation>{}: 파일이 비어 있습니다(ARFF 파일은 @relation으로 시작합니다)</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="710" />
            <source>{}: no @relation line found; this is not an ARFF file</source>
            <translation>{}: @relation 줄이 없습니다. ARFF 파일이 아닙니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="711" />
            <source>{}: the file ends before its @data section</source>
            <translation>{}: @data 섹션이 나오기 전에 파일이 끝납니다</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="714" />
            <source>{} malformed rows were skipped in total.</source>
            <translation>잘못된 행을 모두 {}개 건너뛰었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="715" />
            <source>Instance weights ({...} after a row) were ignored.</source>
            <translation>인스턴스 가중치(행 뒤의 {...})는 무시했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/arff/arff_reader.cpp" line="229" />
            <source>Attribute {} is declared integer but holds values such as {}; it was read as real.</source>
            <translation>속성 {}은(는) integer로 선언되었지만 {} 같은 값이 있어 real로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="129" />
            <source>Reading {}</source>
            <translation>{} 읽는 중</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="132" />
            <location filename="../core/io/csv/csv_reader.cpp" line="152" />
            <source>{}: the file is empty.</source>
            <translation>{}: 파일이 비어 있습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="212" />
            <source>There is no column "{}"; its type setting was ignored.</source>
            <translation>"{}" 열이 없어 이 열의 유형 설정을 무시했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/csv_reader.cpp" line="262" />
            <source>Skipped {} malformed rows (wrong number of fields or an unclosed quote) on lines {}.</source>
            <translation>잘못된 행 {}개(필드 수가 맞지 않거나 따옴표가 닫히지 않음)를 건너뛰었습니다. 해당 줄: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="329" />
            <source>Column {} is declared {} but holds {}, which is not an ISO date; it was read as text.</source>
            <translation>{} 열은 {} 형식으로 선언되었지만 ISO 날짜가 아닌 값 {}이(가) 있어 텍스트로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/sqlite/sqlite_reader.cpp" line="332" />
            <source>Column {} is declared {} but holds numbers as well as dates; it was read as text.</source>
            <translation>{} 열은 {} 형식으로 선언되었지만 날짜와 함께 숫자도 있어 텍스트로 읽었습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_assembler.cpp" line="252" />
            <source>Column "{}": {} values could not be read as {} and were set to missing.</source>
            <translation>"{}" 열: 값 {}개를 {} 형식으로 읽을 수 없어 결측값으로 설정했습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="41" />
            <source>Header cells without a name (columns {}) were named column_N.</source>
            <translation>이름이 없는 머리글 셀(열 번호: {})에 column_N 형식의 이름을 붙였습니다.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="59" />
            <source>"{}" -&gt; "{}"</source>
            <translation>"{}" -&gt; "{}"</translation>
        </message>
        <message>
            <location filename="../core/io/csv/column_names.cpp" line="64" />
            <source>Duplicate column names were made unique: {}.</source>
            <translation>중복된 열 이름을 서로 다르게 바꿨습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="182" />
            <source>Unknown text encoding "{}". Use utf-8, latin-1 or windows-1252.</source>
            <translation>알 수 없는 텍스트 인코딩 "{}"입니다. utf-8, latin-1, windows-1252 중 하나를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/encoding.cpp" line="201" />
            <source>{} does not look like a text file (it contains binary data). Choose a CSV or TSV file.</source>
            <translation>{}은(는) 텍스트 파일이 아닌 것 같습니다(바이너리 데이터가 있음). CSV 또는 TSV 파일을 고르세요.</translation>
        </message>
        <message>
            <location filename="../core/io/csv/mapped_file.cpp" line="33" />
            <source>Cannot read {}: {}.</source>
            <translation>{}을(를) 읽을 수 없습니다: {}.</translation>
        </message>
        <message>
            <location filename="../core/ml/features.cpp" line="30" />
            <source>row {} is out of range; the table has {} rows</source>
            <translation>{}행은 범위를 벗어납니다. 테이블은 {}행입니다</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_model.cpp" line="125" />
            <source>histogram gradient-boosted trees with native categories and missing values</source>
            <translation>범주와 결측값을 직접 처리하는 히스토그램 기반 그레이디언트 부스팅 트리</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="74" />
            <location filename="../core/ml/tree/cart_params.cpp" line="62" />
            <source>parameter "max_leaf_nodes": a tree needs at least 2 leaves (or 0 for no limit)</source>
            <translation>매개변수 "max_leaf_nodes": 트리에는 리프가 2개 이상 필요합니다(제한하지 않으려면 0)</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="77" />
            <source>parameters "max_leaf_nodes" and "max_depth" are both 0 (no limit); limit at least one</source>
            <translation>매개변수 "max_leaf_nodes"와 "max_depth"가 모두 0(제한 없음)입니다. 둘 중 하나 이상을 제한하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="80" />
            <source>parameter "min_samples_leaf": {} is more than the {} training rows; lower it</source>
            <translation>매개변수 "min_samples_leaf": {}이(가) 학습 행 수 {}보다 큽니다. 값을 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="126" />
            <source>the early-stopping validation split (parameter "validation_fraction")</source>
            <translation>조기 종료용 검증 분할(매개변수 "validation_fraction")</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="140" />
            <source>model "gbt": fewer than two rows are left to train on</source>
            <translation>모델 "gbt": 학습에 쓸 행이 두 개 미만만 남았습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="142" />
            <location filename="../core/ml/trees/forest_model.cpp" line="108" />
            <source>Binning features</source>
            <translation>특성 구간화 중</translation>
        </message>
        <message>
            <location filename="../core/ml/gbt/gbt_training.cpp" line="180" />
            <source>Round {} of {}</source>
            <translation>라운드 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="121" />
            <source>parameter "n_clusters": {} is more than the {} rows; lower it or use more rows</source>
            <translation>매개변수 "n_clusters": {}이(가) 행 수 {}보다 큽니다. 값을 낮추거나 행을 늘리세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="126" />
            <source>model "kmeans": n_clusters, n_init and max_iter must be at least 1 and tol at least 0</source>
            <translation>모델 "kmeans": n_clusters, n_init, max_iter는 1 이상, tol은 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="185" />
            <source>kmeans found only {} distinct clusters of the {} asked for: the rows have fewer distinct points; lower n_clusters</source>
            <translation>kmeans가 요청한 {1}개 중 서로 다른 클러스터를 {0}개만 찾았습니다. 행에 서로 다른 점이 그보다 적습니다. n_clusters를 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="190" />
            <source>kmeans did not converge within max_iter={} iterations; raise max_iter or tol</source>
            <translation>kmeans가 max_iter={}회 반복 안에 수렴하지 않았습니다. max_iter나 tol을 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/kmeans/kmeans_model.cpp" line="198" />
            <source>k-means clustering (k-means++ initialisation, Lloyd iterations)</source>
            <translation>k-평균 군집화(k-means++ 초기화, Lloyd 반복)</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="211" />
            <source>parameter "n_neighbors": {} is more than the {} training rows; lower it</source>
            <translation>매개변수 "n_neighbors": {}이(가) 학습 행 수 {}보다 큽니다. 값을 낮추세요</translation>
        </message>
        <message>
            <location filename="../core/ml/knn/knn_model.cpp" line="223" />
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
            <location filename="../core/ml/logistic/logistic_model.cpp" line="176" />
            <source>logistic regression did not converge in {} iterations (largest gradient {}); raise max_iter</source>
            <translation>로지스틱 회귀가 {}회 반복 안에 수렴하지 않았습니다(최대 기울기 {}). max_iter를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/logistic/logistic_model.cpp" line="187" />
            <source>Logistic regression (L2), binary or multinomial</source>
            <translation>로지스틱 회귀(L2), 이진 또는 다항</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_model.cpp" line="165" />
            <source>Multi-layer perceptron (neural network, Adam); standardizes the features itself, like a StandardScaler + MLP pipeline in scikit-learn</source>
            <translation>다층 퍼셉트론(신경망, Adam). scikit-learn의 StandardScaler + MLP 파이프라인처럼 특성을 직접 표준화합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="80" />
            <source>parameter "hidden_layer_sizes": with {} features these layers have {} weights, more than the {} the mlp allows; use fewer or smaller layers</source>
            <translation>매개변수 "hidden_layer_sizes": 특성이 {}개이면 이 층들의 가중치는 {}개로, mlp가 허용하는 {}개보다 많습니다. 층 수나 층 크기를 줄이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="87" />
            <source>Preparing the mlp</source>
            <translation>mlp 준비 중</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="115" />
            <source>parameter "validation_fraction": {} of {} training rows leaves no rows to train or to validate on; change it or turn early_stopping off</source>
            <translation>매개변수 "validation_fraction": 값이 {}이면 학습 행 {}개 중 학습하거나 검증할 행이 남지 않습니다. 값을 바꾸거나 early_stopping을 끄세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="127" />
            <source>parameter "validation_fraction": {}</source>
            <translation>매개변수 "validation_fraction": {}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="170" />
            <source>mlp: the training loss became infinite in epoch {}; lower learning_rate_init or raise alpha</source>
            <translation>mlp: 에포크 {}에서 학습 손실이 무한대가 되었습니다. learning_rate_init을 낮추거나 alpha를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="187" />
            <source>epoch {} of {}, loss {:.4g}, validation score {:.4g}</source>
            <translation>에포크 {}/{}, 손실 {:.4g}, 검증 점수 {:.4g}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="192" />
            <source>epoch {} of {}, loss {:.4g}</source>
            <translation>에포크 {}/{}, 손실 {:.4g}</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="206" />
            <source>mlp did not converge: the validation score was still improving after max_iter={} epochs; raise max_iter</source>
            <translation>mlp가 수렴하지 않았습니다. max_iter={} 에포크가 지나도 검증 점수가 계속 나아지고 있었습니다. max_iter를 높이세요</translation>
        </message>
        <message>
            <location filename="../core/ml/mlp/mlp_trainer.cpp" line="209" />
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
            <location filename="../core/ml/model.cpp" line="72" />
            <source>model "{}": the target has only {} class; a classifier needs at least 2</source>
            <translation>모델 "{}": 목표의 클래스가 {}개뿐입니다. 분류기에는 클래스가 2개 이상 필요합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/model.cpp" line="77" />
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
            <location filename="../core/ml/naive_bayes/gaussian_nb.cpp" line="115" />
            <source>Gaussian naive Bayes</source>
            <translation>가우스 나이브 베이즈</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="37" />
            <source>model "naive_bayes": feature {} has the value {} in row {} of the rows to predict; replace infinite values</source>
            <translation>모델 "naive_bayes": 특성 {}에 값 {}이(가) 있습니다(예측할 데이터의 {}행). 무한대 값을 다른 값으로 바꾸세요</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="41" />
            <source>model "naive_bayes": feature {} has the value {} in row {} of the rows to predict, but its category codes are 0 to {}; prepare the rows with the same feature preparation as the training rows</source>
            <translation>모델 "naive_bayes": 특성 {}에 값 {}이(가) 있지만(예측할 데이터의 {}행) 이 특성의 범주 코드는 0부터 {}까지입니다. 학습 행과 같은 특성 준비로 행을 처리하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="205" />
            <source>model "naive_bayes" does not support {}; it is a classifier</source>
            <translation>"naive_bayes" 모델은 {} 작업을 지원하지 않습니다. 분류 모델입니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="211" />
            <source>model "naive_bayes": {} features but category counts for {}; pass one count per feature (0 for a numeric one)</source>
            <translation>모델 "naive_bayes": 특성은 {}개인데 범주 개수는 {}개 특성에 대해 주어졌습니다. 특성마다 개수를 하나씩 전달하세요(숫자 특성은 0)</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="217" />
            <source>model "naive_bayes": feature {} has a category count of {}; it must be 0 (numeric) or more</source>
            <translation>모델 "naive_bayes": 특성 {}의 범주 개수가 {}입니다. 0(숫자 특성) 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="221" />
            <source>parameter "alpha": {} must be greater than 0, or an unseen category has probability 0</source>
            <translation>매개변수 "alpha": {}은(는) 허용되지 않습니다. 0보다 커야 합니다. 그렇지 않으면 학습 때 없던 범주의 확률이 0이 됩니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="224" />
            <source>parameter "var_smoothing": {} must be 0 or more</source>
            <translation>매개변수 "var_smoothing": {}은(는) 허용되지 않습니다. 0 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="231" />
            <source>model "naive_bayes": class {} has no training rows; every class needs at least one</source>
            <translation>모델 "naive_bayes": 클래스 {}에 학습 행이 없습니다. 클래스마다 학습 행이 하나 이상 필요합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="256" />
            <source>model "naive_bayes": feature {} has the value {} in training row {}, but its category codes are 0 to {}; pass category codes 0, 1, 2, ... (or NaN for missing) with the count of each categorical feature</source>
            <translation>모델 "naive_bayes": 특성 {}에 값 {}이(가) 있지만(학습 데이터의 {}행) 이 특성의 범주 코드는 0부터 {}까지입니다. 범주 코드 0, 1, 2, ...(결측은 NaN)와 함께 범주형 특성마다 범주 개수를 전달하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/naive_bayes/mixed_nb.cpp" line="287" />
            <source>naive Bayes for mixed data: numeric and categorical features and missing values as they are</source>
            <translation>혼합 데이터용 나이브 베이즈: 숫자 특성, 범주형 특성, 결측값을 그대로 처리</translation>
        </message>
        <message>
            <location filename="../core/ml/params.cpp" line="61" />
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
            <location filename="../core/ml/pca/pca_model.cpp" line="86" />
            <source>parameter "n_components": {} is more than the {} {} available; use at most {} (0 keeps them all)</source>
            <translation>매개변수 "n_components": {0}이(가) 사용 가능한 {2} 수 {1}보다 큽니다. {3} 이하로 지정하세요(0이면 모두 유지)</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="88" />
            <source>features</source>
            <translation>특성</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="88" />
            <source>rows</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="131" />
            <source>model "pca": the eigendecomposition of the covariance did not converge</source>
            <translation>모델 "pca": 공분산 행렬의 고윳값 분해가 수렴하지 않았습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="135" />
            <source>model "pca": every feature is constant, so there is no variance to decompose; choose other features</source>
            <translation>모델 "pca": 모든 특성이 상수라 분해할 분산이 없습니다. 다른 특성을 고르세요</translation>
        </message>
        <message>
            <location filename="../core/ml/pca/pca_model.cpp" line="190" />
            <source>principal component analysis (centred; full eigendecomposition; optional whitening)</source>
            <translation>주성분 분석(중심화, 전체 고윳값 분해, 선택적 화이트닝)</translation>
        </message>
        <message>
            <location filename="../core/ml/random_forest/random_forest_kind.cpp" line="13" />
            <source>random forest: bootstrapped trees grown in parallel and averaged</source>
            <translation>랜덤 포레스트: 부트스트랩 표본으로 트리를 병렬로 키워 평균합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="13" />
            <source>how many trees to average</source>
            <translation>평균할 트리 수</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="15" />
            <source>grow each tree on rows drawn with replacement</source>
            <translation>복원 추출한 행으로 각 트리를 키움</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="19" />
            <source>what a split improves; auto: gini for classification, squared_error for regression</source>
            <translation>분할로 개선할 기준. auto: 분류는 gini, 회귀는 squared_error</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="22" />
            <source>rows a node needs before it is split</source>
            <translation>노드를 분할하는 데 필요한 최소 행 수</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="23" />
            <source>rows each side of a split must keep</source>
            <translation>분할 후 양쪽에 있어야 할 최소 행 수</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="25" />
            <source>most leaves per tree, grown best split first; 0 = no limit</source>
            <translation>트리당 최대 리프 수(가장 좋은 분할부터 키움). 0 = 제한 없음</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="28" />
            <source>features each split looks at, drawn at random; auto: sqrt for classification, all for regression</source>
            <translation>분할마다 무작위로 골라 살펴볼 특성 수. auto: 분류는 sqrt, 회귀는 all</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="31" />
            <source>value bins per numeric feature (quantiles); fewer is faster and coarser</source>
            <translation>숫자 특성별 값 구간 수(분위수 기준). 적을수록 빠르지만 거칠어짐</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="34" />
            <source>cost-complexity pruning: after growing, collapse the subtrees whose impurity decrease per extra leaf is at most this; 0 = no pruning</source>
            <translation>비용-복잡도 가지치기: 다 키운 뒤, 리프 하나가 늘 때마다의 불순도 감소가 이 값 이하인 하위 트리를 합침. 0 = 가지치기 안 함</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="48" />
            <source>parameter "criterion": squared_error is for regression; use gini or entropy for the classification target, or auto</source>
            <translation>매개변수 "criterion": squared_error는 회귀용입니다. 분류 목표에는 gini나 entropy 또는 auto를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/cart_params.cpp" line="52" />
            <source>parameter "criterion": {} is for classification; use squared_error for the regression target, or auto</source>
            <translation>매개변수 "criterion": {}은(는) 분류용입니다. 회귀 목표에는 squared_error 또는 auto를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/ml/tree/tree_kind.cpp" line="13" />
            <source>decision tree (CART) with native categories and missing values</source>
            <translation>범주와 결측값을 직접 처리하는 결정 트리(CART)</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="98" />
            <source>model "{}": {} rows are more than the trees support</source>
            <translation>모델 "{}": {}행은 트리가 지원하는 행 수보다 많습니다</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="104" />
            <source>model "{}": the target has {} classes; trees support at most {}</source>
            <translation>모델 "{}": 목표의 클래스가 {}개입니다. 트리는 최대 {}개까지 지원합니다</translation>
        </message>
        <message>
            <location filename="../core/ml/trees/forest_model.cpp" line="139" />
            <source>Tree {} of {}</source>
            <translation>트리 {}/{}</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="146" />
            <source>raise MLWB_MEMORY_LIMIT_MB (or unset it), split the file or remove columns you do not need</source>
            <translation>MLWB_MEMORY_LIMIT_MB를 높이거나(또는 설정을 해제하거나), 파일을 나누거나, 필요 없는 열을 제거하세요</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="148" />
            <source>raise the program's memory limit (ulimit -v), split the file or remove columns you do not need, or use a machine with more memory</source>
            <translation>프로그램의 메모리 한도(ulimit -v)를 높이거나, 파일을 나누거나 필요 없는 열을 제거하거나, 메모리가 더 많은 컴퓨터를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="151" />
            <source>close other programs, split the file or remove columns you do not need, or use a machine with more memory</source>
            <translation>다른 프로그램을 닫거나, 파일을 나누거나 필요 없는 열을 제거하거나, 메모리가 더 많은 컴퓨터를 사용하세요</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="180" />
            <source>{} bytes</source>
            <translation>{}바이트</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="190" />
            <source>{} KB</source>
            <translation>{} KB</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="191" />
            <source>{} MB</source>
            <translation>{} MB</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="192" />
            <source>{} GB</source>
            <translation>{} GB</translation>
        </message>
        <message>
            <location filename="../core/base/memory_budget.cpp" line="193" />
            <source>{} TB</source>
            <translation>{} TB</translation>
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
