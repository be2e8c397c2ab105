# واجهة سند بالعربية. لكل رسالة هنا نظيرتها في en.ftl (يتحقق من ذلك اختبار).
# الأعداد تختار صيغة الجمع بقواعد CLDR: zero one two few many other.

## الأحكام والمواقف والأنواع والأعمدة

verdict-unreviewed = لم تُراجَع
verdict-verified = صحيح
verdict-disputed = متنازع عليه
verdict-false = خاطئ
verdict-misleading = مضلِّل
verdict-unverifiable = لا يمكن التحقق منه
verdict-not-checkable = غير قابل للتحقق
stance-supports = يؤيد
stance-refutes = يدحض
stance-context = سياق
kind-number = رقم
kind-date = تاريخ
kind-quote = اقتباس
kind-attribution = إسناد
kind-comparison = مقارنة
kind-named-entity = اسم علم
kind-causal = سببية
kind-prediction = توقع
kind-opinion = رأي
kind-question = سؤال
column-claim = الادعاء
column-kinds = الأنواع
column-worth = الأهمية
column-attributed-to = منسوب إلى
column-sources = المصادر
column-seen = سبق
column-verdict = الحكم
column-updated = آخر تعديل
signal-figure = فيه رقم
signal-date = فيه تاريخ
signal-quote = يقتبس أحدًا
signal-attribution = يذكر القائل
signal-comparison = يقارن
signal-named-entity = يسمّي شخصًا أو شيئًا
signal-causal = يذكر سببًا
signal-prediction = يتوقع
signal-opinion = كلمة رأي
signal-question = سؤال
signal-short = قصير جدًا
signal-long = جملة طويلة
edit-verdict = الحكم
edit-note = الملاحظة
edit-add-source = إضافة مصدر
edit-edit-source = تعديل مصدر
edit-remove-source = حذف مصدر
edit-new-claim = ادعاء جديد
edit-delete-claim = حذف ادعاء
edit-split-claim = تقسيم ادعاء
edit-merge-claims = دمج ادعاءين
edit-change-claims = تغيير الادعاءات
edit-reattach-claim = إعادة ربط ادعاء
edit-direction = اتجاه الفقرات
edit-resolve-conflict = حل تعارض
edit-merge-review = دمج مراجعة
edit-replace-review = استبدال المراجعة
edit-dismiss-match = تجاهل مطابقة
edit-several = عدة تغييرات
direction-auto = تلقائي (لكل فقرة)
direction-rtl = من اليمين إلى اليسار
direction-ltr = من اليسار إلى اليمين

## اللغات

language-am = الأمهرية
language-ar = العربية
language-be = البيلاروسية
language-bg = البلغارية
language-ca = الكتالونية
language-cs = التشيكية
language-da = الدنماركية
language-de = الألمانية
language-el = اليونانية
language-en = الإنجليزية
language-es = الإسبانية
language-fa = الفارسية
language-fi = الفنلندية
language-fr = الفرنسية
language-he = العبرية
language-hi = الهندية
language-hr = الكرواتية
language-hu = المجرية
language-hy = الأرمنية
language-id = الإندونيسية
language-it = الإيطالية
language-ja = اليابانية
language-kk = الكازاخية
language-mk = المقدونية
language-mr = الماراثية
language-my = البورمية
language-nl = الهولندية
language-pl = البولندية
language-pt = البرتغالية
language-ro = الرومانية
language-ru = الروسية
language-sk = السلوفاكية
language-sr = الصربية
language-sv = السويدية
language-tr = التركية
language-uk = الأوكرانية
language-ur = الأردية
language-vi = الفيتنامية
language-zh = الصينية

## الإجراءات: عناصر القوائم ووصفها

action-new-from-article = مراجعة جديدة من مقال…
action-open = فتح…
action-save = حفظ
action-save-as = حفظ باسم…
action-export-claimreview = تصدير ClaimReview JSON-LD…
action-export-csv = تصدير CSV…
action-export-markdown = تصدير تقرير Markdown…
action-export-html = تصدير تقرير HTML…
action-merge-review = دمج مراجعة…
action-quit = خروج
action-undo = تراجع
action-redo = إعادة
action-find = بحث
action-select-all-shown = تحديد كل الادعاءات المعروضة
action-next-claim = الادعاء التالي
action-previous-claim = الادعاء السابق
action-next-unreviewed = الادعاء التالي غير المراجَع
action-set-verdict = الحكم: { $verdict }
action-claim-from-selection = ادعاء من التحديد
action-split-claim = تقسيم الادعاء هنا
action-merge-with-next = دمج الادعاء مع التالي
action-delete-claim = حذف الادعاء
action-write-note = كتابة ملاحظة
action-update-article = تحديث المقال…
action-clear-marks = إلغاء تحديد الصفوف
action-toggle-highlights = إبراز الادعاءات
action-zoom-in = تكبير
action-zoom-out = تصغير
action-actual-size = الحجم الفعلي
action-larger-text = تكبير نص المقال
action-smaller-text = تصغير نص المقال
action-use-match = استخدام هذا التحقق
action-use-match-with-verdict = استخدام هذا التحقق وحكمه
action-dismiss-matches = تجاهل الاقتراحات
action-show-library = المكتبة
action-show-shortcuts = اختصارات لوحة المفاتيح
action-show-about = عن سند
action-new-from-article-about = مراجعة جديدة من مقال
action-open-about = فتح مراجعة أو مقال
action-save-about = حفظ المراجعة
action-save-as-about = حفظ المراجعة في ملف آخر
action-export-about = تصدير المراجعة للنشر أو لجداول البيانات
action-merge-review-about = دمج مراجعة زميل للمقال نفسه
action-quit-about = الخروج
action-undo-about = التراجع
action-redo-about = الإعادة
action-find-about = البحث عن الادعاءات بكلماتها
action-select-all-shown-about = تحديد كل ادعاء يعرضه الجدول
action-next-claim-about = الادعاء التالي
action-previous-claim-about = الادعاء السابق
action-next-unreviewed-about = الادعاء التالي غير المراجَع
action-set-verdict-about = الحكم «{ $verdict }» للادعاء (أو لكل صف محدد)
action-claim-from-selection-about = جعل النص المحدد في المقال ادعاءً
action-split-claim-about = تقسيم الادعاء حيث نقرت فيه
action-merge-with-next-about = دمج الادعاء مع التالي
action-delete-claim-about = حذف الادعاء
action-write-note-about = الكتابة في ملاحظة الادعاء (Escape أو نقرة في مكان آخر للإنهاء)
action-update-article-about = إعادة ربط الادعاءات بمقال مصحَّح
action-clear-marks-about = إلغاء تحديد الصفوف
action-toggle-highlights-about = إظهار الإبراز أو إخفاؤه
action-zoom-in-about = التكبير
action-zoom-out-about = التصغير
action-actual-size-about = العودة إلى الحجم الفعلي
action-larger-text-about = تكبير نص المقال
action-smaller-text-about = تصغير نص المقال
action-use-match-about = إضافة أفضل مطابقة من المكتبة مصدرًا (لكل صف محدد)
action-use-match-with-verdict-about = إضافة أفضل مطابقة مصدرًا وإعطاء الادعاء حكمها
action-dismiss-matches-about = تجاهل اقتراحات المكتبة للادعاء (أو لكل صف محدد)
action-show-library-about = البحث في التحققات واستيرادها إلى المكتبة
action-show-shortcuts-about = عرض اختصارات لوحة المفاتيح
action-show-about-about = عن سند
shortcut-or = { " " }أو{ " " }
tooltip-with-keys = { $about } ({ $keys })

## أزرار وكلمات تتكرر

button-ok = موافق
button-cancel = إلغاء
button-discard = تجاهل التغييرات
list-separator = ،{ " " }
window-title = { $name } — سند

## القوائم

menu-file = ملف
menu-edit = تحرير
menu-review = مراجعة
menu-view = عرض
menu-help = مساعدة
menu-open-recent = فتح ملف حديث
menu-no-recent-files = لا ملفات حديثة
menu-reopen-as = إعادة فتح المقال بترميز
menu-export = تصدير
menu-settings = الإعدادات
menu-verdict = الحكم
menu-article-language = لغة المقال
menu-article-language-about = إعادة تقسيم الجمل والادعاءات بقواعد هذه اللغة، مع الإبقاء على الادعاءات المراجَعة
menu-language-with-tag = { $language } ({ $tag })
menu-undo-what = { $action } { $what }
menu-checkbox-with-keys = { $label }  { $keys }
menu-interface-language = لغة الواجهة
interface-language-system = لغة النظام ({ $language })
menu-digits = الأرقام
digits-western = الأرقام الغربية (0–9)
digits-arabic-indic = الأرقام العربية المشرقية (٠–٩)
theme-light = فاتح
theme-dark = داكن
theme-system = حسب النظام
settings-your-name = اسمك (يُسجَّل مع كل تغيير):
settings-organisation = المؤسسة (مؤلف ClaimReview):
settings-review-url = عنوان صفحة التحقق (رابط ClaimReview):
settings-save-page-now = أرشيف الإنترنت (احفظ الصفحة الآن)…
settings-save-page-now-about = اطلب من أرشيف الإنترنت حفظ نسخة عامة من كل مصدر تؤرشفه

## المساعدة

shortcuts-click = { $command }+نقرة، Shift+نقرة
shortcuts-click-about = تحديد عدة صفوف؛ ثم ينطبق مفتاح الحكم عليها كلها
shortcuts-copy-about = نسخ النص المحدد من المقال
shortcuts-us-keyboard = أسماء المفاتيح كما هي مطبوعة على لوحة المفاتيح الأمريكية: مع تخطيط آخر (العربية، الفارسية، العبرية، الروسية، AZERTY) اضغط المفتاح الذي في المكان نفسه. وتقبل مفاتيح الأحكام أيضًا ١–٧.
about-title = سند { $version }
about-what = منضدة للتحقق من الأخبار: المقال بجانب ادعاءاته القابلة للتحقق، لكل منها مصادره وحكمه.
about-fonts = الخطوط: Noto Sans وNoto Naskh Arabic (رخصة SIL Open Font License).
about-licence = الرخصة: MIT أو Apache-2.0.
welcome-title = أهلًا بك في سند
welcome-your-name = اسمك، يُسجَّل مع كل تغيير تجريه:
welcome-continue = متابعة

## جهة المقال

toolbar-direction = اتجاه الفقرات
toolbar-select-first = حدد نصًا من المقال بالفأرة أولًا
article-claim-label = الادعاء { $id }: { $text } ({ $verdict })
conflicts-heading = { $count ->
    [one] تعارض دمج واحد يحتاج إلى حل
    [two] تعارضا دمج يحتاجان إلى حل
    [few] { $count } تعارضات دمج تحتاج إلى حل
    [many] { $count } تعارضًا في الدمج تحتاج إلى حل
   *[other] { $count } تعارض دمج تحتاج إلى حل
}
conflict-field = الادعاء رقم { $claim } · { $field }:
conflict-keep-ours = إبقاء نسختنا: { $value }
conflict-take-theirs = أخذ نسختهم: { $value }
orphans-heading = { $count ->
    [one] لم يُعثر على ادعاء واحد في المقال المحدَّث: حدد نصه في المقال واربطه به
    [two] لم يُعثر على ادعاءين في المقال المحدَّث: حدد نصهما في المقال واربطهما به
    [few] لم يُعثر على { $count } ادعاءات في المقال المحدَّث: حدد نصوصها في المقال واربطها به
    [many] لم يُعثر على { $count } ادعاءً في المقال المحدَّث: حدد نصوصها في المقال واربطها به
   *[other] لم يُعثر على { $count } ادعاء في المقال المحدَّث: حدد نصوصها في المقال واربطها به
}
orphans-attach = ربط بالتحديد
orphan-line = رقم { $id } { $verdict }

## جدول الادعاءات

filter-find = بحث:
filter-find-hint = نص أو مصدر أو ملاحظة (Ctrl+F)
filter-verdict = الحكم:
filter-any-verdict = كل الأحكام
filter-kind = النوع:
filter-any-kind = كل الأنواع
filter-checked-before = سبق التحقق منه
filter-checked-before-about = الادعاءات التي لها مطابقة قوية في مكتبة التحققات فقط
filter-clear = مسح
filter-count = { $shown } من { $total }
sort-by = الترتيب حسب { $column }
worthiness-figure = أهمية التحقق { $value }
seen-label = سبق التحقق منه: { $verdict } (مطابقة { $percent }٪)
seen-about = سبق التحقق منه: مطابقة قوية في المكتبة، حكمها { $verdict } ({ $percent }٪ من كلمات الادعاء)
bulk-selected = { $count ->
    [one] ادعاء واحد محدد:
    [two] ادعاءان محددان:
    [few] { $count } ادعاءات محددة:
    [many] { $count } ادعاءً محددًا:
   *[other] { $count } ادعاء محدد:
}
bulk-clear = إلغاء التحديد

## لوحة التفاصيل

detail-no-claim = لم يُحدَّد ادعاء.
detail-claim = الادعاء رقم { $id }
detail-in-sentence = في جملته:
detail-attributed-to = منسوب إلى
detail-kinds = الأنواع: { $kinds }
detail-worthiness-about = مدى استحقاق الادعاء للتحقق، من 0 إلى 1، وما أثّر فيه أكثر
detail-verdict = الحكم:
verdict-with-key = { $key } { $verdict }
detail-note = ملاحظة
detail-note-hint = ملاحظة على هذا الادعاء
detail-sources = المصادر ({ $count })
detail-add-source = إضافة مصدر…
detail-delete = حذف
detail-merge-with-next = دمج مع التالي
detail-split-here = تقسيم هنا
split-how = انقر كلمة داخل الادعاء في المقال لتختار موضع التقسيم
signal-wording = صياغته
reason-with-sign = { $reason } ({ $sign })
source-untitled = (بلا عنوان)
source-remove = إزالة
source-edit = تعديل
source-accessed = اطُّلع عليه في { $date }
source-form-add = إضافة مصدر
source-form-edit = تعديل المصدر
source-address = العنوان (http أو https):
source-title = العنوان الرئيسي
source-publisher = الناشر
source-excerpt = مقتطف
source-stance = الموقف:
source-accessed-field = تاريخ الاطلاع:
source-save = حفظ المصدر
source-bad-address = العنوان: { $reason }.
source-needs-address-or-title = أعطِ المصدر عنوانًا إلكترونيًا أو عنوانًا رئيسيًا.
source-bad-date = تاريخ الاطلاع: اكتب التاريخ بالصيغة YYYY-MM-DD.
link-open-in-browser = فتح في المتصفح
link-not-opened = لم يُفتح: { $reason }
history-heading = السجل ({ $count })
history-none = لا تغييرات بعد.
history-set = { $field }: { $new }
history-removed = { $field }: حُذف { $old }
history-changed = { $field }: كان { $old }، وصار { $new }

## هل سبق التحقق منه؟ والمكتبة

matches-heading = هل سبق التحقق منه؟ ({ $count })
matches-opening-library = جارٍ فتح المكتبة…
matches-no-library = لا توجد مكتبة تحققات
matches-matching = جارٍ البحث عن مطابقات…
matches-dismiss-all = تجاهل الكل
match-no-rating = (بلا تقييم)
match-desk-review = مراجعة فريقنا
match-strength = مطابقة { $percent }٪
match-and-its-verdict = …وحكمه
match-dismiss = تجاهل
match-open-fact-check = فتح التحقق
match-open-review = فتح تلك المراجعة
match-open-review-about = { $file } (الادعاء رقم { $claim })
matches-used = { $count ->
    [one] استُخدمت مطابقة لادعاء واحد
    [two] استُخدمت مطابقات لادعاءين
    [few] استُخدمت مطابقات لـ{ $count } ادعاءات
    [many] استُخدمت مطابقات لـ{ $count } ادعاءً
   *[other] استُخدمت مطابقات لـ{ $count } ادعاء
}
no-match-to-use = لا مطابقة في المكتبة يمكن استخدامها لهذا الادعاء
no-suggestions-to-dismiss = لا اقتراحات لتجاهلها
suggestions-dismissed = { $count ->
    [one] تُجوهل اقتراح واحد
    [two] تُجوهل اقتراحان
    [few] تُجوهلت { $count } اقتراحات
    [many] تُجوهل { $count } اقتراحًا
   *[other] تُجوهل { $count } اقتراح
}
library-could-not-open = تعذّر فتح المكتبة
library-opening = جارٍ فتح المكتبة…
library-no-folder = لا يوجد مجلد لمكتبة التحققات (عيّن $SANAD_LIBRARY).
library-no-folder-to-import = لا يوجد مجلد لمكتبة التحققات للاستيراد إليه
library-counts = { $imported ->
    [zero] لا تحققات مستوردة
    [one] تحقق واحد مستورد
    [two] تحققان مستوردان
    [few] { $imported } تحققات مستوردة
    [many] { $imported } تحققًا مستوردًا
   *[other] { $imported } تحقق مستورد
}، { $reviewed ->
    [zero] ولا ادعاءات محكوم عليها في مراجعات الفريق
    [one] وادعاء واحد محكوم عليه في مراجعات الفريق
    [two] وادعاءان محكوم عليهما في مراجعات الفريق
    [few] و{ $reviewed } ادعاءات محكوم عليها في مراجعات الفريق
    [many] و{ $reviewed } ادعاءً محكومًا عليه في مراجعات الفريق
   *[other] و{ $reviewed } ادعاء محكوم عليه في مراجعات الفريق
}
library-import = استيراد تحققات…
library-scan = فحص مجلدات المراجعات
library-scan-about = البحث من جديد عن المراجعات التي تغيّرت في مجلدات المكتبة
library-kept-in = محفوظة في { $folder }
library-never = أبدًا
library-folder = المراجعات في { $folder } — آخر فحص { $when }
library-search = بحث:
library-rating = التقييم:
library-any-rating = كل التقييمات
library-publisher = الناشر:
library-language = اللغة:
library-newest = أحدث { $count } (اكتب للبحث)
library-found = { $count ->
    [zero] لم يُعثر على شيء
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
library-importing = جارٍ استيراد { $file }…
library-imported = استُورد { $file }: أُضيف { $added }، وحُدّث { $updated }، وتُخطّي { $skipped } ({ $total } تحققًا في المكتبة)
library-not-imported = لم يُستورد: { $reason }
library-import-stopped = توقف الاستيراد على نحو غير متوقع
threshold-marks = ٪ تَسِم الادعاء
threshold-marks-about = مطابقة بهذه القوة تَسِم الادعاء بأنه «سبق التحقق منه»
threshold-suggested = ٪ تُقترح
threshold-suggested-about = مطابقة بهذه القوة تُدرج تحت الادعاء
threshold-not-before = ليس أقدم من (YYYY-MM-DD):
threshold-defaults = القيم الافتراضية

## شريط الحالة

status-not-saved-yet = لم تُحفظ بعد
status-unsaved = تغييرات غير محفوظة
status-language-encoding = { $language } · { $encoding }
status-progress = روجع { $reviewed } من { $total }
status-verdict-count = { $verdict } { $count }
status-dismiss = إغلاق

## الملفات: الفتح والحفظ والتصدير والدمج

prompt-open = فتح مقال أو مراجعة
prompt-new-from-article = مراجعة جديدة من مقال
prompt-save-as = حفظ المراجعة باسم
prompt-update-article = تحديث المقال (إعادة ربط الادعاءات)
prompt-export-claimreview = تصدير ClaimReview JSON-LD
prompt-export-csv = تصدير CSV
prompt-export-markdown = تصدير تقرير Markdown
prompt-export-html = تصدير تقرير HTML
prompt-merge = دمج مراجعة زميل
prompt-import-fact-checks = استيراد تحققات إلى المكتبة
prompt-file = الملف:
prompt-browse = استعراض…
prompt-type-a-path = اكتب مسار ملف أو اختره عبر «استعراض…».
filter-reviews = مراجعات سند
filter-articles = مقالات (.txt .md .html .htm)
filter-articles-and-reviews = مقالات ومراجعات
filter-fact-checks = تحققات (ClaimReview JSON، JSON Lines، CSV)
opened = { $claims ->
    [zero] فُتح { $file }: لا ادعاءات، الترميز { $encoding }
    [one] فُتح { $file }: ادعاء واحد، الترميز { $encoding }
    [two] فُتح { $file }: ادعاءان، الترميز { $encoding }
    [few] فُتح { $file }: { $claims } ادعاءات، الترميز { $encoding }
    [many] فُتح { $file }: { $claims } ادعاءً، الترميز { $encoding }
   *[other] فُتح { $file }: { $claims } ادعاء، الترميز { $encoding }
}
reopened = { $claims ->
    [zero] أُعيد فتح { $file }: لا ادعاءات، الترميز { $encoding }
    [one] أُعيد فتح { $file }: ادعاء واحد، الترميز { $encoding }
    [two] أُعيد فتح { $file }: ادعاءان، الترميز { $encoding }
    [few] أُعيد فتح { $file }: { $claims } ادعاءات، الترميز { $encoding }
    [many] أُعيد فتح { $file }: { $claims } ادعاءً، الترميز { $encoding }
   *[other] أُعيد فتح { $file }: { $claims } ادعاء، الترميز { $encoding }
}
opening-progress = جارٍ فتح { $file }: القراءة وفك الترميز واستخراج الادعاءات… { $seconds } ث
reopen-only-articles = لا يُعاد فتح إلا مقال فُتح في هذه الجلسة
unsaved-title = تغييرات غير محفوظة
unsaved-before-new = هل تحفظ التغييرات في { $name } قبل بدء مراجعة جديدة؟
unsaved-before-open = هل تحفظ التغييرات في { $name } قبل فتح ملف آخر؟
unsaved-before-reopen = هل تحفظ التغييرات في { $name } قبل إعادة فتح المقال؟
unsaved-before-close = هل تحفظ التغييرات في { $name } قبل الإغلاق؟
unsaved-this-before-new = هل تحفظ التغييرات في هذه المراجعة قبل بدء مراجعة جديدة؟
unsaved-this-before-open = هل تحفظ التغييرات في هذه المراجعة قبل فتح ملف آخر؟
unsaved-this-before-reopen = هل تحفظ التغييرات في هذه المراجعة قبل إعادة فتح المقال؟
unsaved-this-before-close = هل تحفظ التغييرات في هذه المراجعة قبل الإغلاق؟
error-dialog-title = تعذّر فتح الملف
could-not-open = تعذّر فتح { $file }: { $reason }
could-not-read = تعذّرت قراءة { $file }: { $reason }
could-not-save = تعذّر حفظ { $file }: { $reason }
could-not-export = تعذّر التصدير إلى { $file }: { $reason }
could-not-merge = تعذّر دمج { $file }: { $reason }
not-saved-changed = لم يُحفظ: تغيّر { $file } على القرص منذ فتحه
still-saving = ما زال الحفظ جاريًا؛ حاول بعد لحظة
saving = جارٍ حفظ { $file }…
saved = حُفظ { $file }
exported = صُدّر { $file }
merged = { $conflicts ->
    [zero] دُمج { $file } (بلا تعارضات)
    [one] دُمج { $file } (تعارض واحد يحتاج إلى حل)
    [two] دُمج { $file } (تعارضان يحتاجان إلى حل)
    [few] دُمج { $file } ({ $conflicts } تعارضات تحتاج إلى حل)
    [many] دُمج { $file } ({ $conflicts } تعارضًا يحتاج إلى حل)
   *[other] دُمج { $file } ({ $conflicts } تعارض يحتاج إلى حل)
}
updated-article = حُدّث المقال من { $file }: رُبط { $placed }، ولم يُعثر على { $orphans }
work-exporting = تصدير { $file }
work-merging = دمج { $file }
work-updating = تحديث المقال من { $file }
work-relanguage = إعادة استخراج الادعاءات بلغة { $language }
relanguaged = صارت لغة المقال { $language }: { $sentences } جملة، { $claims } ادعاء
work-running = { $doing }…
work-still-running = ما زالت عملية «{ $doing }» جارية؛ حاول حين تنتهي
work-stopped = توقفت عملية «{ $doing }» على نحو غير متوقع
work-edited-meanwhile = لم يُنفَّذ: عُدّلت المراجعة أثناء «{ $doing }»؛ أعد المحاولة
disk-title = تغيّر الملف على القرص
disk-question = حفظ شخص آخر { $name } منذ فتحته. الحفظ الآن يمحو تغييراته.
disk-merge = دمج نسختهم في نسختي
disk-merge-about = الجمع بين النسختين؛ ما تغيّر بطريقتين يُدرج تعارضًا
disk-reload = إعادة تحميل نسختهم
disk-reload-about = فتح الملف كما هو على القرص؛ تضيع تغييراتك غير المحفوظة
disk-overwrite = الكتابة فوقها بنسختي
disk-overwrite-about = حفظ نسختك فوق نسختهم (يُحتفظ بالملف السابق باسم ‎.bak)
disk-merged = { $conflicts ->
    [zero] دُمجت النسخة التي على القرص (بلا تعارضات)؛ احفظ للإبقاء على النتيجة
    [one] دُمجت النسخة التي على القرص (تعارض واحد يحتاج إلى حل)؛ احفظ للإبقاء على النتيجة
    [two] دُمجت النسخة التي على القرص (تعارضان يحتاجان إلى حل)؛ احفظ للإبقاء على النتيجة
    [few] دُمجت النسخة التي على القرص ({ $conflicts } تعارضات تحتاج إلى حل)؛ احفظ للإبقاء على النتيجة
    [many] دُمجت النسخة التي على القرص ({ $conflicts } تعارضًا يحتاج إلى حل)؛ احفظ للإبقاء على النتيجة
   *[other] دُمجت النسخة التي على القرص ({ $conflicts } تعارض يحتاج إلى حل)؛ احفظ للإبقاء على النتيجة
}
recovery-title = استعادة العمل غير المحفوظ؟
recovery-question = أُغلق سند وفي هذه المراجعة تغييرات غير محفوظة (آخر تغيير { $when }).
recovery-restore = استعادة
restored-unsaved = استُعيد العمل غير المحفوظ: احفظ للإبقاء عليه
could-not-write-recovery = تعذّرت كتابة نسخة الاستعادة: { $reason }
could-not-write-recovery-stopped = تعذّرت كتابة نسخة الاستعادة

## التحرير

undone = تم التراجع
redone = تمت الإعادة
could-not-undo = تعذّر التراجع: { $reason }
could-not-redo = تعذّرت الإعادة: { $reason }
nothing-to-undo = لا شيء للتراجع عنه
nothing-to-redo = لا شيء لإعادته
could-not-edit = لم يُنفَّذ: { $reason }
claims-marked = { $count ->
    [one] ادعاء واحد حُكم عليه بـ«{ $verdict }»
    [two] ادعاءان حُكم عليهما بـ«{ $verdict }»
    [few] { $count } ادعاءات حُكم عليها بـ«{ $verdict }»
    [many] { $count } ادعاءً حُكم عليها بـ«{ $verdict }»
   *[other] { $count } ادعاء حُكم عليها بـ«{ $verdict }»
}
every-claim-has-verdict = لكل ادعاء معروض حكم
select-text-first = حدد نصًا من المقال أولًا

## أسباب الإخفاق (الجملة المحيطة تسمّي الملف)

error-address-empty = العنوان فارغ
error-address-not-web = لا تُفتح إلا عناوين http:// وhttps://
error-address-no-host = لا اسم مضيف في العنوان
error-address-bad-characters = في العنوان مسافات أو محارف تحكّم أو أحد المحارف < > " ` {"{"} {"}"} | \ ^
error-address-hidden-characters = في العنوان محارف اتجاه خفية أو محارف بلا عرض
error-address-credentials = في العنوان اسم مستخدم قبل المضيف (تمويه: المضيف الحقيقي بعد @)
error-address-malformed = العنوان غير سليم البنية ({ $detail })
error-read-not-found = لا يوجد ملف بهذا الاسم
error-read-directory = إنه مجلد لا ملف
error-read-not-regular = ليس ملفًا عاديًا
error-read-too-large = حجمه أكبر من اللازم ({ $size } بايت؛ الحد { $limit })
error-read-io = { $detail }
error-read-stopped = توقفت قراءته على نحو غير متوقع
error-import-empty = الملف فارغ
error-import-binary = ليس ملفًا نصيًا
error-import-is-review = إنه مراجعة لسند لا مقال
error-import-unsupported = صيغة غير مدعومة (يفتح سند النصوص وMarkdown وصفحات الويب المحفوظة: ‎.txt ‎.md ‎.html)
error-load-empty = الملف فارغ
error-load-not-utf8 = الملف ليس نصًا بترميز UTF-8 (بايت غير صالح عند الموضع { $offset })
error-load-syntax = خطأ في البنية عند السطر { $line }، العمود { $column }: { $detail }
error-load-wrong-format = ليس مراجعة لسند (وسم الصيغة «{ $tag }»)
error-load-future-version = كتبته نسخة أحدث من سند (نسخة الملف { $found }، وهذه النسخة تقرأ حتى { $supported })؛ حدّث سند
error-load-unknown-version = نسخة ملف غير معروفة { $version }
error-load-invalid = الملف تالف: { $detail }
error-save-encode = تعذّر ترميز المراجعة: { $detail }
error-save-refused = لم يُستبدل الملف: { $detail }
error-save-too-large = ستصنع المراجعة ملفًا من { $size } بايت على الأقل، أكبر من { $limit } بايت يقرؤها سند؛ لم يُكتب شيء
error-save-changed = غيّره شخص آخر منذ فتحه؛ لم يُكتب شيء
error-save-invalid = لم يُكتب شيء: لن تكون النتيجة مراجعة صالحة ({ $detail })
error-save-busy = يحفظه برنامج آخر الآن؛ حاول مجددًا
error-save-io = { $detail }
error-save-stopped = توقف الحفظ على نحو غير متوقع

## التواريخ

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-day-month-time = { $day } { $month } { $time }
date-full = { $day } { $month } { $year }، الساعة { $time } بتوقيت UTC
date-day = { $day } { $month } { $year }

## أسباب إخفاق تعديل أو دمج أو المكتبة

error-edit-ids-exhausted = استنفدت المراجعة كل أرقام الادعاءات؛ لا يمكن إنشاء ادعاء جديد
error-edit-no-claim = لا يوجد ادعاء رقم { $claim }
error-edit-no-source = ليس للادعاء { $claim } مصدر رقم { $index }
error-edit-bad-span = التحديد ليس مدى صالحًا من نص المقال
error-edit-bad-split = لا يمكن تقسيم الادعاء { $claim } هنا: يحتاج كل جزء إلى كلمات
error-edit-nothing-to-merge = الادعاء { $claim } هو الأخير: لا شيء بعده لدمجه معه
error-edit-duplicate = الادعاء { $claim } موجود بالفعل
error-edit-no-change = لا شيء يتغيّر
error-edit-no-conflict = لا يوجد تعارض رقم { $index }
error-edit-no-orphan = لا يوجد ادعاء غير مربوط رقم { $index }
error-merge-different-articles = المراجعتان لنصّي مقالين مختلفين؛ ادمج مراجعات المقال نفسه
error-merge-ids-exhausted = تحتاج المراجعة المدمجة إلى أرقام ادعاءات أكثر من المتاح
error-library-no-folder = لا يوجد مجلد لمكتبة التحققات (عيّن $SANAD_LIBRARY)
error-library-damaged-line = { $file }، السطر { $line }، ليس تحققًا: { $detail }
error-library-not-a-folder = { $file } ليس مجلد مراجعات
error-library-damaged-file = { $file } تالف: { $detail }
error-library-index = تعذّر استخدام فهرس البحث: { $detail }
error-fact-checks-not-text = ليس نصًا بترميز UTF-8 (تُقرأ التحققات من JSON أو CSV)
error-fact-checks-not-fact-checks = ليس ملف تحققات: المتوقع ClaimReview JSON-LD أو JSON Lines أو CSV فيه عمود للادعاء

## Sources: web addresses, archives, link checks
action-open-web-address = فتح عنوان ويب…
action-open-web-address-about = جلب مقال من عنوان ويب ومراجعته (تُجلب الصفحة الآن فقط)
action-new-from-clipboard = جديد من الحافظة
action-new-from-clipboard-about = مراجعة النص الموجود في الحافظة، أو جلب عنوان الويب الموجود فيها
action-archive-sources = أرشفة مصادر الادعاء
action-archive-sources-about = جلب مصادر الادعاء غير المؤرشفة بعد وحفظ صفحاتها بجانب المراجعة
action-check-sources = فحص المصادر
action-check-sources-about = جلب عنوان كل مصدر مجددًا: هل ما زال موجودًا، أم نُقل، أم حُذف، أم تغيّر منذ أرشفته
web-address-title = فتح عنوان ويب
web-address-label = عنوان الويب (http أو https):
web-address-note = تُجلب الصفحة مرة واحدة، الآن؛ وتحفظ المراجعة مصدرها ووقت جلبها وبصمة SHA-256 لما وصل.
web-address-open = فتح
web-bad-address = تعذّر فتح { $url }: { $reason }
web-fetching = جارٍ جلب { $url }… { $seconds } ث
web-opened = فُتح { $url }: الادعاءات التي عُثر عليها: { $claims }
web-cancelled = أُوقف جلب { $url }.
clipboard-empty = لا تحتوي الحافظة على نص أو عنوان.
clipboard-title = نص من الحافظة
opened-clipboard = مراجعة جديدة لنص الحافظة: الادعاءات التي عُثر عليها: { $claims }
archive-needs-file = احفظ المراجعة أولًا: تُؤرشف مصادرها في مجلد بجانب ملفها.
archive-nothing = كل مصادر هذا الادعاء التي لها عنوان مؤرشفة بالفعل.
archive-running = جارٍ أرشفة المصادر: { $count }…
archive-done = المصادر المؤرشفة: { $done }.
archive-failed = المصادر المؤرشفة: { $done }؛ غير المؤرشفة: { $failed } ({ $reason })
links-none = لا يوجد مصدر له عنوان لفحصه.
links-running = جارٍ فحص عناوين المصادر: { $count }…
links-done = المصادر المفحوصة: { $count }؛ ما يحتاج إلى نظر: { $attention }.
source-archive = أرشفة
source-archive-about = جلب هذه الصفحة الآن وحفظها بجانب المراجعة
source-archive-all = أرشفة الكل
source-archived = أُرشف في { $date } · SHA-256 { $hash }…
source-not-archived = لم يُؤرشف بعد
excerpt-found = النص المقتبس موجود في الصفحة المؤرشفة في { $date }
excerpt-not-found = النص المقتبس غير موجود في الصفحة المؤرشفة في { $date }
excerpt-snapshot-missing = الصفحة المؤرشفة مفقودة من المجلد الذي بجانب المراجعة.
excerpt-snapshot-damaged = الصفحة المؤرشفة تالفة أو معدّلة: لم تعد بايتاتها تطابق بصمتها.
link-alive = الرابط: ما زال موجودًا
link-redirected = الرابط: نُقل إلى { $url }
link-changed = { $before }؛ تغيّر منذ أرشفته: ما زال { $percent }٪ من نصه موجودًا
link-gone = الرابط: حُذف ({ $status })
link-failing = الرابط: يُرجع خطأ ({ $status })
link-unreachable = الرابط: تعذّر الوصول إليه ({ $detail })
error-fetch-address = تعذّر جلب { $url }: { $reason }
error-fetch-bad-redirect = يُحيل { $url } دون أن يذكر إلى أين
error-fetch-redirects = يُحيل { $url } أكثر من { $limit } مرات (حلقة إحالة؟)
error-fetch-timeout = لم يُجب { $url } خلال { $seconds } ثانية
error-fetch-too-large = يرسل { $url } أكثر من { $limit } بايت (الحد الأقصى)
error-fetch-unreachable = تعذّر الوصول إلى { $url }: { $detail }
error-fetch-cancelled = أُلغي جلب { $url }
error-fetch-status = أجاب { $url } بالرمز { $status }
error-fetch-pdf = يقدّم { $url } ملف PDF؛ احفظه وانسخ نصه في ملف ‎.txt ثم افتح ذلك الملف
error-fetch-not-text = يقدّم { $url } ‏{ $kind }، لا صفحة ويب ولا نصًا
error-fetch-empty = لا يحتوي { $url } على نص للمراجعة
error-snapshot-write = تعذّرت كتابة الصفحة المؤرشفة: { $detail }

## One window per review
open-elsewhere = ‏{ $file } مفتوح بالفعل في نافذة أخرى من سند (العملية { $process } على { $host })؛ وطُلب من تلك النافذة أن تتقدّم إلى الواجهة.
open-elsewhere-unknown = ‏{ $file } مفتوح بالفعل في نافذة أخرى من سند؛ وطُلب من تلك النافذة أن تتقدّم إلى الواجهة.
open-elsewhere-copy = { $why } تعرض هذه النافذة نسخة بلا ملف: «حفظ باسم…» يحفظها في مكان آخر.
lock-taken-over = بقي { $file } معلَّمًا مفتوحًا من العملية { $process } التي لم تعد تعمل؛ وهو مفتوح هنا الآن.
lock-not-made = تعذّر تعليم { $file } مفتوحًا في هذه النافذة ({ $reason })؛ فقد تفتحه نافذة أخرى أيضًا.
came-forward = حاولت نافذة أخرى من سند فتح { $file }: ويبقى مفتوحًا هنا.

## Save Page Now (Internet Archive)
spn-title = أرشيف الإنترنت: احفظ الصفحة الآن
spn-about = حين تؤرشف مصدرًا يستطيع سند أن يطلب من أرشيف الإنترنت حفظ نسخة عامة من الصفحة، ويسجّل عنوان النسخة مع المصدر. يحتاج ذلك مفاتيحك في archive.org ‏(archive.org/account/s3.php). الطلبات التي تُقدَّم دون اتصال تنتظر في طابور وتُرسل من جديد ما دامت النافذة مفتوحة أو عبر `sanad archive`.
spn-enabled = اطلب من أرشيف الإنترنت أيضًا عند أرشفة مصدر
spn-endpoint = عنوان الخدمة (https):
spn-access-key = مفتاح الوصول:
spn-secret-key = المفتاح السري:
spn-save = حفظ
spn-saved = حُفظ إعداد «احفظ الصفحة الآن».
spn-not-saved = تعذّر حفظ الإعداد: { $reason }
spn-setting-unusable = تحتاج خدمة «احفظ الصفحة الآن» إلى عنوان خدمة https ومفتاح وصول ومفتاح سري.
spn-setting-unreadable = تعذّرت قراءة إعداد «احفظ الصفحة الآن»، فهو متوقف: { $reason }
spn-waiting = أرشيف الإنترنت: { $count } في الانتظار
spn-waiting-about = طلبات «احفظ الصفحة الآن» لمصادر هذه المراجعة التي لم تكتمل بعد؛ تُرسل من جديد كل دقيقة ما دامت النافذة مفتوحة. آخر رد: { $reason }
spn-waiting-switched-off = طلبات «احفظ الصفحة الآن» لمصادر هذه المراجعة تنتظر؛ الخدمة متوقفة في الإعدادات.
spn-copies-recorded = سُجّلت نسخ أرشيف الإنترنت: { $count }.
spn-given-up = لم يحفظ أرشيف الإنترنت { $url }: { $reason }
spn-queue-problem = طابور «احفظ الصفحة الآن»: { $reason }
spn-error-refused = رفض الطلب ({ $code }: { $detail })
spn-error-bad-answer = لم يُفهم رده ({ $detail })
spn-error-unreachable = تعذّر الوصول إلى أرشيف الإنترنت ({ $detail })
spn-error-rate-limited = طلب أرشيف الإنترنت الانتظار ({ $seconds } ثانية أو أكثر)
spn-error-busy = لم يستطع أرشيف الإنترنت حفظها الآن ({ $detail })
spn-error-unauthorized = رفض أرشيف الإنترنت المفاتيح التي في الإعداد
spn-error-pending = ما زال أرشيف الإنترنت يحفظها
spn-error-cancelled = أُوقف الطلب؛ سيُرسل لاحقًا
source-public-copy = نسخة أرشيف الإنترنت:
source-copy-waiting = طُلبت نسخة من أرشيف الإنترنت؛ في انتظار الأرشيف
