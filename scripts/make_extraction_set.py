#!/usr/bin/env python3
"""Write the main-text extraction set: news pages in the shapes real sites use, each with the
article's text as a reader would call it the article (tests/data/extraction/NAME.html and
NAME.txt). The articles were written for this set; the page furniture around them imitates
common publishing systems (WordPress, news CMSs with card grids, BBC-style text blocks, Arabic,
French and Persian news sites, a table layout), with the traps that make extraction hard:
teaser cards marked <article>, long "most read" lists, comment threads, cookie banners, inline
"read also" links and sign-up boxes inside the story.

Run: python3 scripts/make_extraction_set.py   (rewrites the folder; deterministic)
Score: cargo run --release --example extractor_eval -- tests/data/extraction
"""

import html
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction"


def paras(ps):
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in ps)


def gold(title, ps):
    return "\n".join([title] + ps) + "\n"


def links(items, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(items)) + "</ul>"


PAGES = {}

# 1. WordPress: entry-content, share bar, related posts, a long comment thread, widgets.
t = "City council approves new flood barrier after years of delay"
p = [
    "The city council voted 9 to 4 on Tuesday night to build a 3.2-kilometre flood barrier along the eastern riverbank, ending a dispute that has lasted since the floods of 2019.",
    "The barrier will cost 48 million dollars, according to the council's own estimate, and is due to be finished by the spring of 2029.",
    "Residents of the Lowfield district, where more than 600 homes were flooded five years ago, packed the public gallery and applauded when the result was read out.",
    "Councillor Maria Ortega, who chairs the infrastructure committee, said the design had been checked against a once-in-a-century flood.",
    "Opponents argued that the money would be better spent on moving the most exposed households, and two members said they would ask the regional government to review the decision.",
    "Work on the first section is expected to begin in March.",
]
PAGES["01-wordpress-en"] = (f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t} | Riverside Courier</title>
<meta property="og:title" content="{t}"><link rel="canonical" href="https://courier.example/2026/11/flood-barrier/"></head>
<body class="single-post"><div id="page" class="site"><div class="top-bar">Sunday, 1 December 2026 | Weather: 12°C | Subscribe</div>
<div id="masthead"><div class="site-title"><a href="/">Riverside Courier</a></div>{links(["News","Politics","Business","Sport","Culture","Opinion","Obituaries","Contact"], "main-menu")}</div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">
<article id="post-4411" class="post type-post"><div class="entry-header"><h1 class="entry-title">{t}</h1>
<div class="entry-meta">By <span class="author">Tom Reyes</span> · 26 November 2026</div></div>
<div class="entry-content">{paras(p)}
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3>{links(["Facebook","X","WhatsApp","Email"])}</div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>{links(["River levels rise again after heavy rain in the hills","Lowfield residents demand answers from the water board","Insurers raise premiums across the eastern districts"])}</div>
</div></article>
<div id="comments" class="comments-area"><h2>14 thoughts on “{t}”</h2><ol class="comment-list">
<li><p>About time. My parents lost everything in 2019 and the council spent five years arguing about the colour of the wall while families waited for a decision that should have taken months.</p></li>
<li><p>48 million is a lot of money for a wall that will be out of date in twenty years when the river rises further. Has anyone on the council actually read the climate projections for the valley?</p></li>
<li><p>I live two streets from the river and I still cannot get insurance. Nothing in this article says when the insurers will recognise the barrier.</p></li></ol></div>
</main></div>
<div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most popular</h2>{links(["Mayor defends the new parking charges in a heated meeting with shop owners","School term dates for 2027 announced after consultation","Police appeal for witnesses after a crash on the ring road","Farmers market returns to the old square every Saturday"])}</section></div></div>
<div id="colophon" class="site-footer"><p>© 2026 Riverside Courier. All rights reserved. Registered in England and Wales. The Courier is a member of the Independent Press Standards Organisation and abides by the Editors' Code of Practice.</p></div></div></body></html>""", gold(t, p))

# 2. Div soup: no article/main/nav, menus as divs, a "most read" column with long headlines.
t = "Drought cuts wheat harvest by a fifth, ministry says"
p = [
    "The country's wheat harvest fell by 21 percent this year after the driest spring in four decades, the agriculture ministry said on Monday.",
    "Farmers brought in 6.4 million tonnes, down from 8.1 million tonnes last year, according to the ministry's first estimate.",
    "The ministry said imports would have to rise to about 3 million tonnes to keep bread prices stable until the next harvest.",
    "Grain traders said the estimate was lower than expected and that prices on the local exchange rose 4 percent within an hour of the announcement.",
    "Rainfall between March and May was less than half the long-term average in the main growing regions, the national weather service said.",
]
PAGES["02-div-soup-en"] = (f"""<html><head><title>{t} - Daily Ledger</title></head><body>
<div id="wrap"><div class="hdr"><div class="logo">Daily Ledger</div><div class="menu-top"><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a> <a href="/markets">Markets</a> <a href="/tech">Technology</a> <a href="/life">Life</a> <a href="/login">Log in</a></div></div>
<div class="col-left"><div class="crumbs"><a href="/">Home</a> &gt; <a href="/economy">Economy</a></div>
<div class="headline"><h1>{t}</h1></div><div class="dateline">Reporting by Anna Kowal; editing by Peter Lin · 2 December 2026 09:14</div>
<div class="story-text">{paras(p)}</div>
<div class="more-on">More on this story: <a href="/a">Bread prices</a> · <a href="/b">Farm subsidies</a></div></div>
<div class="col-right"><div class="box-title">Most read</div>
<div class="item"><a href="/1">Central bank holds rates for a third month as inflation slows more than forecast</a><div class="summary">Policymakers said they would wait for more evidence that price growth was back on target before cutting borrowing costs.</div></div>
<div class="item"><a href="/2">Carmaker to cut 2,000 jobs at its northern plant as electric transition bites</a><div class="summary">The company said the cuts would be made over three years and that it hoped most would be voluntary.</div></div>
<div class="item"><a href="/3">Port strike enters second week with no talks scheduled between unions and operators</a><div class="summary">Shipping lines have started diverting containers to neighbouring ports, adding days to deliveries.</div></div></div>
<div class="bottom">Daily Ledger · About us · Advertise · Terms of use · Privacy policy · Cookie settings · © 2026 Ledger Media Group. Market data delayed by at least 15 minutes.</div></div></body></html>""", gold(t, p))

# 3. BBC-like: main > article with data-component text blocks, captions, a related-topics block.
t = "Rare white stork chicks hatch in the wild for the first time in 600 years"
p = [
    "Four white stork chicks have hatched on a nest in the south of the county, the first recorded in the wild here since the 15th Century.",
    "The birds were reintroduced by a conservation project that has released more than 250 young storks since 2016.",
    "Project manager Lucy Groves said staff had watched the nest for weeks and were delighted when the first chick appeared on 14 May.",
    "White storks were once widespread but disappeared as wetlands were drained and the birds were hunted.",
    "The project hopes that a self-sustaining population of at least 50 breeding pairs will be established by 2030.",
]
blocks = "".join(f'<div data-component="text-block"><p>{html.escape(x)}</p></div>' for x in p[:2]) + \
    '<figure><img src="stork.jpg" alt=""><figcaption>The chicks were seen for the first time on Tuesday. Image source: Stork Project</figcaption></figure>' + \
    "".join(f'<div data-component="text-block"><p>{html.escape(x)}</p></div>' for x in p[2:])
PAGES["03-text-blocks-en"] = (f"""<!DOCTYPE html><html lang="en-GB"><head><title>{t} - News</title><meta property="og:title" content="{t}"></head><body>
<header><a href="/">News</a>{links(["Home","UK","World","Business","Politics","Tech","Science","Health"])}</header>
<div id="main-content"><main><article><header><h1 id="main-heading">{t}</h1></header>
<div data-component="byline-block"><span>By Sam Hale</span><span>Environment reporter</span></div>
{blocks}
<div data-component="links-block"><h2>Related Topics</h2>{links(["Birds","Conservation","Wildlife"])}</div>
<div data-component="tag-list">{links(["Environment"])}</div></article>
<section data-component="see-alsos"><h2>More on this story</h2>{links(["Beavers return to the river after 400 years","Why wetlands matter for wildlife and for flooding"])}</section></main></div>
<footer><p>Copyright 2026. The News is not responsible for the content of external sites. Read about our approach to external linking.</p></footer></body></html>""", gold(t, p))

# 4. Arabic news site: body text in a div, "most read", tags, an inline "read also".
t = "البنك المركزي يرفع سعر الفائدة نصف نقطة مئوية"
p = [
    "رفع البنك المركزي سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية إلى 12.5 في المئة، في خطوة قال إنها تهدف إلى كبح التضخم الذي بلغ أعلى مستوى له منذ عشر سنوات.",
    "وقال محافظ البنك في مؤتمر صحفي إن معدل التضخم السنوي بلغ 9.8 في المئة في أكتوبر، مقارنة بـ7.1 في المئة في بداية العام.",
    "وأضاف أن البنك مستعد لاتخاذ مزيد من الإجراءات إذا لم تتراجع الأسعار خلال الأشهر الستة المقبلة.",
    "وتراجعت أسهم البنوك في البورصة المحلية بنحو 2 في المئة بعد القرار، بينما ارتفعت العملة المحلية قليلاً أمام الدولار.",
    "ويتوقع اقتصاديون أن يؤدي رفع الفائدة إلى إبطاء نمو القروض العقارية التي زادت بنسبة 18 في المئة هذا العام.",
]
body = paras(p[:2]) + '<p class="read-also"><strong>اقرأ أيضاً:</strong> <a href="/x">الحكومة تعلن حزمة دعم جديدة للأسر محدودة الدخل</a></p>' + paras(p[2:])
PAGES["04-news-ar"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{t} | الخبر اليوم</title></head><body>
<div class="top-nav">{links(["الرئيسية","أخبار محلية","عربي ودولي","اقتصاد","رياضة","ثقافة","فيديو"])}</div>
<div class="container"><div class="main-col"><div class="news-header"><h1>{t}</h1><div class="news-date">نُشر في: الاثنين 30 نوفمبر 2026 - 10:45 ص | آخر تحديث: 11:20 ص</div></div>
<div class="article-body">{body}</div>
<div class="tags-box">الكلمات المفتاحية: <a>البنك المركزي</a> <a>التضخم</a> <a>الفائدة</a></div></div>
<div class="side-col"><div class="most-read"><h3>الأكثر قراءة</h3>{links(["ارتفاع أسعار الذهب إلى مستوى قياسي جديد مع تزايد المخاوف من تباطؤ الاقتصاد العالمي","وزارة التعليم تعلن مواعيد امتحانات نهاية العام الدراسي لجميع المراحل","افتتاح أكبر محطة للطاقة الشمسية في المنطقة بقدرة ألفي ميغاواط"])}</div></div></div>
<div class="site-bottom">جميع الحقوق محفوظة © 2026 الخبر اليوم. يُمنع نسخ المحتوى أو إعادة نشره دون إذن مكتوب من إدارة الموقع.</div></body></html>""", gold(t, p))

# 5. French: article__content paragraphs, an inline "Lire aussi" teaser, a paywall line.
t = "Le prix de l'électricité baissera de 15 % en février, annonce le gouvernement"
p = [
    "Le tarif réglementé de l'électricité baissera d'environ 15 % au 1er février, a annoncé dimanche le ministre de l'économie dans un entretien au Journal du dimanche.",
    "Selon la Commission de régulation de l'énergie, cette baisse représentera en moyenne une économie de 180 euros par an pour un foyer chauffé à l'électricité.",
    "La baisse s'explique par le recul des prix sur les marchés de gros, qui ont été divisés par trois depuis le pic de l'été 2022.",
    "Les associations de consommateurs ont salué l'annonce mais rappelé que les factures restaient supérieures de près de 40 % à leur niveau de 2021.",
]
body = paras(p[:2]) + '<section class="catcher"><span class="catcher__title">Lire aussi</span> <a href="/y">Comment lire sa facture d\'électricité</a></section>' + paras(p[2:])
body = body.replace("<p>", '<p class="article__paragraph">')
PAGES["05-news-fr"] = (f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{t}</title><meta property="og:title" content="{t}"></head><body>
<div class="Header">{links(["Actualités","International","Politique","Économie","Culture","Sport","Idées"])}</div>
<main><section class="zone--article"><h1 class="article__title">{t}</h1><p class="article__desc">Le ministre de l'économie a détaillé la mesure dans un entretien publié dimanche.</p>
<p class="meta__date">Publié le 30 novembre 2026 à 10 h 30, modifié à 12 h 05</p><span class="author__name">Claire Martin</span>
<article class="article__content">{body}</article>
<div class="paywall-message">Il vous reste 62.5 % de cet article à lire. La suite est réservée aux abonnés.</div></section></main>
<div class="Footer">{links(["Mentions légales","Charte du groupe","Politique de confidentialité","Gestion des cookies","Conditions générales de vente"])}</div></body></html>""", gold(t, p))

# 6. Persian: news-text div, menus as lists, a "most viewed" box; no semantic elements.
t = "نرخ بیکاری در پاییز به ۸ درصد رسید"
p = [
    "مرکز آمار اعلام کرد نرخ بیکاری در فصل پاییز به ۸ درصد رسیده که نسبت به فصل مشابه سال گذشته ۰.۶ درصد کاهش نشان می‌دهد.",
    "به گفته رئیس مرکز آمار، بیشترین کاهش بیکاری در میان جوانان ۱۵ تا ۲۴ ساله ثبت شده است.",
    "نرخ مشارکت اقتصادی در این فصل ۴۱.۲ درصد بود و حدود ۲۳ میلیون نفر شاغل بوده‌اند.",
    "کارشناسان می‌گویند بخشی از کاهش بیکاری به افزایش اشتغال پاره‌وقت در بخش خدمات مربوط است.",
]
PAGES["06-news-fa"] = (f"""<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{t} - خبرگزاری نمونه</title></head><body>
<div class="header"><ul class="menu"><li><a>صفحه نخست</a></li><li><a>سیاسی</a></li><li><a>اقتصادی</a></li><li><a>اجتماعی</a></li><li><a>ورزشی</a></li><li><a>بین‌الملل</a></li></ul></div>
<div class="content"><div class="right"><div class="title"><h1>{t}</h1></div><div class="date">منتشر شده در: ۱۰ آذر ۱۴۰۵ - ۰۹:۳۰</div>
<div class="news-text">{paras(p)}</div><div class="news-code">کد خبر: ۴۵۶۷۸۹</div></div>
<div class="left"><div class="box"><div class="box-title">پربازدیدترین</div>{links(["افزایش قیمت بنزین از ابتدای ماه آینده اجرا می‌شود و سهمیه‌ها تغییر نمی‌کند","بارش برف در ارتفاعات شمالی و هشدار هواشناسی برای رانندگان جاده‌های کوهستانی","نتایج کنکور سراسری امسال زودتر از موعد اعلام خواهد شد"])}</div></div></div>
<div class="copyright">کلیه حقوق این سایت محفوظ است. استفاده از مطالب با ذکر منبع آزاد است.</div></body></html>""", gold(t, p))

# 7. Cards marked <article> before the story; the story itself in a div.
t = "Hospital waiting lists fall for the first time in three years"
p = [
    "The number of people waiting for planned hospital treatment fell to 7.2 million in October, the first monthly fall in three years, official figures show.",
    "The health department said the fall of about 40,000 was the result of extra weekend clinics and the opening of five new surgical centres.",
    "But the number of patients waiting more than a year rose slightly, to 290,000, according to the same figures.",
    "The chief executive of the hospitals' federation said the improvement was welcome but fragile, and warned that winter pressures could reverse it.",
]
cards = "".join(f'<article class="card"><a href="/c{i}"><h3>{html.escape(h)}</h3><p>{html.escape(s)}</p></a></article>' for i, (h, s) in enumerate([
    ("Nurses vote to accept new pay offer", "Members of the largest nursing union voted by a large majority to accept the government's revised offer after months of strikes."),
    ("GP appointments hit record high", "Family doctors carried out more appointments in October than in any month since records began, the latest data show."),
]))
PAGES["07-cards-first-en"] = (f"""<!DOCTYPE html><html><head><title>{t}</title></head><body>
<div class="nav-bar">{links(["Home","Health","Politics","Money","Science"])}</div>
<div class="trending"><h2>Trending</h2>{cards}</div>
<div class="story"><h1>{t}</h1><div class="story-meta">Health correspondent · 28 November 2026</div>
<div class="story-body">{paras(p)}</div></div>
<div class="more"><h2>More from Health</h2><article class="card"><a href="/m"><h3>Dentists warn of a shortage in rural areas</h3><p>The professional body said one in five rural practices had closed to new patients this year.</p></a></article></div>
<div class="legal">Terms · Privacy · Cookies · Accessibility · © 2026 Morning Post</div></body></html>""", gold(t, p))

# 8. A reader discussion inside <main>, with classes the furniture list does not name.
t = "Volcano erupts near fishing village, hundreds evacuated"
p = [
    "A volcano on the island's northern coast erupted early on Saturday, sending lava towards a fishing village and forcing about 800 people to leave their homes.",
    "The civil protection agency said no one had been hurt and that the lava flow had slowed overnight about 400 metres from the first houses.",
    "Scientists at the national volcano observatory said they had recorded more than 2,000 small earthquakes in the area during the previous week.",
    "Flights to the island's main airport were cancelled on Saturday morning because of the ash cloud but resumed in the afternoon.",
]
PAGES["08-discussion-en"] = (f"""<!DOCTYPE html><html><head><title>{t}</title></head><body><main>
<h1>{t}</h1><p class="byline">By Erik Dahl</p>
<div class="article-text">{paras(p)}</div>
<section class="reader-responses"><h2>Readers respond (37)</h2>
<div class="user-post"><p>My cousin lives in the village and says the evacuation was calm and well organised. The police went door to door before dawn and everybody was out within two hours.</p></div>
<div class="user-post"><p>Why were people allowed to build so close to an active volcano in the first place? This happens every twenty years and every time we act surprised when the lava comes down the same valley.</p></div>
<div class="user-post"><p>The observatory warned about the earthquakes last week and nobody listened. The authorities should publish the seismic data every day so that residents can judge the risk themselves.</p></div></section></main>
<div class="site-info">© 2026 Island Herald</div></body></html>""", gold(t, p))

# 9. Old table layout: the story in a table cell, menus in other cells.
t = "Library reopens after two-year renovation"
p = [
    "The central library reopened on Monday after a two-year renovation that cost 12 million euros and doubled the space for children's books.",
    "The building now has 40 public computers, a recording studio and a reading room that stays open until 10 p.m. on weekdays.",
    "More than 3,000 people visited on the first day, the city's culture department said.",
]
PAGES["09-table-layout-en"] = (f"""<html><head><title>Town Gazette: {t}</title></head><body><table width="100%"><tr>
<td class="left-menu" width="150"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/events">Events</a><br><a href="/classifieds">Classifieds</a><br><a href="/weather">Weather</a></td>
<td class="content"><h2>{t}</h2><p><i>Posted 29 November 2026</i></p>{paras(p)}</td>
<td class="right-col" width="200"><b>Upcoming events</b><br>Christmas market opens on the old square on 5 December with more than sixty stalls and a skating rink for children.<br>Carol concert in the cathedral on 20 December, tickets from the tourist office.</td></tr>
<tr><td colspan="3" class="foot">Town Gazette · Established 1887 · Letters to the editor: letters@gazette.example</td></tr></table></body></html>""", "\n".join([t] + p) + "\n")

# 10. A sign-up box and an in-story video player fallback inside the article element.
t = "Electric bus fleet doubles as city retires diesel models"
p = [
    "The city's transport authority has doubled its fleet of electric buses to 320, retiring the last of its diesel buses older than fifteen years.",
    "The authority said the electric buses had cut fuel and maintenance costs by about 30 percent per kilometre compared with diesel.",
    "Drivers' union representatives said charging times at two depots still caused delays during the evening peak.",
    "The authority plans to have an all-electric fleet by 2032, it said in its annual report.",
]
body = paras(p[:2]) + '<div class="inline-signup"><h4>Get the morning briefing</h4><p>The day\'s most important stories, delivered to your inbox every weekday morning.</p><input type="email"><button>Sign up</button></div>' + \
    '<div class="media-player"><p>Your browser does not support this video.</p></div>' + paras(p[2:])
PAGES["10-signup-box-en"] = (f"""<!DOCTYPE html><html><head><title>{t}</title></head><body>
<nav>{links(["News","City","Transport","Business"])}</nav>
<article><h1>{t}</h1><p class="meta">By Priya Nair | Published 27 November 2026</p>{body}
<p class="credit">Photo: City Transport Authority</p></article>
<footer>© 2026 Metro Daily</footer></body></html>""", gold(t, p))

# 11. Arabic, with a cookie banner and a long related list inside the page body.
t = "افتتاح خط جديد للمترو يربط المطار بوسط المدينة"
p = [
    "افتتحت هيئة النقل خطاً جديداً للمترو بطول 24 كيلومتراً يربط المطار الدولي بوسط المدينة في رحلة تستغرق 28 دقيقة.",
    "وقالت الهيئة في بيان إن الخط يضم 11 محطة ويتوقع أن ينقل نحو 150 ألف راكب يومياً.",
    "وبلغت تكلفة المشروع 2.3 مليار دولار، بحسب البيان، واستغرق تنفيذه أربع سنوات.",
    "وأوضح مدير المشروع أن القطارات ستعمل كل خمس دقائق في ساعات الذروة.",
]
PAGES["11-cookie-banner-ar"] = (f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{t}</title></head><body>
<div id="cmp-banner" class="consent"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتخصيص المحتوى والإعلانات وتحليل حركة الزوار. بمتابعة التصفح فإنك توافق على سياسة الخصوصية الخاصة بنا.</p><a>موافق</a></div>
<div class="menu-bar">{links(["الرئيسية","محليات","اقتصاد","تقنية","منوعات"])}</div>
<div class="post"><h1 class="post-title">{t}</h1><span class="post-author">كتب: سامر حداد</span>
<div class="post-content">{paras(p)}</div></div>
<div class="related-news"><h3>أخبار ذات صلة</h3>{links(["الحكومة تدرس رفع أسعار تذاكر الحافلات العامة مع بداية العام المقبل بسبب ارتفاع تكاليف التشغيل","بدء أعمال توسعة الطريق الدائري الثالث وتحويلات مرورية مؤقتة لمدة ستة أشهر"])}</div>
<div class="footer-note">جميع الحقوق محفوظة 2026</div></body></html>""", gold(t, p))

# 12. French regional: subheadings inside the story, a "key figures" list, a share bar.
t = "La ville plantera 10 000 arbres d'ici 2030"
p = [
    "La municipalité a présenté mardi un plan pour planter 10 000 arbres dans les rues et les cours d'école d'ici 2030.",
    "Selon l'adjointe chargée de l'environnement, le plan doit faire baisser de deux degrés la température des quartiers les plus chauds en été.",
    "Les chiffres clés",
    "Coût total : 18 millions d'euros.",
    "Nombre d'écoles concernées : 42.",
    "Le calendrier",
    "Les premières plantations commenceront en février dans le quartier de la gare, a précisé la mairie.",
]
body = paras(p[:2]) + f"<h2>{p[2]}</h2><ul><li>{p[3]}</li><li>{p[4]}</li></ul><h2>{p[5]}</h2>" + paras(p[6:])
PAGES["12-subheads-fr"] = (f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{t} - La Dépêche du Sud</title></head><body>
<header><div class="logo">La Dépêche du Sud</div>{links(["Actu","Ma ville","Sports","Loisirs","Annonces"])}</header>
<div class="main-wrap"><div class="article-wrap"><h1>{t}</h1><div class="signature">Par Julien Roux, le 1er décembre 2026</div>
<div class="share-tools">Partager : Facebook · X · E-mail</div>
<div class="txt">{body}</div></div>
<div class="colonne"><div class="bloc-pub">Publicité</div><div class="a-la-une"><h3>À la une</h3>{links(["Le marché de Noël ouvre ses portes ce week-end avec quatre-vingts exposants et une patinoire","Travaux sur la rocade : circulation perturbée jusqu'à la fin du mois"])}</div></div></div>
<footer>© La Dépêche du Sud 2026 - Tous droits réservés</footer></body></html>""", gold(t, p))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.html"):
        old.unlink()
    for old in OUT.glob("*.txt"):
        old.unlink()
    for name, (page, text) in PAGES.items():
        (OUT / f"{name}.html").write_text(page, encoding="utf-8")
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    print(f"{len(PAGES)} pages in {OUT}")


if __name__ == "__main__":
    main()
