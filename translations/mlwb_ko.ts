<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="54"/>
        <source>chance</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="86"/>
        <source>ROC curves are for classification.</source>
        <translation>ROC 곡선은 분류에서만 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="87"/>
        <source>ROC curve</source>
        <translation>ROC 곡선</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="97"/>
        <source>False positive rate</source>
        <translation>위양성률</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="97"/>
        <source>True positive rate</source>
        <translation>진양성률</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="106"/>
        <source>Precision-recall curves are for classification.</source>
        <translation>정밀도-재현율 곡선은 분류에서만 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="107"/>
        <source>Precision-recall curve</source>
        <translation>정밀도-재현율 곡선</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="115"/>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="115"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="122"/>
        <source>Predicted vs actual is for regression.</source>
        <translation>예측값 대 실제값은 회귀에서만 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="123"/>
        <source>Predicted vs actual</source>
        <translation>예측값 대 실제값</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="125"/>
        <source>test rows</source>
        <translation>테스트 행</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="131"/>
        <source>perfect</source>
        <translation>완벽한 예측</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="135"/>
        <source>Actual</source>
        <translation>실제값</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="135"/>
        <location filename="../ui/models/result_charts.cpp" line="152"/>
        <source>Predicted</source>
        <translation>예측값</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="141"/>
        <source>Residuals are for regression.</source>
        <translation>잔차는 회귀에서만 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="142"/>
        <source>Residuals</source>
        <translation>잔차</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="152"/>
        <source>Actual − predicted</source>
        <translation>실제값 − 예측값</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="162"/>
        <source>Rows: true class. Columns: predicted class. Shade: share of the row.</source>
        <translation>행: 실제 클래스. 열: 예측 클래스. 색 농도: 행에서 차지하는 비율.</translation>
    </message>
    <message>
        <location filename="../ui/models/result_charts.cpp" line="189"/>
        <source>%1 rows of %2 predicted as %3 (%4% of the row)</source>
        <translation>%2 중 %1행을 %3(으)로 예측 (행의 %4%)</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="63"/>
        <source>NA</source>
        <translation>결측</translation>
    </message>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="64"/>
        <source>Missing value</source>
        <translation>결측값</translation>
    </message>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="101"/>
        <source>%1
Type: %2
Missing: %L3 of %L4</source>
        <translation>%1
유형: %2
결측: %L4개 중 %L3개</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data/data_view.cpp" line="89"/>
        <source>Sorting by %1</source>
        <translation>%1 기준으로 정렬</translation>
    </message>
    <message>
        <location filename="../ui/data/data_view.cpp" line="90"/>
        <source>Filtering rows</source>
        <translation>행 필터링</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="36"/>
        <location filename="../ui/charts/histogram_view.cpp" line="61"/>
        <source>Select a column to see its distribution.</source>
        <translation>열을 선택하면 분포가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="67"/>
        <source>Histogram of %1</source>
        <translation>%1 히스토그램</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="85"/>
        <source>%1: no values to plot (all %L2 missing)</source>
        <translation>%1: 그릴 값이 없습니다 (%L2개 모두 결측)</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="91"/>
        <source>%1: every value is different; no distribution to plot</source>
        <translation>%1: 모든 값이 서로 달라 그릴 분포가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="96"/>
        <source> — %L1 missing</source>
        <translation> — 결측 %L1개</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="97"/>
        <source> — %L1 in other values</source>
        <translation> — 기타 값 %L1개</translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="161"/>
        <source>Count</source>
        <translation>개수</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="39"/>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="40"/>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="41"/>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="42"/>
        <source>pipe</source>
        <translation>세로 막대</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="55"/>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="63"/>
        <location filename="../ui/data/import_dialog.cpp" line="72"/>
        <location filename="../ui/data/import_dialog.cpp" line="80"/>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="64"/>
        <source>Comma ( , )</source>
        <translation>쉼표 ( , )</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="65"/>
        <source>Semicolon ( ; )</source>
        <translation>세미콜론 ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="66"/>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="67"/>
        <source>Pipe ( | )</source>
        <translation>세로 막대 ( | )</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="68"/>
        <source>&amp;Delimiter:</source>
        <translation>구분자(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="76"/>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="81"/>
        <source>First row holds column names</source>
        <translation>첫 행은 열 이름</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="82"/>
        <source>First row is data</source>
        <translation>첫 행부터 데이터</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="83"/>
        <source>&amp;Header:</source>
        <translation>머리글(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="91"/>
        <source>Values read as missing, separated by commas. Empty cells are always missing.</source>
        <translation>결측으로 읽을 값을 쉼표로 구분해 적습니다. 빈 셀은 항상 결측입니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="92"/>
        <source>&amp;Missing values:</source>
        <translation>결측값(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="94"/>
        <source>Skip malformed rows and count them, instead of stopping</source>
        <translation>잘못된 행에서 멈추지 않고 건너뛴 뒤 개수를 셉니다</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="105"/>
        <source>&amp;Table:</source>
        <translation>테이블(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="108"/>
        <source>Optional: SELECT ... (replaces the table)</source>
        <translation>선택 사항: SELECT ... (테이블 대신 사용)</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="109"/>
        <source>&amp;Query:</source>
        <translation>쿼리(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="127"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="127"/>
        <source>Read as</source>
        <translation>읽을 형식</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="138"/>
        <source>&amp;Load</source>
        <translation>불러오기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="160"/>
        <source>Reading the list of tables…</source>
        <translation>테이블 목록을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="163"/>
        <source>Listing the tables of %1</source>
        <translation>%1의 테이블 목록 읽는 중</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="227"/>
        <source>Reading a preview…</source>
        <translation>미리 보기를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="230"/>
        <source>Preview of %1</source>
        <translation>%1 미리 보기</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="247"/>
        <source>%1-delimited</source>
        <translation>%1 구분</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="249"/>
        <source>header row</source>
        <translation>머리글 행 있음</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="249"/>
        <source>no header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="250"/>
        <source>decimal comma</source>
        <translation>소수점 쉼표</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data/import_dialog.cpp" line="251"/>
        <source>Detected: %1. Showing the first %n row(s).</source>
        <translation>
            <numerusform>감지됨: %1. 처음 %n행을 보여 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="271"/>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/import_dialog.cpp" line="283"/>
        <source>Cannot read this file with these settings:
%1</source>
        <translation>이 설정으로는 파일을 읽을 수 없습니다:
%1</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <location filename="../ui/main/log_dock.cpp" line="13"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="53"/>
        <location filename="../ui/main/main_window.cpp" line="288"/>
        <source>ML Workbench</source>
        <translation>ML 워크벤치</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="58"/>
        <source>Filter rows: show rows with a cell containing…</source>
        <translation>행 필터: 다음 내용을 포함한 셀이 있는 행만 표시…</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="85"/>
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="92"/>
        <source>Train and Evaluate</source>
        <translation>학습 및 평가</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="101"/>
        <source>Profile</source>
        <translation>프로파일</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="121"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="122"/>
        <source>&amp;Open Dataset...</source>
        <translation>데이터셋 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="124"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="126"/>
        <source>&amp;Export as CSV...</source>
        <translation>CSV로 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="127"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="132"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="133"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="135"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="145"/>
        <source>&amp;About ML Workbench</source>
        <translation>ML 워크벤치 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="146"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="151"/>
        <source>Open a dataset with File &gt; Open Dataset, or drop a file here.</source>
        <translation>파일 &gt; 데이터셋 열기로 데이터셋을 열거나 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="159"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="160"/>
        <source>Stop the running job</source>
        <translation>실행 중인 작업을 멈춥니다</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="170"/>
        <source>%L1 rows</source>
        <translation>%L1행</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="172"/>
        <source>Showing %L1 of %L2 rows</source>
        <translation>%L2행 중 %L1행 표시</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="195"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="197"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="240"/>
        <source>Open Dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="241"/>
        <source>Data files (*.csv *.tsv *.tab *.txt *.arff *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.tab *.txt *.arff *.sqlite *.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="254"/>
        <source>Loading %1</source>
        <translation>%1 불러오는 중</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="265"/>
        <source>Cannot open dataset</source>
        <translation>데이터셋을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="266"/>
        <source>The dataset could not be opened.</source>
        <translation>데이터셋을 열지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="276"/>
        <source>%1: %L2 rows × %L3 columns</source>
        <translation>%1: %L2행 × %L3열</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="280"/>
        <source> (%n warning(s), see the Log)</source>
        <translation>
            <numerusform> (경고 %n개, 로그를 확인하세요)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="288"/>
        <source>%1 — ML Workbench</source>
        <translation>%1 — ML 워크벤치</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="309"/>
        <source>Open a dataset first: there is nothing to export.</source>
        <translation>먼저 데이터셋을 여세요. 내보낼 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="316"/>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="316"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="326"/>
        <source>Exporting %1</source>
        <translation>%1 내보내는 중</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="334"/>
        <source>Exported %L1 rows to %2</source>
        <translation>%L1행을 %2에 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="340"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="379"/>
        <source>About ML Workbench</source>
        <translation>ML 워크벤치 정보</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="380"/>
        <source>&lt;h3&gt;ML Workbench %1&lt;/h3&gt;&lt;p&gt;Explore data, build pipelines and compare models, all on your own machine.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;ML 워크벤치 %1&lt;/h3&gt;&lt;p&gt;데이터를 탐색하고 파이프라인을 만들고 모델을 비교하세요. 모두 내 컴퓨터에서 합니다.&lt;/p&gt;&lt;p&gt;사용한 라이브러리:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="91"/>
        <source>%L1 (%2%)</source>
        <translation>%L1 (%2%)</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="102"/>
        <source>top: %1</source>
        <translation>최빈값: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="112"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="113"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="114"/>
        <source>Missing</source>
        <translation>결측</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="115"/>
        <source>Distinct</source>
        <translation>고유값</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="116"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="117"/>
        <source>Std. dev.</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="118"/>
        <source>Min</source>
        <translation>최소</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="119"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="120"/>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_model.cpp" line="121"/>
        <source>Distribution</source>
        <translation>분포</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="93"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="107"/>
        <source>Profile cancelled.</source>
        <translation>프로파일을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="109"/>
        <source>Profile failed: %1</source>
        <translation>프로파일 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="120"/>
        <location filename="../ui/data/profile_panel.cpp" line="128"/>
        <source>No dataset.</source>
        <translation>데이터셋이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data/profile_panel.cpp" line="131"/>
        <source>Profiling %Ln column(s)…</source>
        <translation>
            <numerusform>%Ln개 열 프로파일 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="133"/>
        <source>Profiling</source>
        <translation>프로파일 계산</translation>
    </message>
    <message>
        <location filename="../ui/data/profile_panel.cpp" line="143"/>
        <source>%L1 rows × %L2 columns</source>
        <translation>%L1행 × %L2열</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <location filename="../ui/models/run_controls.cpp" line="25"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="75"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="92"/>
        <source>Columns the model learns from; text columns are left out.</source>
        <translation>모델이 학습에 쓰는 열입니다. 텍스트 열은 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="95"/>
        <source>Holdout (stratified for classes)</source>
        <translation>홀드아웃 (클래스 비율 유지)</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="96"/>
        <source>k-fold cross-validation</source>
        <translation>k-겹 교차 검증</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="105"/>
        <source>Repeated k-fold: each repeat reshuffles the folds.</source>
        <translation>반복 k-겹: 반복할 때마다 겹을 새로 섞습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="112"/>
        <source>T&amp;arget:</source>
        <translation>목표(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="113"/>
        <source>&amp;Features:</source>
        <translation>특성(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="114"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="115"/>
        <location filename="../ui/models/train_panel.cpp" line="532"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="119"/>
        <source>&amp;Validation:</source>
        <translation>검증(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="120"/>
        <source>Test s&amp;hare:</source>
        <translation>테스트 비율(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="121"/>
        <source>F&amp;olds:</source>
        <translation>겹 수(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="122"/>
        <source>&amp;Repeats:</source>
        <translation>반복 횟수(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="123"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="132"/>
        <location filename="../ui/models/train_panel.cpp" line="501"/>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="132"/>
        <location filename="../ui/models/train_panel.cpp" line="501"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="132"/>
        <location filename="../ui/models/train_panel.cpp" line="504"/>
        <source>± std</source>
        <translation>± 표준편차</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="143"/>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="144"/>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="145"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="145"/>
        <source>Precision-recall</source>
        <translation>정밀도-재현율</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="145"/>
        <source>Predicted vs actual</source>
        <translation>예측값 대 실제값</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="146"/>
        <source>Residuals</source>
        <translation>잔차</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="146"/>
        <source>Cluster sizes</source>
        <translation>클러스터 크기</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="146"/>
        <source>Projection</source>
        <translation>투영</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="147"/>
        <source>Scree</source>
        <translation>스크리</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="149"/>
        <source>Train a model to see this chart.</source>
        <translation>모델을 학습하면 이 차트가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="157"/>
        <source>Leaderboard</source>
        <translation>순위표</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="170"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="174"/>
        <source>Tune</source>
        <translation>튜닝</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="407"/>
        <source>The column the model learns to predict; the model list shows the kinds that fit it. (none): clustering and decomposition, which use no target.</source>
        <translation>모델이 예측하도록 학습하는 열입니다. 모델 목록에는 이 열에 맞는 종류만 표시됩니다. (없음): 목표를 쓰지 않는 군집화 및 분해.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="75"/>
        <source>Training cancelled.</source>
        <translation>학습을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="75"/>
        <source>Cannot train: %1</source>
        <translation>학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="214"/>
        <source>Change target</source>
        <translation>목표 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="216"/>
        <source>Change features</source>
        <translation>특성 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="218"/>
        <source>Change model to %1</source>
        <translation>모델을 %1(으)로 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="220"/>
        <source>Change parameter %1</source>
        <translation>매개변수 %1 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="223"/>
        <source>Change validation</source>
        <translation>검증 방식 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="225"/>
        <source>Change folds</source>
        <translation>겹 수 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="225"/>
        <source>Change repeats</source>
        <translation>반복 횟수 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="225"/>
        <source>Change seed</source>
        <translation>시드 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="232"/>
        <source>Change test share</source>
        <translation>테스트 비율 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="308"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="317"/>
        <source>Open a dataset to train a model.</source>
        <translation>모델을 학습하려면 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="361"/>
        <source>&quot;%1&quot; holds dates and times: no model predicts it. Choose another target.</source>
        <translation>&quot;%1&quot; 열에는 날짜와 시간이 들어 있어 예측할 수 있는 모델이 없습니다. 다른 목표를 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="377"/>
        <source>Free text cannot be a feature yet.</source>
        <translation>자유 텍스트는 아직 특성으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="403"/>
        <source>%1 fits on all rows: there is nothing to hold out.</source>
        <translation>%1은(는) 모든 행으로 학습합니다. 따로 떼어 둘 검증 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="431"/>
        <source>Use tuned parameters</source>
        <translation>튜닝된 매개변수 사용</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="434"/>
        <source>Parameters copied from the search; press Train to fit them.</source>
        <translation>검색에서 매개변수를 복사했습니다. 학습을 눌러 적합하세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="458"/>
        <source>Choose at least one feature column.</source>
        <translation>특성 열을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="465"/>
        <source>Training %1</source>
        <translation>%1 학습 중</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="502"/>
        <source>Cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="503"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="518"/>
        <source>on a random sample of %L1 rows</source>
        <translation>무작위 표본 %L1행 기준</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="524"/>
        <source>PC%1 variance ratio</source>
        <translation>PC%1 분산 비율</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="528"/>
        <source>cluster %1 rows</source>
        <translation>클러스터 %1 행 수</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="532"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="532"/>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="534"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="547"/>
        <source>defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="548"/>
        <source>all rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="549"/>
        <source>%1-fold CV</source>
        <translation>%1-겹 교차 검증</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="550"/>
        <source>holdout %1%</source>
        <translation>홀드아웃 %1%</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="551"/>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <location filename="../ui/models/train_panel.cpp" line="564"/>
        <source>%1 on %L2 rows, %3 features.</source>
        <translation>%1: %L2행, 특성 %3개.</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="44"/>
        <source>PC%1 (%2%)</source>
        <translation>PC%1 (%2%)</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="75"/>
        <source>Cluster sizes are for clustering models.</source>
        <translation>클러스터 크기는 군집화 모델에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="76"/>
        <source>Rows per cluster</source>
        <translation>클러스터별 행 수</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="84"/>
        <source>cluster %1</source>
        <translation>클러스터 %1</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="96"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="97"/>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="109"/>
        <source>The projection is for clustering and decomposition models.</source>
        <translation>투영은 군집화 및 분해 모델에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="111"/>
        <source>Rows on the first two principal components, by cluster</source>
        <translation>처음 두 주성분 위의 행 (클러스터별 색)</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="112"/>
        <source>Rows on the first two components</source>
        <translation>처음 두 성분 위의 행</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="120"/>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="136"/>
        <source>centres</source>
        <translation>중심</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="162"/>
        <source>The scree chart is for decomposition models.</source>
        <translation>스크리 차트는 분해 모델에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="163"/>
        <source>Explained variance by component</source>
        <translation>성분별 설명된 분산</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="165"/>
        <source>variance ratio</source>
        <translation>분산 비율</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="168"/>
        <source>cumulative</source>
        <translation>누적</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="179"/>
        <source>PC%1</source>
        <translation>PC%1</translation>
    </message>
    <message>
        <location filename="../ui/models/unsupervised_charts.cpp" line="186"/>
        <source>Variance ratio</source>
        <translation>분산 비율</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="68"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="73"/>
        <source>&amp;Use these parameters</source>
        <translation>이 매개변수 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="83"/>
        <source>Grid: every combination of the lists</source>
        <translation>그리드: 목록의 모든 조합</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="84"/>
        <source>Random: draw candidates from lists and ranges</source>
        <translation>랜덤: 목록과 범위에서 후보 추출</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="88"/>
        <source>How many candidates a random search draws.</source>
        <translation>랜덤 검색이 추출할 후보 수입니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="91"/>
        <source>Default (accuracy or r2)</source>
        <translation>기본값 (accuracy 또는 r2)</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="96"/>
        <source>The metric candidates are ranked by; log_loss, brier, rmse, mae and mape rank lowest first.</source>
        <translation>후보의 순위를 정하는 지표입니다. log_loss, brier, rmse, mae, mape는 낮을수록 앞입니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="99"/>
        <source>Values to try</source>
        <translation>시도할 값</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="101"/>
        <source>Lists: 1,5,15. Ranges (random search only): 1:50, or 0.001:10:log. Empty: the value on the Train page.</source>
        <translation>목록: 1,5,15. 범위(랜덤 검색 전용): 1:50 또는 0.001:10:log. 비우면 학습 페이지의 값을 씁니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="109"/>
        <source>Searc&amp;h:</source>
        <translation>검색 방식(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="110"/>
        <source>Ca&amp;ndidates:</source>
        <translation>후보 수(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="111"/>
        <source>F&amp;olds:</source>
        <translation>겹 수(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="112"/>
        <source>S&amp;coring:</source>
        <translation>평가 지표(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="115"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="115"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="115"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="115"/>
        <source>± std</source>
        <translation>± 표준편차</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="115"/>
        <source>Fit (s)</source>
        <translation>적합 (초)</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="124"/>
        <source>Copy the selected candidate&apos;s parameters into the Train page&apos;s form.</source>
        <translation>선택한 후보의 매개변수를 학습 페이지의 양식에 복사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="68"/>
        <source>Search cancelled.</source>
        <translation>검색을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="68"/>
        <source>Cannot search: %1</source>
        <translation>검색할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="161"/>
        <source>Change search</source>
        <translation>검색 방식 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="163"/>
        <source>Change candidates</source>
        <translation>후보 수 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="165"/>
        <source>Change search folds</source>
        <translation>검색 겹 수 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="167"/>
        <source>Change scoring</source>
        <translation>평가 지표 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="173"/>
        <source>Change values to try for %1</source>
        <translation>%1의 시도할 값 변경</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="230"/>
        <source>Open a dataset to tune a model.</source>
        <translation>모델을 튜닝하려면 데이터셋을 여세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="258"/>
        <source>Tunes &lt;b&gt;%1&lt;/b&gt; for the target &lt;b&gt;%2&lt;/b&gt; with %3 feature columns and seed %4, as chosen on the Train page.</source>
        <translation>학습 페이지에서 고른 대로 대상 &lt;b&gt;%2&lt;/b&gt;에 대해 특성 열 %3개와 시드 %4로 &lt;b&gt;%1&lt;/b&gt;을(를) 튜닝합니다.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="283"/>
        <source>e.g. 1,5,15 or 1:50</source>
        <translation>예: 1,5,15 또는 1:50</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="284"/>
        <source>Whole numbers in %1.</source>
        <translation>%1 범위의 정수.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="287"/>
        <source>e.g. 0.1,1,10 or 0.001:100:log</source>
        <translation>예: 0.1,1,10 또는 0.001:100:log</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="288"/>
        <source>Numbers in %1.</source>
        <translation>%1 범위의 수.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="297"/>
        <source>e.g. 64;64,32 (values separated by ;)</source>
        <translation>예: 64;64,32 (값은 ;로 구분)</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="343"/>
        <source>Choose at least one feature column on the Train page.</source>
        <translation>학습 페이지에서 특성 열을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="351"/>
        <source>Tuning %1</source>
        <translation>%1 튜닝 중</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="381"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/models/tune_panel.cpp" line="408"/>
        <source>Best %1 %2 ± %3 with %4. %5 candidates × %6 folds in %7 s.</source>
        <translation>최고 %1 %2 ± %3, %4. 후보 %5개 × %6겹, %7초.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="55"/>
        <source>ML Workbench: explore data, train and compare models.</source>
        <translation>ML 워크벤치: 데이터를 탐색하고 모델을 학습하고 비교합니다.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="57"/>
        <source>Print the version and exit.</source>
        <translation>버전을 출력하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="60"/>
        <source>Open the dataset, save a picture of the window to &lt;file&gt;, and quit.</source>
        <translation>데이터셋을 열고 창 그림을 &lt;file&gt;에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="63"/>
        <source>A data file to open.</source>
        <translation>열 데이터 파일.</translation>
    </message>
</context>
<context>
    <name>mlwb::ui</name>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="61"/>
        <source>numeric (decimal)</source>
        <translation>숫자 (소수)</translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="62"/>
        <source>numeric (integer)</source>
        <translation>숫자 (정수)</translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="63"/>
        <source>boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="64"/>
        <source>categorical</source>
        <translation>범주형</translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="65"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="66"/>
        <source>date/time</source>
        <translation>날짜/시간</translation>
    </message>
    <message>
        <location filename="../ui/main/open_dataset_command.cpp" line="19"/>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
</context>
</TS>
