<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DataTableModel</name>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="55"/>
        <source>NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="57"/>
        <source>Missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/data_table_model.cpp" line="94"/>
        <source>%1
Type: %2
Missing: %L3 of %L4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data/data_view.cpp" line="56"/>
        <source>Sorting by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="32"/>
        <location filename="../ui/charts/histogram_view.cpp" line="49"/>
        <source>Select a column to see its distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="67"/>
        <source>%1: no values to plot (all %L2 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="72"/>
        <source> — %L1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="73"/>
        <source> — %L1 in other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/histogram_view.cpp" line="108"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <location filename="../ui/main/log_dock.cpp" line="13"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/main_window.cpp" line="43"/>
        <location filename="../ui/main/main_window.cpp" line="216"/>
        <source>ML Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="60"/>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="72"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="73"/>
        <source>&amp;Open Dataset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="75"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="81"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="82"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="84"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="89"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="93"/>
        <source>&amp;About ML Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="94"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="99"/>
        <source>Open a dataset with File &gt; Open Dataset, or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="108"/>
        <source>Stop the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="130"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="132"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="171"/>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="172"/>
        <source>Data files (*.csv *.tsv *.tab *.txt *.arff *.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="183"/>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="194"/>
        <source>Cannot open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="195"/>
        <source>The dataset could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="205"/>
        <source>%1: %L2 rows × %L3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="208"/>
        <source> (%n warning(s), see the Log)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="216"/>
        <source>%1 — ML Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="250"/>
        <source>About ML Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="251"/>
        <source>&lt;h3&gt;ML Workbench %1&lt;/h3&gt;&lt;p&gt;Explore data, build pipelines and compare models, all on your own machine.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="54"/>
        <source>ML Workbench: explore data, train and compare models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="56"/>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="59"/>
        <source>Open the dataset, save a picture of the window to &lt;file&gt;, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_gui.cpp" line="62"/>
        <source>A data file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlwb::ui</name>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="61"/>
        <source>numeric (decimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="62"/>
        <source>numeric (integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="63"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="64"/>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="65"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/data/type_icons.cpp" line="66"/>
        <source>date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/open_dataset_command.cpp" line="15"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
