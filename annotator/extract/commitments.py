"""Commitments: the pledges, offers and refusals an item tells, with actor, action,
negation, certainty, condition, quantity and recipient."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotator.dates import MONTH_RE
from annotator.extract.actors import (
    OrgMention,
    Person,
    find_orgs,
    orgs_re,
)
from annotator.extract.attribution import (
    ASIDE,
    SPEECH,
    Attribution,
    attribute,
)
from annotator.extract.context import Ctx, Draft
from annotator.extract.lexicons import capitals, countries
from annotator.extract.numbers import (
    CURRENCIES,
    MONTH_BEFORE,
    PER_BARREL,
    RUNNING_TOTAL,
    SCALES,
    WORDS,
    Number,
    bare_crowns,
    currency_after,
    currency_of,
    is_year,
)
from annotator.extract.trie import alternation

# what is given in kind for the grid (economic aid, unless money pays for it)
_IN_KIND_WORDS = r"(?:power |high-power |diesel )?generators|generatori|transformers|trasformatori"
_ACTIONS = [
    ("ceasefire_monitoring", r"monitor\w*\s+(?:(?:di|del)\s+)?(?:un|il|a|the|any)\s+"
                             r"cessate il fuoco|"
                             r"monitor\w*\s+(?:a|the|any)\s+ceasefire|monitoraggio del cessate|"
                             r"ceasefire monitoring|(?:missione|missioni) di (?:monitoraggio|"
                             r"osservazione)|(?:monitoring|observer) missions?|"
                             r"sorvegliare (?:una|la) (?:\w+ )?(?:tregua|cessate il fuoco)|"
                             r"(?:monitor|police|patrol) (?:a|the) (?:future )?"
                             r"(?:truce|ceasefire)"),
    ("military_hubs", r"hub militari|military hubs?|logistics? hubs?|hub logistic\w*"),
    ("peacekeeping", r"peacekeep\w*|mantenere la pace|mantenimento della pace|keep the peace|"
                     r"forza di pace|forze di pace"),
    ("naval_support", r"marina|navy|naval|navale|minesweepers?|mine-?hunters?|cacciamine|"
                      r"sminare il porto|demin\w+ (?:the )?ports?"),
    ("air_support", r"aeronautica|air force|air support|air policing|supporto aereo|"
                    r"pattugliamento aereo|no-fly zone|no fly zone|zona di interdizione al volo|"
                    # "Poland will examine shooting down Russian missiles over Ukraine"
                    r"(?:shoot\w*|abbattere)\s+(?:down\s+)?(?:russian\s+)?(?:missiles|drones|"
                    r"missili|droni)(?:\s+russi)?\s+(?:and\s+drones\s+|e\s+droni\s+)?(?:over|"
                    r"sopra|sull'|nei cieli)"),
    ("training", r"addestr\w+|training|train ukrain\w+|formazione|(?:be|been|being) trained|"
                 r"train and equip|train and arm|"
                 # "ready to send military instructors", "invierà istruttori"
                 r"(?:military\s+)?instructors|istruttori(?:\s+militari)?|trainers|addestratori|"
                 # "ready to train up to 5,000 of them"
                 r"train\s+(?:up to\s+|about\s+|some\s+|another\s+)?\d[\d,.]*"
                 r"(?=\s+(?:of them|more))|"
                 r"train\s+(?:[\w,.]+\s+){0,6}?(?:troops|soldiers|recruits|pilots|"
                 r"servicemen|personnel|brigades|crews|forces|sailors|marines)"),
    ("munitions_funding", r"finanziament\w+ (?:per|delle) (?:le )?munizioni|"
                          r"pay for (?:the\s+)?(?:ammunition|munitions|shells)|"
                          r"pagare (?:le\s+)?(?:munizioni|proiettili)|"
                          r"(?:funding|money|fund) for (?:ammunition|munitions|shells)|"
                          r"iniziativa sulle munizioni|munitions initiative|ammunition initiative|"
                          # "ha trovato i fondi per i primi 300.000 proiettili"
                          r"(?:fondi|funds|funding|money|soldi|finanziamenti)\s+(?:per|for)\s+"
                          r"(?:[\w'.,]+\s+){0,3}?(?:proiettili|shells|munizioni|ammunition|"
                          r"rounds)"),
    ("security_guarantees", r"garanzie di sicurezza|security guarantees?|backstop|"
                            r"garant[ei] della sicurezza|guarantors? of (?:\w+ )?security|"
                            r"(?:bilateral\s+)?security (?:agreements?|pacts?|accords?)|"
                            r"accord[oi] (?:bilateral[ei] )?(?:sulla|di) sicurezza|"
                            # "“Article 5-like” protection", "tutele simili all'articolo 5"
                            r"article 5\W{0,2}(?:like|style)\W{0,2}\s*(?:protection|guarantees?)|"
                            r"(?:protezion\w+|tutel\w+|garanzi\w+) (?:simil\w+ |analog\w+ )?"
                            r"(?:all')?articolo 5"),
    ("reconstruction", r"ricostruzione|ricostruire|reconstruction|rebuild\w*|"
                       r"riparare|repair\w*|ripristin\w+|restor\w+"),
    ("economic_aid", r"rivitalizzazione economica|support facility|budget|bilancio|"
                     r"aiut\w+ (?:economic|umanitar)\w*|"
                     r"assistenza (?:economica|umanitaria)|economic (?:aid|support|assistance)|"
                     r"humanitarian (?:aid|assistance)|budget support|sostegno al bilancio|"
                     r"prestit\w+|loans?|lend|lending|lent|prestare|borrow\w*|"
                     r"indebitamento comune|debito comune|tranche|bilateral aid|"
                     r"aiuti bilaterali|"
                     # "would donate 200 generators to keep hospitals running": the grid's and
                     # the people's needs, given in kind
                     + _IN_KIND_WORDS),
    ("sanctions", r"sanzion\w+|sanctions?|sanctioned|sanctioning|embargo|tetto al prezzo|"
                  # "threatened 100% secondary tariffs on buyers of Russian oil", "dazi"
                  r"(?:secondary\s+)?tariffs|dazi(?:\s+secondari)?|"
                  # "barred 61 US officials from entering the country"
                  r"from entering|entry bans?|divieto di ingresso|l'ingresso nel paese|"
                  # "l'UE ha adottato il suo 13° pacchetto": the bloc's numbered packages
                  # (not "il 26° pacchetto di aiuti militari": a package of arms)
                  # (spelled from the tenth on: "a second package" is as often of aid)
                  r"(?:\d+(?:°|º|th|st|nd|rd)|(?:ten|eleven|twelf|thirteen|fourteen|fifteen|"
                  r"sixteen|seventeen|eighteen|nineteen|twentie)th|(?:dec|undices|dodices|"
                  r"tredices|quattordices|quindices|sedices|diciassettes|diciottes|"
                  r"diciannoves|ventes)im[oa])\s+(?:package|pacchetto)(?!\s+(?:of|di)\s+"
                  r"(?:military\s+|security\s+)?(?:aid|assistance|aiuti|assistenza|armi|"
                  r"weapons))|"
                  r"price cap|visti turistici|tourist visas|import ban|divieto di importazione|"
                  r"ban on (?:the\s+)?(?:imports?|purchases?|sales?)|"
                  r"divieto di (?:import|acquist)\w*|cap on the price|"
                  # "al divieto dell'Ue sulle importazioni di oro russo"
                  r"divieto\s+(?:[\w'’]+\s+){0,2}?(?:sulle|sugli|sull')\s*(?:importazioni|"
                  r"acquisti|esportazioni)|ban\s+(?:[\w'’]+\s+){0,2}?on\s+(?:[\w'’-]+\s+){0,2}?"
                  r"(?:imports|purchases|exports)|"
                  r"vietare (?:l'acquisto|l'importazione|le importazioni)|"
                  r"asset freezes?|congelamento dei beni|blacklist\w*|lista nera|"
                  # "Japan will freeze the assets of 31 Russian individuals"
                  r"freeze (?:the )?assets|congelare (?:i )?beni|"
                  # "la Germania smetterà di importare petrolio russo", "misure contro banche"
                  r"(?:stop|halt|end|smettere di|smetterà di|cessare di|interrompere)\s+"
                  r"(?:importing|buying|importare|acquistare|le importazioni di|gli acquisti di)|"
                  r"(?:misure|measures)\s+(?:restrittive\s+|punitive\s+)?(?:contro|against)"),
    ("other", r"mediare|mediate|mediation|mediazione|supporto logistico|logistic\w* support|"
              # "would keep sharing intelligence with Kyiv", "exporting electricity to"
              r"shar\w+ intelligence|intelligence sharing|condivi\w+ (?:di )?(?:le )?"
              r"(?:informazioni di )?intelligence|export\w* electricity|esporta\w* elettricità|"
              # "Kyiv was ready to accept an immediate 30-day ceasefire", "l'Ucraina rispetterà
              # la pausa", "la Russia si è impegnata a sospendere gli attacchi"
              r"(?:accept|accepting|accettare|accetterà|order|ordered|ordinerà|ordinare|"
              r"ordinat[oa]|observe|"
              r"agree to|agreed to|concordare|rejected|reject|respint[oaie]|respingere|"
              r"respect|rispetterà|rispettare|declare|dichiarare|declared|proclaimed|"
              r"dichiarat[oa]|proclamat[oa]|discuss|discutere|ready for|pront[oa] (?:a|per))"
              r"\W?\s+(?:an?\s+|the\s+|any\s+|un\s+|il\s+|la\s+|una\s+)?"
              r"(?:[\w“”\"'’-]+\s+){0,2}?(?:ceasefire|truce|cessate il fuoco|tregua|pausa|pause|"
              r"moratorium|moratoria)|"
              # "una tregua completa sarebbe possibile solo se …"
              r"(?:ceasefire|truce|cessate il fuoco|tregua)\s+(?:[\w-]+\s+){0,2}?(?:would|could|"
              r"might) be possible|(?:ceasefire|truce|cessate il fuoco|tregua)\s+(?:[\w-]+\s+)"
              r"{0,2}?(?:sarebbe|potrebbe essere|sarà) possibile|"
              # "would agree to halt fighting along the front line", "fermare i combattimenti"
              r"(?:halt|stop|cease|end|fermare|cessare|sospendere|interrompere)\s+(?:the\s+|i\s+|"
              r"le\s+)?(?:fighting|hostilities|combattimenti|ostilità)|"
              # positions on land and on the war: "will not leave Donbas", "non congelerà la guerra"
              r"(?:leave|withdraw from|cede|give up|lasciare|lascerà|cedere|ritirarsi da)\s+"
              r"(?:the\s+|il\s+)?(?:donbas|donbass|donetsk|crimea)|"
              r"(?:freeze|congelare|congelerà)\W*\s*(?:the\s+|la\s+|il\s+)?(?:war|conflict|"
              r"guerra|conflitto)|"
              # "agreed to a US proposal for an immediate 30-day ceasefire"
              r"(?:accept\w*|agreed to|accettat[oa]|accetterà)\s+(?:an?|the|la|il|una|un)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:proposal|proposta|plan|piano)\s+(?:for|of|di|per)\s+"
              r"(?:an?\s+|una?\s+)?(?:[\w-]+\s+){0,2}?(?:ceasefire|truce|cessate il fuoco|tregua)|"
              r"(?:suspend|halt|stop|pause|sospendere|fermare|interrompere)\s+(?:[\w'’-]+\s+){0,4}?"
              r"(?:attacks|strikes|attacchi|bombardamenti)|"
              # "threatened to halt electricity exports to Ukraine": support withheld
              r"(?:halt|cut|stop|suspend|tagliare|interrompere|sospendere|fermare|bloccare)\s+"
              r"(?:[\w']+\s+){0,3}?(?:exports|supplies|deliveries|forniture|esportazioni|"
              r"consegne)|"
              # "Russia would not return to the Black Sea grain deal"
              r"(?:return|rejoin|tornare|rientrare)\s+(?:to|in|into|nel|nell'|all')\s*(?:the\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:grain deal|deal|accordo|intesa|iniziativa)|"
              # "would not agree to extend the grain deal", "non prolungherà l'accordo"
              r"(?:extend|prolong|renew|prolungare|prolungherà|estendere|estenderà|rinnovare|"
              r"rinnoverà)\s+(?:the\s+|l['’]\s*)?(?:black sea\s+)?(?:grain deal|deal|"
              r"accordo|intesa|iniziativa)|"
              r"intelligence sharing|condivisione di intelligence|tregua\w*|truce|"
              r"(?:host|hosting|ospitare|ospiterà)\s+(?:[\w'’-]+\s+){0,6}?(?:talks|negotiations|"
              r"summit|meeting|negoziati|colloqui|vertice|incontro|(?:a|un) (?:coordination "
              r"cent(?:re|er)|centro di coordinamento))|"
              # "Russia would take “adequate countermeasures”", "Mosca adotterà contromisure"
              r"countermeasures|counter-measures|contromisure|"
              # "could help Kyiv develop an early-warning system"
              r"(?:help|aiutare|aiuterà)\s+(?:[\w']+\s+){0,2}?(?:to\s+|a\s+)?(?:develop|build|"
              r"set up|create|sviluppare|costruire|creare|istituire)"),
    # (not "the state arms exporter", "l'industria delle armi": a trade, not a delivery)
    # (nor "to lay down their arms", "deporre le armi": a surrender, not a delivery)
    # (nor "Russia's chemical weapons programme": arms of no one's pledge)
    ("weapons", r"(?<![\w])(?:(?<!down their )(?<!down )(?<!deporre le )(?<!deposto le )"
                r"(?<!chemical )(?<!biological )(?<!chimiche )(?<!biologiche )"
                r"(?:armi|weapons|arms)(?!\s+(?:exporter|maker|manufacturer|"
                r"industry|industries|dealer|trade|trader|control|race|producer|company)s?\b)|"
                r"sistem[ai] di difesa (?:aerea|antiaerea)|air defen[cs]e systems?|"
                r"batteri[ae] (?:di difesa aerea|patriot)|(?:air[- ]defen[cs]e|patriot) "
                r"batter(?:y|ies)|"
                # (not "payment systems", "sistemi di pagamento": no arms)
                r"(?!(?:payment|banking|financial|energy|power|heating|water|computer|"
                r"pension|tax) systems)[\w-]+ systems|"
                r"sistemi (?!di pagamento|bancari|energetici|finanziari)[\w-]+|iris-t|"
                r"s-[234]00|nasams|gepard\w*|leopard\w*|"
                r"abrams|stryker\w*|marder\w*|cv90\w*|pzh[- ]?2000|m777\w*|m113\w*|excalibur|"
                r"jdams?|harpoon\w*|bayraktar\w*|mirage\w*|mig-29s?|su-25s?|samp/t|crotale|"
                r"skynex|nlaws?|starstreak\w*|switchblade\w*|phoenix ghost\w*|humvees?|"
                r"mastiff\w*|t-72s?|mortars|mortai|rockets|interceptors|intercettori|radars?|"
                r"drones|droni|"
                r"challenger\w*|bradley\w*|storm shadow|scalp|javelin\w*|stinger\w*|"
                r"howitzers?|obici|caesar|m270|gripen\w*|anti-aircraft guns|cannoni|"
                r"artiglieria|artillery|"
                r"military assistance|security assistance|military aid|aiuti militari|"
                r"defen[cs]e (?:aid|assistance)|aiuti (?:alla|per la) difesa|"
                r"assistenza militare|pacchetto di aiuti militari|military aid package|"
                r"weapons deliveries|forniture di armi|rounds|aerei da combattimento|"
                r"elicotteri|helicopters|planes|aircraft|cannoni semoventi|"
                r"patriot|himars|atacms|taurus|tomahawk|f-16s?|caccia|fighter jets|jets|"
                r"carri armati|carro armato|tanks|missili|missiles|munizioni|munizione|razzi|"
                r"ammunition|shells|proiettili|proiettile|un'arma|una sola arma|bullets?|"
                r"(?:a single|one more) (?:round|shell|cartridge)|cartucc\w+|pallottol\w+|"
                r"(?:cluster\s+)?munitions|cluster bombs|bombe a grappolo|launchers|lanciatori|"
                r"lanciarazzi|hawk|machine[- ]guns|mitragliatric[ie]|rifles|fucili|small arms|"
                r"warheads|rocket motors|"
                r"munizioni a grappolo|"
                r"equipaggiamento militare|military equipment|armou?red vehicles|tactical vehicles|"
                r"veicoli tattici|"
                r"armou?red personnel carriers|infantry fighting vehicles|apcs|"
                r"veicoli (?:blindati|corazzati)|mezzi (?:blindati|corazzati)|blindati|"
                r"warplanes|aerei da guerra|air[- ]defen[cs]e equipment|"
                r"arm(?:ing)? (?:ukraine|kyiv|kiev)|armare (?:l'ucraina|kiev)|"
                r"(?:anti-?personnel|anti-?tank) mines|landmines|mine (?:antiuomo|anticarro)|"
                r"(?:combat|fighting) vehicles|veicoli (?:da combattimento|militari)|"
                r"(?:patrol |military |assault )?boats|motovedette|"
                r"imbarcazioni (?:militari|da pattuglia|d'assalto))"
                r"(?![\w])"),
    ("funding", r"finanziament\w+|funding|fondi|fondo|funds|fund|aid package|"
                # "not one euro for weapons", "nemmeno un euro"
                r"(?<=not one )(?:euro|dollar|cent)|(?<=un solo )euro|(?<=nemmeno un )euro|"
                r"military support|sostegno militare|supporto militare|"
                # "would not send troops or money to NATO's mission": money beside a thing
                r"(?:(?<=\sor\s)|(?<=and\s)|(?<=\sné\s)|(?<=\s[oe]\s))(?:money|soldi|denaro)|"
                r"pacchetto di aiuti|aiuti|aid|contribution|contributo|finanzi\w+|"
                # "a €5bn top-up of the European Peace Facility"
                r"top-?ups?|rifinanziament\w+|"
                r"finance(?!\s+minist)|"  # "the finance ministry" pledges nothing by its name
                # a verb of paying is funding when an amount follows ("will contribute 1.5
                # billion kroner"); "contribute troops" is no money
                r"(?:contribut\w+|disburs\w+|verser\w+|erog\w+|doner\w+|donare|donat[oaie]|"
                # (not a model's number: "donated its S-300 system"; not a count of things:
                # "donated 22 howitzers", "ha donato 22 obici")
                r"donated|donating|donates)(?=[^.;]{0,30}?(?:[$€£]|(?<![\w-])\d[\d.,]*\s*"
                r"(?:bn|mn|m|mln|mld|million|billion|trillion|milion\w*|miliard\w*|euro|dollar|"
                r"kron\w*|pound|sterlin\w*|franc\w*|zlot\w*|yen|usd|eur|gbp)(?![\w])))"),
    # ("militari" after a noun is an adjective: "aiuti militari", "spese militari")
    ("troops", r"(?<![\w])(?:truppe|soldati|forze di terra|forze multinazionali|forze|"
               r"(?<!aiuti )(?<!aiuto )(?<!spese )(?<!fondi )militari|"
               r"contingente|troops|soldiers|ground forces|forces|boots on the ground|"
               # "non invierà un solo soldato", "nessun soldato italiano", "a single soldier"
               r"(?<=un solo )soldato|(?<=nessun )soldato|(?<=a single )soldier|"
               r"(?<=not one )soldier|"
               r"multinational force|forza multinazionale|peacekeeping force|"
               r"reassurance force|forza di rassicurazione|combat brigades?|battle ?groups?|"
               r"brigat[ae] da combattimento)(?![\w])"),
]
_SUCH_PLANS = (r"(?<=no )(?:such plans|plans to do so|similar plans)|"
               r"(?<=nessun )piano (?:simile|analogo|del genere)|"
               r"(?<=non )(?:ha|hanno|aveva|avevano) piani (?:simili|analoghi|del genere)")
_PLEDGE = re.compile(
    r"(?<![\w])(?:will|shall|would|could|may|might|pledg\w+|promis\w+|commit\w+|agreed to|"
    r"ready to|prepared to|plans? to|intends? to|offer\w*|approv\w+|to provide|to send|"
    r"consider\w*|refus\w+|reject\w+|respint\w+|won't|no longer|sending|send|sent|inviat[oaie]|"
    # "turned down a request from Germany to re-export 12,000 rounds": a permit (_PASS_ON)
    r"(?<=to )re-?export|(?<=di )riesportare|"
    r"authori[sz]\w+|autorizz\w+|green-?light\w*|signed off|ship(?:s|ped|ping)?|"
    r"dispatch\w*|rush(?:es|ed|ing)?|endors\w+|set aside|lend|lending|grant(?:s|ed|ing)?|"
    r"vow(?:s|ed|ing)?|via libera|spedi\w+|sblocc\w+|erog\w+|destinat[oaie]|destina|"
    r"destinano|barred|banned|disburs\w+|devote|devotes|devoted|devoting|"
    # a refusal by veto: "Hungary vetoed the €50bn aid package", "continua a bloccare"
    r"veto|vetoed|vetoes|vetoing|block|blocks|blocked|blocking|bloccare|blocca|bloccano|"
    r"bloccato|bloccherà|"
    # "the Senate passed a $95bn foreign aid bill"
    r"passed(?=\s+(?:a|an|the|its)\s+(?:[\w$€£.,'’-]+\s+){0,4}?(?:bill|package|law|budget|"
    r"legislation|measure))|"
    # "Putin declared a three-day ceasefire" (not "ha dichiarato che": a speech verb)
    r"(?:declared|proclaimed|ordered|dichiarat[oa]|proclamat[oa]|ordinat[oa])"
    r"(?=\s+(?:an?|un|una)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|tregua|cessate))|"
    r"deploy\w*|provid\w+|"
    r"\w+rà|\w+ranno|\w+rebbe|\w+rebbero|pront[oaie]|dispost[oaie]|impegn\w+|promess\w+|"
    r"annunciat\w*|approvat\w*|fornire|inviare|schierare|dispiegare|continuerà|intenzione|"
    r"stanzia\w*|invia|fornisce|valut\w+|rifiut\w+|escluso|ruled out|unirsi|join|imposed|"
    r"impost\w+|adopted|adottat\w+|announc\w+|deliver\w*|supply|supplying|suppl\w+|"
    r"financ\w+(?!\s+minist)|resume|continu\w+|agreed|propos\w+|pledg\w+|contribut\w+|no plans|"
    r"nessun piano|promised by|promess\w+ da|invier\w+|manderà|sosterr\w+|consegn\w+|"
    r"garantir\w+|ready|dispost\w+|decid\w+|give|giving|dare|daremo|darà|allocat\w+|"
    # "Norway has given Ukraine about 100 Mistral missiles", "ha dato all'Ucraina" (not
    # "given that", "given the situation")
    r"gave|given(?!\s+(?:that|the|this|its|their|his|her|how|what)(?![\w]))|"
    # "Japan had confirmed a further $1.5bn in budget support"
    r"confirmed(?=\s+(?:a|an|the|its|another|further|new)\s)|"
    r"(?<=ha )dato|(?<=hanno )dato|(?<=aveva )dato|(?<=avevano )dato|"
    # (not "a significant munitions facility", "soldiers deserted while training")
    r"stanziat\w+|sign(?:s|ed|ing)?(?![\w])|firmat\w+|(?<!while )train(?:s|ed|ing)?(?![\w])|"
    r"addestr\w+|lift|revocare|halt|deciso|"
    r"preparing|prepara\w*|working on|sta lavorando|aim(?:s|ed|ing)? to|mira(?:va)? a|"
    r"intends? to|intended to|intende|intendono|"
    r"decided|donare|donerà|doneranno|donate|donated|donat[oai]|sanctioned|sanctioning|"
    r"sanzionat\w+|"
    r"impon\w+|extended|extends|esteso|estes[oaie]|prorogat\w+|rinnovat\w+|smetterà|"
    # "la Svizzera si è allineata al pacchetto", "blacklisted Gazprombank", "ha aggiunto 38"
    r"allinea\w*|allineer\w+|align\w*|blacklist\w*|(?:added|aggiunto)(?=\s+\d)|"
    r"threaten\w*|minacciat\w*|minaccia|hand(?:ed|s|ing)? over|"
    r"(?:found|secured|raised|trovato|reperito|raccolto)(?=\s+(?:the\s+|i\s+)?(?:funds|fondi|"
    r"money|soldi|financing|finanziamenti))|"

    r"sospender\w+|impor\w+|varat\w+|unveil\w+|transfer\w*|trasferi\w+|"
    r"esclud\w+|rul\w+ out|explore|esplorare|mettere a disposizione|"
    r"metterà a disposizione|"
    # what a package holds is pledged with it: "the latest package includes 50 CV90s"
    r"includes|include|comprende|comprendono|prevede|prevedono|contains|contiene|"
    # "i leader dell’UE hanno concordato un embargo"
    r"(?:hanno|ha|avevano|aveva)\s+concordato|"
    # "si è detta “aperta” all'invio di militari danesi", "open to sending troops"
    r"(?<=aperta\W\s)all'invio|(?<=aperto\W\s)all'invio|(?<=aperta\s)all'invio|"
    r"(?<=aperto\s)all'invio|(?<=open to\s)(?:sending|deploying)|"
    # "they had no such plans": the pledge before, refused
    + _SUCH_PLANS + r")(?![\w])")
_REJECT_AT = re.compile(r"(?:rejected|reject|respint[oaie]|respingere)(?![\w])")
_NEG = re.compile(r"(?<![\w])(?:non(?![\s-]+(?:letal\w*|lethal|militar\w*|military)(?![\w]))|"
                  r"not|won't|no longer|never|mai|rifiut\w+|refus\w+|reject\w+|"
                  # "Germany declined to send", "turned down a request to send", "ha respinto
                  # la richiesta di inviare"
                  r"declin(?:ed|es|ing)|turn(?:ed|s|ing) down|respint[oaie]|respinge\w*|"
                  r"escluso|esclude|escludendo|ruled out|rules out|ruling out|rule out|nessun\w*|"
                  # "will neither send weapons … nor help pay", "would veto any attempt",
                  # "continuerà a bloccare una tranche"
                  r"neither|nor|né|veto\w*|block|blocks|blocked|blocking|blocc\w+|no)(?![\w])")
# "would" alone reports a future ("said it would send"): definite; only hedges are possible
_POSSIBLE = re.compile(r"(?<![\w])(?:potrebb\w+|could|may|might|preparing|sta preparando|"
                       r"dovrebb\w+|(?:is|are|was|were) expected to|"
                       r"would be (?:ready|willing|prepared|"
                       r"open)|pront[oaie]|ready|prepared|consider\w*|valut\w+|possibil\w+|"
                       r"dispost[oaie]|(?<!of the )willing|open to|apert[oaie]|potenzialmente|"
                       r"potentially|"
                       r"non esclud\w+|not rul\w+ out|propos\w+|suggest\w+|suggeri\w+|"
                       r"examin\w+|esamin\w+|probabil\w*|likely|threat\w*|minacci\w+)"
                       r"(?![\w])")  # a proposal is a pledge still to be agreed
_HEDGE_AFTER = re.compile(r"\s+(?:could|might|may|potrebbe|potrebbero)(?![\w])")
_ACCEPTED_PROPOSAL = re.compile(r"(?:accept\w*|agreed to|accettat[oa]|accetterà)\s+"
                                r"(?:an?|the|la|il|una|un)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:proposal|proposta)$")
_RECONSIDER = re.compile(r"(?<![\w])(?:reconsider\w*|rethink\w*|riconsider\w+|rivedere|"
                         r"ripensare)\s+(?:its|their|his|her|the|il|la|il suo|la sua)?\s*$")
_INSTEAD = re.compile(r"(?<![\w])(?:instead|invece|bensì|but rather|ma piuttosto)(?![\w])")
_NOT_RULED_OUT = re.compile(r"(?:not|non)\s+(?:\w+\s+)?(?:\W?rul\w+ out|esclud\w+)")
# what countries pledge to Ukraine; Russia and Ukraine do not pledge these to Ukraine
_SUPPORT = frozenset({"troops", "weapons", "funding", "training", "munitions_funding",
                      "air_support", "naval_support", "military_hubs", "peacekeeping",
                      "ceasefire_monitoring", "economic_aid", "reconstruction",
                      "security_guarantees"})
_BUY = re.compile(r"(?<![\w])(?:buy|buys|buying|purchas\w+|acquist\w+|comprare|procure\w*)(?![\w])")
_GENERIC_AID = re.compile(r"(?:military|security) (?:aid|assistance|support)(?: package)?|"
                          r"(?:pacchetto di )?aiuti militari|assistenza militare")
_IN_KIND = re.compile(_IN_KIND_WORDS)
_PAID_FOR = re.compile(r"(?<![\w])(?:for|per|to buy|per acquistare|per l'acquisto di)\s")
_MUNITIONS = re.compile(r"(?<![\w])(?:munition\w*|munizion\w*|ammunition|shells|proiettili|"
                        r"rounds|colpi|missiles|missili|interceptors|intercettori|rockets|razzi)"
                        r"(?![\w])")  # what is fired: "€15m to buy missiles for air defence"
_SANCTIONED_BEFORE = re.compile(r"(?<![\w])(?:sanctions?\s+(?:on|against)|sanzioni\s+(?:contro|a)|"
                                r"sanctioned|sanzionat[oaie]|sanziona|blacklisted)\s+"
                                r"(?:[\w.,'’-]+\s+){0,4}$")
# arms that act or are used, not given: "violations of their airspace by Russian drones",
# "nuove restrizioni all'uso delle armi americane", "the use of Western missiles"
_USED_OR_ACTING = re.compile(r"(?<![\w])(?:by|dai|dagli|dalle|(?:use|using|used|uso|utilizzo|"
                             r"impiego)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?"
                             r"(?:delle|dei|degli|di|della|del|dell')?|"
                             # "dalle incursioni di droni russi", "incursions by Russian drones"
                             r"(?:incursion[ie]?|incursions|violazioni|violations|attacchi|"
                             r"attacks|sorvoli|overflights)\s+(?:di|by|of|da)\s+(?:parte\s+di\s+)?)"
                             r"\s*(?:[^\W\d]+\s+)?$")
_RECEIVED_BEFORE = re.compile(r"(?<![\w])(?:ha|hanno|aveva|avevano|has|have|had)\s+"
                              r"(?:già\s+|already\s+)?(?:ricevut[oaie]|received)\s+"
                              r"(?:[\w.,]+\s+){0,2}$")
_JOIN = re.compile(r"\s(?:and|e|ed)\s")
# (not the recipient: "$175m in military aid for Ukraine and $206m in economic aid" are two)
_PURPOSE = re.compile(r"(?<![\w])(?:for|per|to fund|to pay for|to finance|destinat\w+ a)\s"
                      r"(?!(?:the\s+|l['’]\s*)?(?:ukraine|ucraina|kyiv|kiev)(?![\w'’]))")
_PAY_VERB = re.compile(r"(?:contribut|disburs|verser|erog|doner|donat)\w*")
_MILITARY = re.compile(r"(?<![\w])(?:milit\w+|defen[cs]e|difesa|arm[sy]|armi|weapons?|"
                       r"munition\w*|munizion\w+|ammunition|shells|proiettili|armament\w*|"
                       r"air[- ]defen[cs]e|security assistance|drones?|droni|"
                       r"missil\w+|tanks?|carri armati|artiller\w+|soldiers|troops|truppe|"
                       r"esercito|army|forces|forze)(?![\w])")
_LENDERS = frozenset({"IMF", "World Bank"})
_CURRENCY_CODES = frozenset(CURRENCIES.values())
_WEAPONS = re.compile(dict(_ACTIONS)["weapons"])
_WEAPONS_AT = re.compile(rf"(?<![\w])(?:{dict(_ACTIONS)['weapons']})(?![\w])")
_ACTION_RES = [(action, re.compile(rf"(?<![\w])(?:{pat})(?![\w])")) for action, pat in _ACTIONS]
# every position where some action word starts: one scan of a clause instead of one per action
_ANY_ACTION = re.compile(
    r"(?<![\w])(?=" + "|".join(f"(?:{pat})" for _, pat in _ACTIONS) + r")")
_CONDITION = re.compile(
    r"(?<![\w])(?:only if|only after|solo se|solo dopo|soltanto se|unless|"
    r"before a (?:peace|ceasefire|truce)|prima (?:di un|che un) (?:accordo|cessate|tregua)|"
    r"se\s+(?!stess)|if\s+(?!not\b)|"
    # "after a ceasefire", "il giorno dopo un cessate il fuoco"; not "dopo un vertice"
    r"(?:(?:il giorno\s+)?dopo|a seguito di|in seguito a|(?:the day\s+)?after)\s+"
    r"(?:un|una|a|the)\s+(?:\w+\s+)?(?:cessate il fuoco|ceasefire|tregua|truce|accordo|"
    r"agreement|deal|peace)|"
    r"once\s|in caso di|in the event of|provided that|a condizione che|purché|"
    r"while (?:the )?(?:fighting|war|hostilities|(?:peace )?talks|negotiations) "
    r"(?:continues|continue|last|lasts|goes on|go on|are under way)|"
    r"finché (?:durano|continuano|proseguono) (?:i combattimenti|la guerra|le ostilità|"
    r"i negoziati|i colloqui)|"
    r"depend\w* on|a seconda del\w*|a seconda dei|a seconda di|"
    r"subject to|as part of a (?:peace )?(?:deal|agreement|settlement)|"
    r"under a (?:peace )?(?:deal|agreement|settlement)|when all|"
    # (not "as soon as possible", "non appena possibile": a haste, not a condition)
    r"as soon as(?! possible)|"
    # "non invierà truppe senza un mandato dell'ONU": what would lift the refusal
    r"without (?:an?\s+)?(?:[\w-]+\s+){0,2}?mandate|senza (?:un\s+)?mandato|"
    r"nell'ambito di (?:un|una)|finché|a meno che|qualora|non appena(?! possibile)|"
    r"una volta che|"
    r"(?:solo )?una volta (?:raggiunt|firmat|concordat|stabilit|ottenut|completat|conclus|"
    r"terminat)[oaie]|"
    # "una volta chiarite le condizioni", "solo in accordo con i partner europei"
    r"(?:solo|only) in (?:accordo|agreement|coordination|coordinamento) (?:con|with)|"
    r"(?:only )?after (?:a|the) (?:ceasefire|truce|peace)|until)"
    # (to the clause's end: "once a ceasefire is in place but will not deploy soldiers")
    r"(?:(?!\s(?:but|ma|while|mentre)\s)[^,.;:])*")
_BECAUSE = re.compile(r"(?<![\w])(?:(?:because|perché|poiché|since|dato che|visto che|as)\s+"
                      r"(?:[\w'’-]+\s+){0,6}?(?:need|needs|needed|require|requires|serv\w+|"
                      r"richied\w+|occorr\w+)|in (?:response|retaliation) (?:to|for)|"
                      r"in risposta a\w*|per rappresaglia|as punishment for)(?![\w])")
_DISCUSSED = re.compile(r"(?<![\w])(?:to discuss|discuss\w*|discutere(?: di)?|"
                        r"discuteranno(?: di)?|discussioni su|talks on|colloqui su|"
                        r"coordinat\w*|coordinare|per coordinare)\s+"
                        r"(?:[\w'’-]+\s+){0,8}$")
# "the cost of reconstruction", "99 percent of the military aid", "no decision on delivering":
# what the words name is no pledge
_ASKER_BEFORE = re.compile(r"(?<![\w])(?:requests?\s+(?:from|by)|richiest[ae]\s+(?:della|del|"
                           r"dell'|dei|degli|delle|di|da parte (?:della|del|di))|asked\s+by)"
                           r"\s*(?:the\s+)?$")
_NOT_PLEDGED = re.compile(r"(?<![\w])(?:(?:costs?|costi|costo)\s+(?:of|della|del|dei|delle|"
                          r"per)\s+(?:the\s+|la\s+)?|(?:%|percent|per cent|per cento)\s+(?:of|"
                          r"del|della|dei|degli|delle)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}|"
                          r"no decision\s+(?:\w+\s+){0,4}?(?:on|about)\s+(?:[\w'’-]+\s+){0,2}|"
                          r"nessuna decisione\s+(?:\w+\s+){0,4}?(?:su|sull'|sulla|sul)\s*"
                          r"(?:[\w'’-]+\s+){0,2}|"
                          # "called on Congress to approve new aid for Kyiv": others' pledge
                          # asked for, not the speaker's
                          # "could not confirm reports of North Korean troops": told of
                          r"(?:reports?|rumou?rs?|claims?|notizie|voci)\s+(?:of|that|di|che)\s+"
                          r"(?:[\w'’-]+\s+){0,3}|"
                          r"(?:called on|calls on|calling on|urged|urges|urging|asked|asks|"
                          r"pressed|ha esortato|ha invitato|ha chiesto|esortando|invitando|"
                          r"chiedendo|aver chiesto|avere chiesto|aver esortato|aver invitato)"
                          r"\s+(?:[\w'’]+\s+){0,4}?(?:to|di|a|ad)\s+"
                          r"(?:[\w'’-]+\s+){0,4}|"
                          # "could help by stopping sending arms to Kyiv", "smettendo di
                          # inviare armi": what others are asked to stop
                          r"(?:by stopping|by ceasing|smettendo di|smettere di|smettano di|"
                          r"smetta di|cessando di)\s+(?:sending|supplying|delivering|inviare|"
                          r"fornire|consegnare)\s+(?:[\w'’-]+\s+){0,3}|"
                          # "using them would require German soldiers", "richiederebbe la
                          # presenza di soldati tedeschi": what a use needs, not a pledge
                          r"(?:would|will|could)?\s*(?:require|requires|required|need|needs)\s+"
                          r"(?:[\w'’-]+\s+){0,3}|(?:richiederebbe|richiede|richiederà|"
                          r"servirebbero|servirebbe)\s+(?:[\w'’-]+\s+){0,4})$")
_CONTRIBUTION_OF = re.compile(r"(?:contribution|contributo)\s+(?:of|di)\s+(?:[\w'’-]+\s+){0,2}")
_SERVED = re.compile(r"(?<![\w])(?:per\s+(?:la|le|il|i|gli)(?:\s+(?:sue|suoi|sua|loro))?|alle|"
                     r"agli|ai|for\s+(?:the|its|their)|to\s+(?:the|its|their)|"
                     r"serving\s+the)\s+(?:(?:allied|alleate|multinational|multinazionale|"
                     r"european|europee|nato|western|occidentali)\s+)?$")
_CLAUSE_SPLIT = re.compile(r",\s*(?:ma|but|anche se|although|while|mentre)\s|;|"
                           r",\s*(?:and|e)\s+(?:that|che)\s|,\s*(?:adding|aggiungendo)\s+"
                           r"(?:that|che)\s|\s(?:e|and)\s+"
                           r"(?=non\s|not\s|no longer|continu)|\s(?:ma|but)\s|"
                           # "would give €50m, and could send up to 40 more missiles if …": a
                           # second pledge with its own modal, certainty and condition
                           r",\s(?:and|e)\s+(?=(?:also\s+|anche\s+)?(?:could|might|may|would|will|"
                           r"potrebbe|potrebbero|potrà|potranno)\s)|"
                           # "would train 2,000 soldiers this year and was considering sending
                           # instructors once a ceasefire is in place": a second pledge, its own
                           r"\s(?:e|and)\s+(?=(?:was|is|were|are|sta|stava|stanno|stavano)\s+"
                           r"(?:also\s+|anche\s+)?(?:considering|weighing|studying|mulling|"
                           r"exploring|valutando|considerando|studiando|esaminando)(?![\w]))")
_RECIPIENT = re.compile(r"(?<![\w])(?:all'ucraina|a kiev|to ukraine|for ukraine|per l'ucraina|"
                        r"in ucraina|into ukraine|in ukraine|ukraine's|dell'ucraina|kyiv|kiev|"
                        r"ukrainian skies|ukrainian airspace|cieli ucraini|spazio aereo ucraino|"
                        r"all'ucraina|(?:send|give|provide|offer|supply|grant|lend|sends|gives|lends|"
                        r"provides|offers|supplies|grants)\s+ukraine)(?![\w])")
_UA_BEFORE = re.compile(r"(?:ukrainian|ukraine's|kyiv's)\s+$")
_UA_AFTER = re.compile(r"\s+(?:ucrain[aeio]|di kiev|dell'ucraina)(?![\w])")
_OWN = re.compile(r"(?<![\w])(?:il suo paese|suo paese|his country|her country|its|our country|"
                  r"nostro paese|il suo governo|his government|her government|noi|we)(?![\w])")


def _clauses(view: str, s: int, e: int) -> list[tuple[int, int]]:
    out = _split(s, e, [m.span() for m in _CLAUSE_SPLIT.finditer(view, s, e)])
    piece = view[s:e]
    if " e " in piece or " and " in piece or " ed " in piece or "," in piece:
        out = [c for a, b in out for c in _split(a, b, _new_subjects(view, a, b))]
    return out


def _split(s: int, e: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[s, e) cut at `cuts` (spans in text order), the cuts left out."""
    out, pos = [], s
    for a, b in cuts:
        out.append((pos, a))
        pos = b
    out.append((pos, e))
    return [c for c in out if c[1] > c[0]]


_AND_THE = re.compile(r"(?:\s(?:e|ed|and)|,(?:\s(?:e|ed|and|adding that|aggiungendo che|"
                      # "…, alla quale Parigi fornirà anche 18 obici": a relative clause
                      r"(?:alla|al|ai|alle|a cui|per la|per il) qual[ei]|to which|for which))?)\s+"
                      r"(?:the\s+|il\s+|la\s+|l'|lo\s+)?")
_ADVERB = re.compile(r"\s+(?:also|anche|too|inoltre|then|poi)?\s*")


def _new_subjects(view: str, s: int, e: int) -> list[tuple[int, int]]:
    """Each "and" or comma that opens a clause of its own: another giver with its own pledge
    verb ("…, il Canada 25 milioni … e la Lituania consegnerà altri 20 blindati", "Germany
    pledged a Patriot system, Spain pledged Patriot missiles")."""
    name_re = _actor_res()[0]
    out: list[tuple[int, int]] = []
    for m in _AND_THE.finditer(view, s, e):
        if (name := name_re.match(view, m.end(), e)) is not None \
                and (gap := _ADVERB.match(view, name.end(), e)) is not None \
                and _PLEDGE.match(view, gap.end(), e) is not None \
                and _PLEDGE.search(view, out[-1][1] if out else s, m.start()):
            # (the clause before has a verb of its own: "France and Germany will send" is
            # one clause of two givers)
            out.append((m.start(), m.end()))
    return out


_BODIES = frozenset({"EU", "NATO", "G7", "World Bank", "IMF", "United Nations", "IAEA",
                     "coalition of the willing", "European Investment Bank", "EBRD"})
_EU_BODIES = frozenset({"European Commission", "European Council", "European Parliament"})


def _actor_of(org: OrgMention) -> str:
    """A national body commits its country ("the Pentagon" -> US); the EU's institutions
    commit the EU; other bodies (NATO, IMF) commit themselves."""
    if org.name in _EU_BODIES:
        return "EU"
    if org.country and org.name not in _BODIES:
        return org.country
    return org.name


_FORCE = r"(?:forze|truppe|soldati|militari|forces|troops|soldiers|government|governo)"


@cache
def _actor_res() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    names, adjs = countries()
    names = {f: c for f, c in {**names, **capitals()}.items() if c != "UA" and len(f) >= 4}
    # "Brussels will send another €1.5bn": in these texts the EU's, not Belgium's
    names.update({"brussels": "EU", "bruxelles": "EU"})
    adjs = {f: c for f, c in adjs.items() if c != "UA" and len(f) >= 4}

    def alt(forms: dict[str, str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w]){alternation(forms)}(?![\w])")

    return alt(names), names, alt(adjs), adjs


# two-letter names are matched on the original text, where "US" is not the pronoun "us"
_SHORT_NAMES = re.compile(r"(?<![\w.])(US|U\.S\.|UK|U\.K\.|USA)(?![\w])")
_SHORT_CODES = {"US": "US", "UK": "GB", "USA": "US"}
_GLUED_NOT = re.compile(r"(?<![\w])([a-zà-ù]{2,})non(?=\s)")


def _glued_not(ctx: Ctx, s: int, e: int) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(actor, its span, the span of "non") where a machine translation glued "non" to the
    actor before it ("la Germanianon fornirà", "NATOnon invierà"); "Lebanon" is a name."""
    _, names, _, _ = _actor_res()
    _, orgs = orgs_re()
    out = []
    for m in _GLUED_NOT.finditer(ctx.view, s, e):
        stem = m.group(1)
        if stem + "non" in names or stem + "non" in orgs:
            continue
        org = orgs.get(stem)
        actor = names.get(stem) or (org.name if org is not None and org.name in _BODIES
                                    else None)
        if actor:
            out.append((actor, m.span(1), (m.end(1), m.end())))
    return out


# "shells bought outside the EU": a place, not a giver
_OUTSIDE_BEFORE = re.compile(r"(?<![\w])(?:outside|beyond|fuori)\s+(?:of\s+)?(?:the\s+|"
                             r"dall['’]\s*|dalla\s+)?$")
_PLEDGE_NOUN_AFTER = re.compile(r"\s+(?:new\s+)?(?:pledge|promise|contribution)(?![\w])")
_PLEDGE_NOUN_BEFORE = re.compile(r"(?<![\w])(?:impegno|promessa|contributo)\s+$")
_LED_AFTER = re.compile(r"-(?:led|backed|brokered|made|built|based|owned|run|funded|"
                        r"sponsored)(?![\w])")


_MANDATE_BEFORE = re.compile(r"(?<![\w])(?:mandat[oe]|mandate|approval|approvazione|"
                             r"authori[sz]ation|autorizzazione|resolution|risoluzione)\s+"
                             r"(?:of|from|by|dell'|del|della|dello|dal|dalla)\s*(?:the\s+)?$")
_MANDATE_AFTER = re.compile(r"[\s-]+(?:security council\s+)?(?:mandate|mandated|resolution)"
                            r"(?![\w])")


def _actors(ctx: Ctx, s: int, e: int, verb_end: int) -> list[tuple[str, tuple[int, int]]]:
    """Countries that act in [s, e): names before the pledge verb, or adjectives on troops
    ("soldati francesi", "German forces")."""
    view = ctx.view
    name_re, names, adj_re, adjs = _actor_res()
    out: list[tuple[str, tuple[int, int]]] = []
    for m in name_re.finditer(view, s, e):
        if m.start() <= verb_end and not _PLACE_BEFORE.search(view, max(s, m.start() - 4),
                                                               m.start()) \
                and not _LED_AFTER.match(view, m.end()):  # "the Czech-led initiative"
            out.append((names[m.group()], m.span()))  # "detto a Monaco": where, not who
    for org in find_orgs(view, s, verb_end):
        if _OUTSIDE_BEFORE.search(view, max(s, org.start - 16), org.start):
            continue  # "munizioni fuori dall'UE": a place, not a giver
        if _MANDATE_BEFORE.search(view, max(s, org.start - 30), org.start) \
                or _MANDATE_AFTER.match(view, org.end):
            continue  # "senza un mandato dell'ONU", "a UN mandate": who permits, not a giver
        if org.name in _BODIES or org.name in _EU_BODIES:  # "la Commissione europea": the EU
            out.append((_actor_of(org), (org.start, org.end)))
        elif org.country and org.country != "UA":  # "The Pentagon unveiled …": its country
            out.append((org.country, (org.start, org.end)))
    out += [(actor, span) for actor, span, _ in _glued_not(ctx, s, verb_end)]
    for m in _SHORT_NAMES.finditer(ctx.text, s, verb_end):  # "the US", written in capitals
        if not _OUTSIDE_BEFORE.search(view, max(s, m.start(1) - 16), m.start(1)):
            out.append((_SHORT_CODES[m.group(1).replace(".", "")], m.span(1)))
    for m in adj_re.finditer(view, s, e):
        ms, me = m.span()
        if re.search(rf"{_FORCE}\s+$", view[max(s, ms - 20):ms]) or re.match(
                rf"\s+{_FORCE}", view[me:me + 20]) or (
                # "A Dutch pledge of 100 million euros", "un nuovo impegno olandese"
                ms < verb_end and (_PLEDGE_NOUN_AFTER.match(view, me)
                                   or _PLEDGE_NOUN_BEFORE.search(view, max(s, ms - 24), ms))):
            out.append((adjs[m.group()], m.span()))
    if not out:  # "Macron e Starmer hanno firmato …": the leaders who pledge, for their countries
        out += [(p.country, p.country_span or (p.start, p.end))
                for p in ctx.people_in(s, verb_end)
                if p.country and p.end <= verb_end and p.country not in ("UA", "RU")]
    asides = [m.span() for m in ASIDE.finditer(view, s, e)]  # ", who met Putin in Moscow,"
    return sorted({a for a in out if not any(x <= a[1][0] < y for x, y in asides)},
                  key=lambda a: (a[1][0], a[1][1], a[0]))


def _take(d: Draft, span: tuple[int, int]) -> None:
    """Record `span` as counted by pledge `d` without making it a field: the pipeline treats
    every span a draft holds as taken, so the number is not told again as a figure."""
    if span not in d.spans.values():
        d.spans[f"also{len(d.spans)}"] = span


_PACKAGE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:package|pacchetto)(?![\w])")
_LISTED_FIELDS = ("actor", "action", "negated", "certainty", "condition", "recipient", "speaker")


def _row_of(d: Draft, action: tuple[int, int] | None = None) -> Draft:
    """A row of pledge `d`'s own: its giver, action, negation, certainty, condition, recipient
    and speaker (the action's evidence at `action` when given), for a count of its own."""
    row = Draft("commitment", d.start, d.end, confidence=0.55)
    for name in _LISTED_FIELDS:
        if name in d.fields:
            row.set(name, d.fields[name],
                    action if name == "action" and action else d.spans.get(name))
    return row


def _listed_arms(ctx: Ctx, drafts: list[Draft], pledged: list[tuple[int, int]],
                 arms: list[tuple[int, int]], cs: int, ce: int) -> list[Draft]:
    """Counted arms a pledge lists besides its own quantity, one row each ("a $325m package
    that includes 15 Bradley fighting vehicles and 10 Strykers", "would send two MARS II
    launchers and 50 Dingo vehicles"), so each count can be added up; a number that is no
    count (a model, a year) is only taken by the pledge, so it is not told as a figure; of
    the arms named apart from the pledge (`arms` beside `pledged`), only the counts."""
    view = ctx.view
    d = next((x for x in drafts if x.fields.get("action") == "weapons"), drafts[0])
    weapons = d.fields.get("action") == "weapons"
    held = {x.spans.get("quantity") for x in drafts}
    out = []
    for a, b in arms:  # "a package that includes another IRIS-T system and 20 Marders"
        if (a, b) not in pledged and weapons and not any(
                x.spans.get("action", (-1, -1))[0] == a for x in drafts):
            row = _row_of(d, (a, b))
            _one_more(view, row, (a, b), ce)
            _own_hedge(view, row, d, a)
            if "quantity" in row.fields:
                out.append(row)
    for n in ctx.numbers(cs, ce):
        arm = next(((a, b) for a, b in arms if 0 <= a - n.end <= 30), None)
        paid = currency_of(view, n)
        if arm is None:
            if paid and weapons and (n.start, n.end) not in held \
                    and d.fields.get("unit") not in _CURRENCY_CODES \
                    and _PACKAGE_AFTER.match(view, paid[1], ce):
                # "would deliver 10,000 drones this year as part of a £125m package": the sum
                # of the package is a row of its own, as it is when it is named first
                row = _row_of(d)
                _quantity(ctx, row, n.start, ce)
                out.append(row)
            continue
        if not weapons or paid or (n.start, n.end) in held \
                or ctx.numbers(n.end, arm[0]) or _no_quantity(view, n, cs) \
                or (arm not in pledged and n.start < d.spans.get("action", (cs, cs))[0]):
            # (arms named apart from the pledge count only after what it pledges: not "had
            # already received 109 Bradleys, and Washington will send 15 more")
            if arm in pledged:
                _take(d, (n.start, n.end))
            continue
        row = _row_of(d, arm)
        # its unit is named before the next count (not a model's number: "CV90")
        after = [x for x in ctx.numbers(n.end, ce) if not view[x.start - 1].isalpha()]
        _quantity(ctx, row, n.start, after[0].start if after else ce)
        _own_hedge(view, row, d, n.start)
        out.append(row)
    return out


# a verb phrase of its own that hedges: "would send 36 M113s and could hand over two NASAMS
# launchers", "consegnerà 78 Caesar e potrebbe fornire altri 40 SCALP"
_HEDGED_VERB = re.compile(r"(?<![\w])(?:and|but|e|ma)\s+(?:could|might|may|potrebbe|potrebbero|"
                          r"potrà|potranno)(?![\w])")


def _own_hedge(view: str, row: Draft, d: Draft, at: int) -> None:
    """A listed arm after a hedged verb of its own is possible, whatever the first pledge's
    certainty."""
    first = d.spans.get("action")
    if row.fields.get("certainty") == "definite" and first is not None and first[1] <= at \
            and (hedge := _HEDGED_VERB.search(view, first[1], at)) is not None:
        row.unset("certainty")
        row.set("certainty", "possible", hedge.span())


def _count(d: Draft) -> tuple[int, int] | None:
    """The span of the number of things `d` pledges (not a sum of money), if any."""
    return None if d.fields.get("unit") in _CURRENCY_CODES else d.spans.get("quantity")


def dedupe_commitments(drafts: list[Draft]) -> list[Draft]:
    """One commitment per (actor, action, negation, certainty, condition) and number of
    things pledged: a pledge that counts things of its own is a row of its own ("a $325m
    package with 15 Bradleys and 10 Strykers": three rows, so each count can be added up),
    one that counts nothing is told by the first. Other drafts pass as they are. What a
    dropped one counted is taken by the kept one."""
    first: dict[tuple[object, ...], Draft] = {}
    counted: set[tuple[object, ...]] = set()
    out = []
    for d in drafts:
        if d.kind == "commitment":
            k = (d.fields.get("actor"), d.fields.get("action"), d.fields.get("negated"),
                 d.fields.get("certainty"),  # "will send radars, and could send six Caesars"
                 d.fields.get("condition"))  # "…, and that 10 tanks would follow once …"
            n = _count(d)
            # (a sum is kept beside a first pledge that counts things: "10,000 drones as
            # part of a £125m package")
            if (k, n) in counted or (n is None and k in first and (
                    "quantity" not in d.fields or _count(first[k]) is None)):
                if (q := d.spans.get("quantity")) is not None:
                    _take(first[k], q)
                continue
            first.setdefault(k, d)
            counted.add((k, n))
        out.append(d)
    return out


_FOR_GAP = re.compile(r"\s+(?:\w+\s+){0,2}?(?:for|per)\s+(?:\w+\s+){0,3}")


_LOAN_WORDS = ("loan", "prestit", "tranche")


_SO_FAR = re.compile(r"(?<![\w])(?:since (?:the (?:start|beginning|full-scale invasion|invasion)|"
                     r"february 2022|2022)|so far|to date|finora|fino ad ora|dall'inizio "
                     r"(?:della guerra|dell'invasione|del conflitto))(?![\w])")
_GIVEN_BEFORE = re.compile(r"(?<![\w])(?:(?:had|has|have)\s+(?:\w+\s+){0,2}?(?:provided|given|sent|"
                           r"delivered|supplied|donated|allocated)|(?:ha|hanno|aveva|avevano)\s+"
                           r"(?:\w+\s+){0,2}?(?:fornito|inviato|consegnato|donato|stanziato|dato))"
                           r"\s+(?:[^.;]{0,40}?[\s\"“])?$")


_NEVER_DID = re.compile(r"(?<![\w])(?:(?:has|have|had)\s+never(?![\w])|never\s+\w+ed(?![\w])|"
                        r"(?:non|né)\s+(?:ha|hanno|aveva|avevano)\s+mai(?![\w]))")


def _never_did(view: str, d: Draft) -> bool:
    """Whether the refusal `d` denies a past deed ("has never supplied"), not a pledge."""
    neg, act = d.spans.get("negated"), d.spans.get("action")
    return neg is not None and act is not None and _NEVER_DID.search(
        view, max(0, neg[0] - 12), min(act[0], neg[1] + 12)) is not None


def _given_so_far(view: str, d: Draft, e: int) -> bool:
    """Whether `d` counts what was given so far: a past verb of giving before its quantity,
    and "so far" or "since February 2022" next to it."""
    q = d.spans.get("quantity")
    return q is not None and _GIVEN_BEFORE.search(view, max(d.start, q[0] - 60), q[0]) \
        is not None and (_SO_FAR.search(view, max(d.start, q[0] - 60), q[0]) is not None
                         or _SO_FAR.search(view, q[1], min(e, q[1] + 60)) is not None)


def find_commitments(ctx: Ctx, s: int, e: int, att: Attribution | None) -> list[Draft]:
    """The commitments of the sentence [s, e), `att` its attribution (or the item's last):
    each action named as the object of a pledge verb, with its giver, and one more per giver
    named with it or after a left-out verb; then each loan named with its lender."""
    view = ctx.view
    out = _pledged(ctx, s, e, att) if (_PLEDGE.search(view, s, e) or _GIVEN_MONEY.search(
        view, s, e) or _PASSIVE_MODAL.search(view, s, e)) else []
    if out and _SO_FAR.search(view, s, e):
        # "Washington had provided “more than $56bn” in security assistance since February
        # 2022": what was given so far is a running total, a figure, not a pledge
        out = [d for d in out if not _given_so_far(view, d, e)]
    if out:
        # "…, portando a oltre 3.000 il totale dei soggetti sanzionati": a running total the
        # pledge brings up to is a figure, not another pledge
        out = [d for d in out if (q := d.spans.get("quantity")) is None
               or not ((t := RUNNING_TOTAL.search(view, max(s, q[0] - 60), q[1]))
                       and t.start() < q[0])]
    piece = view[s:e]
    if out and ("never" in piece or "mai" in piece):
        # "China “has never supplied lethal weapons”", "non ha mai inviato armi": a denial of
        # what was done, no pledge
        out = [d for d in out if not _never_did(view, d)]
    if out and ("sked" in piece or "domanda" in piece):
        # "Asked by reporters whether he would keep arming Kyiv, Trump said only …": what a
        # question asks is no pledge
        for ask in _ASKED_WHETHER.finditer(view, s, e):
            stop = view.find(",", ask.end(), e)
            stop = e if stop < 0 else stop
            out = [d for d in out if not ask.start() <= d.spans.get("action", (s, s))[0] < stop]
    if out and (spent := _MONEY_USED.search(view, s, e)) is not None:
        # "The money will buy drones and HIMARS ammunition", "most of it is to be spent on
        # ammunition": what pledged money pays for is no pledge of its own, unless counted
        out = [d for d in out if "quantity" in d.fields
               or d.spans.get("action", (s, s))[0] < spent.start()]
    if out and _PASS_ON.search(view, s, e):
        for d in out:  # a permit to pass arms on is the permitting country's "other" (GUIDE)
            if d.fields.get("action") == "weapons" and _permits(view, d):
                d.fields["action"] = "other"
    if out and (blocked := _blocked(ctx, s, e, out)) is not None:
        out.append(blocked)
    # (also beside a pledge told after it: "“Nessun soldato italiano in Ucraina”, ha ribadito
    # Crosetto, aggiungendo che l'Italia è pronta a partecipare al monitoraggio …")
    out += [r for r in _verbless_refusals(ctx, s, e, att)
            if not any(d.spans.get("action") == r.spans.get("action") for d in out)]
    if (total := _future_total(ctx, s, e, att)) is not None \
            and not any(d.spans.get("quantity") == total.spans["quantity"] for d in out):
        out.append(total)
    if ("package" in piece or "pacchetto" in piece) \
            and (package := _package_named(ctx, s, e, out, att)) is not None:
        out.append(package)
    if any(w in piece for w in _STATION_WORDS):
        out += _stationed(ctx, s, e, out, att.speaker if att else None)
    if any(w in piece for w in _LOAN_WORDS):
        for d in _loans(ctx, s, e, out, att.speaker if att else None):
            _ukraines_by_default(view, d)
            out.append(d)
    return out


_MONEY_USED = re.compile(
    r"(?<![\w])(?:the money|the funds|the sum|most of it|much of it|most of the money|"
    r"its contribution|the contribution|i fondi|il denaro|la somma|gran parte|"
    r"la maggior parte)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:will|would|is to|are to|should)\s+(?:be\s+)?"
    r"(?:buy|pay for|go (?:to|towards)|spent on|used (?:to|for)|fund|finance)|"
    r"serviranno|servirà|andranno|andrà|sarà spes[oa]|saranno spesi|sarà usat[oa]|"
    r"saranno usati|sarà utilizzat[oa]|saranno utilizzati)(?![\w])")
_ASKED_WHETHER = re.compile(r"(?<![\w])(?:asked|alla domanda|domandato)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:whether|if|se)\s")
# a refusal told with no verb, as a heading of what is said: "No fighter jets from Germany for
# now, Scholz said", "Nessun soldato italiano in Ucraina, ha detto Crosetto"
_NO_THING = re.compile(r"\W*(?:no|nessun[oa]?|niente|not (?:one|a single)|non un[oa]? sol[oa]|"
                       r"nemmeno un[oa]?|neanche un[oa]?)\s+(?:more\s+|new\s+|altri\s+|"
                       r"altre\s+|nuov[ie]\s+)?")
# "“Not one soldier, not one euro for weapons,” Fico wrote": the next refusal of the heading
_NEXT_NO = re.compile(r",\s*(?=(?:and\s+|e\s+|nor\s+|né\s+)?(?:no|not|nessun|niente|nemmeno|"
                      r"neanche)\s)")
_FROM_GIVER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:from|dalla|dal|dall'|dai|dagli|dalle)\s*$")


def _verbless_refusals(ctx: Ctx, s: int, e: int, att: Attribution | None) -> list[Draft]:
    """The refusals a sentence opens with, as nouns with no verb, one after another."""
    out: list[Draft] = []
    pos = s
    while (d := _verbless_refusal(ctx, pos, e, att)) is not None:
        out.append(d)
        nxt = _NEXT_NO.match(ctx.view, d.spans["action"][1], min(e, d.spans["action"][1] + 30))
        if nxt is None:
            break
        pos = nxt.end()
    for d in out[1:]:
        d.start = out[0].start
    return out


def _verbless_refusal(ctx: Ctx, s: int, e: int, att: Attribution | None) -> Draft | None:
    """The refusal [s, e) opens with, as a noun with no verb: the giver named before or after
    the thing ("no new US weapons", "from Germany", "italiano"), else the speaker's country."""
    view = ctx.view
    if (no := _NO_THING.match(view, s, e)) is None:
        return None
    name_re, names, adj_re, adjs = _actor_res()
    actor: tuple[str, tuple[int, int]] | None = None
    at = no.end()
    if (before := adj_re.match(view, at, e)) is not None and view.startswith(" ", before.end()):
        actor, at = (adjs[before.group()], before.span()), before.end() + 1  # "no new US …"
    elif (short := _SHORT_NAMES.match(ctx.text, at, e)) is not None \
            and view.startswith(" ", short.end()):
        actor, at = (_SHORT_CODES[short.group(1).replace(".", "")], short.span()), short.end() + 1
    found = _actions_in(view, s, e, [at])
    if not found or found[0][1][0] != at:
        return None
    action, span = found[0]
    tail = min(e, span[1] + 30)
    if actor is None and (adj := adj_re.match(view, span[1] + 1, tail)) is not None \
            and view[span[1]:adj.start()].isspace():
        actor = adjs[adj.group()], adj.span()  # "nessun soldato italiano"
    if actor is None:  # "no fighter jets from Germany"
        actor = next(((names[m.group()], m.span()) for m in name_re.finditer(view, span[1], tail)
                      if _FROM_GIVER.search(view, span[1], m.start())), None)
    if att is None and actor is None:
        return None  # no one refuses: no giver named, no one speaking
    if actor is None and att is not None and att.speaker is not None and att.speaker.country:
        actor = att.speaker.country, (att.speaker.start, att.speaker.end)
    if actor is None or actor[0] in ("RU", "UA"):
        return None
    d = Draft("commitment", s, e, confidence=0.5)
    d.set("action", action, span)
    d.set("actor", actor[0], actor[1])
    d.set("negated", True, no.span())
    d.set("certainty", "definite")
    if action in _FOR_UKRAINE and (rec := _RECIPIENT.search(view, s, e)):
        d.set("recipient", "UA", rec.span())
    _ukraines_by_default(view, d)
    if att is not None and att.speaker is not None:
        d.set("speaker", att.speaker.name, (att.speaker.start, att.speaker.end))
    return d


def _sums(ctx: Ctx, s: int, e: int) -> Iterator[tuple[Number, tuple[str, int]]]:
    """The sums of money of [s, e) from a million up, each with (its currency, the end of
    the currency's words); crowns without their country take the crown country named."""
    for n in ctx.numbers(s, e):
        if n.value >= 1_000_000 and (cur := currency_of(ctx.view, n)
                                     or bare_crowns(ctx.view, n, s)) is not None:
            yield n, cur


def _sum_pledged(ctx: Ctx, d: Draft, n: Number, currency: str, s: int, e: int,
                 att: Attribution | None) -> None:
    """The rest of a pledge of the sum `n` in `currency` made by a rule of its own: its
    quantity and words, its unit, Ukraine as the recipient named or by default, and who
    said it."""
    d.set("quantity", n.value, (n.start, n.end))
    if n.vague or n.qualified:
        d.set("quantity_text", ctx.text[n.start:n.end], (n.start, n.end))
    d.set("unit", currency)
    if rec := _RECIPIENT.search(ctx.view, s, e):
        d.set("recipient", "UA", rec.span())
    _ukraines_by_default(ctx.view, d)
    if att is not None and att.speaker is not None:
        d.set("speaker", att.speaker.name, (att.speaker.start, att.speaker.end))


# a package named as a noun with its giver and its worth, pledged whatever verb (if any) the
# sentence has: "A new air-defence aid package from Norway worth 2.5 billion kroner, the fourth
# this year, …", "Un nuovo pacchetto di aiuti militari danese da 1,2 miliardi di corone"
_PACKAGE_WORD = re.compile(r"(?<![\w])(?:package|pacchetto)(?![\w])")
# from the package to its sum: "package from Norway worth ", "pacchetto di aiuti danese da "
_PACKAGE_TO_SUM = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,5}?)?\s*(?:worth|of|valued at|totalling|"
                             r"totaling|da|del valore di|di|pari a)\s+")
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){0,4}$")
_PACKAGE_AFTER_SUM = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?package(?![\w])")
_MILITARY_PACKAGE = re.compile(r"(?<![\w])(?:military|security|defen[cs]e|air-defen[cs]e|arms|"
                               r"weapons|militar[ie]|difesa|armi|sicurezza)(?![\w])")
_CIVIL_PACKAGE = re.compile(r"(?<![\w])(?:humanitarian|economic|financial|budget|energy|"
                            r"umanitar[io]|economic[io]|finanziar[io]|energetic[io])(?![\w])")
_MAYBE_PACKAGE = re.compile(r"(?<![\w])(?:possible|proposed|potential|planned|possibile|"
                            r"propost[oa]|eventuale|could|might|may|potrebbe)(?![\w])")
_FROM_NAME = re.compile(r"(?:from|dalla|dal|dall'|della|del|dell')\s*$")


def _package_named(ctx: Ctx, s: int, e: int, out: list[Draft], att: Attribution | None
                   ) -> Draft | None:
    """The pledge of a package named with a giver ("Norwegian", "from Norway", "danese") and
    a sum, when no pledge found in [s, e) has that sum: military words make it weapons (the
    GUIDE's "a package of military aid worth a sum"), civilian ones economic aid."""
    view = ctx.view
    taken = {d.spans.get("quantity") for d in out}
    for n, cur in _sums(ctx, s, e):
        if (n.start, n.end) in taken:
            continue
        pkg = next((m for m in _PACKAGE_WORD.finditer(view, max(s, n.start - 90), n.start)
                    if _PACKAGE_TO_SUM.fullmatch(view, m.end(), n.start)), None)
        if pkg is not None:
            before = _WORDS_BEFORE.search(view, max(s, pkg.start() - 60), pkg.start())
            lo, hi = before.start() if before else pkg.start(), n.start
        elif (a := _PACKAGE_AFTER_SUM.match(view, cur[1], e)) is not None:
            lo, hi = max(s, n.start - 40), a.end()  # "a $800m security package"
        else:
            continue
        np = view[lo:hi]
        action = "weapons" if _MILITARY_PACKAGE.search(np) else \
            "economic_aid" if _CIVIL_PACKAGE.search(np) else None
        if action is None:
            continue
        name_re, names, adj_re, adjs = _actor_res()
        giver = next(((adjs[g.group()], g.span()) for g in adj_re.finditer(view, lo, hi)), None) \
            or next(((names[g.group()], g.span()) for g in name_re.finditer(view, lo, hi)
                     if _FROM_NAME.search(view, lo, g.start())
                     or view.startswith(("'s", "’s"), g.end())), None)
        if giver is None:  # "a new EU military aid package": a body's
            giver = next(((_actor_of(o), (o.start, o.end)) for o in find_orgs(view, lo, hi)
                          if _actor_of(o) in _BODIES), None)
        if giver is None:
            continue
        if giver[0] in _BODIES and action == "weapons":
            action = "funding"  # a body's military package is money it pays (the EU's)
        d = Draft("commitment", s, e, confidence=0.5)
        d.set("actor", giver[0], giver[1])
        d.set("action", action, (lo, hi))
        d.set("certainty", "possible" if _MAYBE_PACKAGE.search(view, s, lo) else "definite")
        _sum_pledged(ctx, d, n, cur[0], s, e, att)
        return d
    return None


# what a giver's aid will amount to: "Berlin's military aid to Ukraine next year would total
# about €4bn", "Gli aiuti giapponesi all'Ucraina per il prossimo anno saranno pari a circa 4,5
# miliardi di dollari"
_AID_KIND = r"(?:(?P<kind>military|financial|economic|humanitarian|defen[cs]e|security)\s+)?"
_AID_KIND_IT = r"(?:\s+(?P<kind_it>militari|economici|finanziari|umanitari))?"
_AID_FOR = (r"(?:\s+(?:to|for)\s+(?:ukraine|kyiv|kiev)|\s*(?:all'ucraina|a kiev|per l'ucraina|per "
            r"kiev))?(?:\s+(?:next year|this year|in \d{4}|per il prossimo anno|il prossimo anno|"
            r"quest'anno|nel \d{4}))?")
_FUTURE_TOTAL = re.compile(
    r"(?<![\w])(?:(?P<giver>[\w-]+)'s\s+" + _AID_KIND + r"(?:aid|assistance|support)" + _AID_FOR
    + r"\s+(?:would|will|is set to|is expected to)\s+(?:total|amount to|reach|come to|be worth|"
    r"rise to)|(?:gli\s+)?aiuti" + _AID_KIND_IT + r"\s+(?P<adj_it>[a-z]+)" + _AID_FOR
    + r"\s+(?:saranno pari a|sarebbero pari a|ammonteranno a|raggiungeranno|arriveranno a))\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|over|up to|circa|quasi|oltre|più di|"
    r"fino a)\s+)?$")


def _future_total(ctx: Ctx, s: int, e: int, att: Attribution | None) -> Draft | None:
    """The pledge of what a giver's aid will amount to: funding when military, economic aid
    otherwise."""
    view = ctx.view
    piece = view[s:e]
    if not any(w in piece for w in ("would", "will", "is set", "is expected", "sarann",
                                    "sarebber", "ammonter", "raggiunger", "arriveranno")):
        return None
    _, names, _, adjs = _actor_res()
    for n, cur in _sums(ctx, s, e):
        m = _FUTURE_TOTAL.search(view, max(s, n.start - 120), n.start)
        if m is None:
            continue
        g = "giver" if m.group("giver") else "adj_it"
        word = m.group(g)
        code = names.get(word) if g == "giver" else adjs.get(word)
        if code is None:
            continue
        kind = m.group("kind") or m.group("kind_it")
        d = Draft("commitment", s, e, confidence=0.5)
        d.set("actor", code, m.span(g))
        d.set("action", "funding" if kind in ("military", "defence", "defense", "security",
                                              "militari") else "economic_aid", m.span())
        d.set("certainty", "definite")
        _sum_pledged(ctx, d, n, cur[0], s, e, att)
        return d
    return None


# arms passed on by a country that bought them, which the maker must permit: "will not let
# Germany re-export Swiss-made ammunition", "ha autorizzato i Paesi Bassi a riesportare",
# "non consentirà alla Polonia di trasferire all'Ucraina gli obici K9"
_PASS_ON = re.compile(r"(?<![\w])(?:re-?export\w*|riesport\w+|pass(?:ed|ing)? on|"
                      r"trasferir\w*|transfer\w*|"
                      # "turned down a request from Denmark to send 22 Swiss-made Piranhas"
                      r"(?<=to )send|(?<=di )inviare)(?![\w])")
_THIRD_ASKER = re.compile(r"(?<![\w])(?:requests?\s+(?:from|by)\s+|richiest[ae]\s+(?:della|del|"
                          r"dell'|dei|degli)\s*)(?!ukraine|kyiv|kiev|l'ucraina|ucraina)"
                          r"(?:[\w'’-]+\s+){1,3}?(?:to|di)\s+$")
_PERMIT_BEFORE = re.compile(r"(?<![\w])(?:let|allow\w*|permit\w*|approv\w+|authori[sz]\w+|"
                            r"autorizz\w+|consent\w+|permett\w+|permesso|requests?|"
                            r"richiest[ae])\s+(?:[\w'’-]+\s+){0,8}?(?:to\s+|a\s+|di\s+)?$")


def _permits(view: str, d: Draft) -> bool:
    """Whether the pledge `d` permits (or refuses) another country to pass its arms on: the
    verb of passing on stands before what is pledged (not "would send 14 tanks and approve
    requests to re-export theirs")."""
    act = d.spans.get("action")
    if act is None:
        return False
    for m in _PASS_ON.finditer(view, max(d.start, act[0] - 80), act[0]):
        lo = max(d.start, m.start() - 80)
        if m.group() in ("send", "inviare"):
            if _THIRD_ASKER.search(view, lo, m.start()):
                return True
        elif m.group().startswith(("re", "ri")) or _PERMIT_BEFORE.search(view, lo, m.start()):
            return True
    return False


_STATION_WORDS = ("station", "deploy", "based in", "schierat", "dispiegat", "di stanza", "be sent",
                  "inviati", "inviate")
# a force or arms of one country to be placed in another, told in the passive: "Russian
# tactical nuclear weapons could be stationed in Belarus", "up to 9,000 Russian servicemen
# would be deployed in Belarus", "le armi nucleari russe saranno schierate in Bielorussia"
_STATION_VERB = re.compile(
    r"(?<![\w])(?P<modal>will|would|could|may|might|are to|is to|were to|was to|saranno|"
    r"sarebbero|verranno|verrebbero|potrebbero|potrebbe|sarà|verrà)\s+(?P<neg>not\s+|non\s+)?"
    r"(?:be\s+|essere\s+)?(?:(?:stationed|deployed|based|schierat[eiao]|dispiegat[eiao]|"
    r"di stanza)\s+(?:in|nel|nella|on the territory of|sul territorio (?:della|del|dell'))\s*|"
    # "British forces would not be sent to the front line": troops sent, to Ukraine unless
    # another country is named
    r"(?P<sent>sent|deployed|inviat[ie]|dispiegat[ie]|schierat[ie])(?![\w]))")
_STATIONED_NOUN = re.compile(
    r"(?<![\w])(?:(?P<troops>troops|soldiers|servicemen|forces|brigades?|battalions?|truppe|"
    r"soldati|militari|forze|brigat[ae]|battaglion[ei])|(?P<weapons>(?:tactical\s+)?nuclear "
    r"weapons|nuclear warheads|missiles|missile systems|armi nucleari(?:\s+tattiche)?|"
    r"testate nucleari|missili|sistemi missilistici))(?![\w])")
_SENT_TO = re.compile(r"\s+(?:to|into|in|a)\s+")


def _stationed(ctx: Ctx, s: int, e: int, taken: list[Draft], speaker: Person | None
               ) -> list[Draft]:
    """A force or arms of one country that will be stationed in another: troops or weapons,
    the first country the actor, the second the recipient (no pledge told already holds it)."""
    view = ctx.view
    name_re, names, adj_re, adjs = _actor_res()
    out: list[Draft] = []
    for m in _STATION_VERB.finditer(view, s, e):
        if any(d.start <= m.start() < d.end for d in taken):
            continue
        where = name_re.match(view, m.end())
        nouns = list(_STATIONED_NOUN.finditer(view, max(s, m.start() - 60), m.start()))
        if not nouns or (where is None and not m.group("sent")):
            continue
        noun = nouns[-1]
        if m.group("sent") and not noun.group("troops"):
            continue  # arms "would be sent" are told with their giver elsewhere
        if m.group("sent") and where is None and (to := _SENT_TO.match(view, m.end())):
            where = name_re.match(view, to.end())  # "would be sent to Lithuania"
        dest = names[where.group()] if where else "UA"
        adj = next((a for a in adj_re.finditer(view, max(s, noun.start() - 40), m.start())
                    if adjs[a.group()] != dest), None)
        if adj is None:
            continue
        d = Draft("commitment", s, e, confidence=0.5)
        d.set("actor", adjs[adj.group()], adj.span())
        d.set("action", "troops" if noun.group("troops") else "weapons", noun.span())
        d.set("negated", bool(m.group("neg")), m.span("neg") if m.group("neg") else None)
        poss = _POSSIBLE.fullmatch(view, *m.span("modal")) is not None  # could, potrebbe
        d.set("certainty", "possible" if poss else "definite", m.span("modal"))
        d.set("recipient", dest, where.span() if where else None)
        if speaker:
            d.set("speaker", speaker.name, (speaker.start, speaker.end))
        _quantity(ctx, d, max(s, min(adj.start(), noun.start()) - 25), noun.end())
        if "quantity" in d.fields and "unit" not in d.fields:
            word = noun.group()
            d.set("unit", _UNITS.get(word, word), noun.span())
        out.append(d)
    return out


# a refusal of what the sentence pledged before: "…, but Hungary has threatened to block it",
# "ma l'Ungheria ha minacciato di bloccarlo", "Budapest could veto the plan"
_BLOCK_IT = re.compile(
    r"(?<![\w])(?:(?:block|veto)\s+(?:it|them|the\s+(?:package|plan|initiative|deal|loan|"
    r"decision|proposal|move|measure))|bloccarl[oaie]|bloccarne|porre il veto|"
    r"(?:bloccare|bloccherà|blocca)\s+(?:l'iniziativa|il pacchetto|il piano|l'accordo|il prestito|"
    r"la decisione|la proposta|la misura))(?![\w])")
_THREAT_BEFORE = re.compile(r"(?:threaten\w*|minacciat\w*|minaccia|could|may|might|potrebb\w+)"
                            r"\s+(?:to\s+|di\s+)?$")


def _blocked(ctx: Ctx, s: int, e: int, out: list[Draft]) -> Draft | None:
    """A giver named after a pledge who would block it: a refusal of the same action."""
    view = ctx.view
    m = _BLOCK_IT.search(view, s, e)
    if m is None:
        return None
    first = out[-1]
    if first.start >= m.start():
        return None  # the pledge blocked is told before the block
    name_re, names, _, _ = _actor_res()
    who = [x for x in name_re.finditer(view, max(s, m.start() - 80), m.start())]
    if not who or names[who[-1].group()] == first.fields.get("actor"):
        return None
    d = Draft("commitment", who[-1].start(), m.end(), confidence=0.5)
    d.set("action", first.fields["action"], m.span())
    d.set("actor", names[who[-1].group()], who[-1].span())
    d.set("negated", True, m.span())
    threat = _THREAT_BEFORE.search(view, max(s, m.start() - 30), m.start())
    d.set("certainty", "possible" if threat else "definite", threat.span() if threat else None)
    if (rec := first.fields.get("recipient")) is not None:
        d.set("recipient", rec, first.spans.get("recipient"))
    return d


def _pledged(ctx: Ctx, s: int, e: int, att: Attribution | None) -> list[Draft]:
    """The pledges of the sentence [s, e) made with a verb."""
    view = ctx.view
    speaker = att.speaker if att else None
    out: list[Draft] = []
    pledges: list[re.Match[str]] = []
    conditions: list[tuple[int, int]] | None = None
    for cs, ce in _clauses(view, s, e):
        # ("£54m for air defence systems and generators": what the money pays for)
        starts = [m.start() for m in _ANY_ACTION.finditer(view, cs, ce)
                  if not (_IN_KIND.match(view, m.start())
                          and _PAID_FOR.search(view, max(cs, m.start() - 40), m.start()))]
        given = _GIVEN_MONEY.search(view, cs, ce)
        money = given if not starts else None
        found = _actions_in(view, cs, ce, starts) if starts else []
        similar = None
        # what is pledged named before: "Washington ne invierà altri 15", "similar measures"
        if (ne := _ne_pledge(ctx, s, cs, ce)) is not None:
            found.append(ne[:2])
        elif not starts and money is None and out and (sim := _SIMILAR.search(view, cs, ce)):
            found = [(str(out[-1].fields["action"]), sim.span())]
            # "they had no such plans" is its own pledge verb
            if not pledges:
                pledges = list(_PLEDGE.finditer(view, s, e))
            similar = _pledge_at(pledges, sim.start())
        if not found and money is None:
            continue
        # "if the training of the pilots is finished in time", "because pilots need months of
        # training": what a condition or a reason names is not pledged
        if conditions is None:  # the sentence's, read once for all its clauses
            conditions = [c.span() for c in _CONDITION.finditer(view, s, e)]
        found = [(a, sp) for a, sp in found
                 if not any(c0 <= sp[0] < c1 for c0, c1 in conditions)
                 and not _BECAUSE.search(view, cs, sp[0])
                 # "supporto logistico alle forze alleate": the forces are served, not sent
                 and not (a == "troops" and _SERVED.search(view, max(cs, sp[0] - 25), sp[0]))
                 # "si riuniranno per discutere di nuovi aiuti militari": talked about
                 and not _DISCUSSED.search(view, max(cs, sp[0] - 70), sp[0])
                 and not _NOT_PLEDGED.search(view, max(cs, sp[0] - 60), sp[0])
                 # "l'Ucraina ha già ricevuto 109 veicoli da combattimento": had, not pledged
                 and not (a == "weapons"
                          and _RECEIVED_BEFORE.search(view, max(cs, sp[0] - 50), sp[0]))
                 # "sanctions on 30 more boats of the shadow fleet": what is sanctioned
                 and not (a == "weapons"
                          and _SANCTIONED_BEFORE.search(view, max(cs, sp[0] - 45), sp[0]))
                 and not (a == "weapons"
                          and _USED_OR_ACTING.search(view, max(cs, sp[0] - 35), sp[0]))]
        if any(a == "ceasefire_monitoring" for a, _ in found):
            # "soldati britannici potrebbero contribuire a sorvegliare una tregua": the
            # soldiers are the monitors
            found = [(a, sp) for a, sp in found if a != "troops"]
        if weapons := [sp for a, sp in found if a == "weapons"]:
            # "a contribution of Leopard tanks": the contribution is the tanks, not money
            found = [(a, sp) for a, sp in found if not (
                a == "funding" and _CONTRIBUTION_OF.fullmatch(view, sp[0], weapons[0][0]))]
        if money is not None:  # "would give Ukraine 120 million euros": money given, funding
            found.insert(0, ("funding", money.span("amount")))
        if not _MILITARY.search(view, s, e):  # money paid for nothing military is economic
            # aid ("Bruxelles ha versato all'Ucraina 1,5 miliardi di euro", "disbursed")
            found = [("economic_aid" if a == "funding" and (
                sp == (money.span("amount") if money else None)
                or _PAY_VERB.fullmatch(view, *sp)) else a, sp) for a, sp in found]
        # an action counts only as the object of a pledge verb shortly before it
        if not pledges:
            pledges = list(_PLEDGE.finditer(view, s, e))
        # ... or of a passive one after it: "a price cap agreed by the G7", "deciso dall'UE";
        # "l'Ucraina riceverà dalla Banca mondiale 2,5 miliardi": the giver is the agent
        passive = _PASSIVE_PLEDGE.search(view, cs, ce) or _RECEIVED_FROM.search(view, cs, ce) \
            or _GIVEN_FROM.search(view, cs, ce)
        modal = _PASSIVE_MODAL.search(view, cs, ce)
        kept: list[tuple[int, int]] = []  # the actions the object of a pledge verb
        objects = []
        for a, sp in found:
            if _pledge_before(pledges, s, sp[0]) or _pledge_at(pledges, sp[0]) \
                    or _second_object(ctx, kept, sp):
                # (a second object of the same verb: "annunciato sanzioni contro 24 persone …
                # e 500 milioni di dollari canadesi in aiuti militari")
                kept.append(sp)
                objects.append((a, sp))
            elif (passive is not None and (sp[1] <= passive.start() <= sp[1] + 60
                                           or passive.start() <= sp[0] < passive.end()
                                           # the clause's subject, however long: "Sanctions
                                           # on 22 individuals accused of …, were imposed"
                                           or (sp[0] - cs <= 12 and sp[1] <= passive.start()))) \
                    or (modal is not None and sp[1] <= modal.start() <= sp[1] + 160) \
                    or (money is not None and sp == money.span("amount")) \
                    or (given is not None and 0 <= sp[0] - given.end() <= 80) \
                    or _pledge_after(ctx, pledges, sp[1], ce) is not None:
                # a passive verb after it; the money given, its own verb; what that money
                # pays for ("to add €500m to the Peace Facility to pay for ammunition"); a
                # pledge told after it ("the 24 F-16 jets the Netherlands pledged to Kyiv")
                objects.append((a, sp))
        found = objects
        if mf := next((sp for a, sp in found if a == "munitions_funding"), None):
            # "i fondi per i primi 300.000 proiettili d'artiglieria": the shells paid for
            found = [(a, sp) for a, sp in found
                     if not (a == "weapons" and 0 <= sp[0] - mf[1] <= 30)]
        if any(a == "economic_aid" for a, _ in found):  # "borrow €18bn to fund Ukraine":
            found = [(a, sp) for a, sp in found if a != "funding"]  # the loan is the aid
        if {"funding", "weapons"} <= {a for a, _ in found} and any(
                currency_of(view, n) for n in ctx.numbers(cs, ce)):
            package = next((sp for a, sp in found if a == "funding"
                            and _PACKAGE.search(view, *sp)), None)
            first_arms = min(sp[0] for a, sp in found if a == "weapons")
            if package is not None and package[1] <= first_arms \
                    and _INCLUDING.search(view, package[1], first_arms):
                # "a €500m aid package including two IRIS-T systems and 12 Gepard guns": a
                # package of arms worth a sum, its arms listed (a row each, below)
                found = [("weapons" if sp == package else a, sp) for a, sp in found
                         if a not in ("funding", "weapons") or sp == package]
            else:
                # "500 milioni di euro al fondo per le armi": money that pays for arms is
                # funding
                found = [(a, sp) for a, sp in found if a != "weapons"]
        if train := next((sp for a, sp in found if a == "training"), None):
            # "train Ukrainian pilots on F-16 jets": the jets are what they train on, and
            # "addestrando una brigata ucraina di 2.300 soldati": the soldiers are trained (not
            # "would train 2,000 soldiers and could deliver six howitzers": a verb of their own)
            found = [(a, sp) for a, sp in found if a not in ("weapons", "troops")
                     or sp[0] < train[0]
                     or any(train[1] <= p.start() < sp[0] for p in pledges)]
        # the clause's first arms: "spend not a cent on weapons", "committed 1.5bn crowns to
        # buying artillery": money for the arms; "jets to patrol Ukrainian skies": air support
        first = next((sp for a, sp in found if a == "weapons"), None)
        found = [(_money_or_sky(view, a, sp, ce) if sp == first else a, sp) for a, sp in found]
        if not found:
            continue
        # the clause's own first pledge verb ("..., while NATO will not send troops"), else
        # the first one shortly before ("Budapest would not support ... and would not send")
        pledge = similar or next((m for m in pledges
                                  if m.start() >= cs and m.end() <= found[0][1][0]),
                                 None) or _pledge_before(pledges, s, found[0][1][0]) \
            or _pledge_at(pledges, found[0][1][0]) or passive or modal or money or given \
            or _pledge_after(ctx, pledges, found[0][1][1], ce)
        assert pledge is not None
        actors = _actors(ctx, s, ce, pledge.end())
        # the agents of "agreed by …" are the ones who commit
        agents = _agents(ctx, passive.end(), ce) if passive is not None else []
        if not agents and modal is not None and (by := _MODAL_BY.match(view, modal.end(), ce)):
            agents = _agents(ctx, by.end(), ce)  # "are to be delivered to Ukraine by Spain"
        own = _OWN.search(view, s, ce)
        # "..., mentre il presidente francese Emmanuel Macron ha detto che Parigi fornirà":
        # a clause with its own speech verb and speaker speaks for itself
        here = attribute(ctx, cs, ce, (s, e)) if (cs, ce) != (s, e) else None
        speaks_here = bool(here and here.speaker and cs <= here.speaker.start < ce)
        spk = here.speaker if here and speaks_here else speaker
        first_new = len(out)
        for action, span in found:
            # a clause with a speaker of its own does not borrow the sentence's actor
            # (a name may begin before it: "and the Netherlands" is cut after "the")
            own_actors = [a for a in actors if a[1][1] > cs]
            # a clause with a giver or a pledge verb of its own has its own hedge: "was
            # considering new sanctions …, but would not supply Tomahawk missiles" is definite
            hedge_from = cs if own_actors or (cs > s and pledge.start() >= cs) else None
            local = own_actors or ([] if speaks_here else actors) \
                or _modifiers(ctx, pledge.end(), span[1], action) \
                or _owner_adjective(ctx, cs, ce, span, action) \
                or _doers_adjective(ctx, cs, pledge.start()) \
                or (_sides_acting(ctx, cs, pledge.start()) if action == "other" else [])
            if action == "other" and (side := _sides_acting(ctx, cs, pledge.start())) \
                    and all(a[1][0] < side[0][1][0] for a in local if a[1][1] <= pledge.start()):
                local = side  # "Kyiv would not agree to any ceasefire while Russian troops…"
            before = [a for a in local if a[1][1] <= pledge.start()]
            # beside other actors, Russia is what they act about ("la guerra della Russia")
            before = [a for a in before if a[0] != "RU"] or before
            # "Switzerland turned down a request from Denmark to send …": the one asking is
            # not the giver
            before = [a for a in before if not _ASKER_BEFORE.search(
                view, max(cs, a[1][0] - 25), a[1][0])] or before
            # the clause's own names: those that are the verb's subject; names borrowed from
            # an earlier clause ("…, ma potrebbe contribuire"): all of them, the first first
            subjects = (_chain(view, before) if own_actors else before) or local[:1]
            partners: list[tuple[str, tuple[int, int]]] = []
            if action == "security_guarantees":  # the partners named after, not those of its
                # condition ("una volta raggiunto un accordo di pace con la Russia")
                partners = [p for p in _partners(ctx, span[1], ce)
                            if not any(c0 <= p[1][0] < c1 for c0, c1 in conditions or ())]
            if partners or agents:  # "signed security agreements with Germany and France"
                subjects = local = partners or agents
            for extra in subjects[1:]:  # "France and the UK will deploy": one row each
                d2 = Draft("commitment", cs, ce, confidence=0.55)
                d2.set("action", action, span)
                d2.set("actor", extra[0], extra[1])
                _fill(ctx, d2, s, e, cs, ce, span, spk, hedge_from)
                out.append(d2)
            d = Draft("commitment", cs, ce, confidence=0.6)
            d.set("action", action, span)
            if subjects and not (own and spk and spk.country
                                 and own.start() < subjects[0][1][0]):
                d.set("actor", subjects[0][0], subjects[0][1])
            elif spk and spk.country:
                if spk.country in ("RU", "UA") and not own and action in _SUPPORT:
                    continue  # Peskov on "any deployment of European troops": others' pledge
                d.set("actor", spk.country, (own.start(), own.end()) if own else
                      spk.country_span)
            elif att and att.org:
                d.set("actor", _actor_of(att.org), (att.org.start, att.org.end))
            # a second thing pledged counts after the first ("sanzioni contro 24 persone e
            # 500 milioni di dollari canadesi in aiuti militari": the 500 million, not the 24)
            prior = max((sp2[1] for a2, sp2 in found if a2 != action and sp2[1] <= span[0]),
                        default=cs)
            if prior > cs and _PURPOSE.search(view, prior, span[0]):
                prior = cs  # "€2.3bn in loans and guarantees for reconstruction": one sum
            elif prior > cs and (joins := list(_JOIN.finditer(view, prior, span[0]))):
                prior = joins[-1].end()
            _fill(ctx, d, s, e, cs, ce, span, spk, hedge_from, prior)
            if ne and span == ne[1]:  # "ne invierà altri 15": the number after the verb
                for name in ("quantity", "quantity_text", "unit"):
                    d.unset(name)
                _quantity(ctx, d, span[0], ce)
                if ne[2] and "unit" not in d.fields:
                    d.set("unit", ne[2])
            out.append(d)
            out += _gapped(ctx, d, ce, e)
        if any(d.fields["action"] == "munitions_funding" for d in out[first_new:]):
            # "3 miliardi di corone per l'acquisto di munizioni d'artiglieria": the shells are
            # what the money buys, not arms pledged beside it
            out[first_new:] = [d for d in out[first_new:] if not (
                d.fields["action"] == "weapons" and "quantity" not in d.fields
                # (the arms' words or the few before them: "munizioni d'artiglieria")
                and _MUNITIONS.search(view, max(cs, d.spans["action"][0] - 20),
                                      d.spans["action"][1]))]
        if len(out) > first_new:  # "…, including 800 more anti-tank missiles": counted arms
            # (every weapon the clause names, however far from the verb: "a package including
            # 20 CV90 infantry fighting vehicles and 300 interceptor drones")
            out += _listed_arms(ctx, out[first_new:], [sp for a, sp in found if a == "weapons"],
                                [m.span() for m in _WEAPONS_AT.finditer(view, cs, ce)], cs, ce)
    out = _one_per_sum(view, out)
    # "Ukraine would not withdraw its troops", "Russia would send troops": no support given
    out = [d for d in out if not (d.fields.get("actor") in ("RU", "UA")
                                  and d.fields["action"] in _SUPPORT
                                  and d.fields.get("recipient") in (None, "UA"))
           # North Korea, Iran and Belarus arm and send troops to Russia, not to Ukraine
           and not (d.fields.get("actor") in _RUSSIAS_ALLIES and d.fields["action"] in _SUPPORT)]
    for d in out:  # "Kyiv was ready to accept a ceasefire": no one pledges to themselves
        if d.fields.get("recipient") is not None \
                and d.fields.get("recipient") == d.fields.get("actor"):
            d.unset("recipient")
    for d in out:  # "Poland did not plan to send troops either"
        _ukraines_by_default(view, d)
    return out


def _ukraines_by_default(view: str, d: Draft) -> None:
    """Aid in this war is Ukraine's, unless the pledge names a place elsewhere ("to
    Lithuania", "its own")."""
    if "recipient" not in d.fields and d.fields["action"] in _FOR_UKRAINE \
            and (not _ELSEWHERE.search(view, d.start, d.end)
                 # "would train about 2,000 Ukrainian soldiers on its own territory"
                 or (d.fields["action"] == "training"
                     and _UA_TRAINEES.search(view, d.start, d.end))):
        d.set("recipient", "UA")


_UA_TRAINEES = re.compile(r"(?<![\w])(?:ukrainian (?:soldiers|troops|servicemen|pilots|recruits|"
                          r"brigades|personnel|forces)|(?:soldati|militari|piloti|reclute|brigate|"
                          r"truppe) ucrain[ie])(?![\w])")


# Ukraine or Russia as the subject of a pledge of its own: a truce, a pause in attacks
_SIDE_SUBJECT = re.compile(r"(?<![\w])(?:(?P<ua>kyiv|kiev|ukraine|l'ucraina|ucraina|"
                           r"ukrainian (?:troops|forces|soldiers|army)|(?:le )?(?:truppe|forze) "
                           r"ucraine)|(?P<ru>moscow|mosca|russia|la russia|russian (?:troops|"
                           r"forces|soldiers|army)|(?:le )?(?:truppe|forze) russe))(?![\w])")


def _sides_acting(ctx: Ctx, a: int, b: int) -> list[tuple[str, tuple[int, int]]]:
    """The warring side that is the subject before a pledge verb at `b` ("Kyiv was ready to
    accept a ceasefire", "Mosca ordinerà un cessate il fuoco")."""
    found = list(_SIDE_SUBJECT.finditer(ctx.view, a, b))
    if not found:
        return []
    m = found[-1]
    return [("UA" if m.group("ua") else "RU", m.span())]


def _modifiers(ctx: Ctx, a: int, b: int, action: str) -> list[tuple[str, tuple[int, int]]]:
    """Who the pledged thing belongs to, named inside it: "a proposed €140bn EU reparations
    loan", "Sweden's latest package", "a new British loan" (not "Russian oil" of sanctions)."""
    view = ctx.view
    name_re, names, adj_re, adjs = _actor_res()
    found = [(org.name, (org.start, org.end)) for org in find_orgs(view, a, b)
             if org.name in _BODIES]
    found += [(names[m.group()], m.span()) for m in name_re.finditer(view, a, b)
              if view.startswith("'s", m.end())]
    if action != "sanctions":
        found += [(adjs[m.group()], m.span()) for m in adj_re.finditer(view, a, b)
                  if adjs[m.group()] != "RU" and not _LED_AFTER.match(view, m.end())]
    return sorted(found, key=lambda f: f[1][0])[:1]


# between two givers of one list: a comma or "and", or the first giver's leader and the
# second's title ("Il presidente francese Emmanuel Macron e il primo ministro britannico")
# what a swap hands back, named before "ne": no pledge ("ne ha consegnate 38 alla Russia")
_EXCHANGED_BEFORE = re.compile(r"(?<![\w])(?:salme|corpi|caduti|prigionieri|bodies|"
                               r"prisoners|remains)(?![\w])")
# "Washington ne invierà altri 15": what is sent named before, by the pronoun "ne"
_NE_PLEDGE = re.compile(r"(?<![\w])ne\s+(?:\w+\s+)?(?:invi|fornir|forni|consegn|dar|mand|don|"
                        r"promett|promess|spedir|trasferir)\w*\s+(?:anche\s+)?")
# "Canada and Australia announced similar measures": the pledge named before, again
_SIMILAR = re.compile(r"(?<![\w])(?:(?:similar|analogous|the same)\s+(?:measures|steps|"
                      r"sanctions|restrictions)|(?:misure|sanzioni|restrizioni|provvedimenti)\s+"
                      r"(?:analoghe|simili)|(?:analoghe|simili)\s+misure|"
                      # "…, but Germany and Poland said they had no such plans": the same
                      # pledge refused (the "no" before it is the refusal)
                      + _SUCH_PLANS + r")(?![\w])")


_BUYING = re.compile(r"(?<![\w])(?:spend|spending|spent|purchase of|purchases of|buying|buy|"
                     r"to buy|acquisto di|acquistare|comprare|spendere|spenderà)\s+"
                     r"(?:(?:[\w'\"“”-]+\s+){0,6}?(?:on|per|in)\s+)?(?:[\w'-]+\s+){0,2}$")
# a sum told: a currency or a scale of money (numbers.CURRENCIES, numbers.SCALES)
_MONEY_WORD = re.compile(r"[$€£]|(?<![\w])(?:" + alternation(
    [*CURRENCIES, *SCALES, "kroner", "crowns", "corone"], space=r"\s+") + r")(?![\w])")
# "buy two Patriot systems", "l'acquisto di un sistema NASAMS": arms bought, counted
_BOUGHT = re.compile(r"(?:buy|acquistare|comprare|purchase of|acquisto di)\s(\S+)\s")
_ONE_BOUGHT = frozenset({"a", "an", "one", "un", "una", "uno"})
_AIRCRAFT = re.compile(r"(?:jets?|planes?|aircraft|fighters|fighter jets|caccia|aerei|"
                       r"eurofighters?|rafales?|f-\d+s?|gripens?)$")
_SKY_PATROL = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:to\s+)?(?:patrol|police|protect|guard|"
                         r"sorvegli\w*|pattugli\w*|protegge\w*|alla sorveglianza|al pattugliamento)"
                         r"\s+(?:[\w'-]+\s+){0,2}?(?:skies|sky|airspace|cieli|spazio aereo)"
                         r"(?![\w])")


def _second_object(ctx: Ctx, kept: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether the action at `span` is a counted second object of the verb of the action kept
    before it ("annunciato sanzioni contro 24 persone … e 500 milioni di dollari canadesi in
    aiuti militari"): an "and" after that one, then a number, shortly before it."""
    if not kept:
        return False
    joins = list(_JOIN.finditer(ctx.view, kept[-1][1], span[0]))
    # (not "…, Denmark 2 billion crowns for air defence and Belgium €180m to buy ammunition":
    # another giver, whose pledge's verb is left out)
    return bool(joins) and span[0] - joins[-1].end() <= 70 \
        and bool(ctx.numbers(joins[-1].end(), span[0])) \
        and _actor_res()[0].search(ctx.view, joins[-1].end(), span[0]) is None


def _money_or_sky(view: str, action: str, span: tuple[int, int], ce: int) -> str:
    """Weapons that are what money is spent on are funding (munitions: munitions funding);
    aircraft sent to patrol a sky are air support."""
    if action != "weapons":
        return action
    if (buying := _BUYING.search(view, max(0, span[0] - 70), span[0])) is not None \
            and (_MONEY_WORD.search(view, max(0, buying.start() - 120), ce)
                 or not ((bought := _BOUGHT.search(buying.group())) and (
                     bought.group(1)[0].isdigit() or bought.group(1) in WORDS
                     or bought.group(1) in _ONE_BOUGHT))):
        # (not "could buy two Patriot systems from the US for Ukraine": arms bought for it,
        # counted, with no money told)
        return "munitions_funding" if _MUNITIONS.fullmatch(view, *span) else "funding"
    if _AIRCRAFT.search(view, span[0], span[1]) and _SKY_PATROL.match(view, span[1], ce):
        return "air_support"
    return action


def _ne_pledge(ctx: Ctx, s: int, cs: int, ce: int
               ) -> tuple[str, tuple[int, int], str | None] | None:
    """A pledge in [cs, ce) of more of a thing named before it in the sentence, by the
    pronoun "ne": (the thing's action, the number's span, the thing's unit)."""
    view = ctx.view
    if (m := _NE_PLEDGE.search(view, cs, ce)) is None:
        return None
    if _EXCHANGED_BEFORE.search(view, max(s, m.start() - 60), m.start()):
        return None  # "ha riavuto le salme di 1.000 militari e ne ha consegnate 38": a swap
    number = next(iter(ctx.numbers(m.end(), min(ce, m.end() + 25))), None)
    before = _actions_in(view, s, m.start(),
                         [a.start() for a in _ANY_ACTION.finditer(view, s, m.start())])
    if number is None or number.start - m.end() > 8 or not before:
        return None
    action, (a, b) = before[-1]
    unit = _HEAD_UNIT.search(view, max(s, a - 45), min(m.start(), b + 45))
    return action, (number.start, number.end), unit and _UNITS.get(unit.group(1), unit.group(1))


# a count of what the sentence before pledged, by a pronoun: "The country will supply eight of
# them", "Berlino ne consegnerà 14 entro marzo"
_OF_THEM_VERB = re.compile(r"(?<![\w])(?:supply|supplies|send|sends|deliver|delivers|provide|"
                           r"provides|give|gives|donate|donates|transfer|ship|ships)\s+")
_OF_THEM = re.compile(r"\s+of them(?![\w])")


def later_count(ctx: Ctx, s: int, e: int) -> Number | None:
    """The number the sentence [s, e) gives of a thing pledged before it, by a pronoun."""
    view = ctx.view
    for m in _OF_THEM_VERB.finditer(view, s, e):
        n = next(iter(ctx.numbers(m.end(), min(e, m.end() + 30))), None)
        if n is not None and n.start - m.end() <= 12 and _OF_THEM.match(view, n.end):
            return n
    if (ne := _NE_PLEDGE.search(view, s, e)) is not None:
        n = next(iter(ctx.numbers(ne.end(), min(e, ne.end() + 25))), None)
        if n is not None and n.start - ne.end() <= 8:
            return n
    return None


_LIST_GAP = re.compile(r"\s*(?:,|and|e|ed|as well as|together with|insieme a)?\s*"
                       r"(?:the\s+|la\s+|il\s+|l'|i\s+|gli\s+)?|"
                       r"(?:\s*[^\s,;.]+){0,3}\s+(?:and|e|ed)\s+(?:[^\s,;.]+\s+){0,4}")


def _chain(view: str, actors: list[tuple[str, tuple[int, int]]]
           ) -> list[tuple[str, tuple[int, int]]]:
    """The givers that are the pledge verb's subject: the list of names that ends nearest the
    verb ("Germany, France and the UK will send"), not a name in a phrase before it ("Al
    vertice della NATO a Bruxelles, la Germania ha promesso")."""
    if not actors:
        return []
    chain = [actors[-1]]
    for a in reversed(actors[:-1]):
        if a[1][1] > chain[0][1][0] or not _LIST_GAP.fullmatch(view, a[1][1], chain[0][1][0]):
            break
        chain.insert(0, a)
    return chain


# "Germany pledged four Eurofighters, France three Rafales": the verb left out before the
# second giver's number
_GAP_BEFORE = re.compile(r"(?:,|;|\s+and|\s+e|\s+ed|\s+while|\s+mentre)\s+(?:the\s+|il\s+|la\s+|"
                         r"i\s+|l')?$")
_GAP_TO_NUMBER = re.compile(r"\s*|\s+(?:on|to|against|a|ad|contro|su|per)\s+")
# a verb of its own and a number with no noun: "…, while Portugal pledged three", "mentre la
# Polonia ne ha promessi quattro" (told in a clause of its own, after the pledge it echoes)
_OWN_VERB_TO_NUMBER = re.compile(r"\s+(?:pledged|promised|offered|committed|"
                                 r"(?:will|would)\s+send|(?:ne\s+)?(?:ha|hanno)\s+"
                                 r"(?:promess[oaie]|offert[oaie])|(?:ne\s+)?(?:invierà|"
                                 r"fornirà))\s+")
_BARE_NUMBER_END = re.compile(r"\s*(?:[.,;:]|$)")
_GAP_END = re.compile(r",|;|\s+(?:and|e|ed|while|mentre)\s")


def _gapped(ctx: Ctx, d: Draft, ce: int, e: int) -> list[Draft]:
    """Pledges of other givers after `d` whose verb is `d`'s, left out: a country name right
    before a number ("…, France three Rafales", "… e l'Italia due batterie"), or whose thing
    is `d`'s, left out, to the sentence's end `e` ("…, while Portugal pledged three")."""
    q = d.spans.get("quantity")
    if q is None or "actor" not in d.fields:
        return []
    view = ctx.view
    name_re, names, _, _ = _actor_res()
    out = []
    for m in name_re.finditer(view, q[1], e):
        if not _GAP_BEFORE.search(view, max(q[1], m.start() - 12), m.start()):
            continue
        n = next(iter(ctx.numbers(m.end(), e)), None)
        if n is None or names[m.group()] == d.fields["actor"]:
            continue
        copied: tuple[str, ...] = ("action", "negated", "certainty", "condition", "recipient",
                                   "speaker")
        stop = ce
        if n.end > ce or not _GAP_TO_NUMBER.fullmatch(view, m.end(), n.start):
            if not (_OWN_VERB_TO_NUMBER.fullmatch(view, m.end(), n.start)
                    and _BARE_NUMBER_END.match(view, n.end, e)):
                continue
            stop, copied = e, ("action", "recipient")  # its verb's own hedge and condition
        end = gap.start() if (gap := _GAP_END.search(view, n.end, stop)) else stop
        d2 = Draft("commitment", d.start, d.end, confidence=0.55)
        for name in copied:
            if name in d.fields:
                d2.set(name, d.fields[name], d.spans.get(name))
        if "negated" not in d2.fields:  # its own verb: "pledged", "ne ha promessi"
            d2.set("negated", False)
            d2.set("certainty", "definite")
        d2.set("actor", names[m.group()], m.span())
        _quantity(ctx, d2, n.start, end)
        if d2.fields.get("unit") in _CURRENCY_CODES:
            if _BUY.search(view, n.start, end) and _MUNITIONS.search(view, n.start, end):
                d2.fields["action"] = "munitions_funding"  # "…, Norway NOK1.5bn to buy shells"
            elif d2.fields["action"] == "weapons":  # "…, and Belgium €1bn in military aid"
                d2.fields["action"] = "funding"
        elif "unit" not in d2.fields and "unit" in d.fields:
            d2.set("unit", d.fields["unit"])  # "La Germania invierà 20 carri, la Spagna sei"
        out.append(d2)
    return out


def _owner_adjective(ctx: Ctx, cs: int, ce: int, span: tuple[int, int], action: str
                     ) -> list[tuple[str, tuple[int, int]]]:
    """The giver named as an adjective on the pledged thing itself, wherever the verb stands:
    "received a £2.26bn British loan", "a Japanese loan of $3bn will be disbursed",
    "ha ricevuto un prestito giapponese"."""
    if action == "sanctions":
        return []  # "sanctions on Russian oil": what is sanctioned, not who
    _, _, adj_re, adjs = _actor_res()
    view = ctx.view
    for m in adj_re.finditer(view, max(cs, span[0] - 25), min(ce, span[1] + 25)):
        if adjs[m.group()] == "RU" or _LED_AFTER.match(view, m.end()):
            continue  # (nor "the Czech-led initiative": who leads it, not who gives)
        if _ADJ_BEFORE.fullmatch(view, m.end(), span[0]) \
                or _ADJ_AFTER.fullmatch(view, span[1], m.start()):
            return [(adjs[m.group()], m.span())]
    return []


def _doers_adjective(ctx: Ctx, cs: int, verb: int) -> list[tuple[str, tuple[int, int]]]:
    """The giver named as an adjective on those who will do it, the verb's subject: "Polish
    instructors would go on training Ukrainian soldiers", "i soldati francesi resteranno"."""
    _, _, adj_re, adjs = _actor_res()
    view = ctx.view
    found = [m for m in adj_re.finditer(view, max(cs, verb - 40), verb)
             if adjs[m.group()] not in ("RU", "UA") and _DOERS.match(view, m.end(), verb)]
    return [(adjs[found[-1].group()], found[-1].span())] if found else []


_DOERS = re.compile(r"[\s-]+(?:instructors|trainers|troops|soldiers|pilots|experts|forces|"
                    r"istruttori|addestratori|truppe|soldati|piloti|esperti|forze)\s+$|"
                    r"\s+(?:instructors|trainers|troops|soldiers|pilots|experts|forces)\s+"
                    r"(?:will|would|could|are|were)\b")
_ADJ_BEFORE = re.compile(r"[\s-]+(?:[\w-]+\s+)?")  # "British loan", "British-funded loan"
_ADJ_AFTER = re.compile(r"\s+")  # "prestito giapponese"


def _one_per_sum(view: str, drafts: list[Draft]) -> list[Draft]:
    """One pledge per sum of money: of the actions in a clause that took the same amount
    ("would spend €500m on US weapons, including Patriot parts"), the one named nearest the
    amount keeps it; the others are the same pledge told again ("including …") or pledges
    of their own that name no sum ("and is considering sending Storm Shadow missiles")."""
    best: dict[tuple[object, ...], tuple[tuple[bool, int], Draft]] = {}
    for d in drafts:
        q, a = d.spans.get("quantity"), d.spans.get("action")
        if q is None or a is None or d.fields.get("unit") not in _CURRENCY_CODES:
            continue
        key: tuple[object, ...] = (d.start, d.fields.get("actor"), q)
        # what the money is for comes first ("€2.3bn in loans and guarantees for Ukraine's
        # reconstruction"), then the action named nearest
        gap = (d.fields["action"] not in _PURPOSES, a[0] - q[1] if a[0] >= q[1] else q[0] - a[1])
        if key not in best or gap < best[key][0]:
            best[key] = (gap, d)
    out = []
    for d in drafts:
        key = (d.start, d.fields.get("actor"), d.spans.get("quantity"))
        if d.fields.get("unit") not in _CURRENCY_CODES or key not in best \
                or best[key][1] is d:
            out.append(d)
            continue
        kept = best[key][1].spans["action"]
        if _INCLUDING.search(view, kept[1], d.spans["action"][0]) \
                or d.fields["action"] in _MONEY_KINDS:
            continue  # "including Patriot parts", "in loans": the same pledge told again
        for name in ("quantity", "quantity_text", "unit"):  # another pledge, with no sum
            d.unset(name)
        out.append(d)
    return out


_RUSSIAS_ALLIES = frozenset({"KP", "IR", "BY"})
_PURPOSES = frozenset({"reconstruction", "munitions_funding"})
_MONEY_KINDS = frozenset({"funding", "economic_aid", "munitions_funding"})
_INCLUDING = re.compile(r"(?<![\w])(?:including|includ\w+|such as|tra cui|compres\w+|"
                        r"come)(?![\w])")


# actions that, in these bulletins, are support for Ukraine unless another country is named
_FOR_UKRAINE = frozenset({"troops", "weapons", "funding", "training", "munitions_funding",
                          "economic_aid", "reconstruction", "security_guarantees",
                          "naval_support"})
# "a brigade of 4,000 soldiers in Lithuania", "NATO's own forces": support that stays home
_ELSEWHERE = re.compile(r"(?<![\w])(?:(?:in|to|into|on)\s+(?:the\s+)?(?:lithuania|poland|"
                        r"romania|estonia|latvia|the baltics?|baltic states|eastern flank|"
                        r"lituania|polonia|lettonia|baltici|fianco orientale)|(?:nato'?s?|its|"
                        r"their) own|propri[oa] territorio)(?![\w])")


_WITHHELD = re.compile(r"(?:halt|cut|stop|suspend|tagliare|interrompere|sospendere|fermare|"
                       r"bloccare)(?=\s+(?:[\w']+\s+){0,3}?(?:exports|supplies|deliveries|"
                       r"forniture|esportazioni|consegne))")
_DESPITE = re.compile(r"(?<![\w])(?:despite|in spite of|nonostante|malgrado|a dispetto d\w*)\s+"
                      r"(?:[\w']+\s+){0,3}$")


def _actions_in(view: str, cs: int, ce: int, starts: list[int]
                ) -> list[tuple[str, tuple[int, int]]]:
    """The actions named in the clause [cs, ce) (`starts`: where any may begin), each action's
    matches left to right as finditer would give them, none overlapping an earlier one."""
    found: list[tuple[str, tuple[int, int]]] = []
    for action, pat in _ACTION_RES:
        last = -1
        for pos in starts:
            if pos < last or not (m := pat.match(view, pos, ce)):
                continue
            a, b = m.start(), m.end()
            last = b
            if any(a < fe and fs < b for _, (fs, fe) in found):
                continue
            if _DESPITE.search(view, max(cs, a - 40), a):
                continue  # "crescerà nonostante le sanzioni": what it happens despite
            if action == "troops" and (_UA_BEFORE.search(view, max(cs, a - 12), a)
                                       or _UA_AFTER.match(view, b, ce)):
                continue  # "to train Ukrainian troops": Ukraine's troops, none sent
            if action == "troops" and any(
                    act == "military_hubs" and _FOR_GAP.fullmatch(view, fe, a)
                    for act, (_, fe) in found):
                continue  # "a logistics hub for the force": the hub is what is offered
            found.append((action, (a, b)))
    return found


_BY = r"(?:by|da|dal|dalla|dallo|dall'|dai|dagli|dalle)"
_PASSIVE_PLEDGE = re.compile(
    r"(?<![\w])(?:agreed|decided|promised|pledged|imposed|approved|offered|adopted|deciso|"
    r"decisa|decisi|promess[oaie]|approvat[oaie]|impost[oaie]|offert[oaie]|stanziat[oaie]|"
    r"concordat[oaie]|adottat[oaie]|announced|annunciat[oaie])\s+(?:[\w'’]+\s+){0,3}?"
    + _BY + r"(?:(?<=')|(?![\w]))")
# "the 11th package of sanctions … could be adopted", "sarà adottato formalmente martedì":
# the action is pledged by whoever the sentence names, with no agent after it
_PASSIVE_MODAL = re.compile(
    r"(?<![\w])(?:will|would|could|should|may|might|(?:is|are|was|were) expected to|has|have|"
    r"had|sarà|saranno|sarebbe|potrebbe|potrebbero|dovrebbe|dovrebbero|verrà|verranno|"
    r"è stat[oa]|sono stat[ie])\s+(?:now\s+|already\s+|già\s+|ora\s+)?(?:be\s+|been\s+|"
    r"essere\s+)?(?:[a-z]+ly\s+|formalmente\s+)?"
    r"(?:adopted|approved|agreed|imposed|unveiled|introduced|transferred|disbursed|paid out|"
    r"announced|annunciat[oaie]|"
    r"allocated|adottat[oaie]|approvat[oaie]|impost[oaie]|varat[oaie]|presentat[oaie]|"
    r"erogat[oaie]|versat[oaie]|trasferit[oaie]|stanziat[oaie]|"
    # "the eight Archer howitzers … had now been handed over to Ukraine"
    r"handed over|delivered|consegnat[oaie])(?![\w])|"
    # arms that arrived were given: "10 Leopard 1A5 tanks had reached Ukraine", "altri sette
    # Gepard sono arrivati in Ucraina", "had left for Ukraine by sea"
    r"(?<![\w])(?:(?:had|have|has)\s+(?:now\s+|already\s+)?(?:arrived in|reached|left for)|"
    r"arrived in|(?:sono|è)\s+(?:già\s+)?(?:arrivat[oaie]|giunt[oaie]) in|"
    r"(?:sono|è)\s+(?:già\s+)?partit[oaie] per)\s+(?:ukraine|ucraina)(?![\w])|"
    # arms still on their way: "a shipment of generators was on its way", "four more would
    # follow next year", "arriveranno in Ucraina nelle prossime settimane"
    r"(?<![\w])(?:(?:is|are|was|were)\s+on\s+(?:its|their)\s+way|(?:would|will)\s+follow|"
    r"seguiranno|arriveranno|arriverà|(?:will|would)\s+arrive)(?![\w])|"
    # "che potrebbero essere inviati in Ucraina", "will be delivered": what is to be sent
    r"(?<![\w])(?:will|would|could|may|might|sarà|saranno|sarebbe|sarebbero|potrebbe|"
    r"potrebbero|dovrebbe|dovrebbero|verrà|verranno|(?:is|are) to)\s+(?:be\s+|essere\s+)?"
    r"(?:sent|delivered|supplied|provided|shipped|donated|given|handed over|donat[oaie]|"
    r"inviat[oaie]|consegnat[oaie]|fornit[oaie]|"
    r"spedit[oaie]|trained|addestrat[oaie]|deployed|schierat[oaie]|dispiegat[oaie])(?![\w])|"
    # "a 14th package of sanctions could for the first time target Russian LNG"
    r"(?<![\w])(?:will|would|could|may|might|should|potrebbe|potrebbero|dovrebbe|dovrebbero|"
    r"colpirà|colpiranno)\s+(?:also\s+|for the first time\s+|anche\s+|per la prima volta\s+)?"
    r"(?:target|hit|colpire|prendere di mira)(?![\w])|"
    # "US sanctions on Rosneft and Lukoil take effect on Friday", "entrano in vigore"
    r"(?<![\w])(?:(?:will\s+)?(?:take|takes|took)\s+effect|(?:come|comes|came)\s+into\s+force|"
    r"entr\w+\s+in\s+vigore)(?![\w])|"
    # "a fourth package of EU sanctions would ban exports of luxury goods", "il pacchetto
    # vieterà le importazioni": what the measures named before will do
    r"(?<![\w])(?:will|would|could|potrebbe)\s+(?:also\s+)?(?:ban|target|prohibit|vietare)|"
    r"(?<![\w])(?:vieterà|vieterebbe|colpirà|colpirebbe)(?![\w])")
_RECEIVED_FROM = re.compile(
    r"(?<![\w])(?:riceverà|riceveranno|ricevuto|riceve|will receive|would receive|received|"
    r"receives)\s+(?:[\w'$€£.,-]+\s+){0,12}?(?:from|" + _BY + r")(?:(?<=')|(?![\w]))")
# "The transfer of F-16 fighter jets from Denmark and the Netherlands", "la consegna dei carri
# armati dalla Polonia": the givers of a delivery named as a noun
_GIVEN_FROM = re.compile(
    r"(?<![\w])(?:transfer|transfers|delivery|deliveries|consegna|consegne|fornitura|forniture|"
    r"trasferimento)\s+(?:of|di|dei|degli|delle|del|della)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:from|" + _BY + r")(?:(?<=')|(?![\w]))")
# money given with no action named: "would give Ukraine 120 million euros"
_GIVEN_MONEY = re.compile(
    r"(?<![\w])(?:give|gives|giving|provide|provides|providing|grant|grants|allocate|allocates|"
    r"transfer|transfers|pay|pays|darà|daranno|fornirà|forniranno|stanzierà|stanzieranno|"
    r"verserà|verseranno|riceverà|riceveranno|ricevuto|will receive|would receive|received|"
    # a payment made: "Bruxelles ha versato all'Ucraina altri 1,5 miliardi", "disbursed"
    r"versato|erogato|transferred|disbursed|disburses|disburse|"
    # "the Netherlands promised €202m to pay for air defences"
    r"pledged|pledges|pledge|promised|promises|promise|committed|commits|announced|"
    r"promesso|annunciato|stanziato|"
    # "to add €500m to the European Peace Facility", "spendere i 6 miliardi di aiuti"
    r"add|adding|aggiungere|aggiungerà|spend|spending|spendere|spenderà|destinerà|destineranno|"
    r"destinare|earmark|earmarks|earmarked)"
    r"\s+(?:[\w']+\s+){0,5}?(?P<amount>(?:[$€£]\s?\d[\d.,]*(?:\s?(?:bn|m|billion|million|"
    r"miliardi|milioni|miliardo|milione))?|\d[\d.,]*\s?(?:bn|m|billion|million|miliardi|"
    r"milioni|miliardo|milione)?\s+"
    r"(?:di\s+)?(?:euros?|dollars?|dollari|pounds|sterline|yen|kroner|kronor|crowns|corone))"
    r"(?![\w]))")
_AGENT_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|e\s+)?|\s+(?:and|e|ed)\s+)(?:the\s+)?"
                        r"(?:" + _BY + r"\s*)?")


_MODAL_BY = re.compile(r"\s+(?:(?:to|into|for)\s+(?:ukraine|kyiv|kiev)\s+|(?:all'ucraina|a kiev|"
                       r"in ucraina)\s+)?" + _BY + r"(?:(?<=')|(?![\w]))\s*")


def _agents(ctx: Ctx, pos: int, e: int) -> list[tuple[str, tuple[int, int]]]:
    """The agents after a passive pledge ("agreed by the G7, the EU and Australia", "deciso
    dall'UE e dal G7"): actors in a row from `pos`."""
    name_re, names, _, _ = _actor_res()
    cands = sorted([(names[m.group()], m.span()) for m in name_re.finditer(ctx.view, pos, e)]
                   + [(_actor_of(o), (o.start, o.end)) for o in find_orgs(ctx.view, pos, e)
                      if o.name in _BODIES or o.name in _EU_BODIES], key=lambda a: a[1][0])
    out: list[tuple[str, tuple[int, int]]] = []
    at = pos
    for actor, span in cands:
        gap = ctx.view[at:span[0]]
        if not (re.fullmatch(r"\s*(?:the\s+|l'|la\s+|il\s+)?", gap) or (
                out and _AGENT_GAP.fullmatch(gap))):
            break
        out.append((actor, span))
        at = span[1]
    return out


_PLACE_BEFORE = re.compile(r"(?<![\w])(?:in|a|at)\s+$")
_WITH_BEFORE = re.compile(r"(?<![\w])(?:with|con)\s+(?:the\s+|la\s+|il\s+|l')?$")


def _partners(ctx: Ctx, s: int, e: int) -> list[tuple[str, tuple[int, int]]]:
    """Countries named after "with" in [s, e): the other parties to an agreement."""
    name_re, names, _, _ = _actor_res()
    return [(names[m.group()], m.span()) for m in name_re.finditer(ctx.view, s, e)
            if _WITH_BEFORE.search(ctx.view, max(s, m.start() - 12), m.start())]


def _pledge_at(pledges: list[re.Match[str]], pos: int) -> re.Match[str] | None:
    """The pledge verb that is itself the action ("will contribute 1.5 billion kroner")."""
    return next((m for m in pledges if m.start() == pos), None)


_PROMISED = re.compile(r"(?:promised|pledged|offered|committed|promess[oaie]|promesso|"
                       r"offert[oaie]|impegnat[oaie]|stanziat[oaie])$")
# what may stand between a thing and the one who pledged it: "(that) the Netherlands (had)"
_RELATIVE_GAP = re.compile(r"\s+(?:that\s+|which\s+|che\s+)?(?:the\s+|l'|il\s+|la\s+|lo\s+|"
                           r"gli\s+|i\s+|le\s+)?(?P<who>[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+"
                           r"(?:had\s+|has\s+|have\s+|ha\s+|aveva\s+|avevano\s+|hanno\s+)?")


def _pledge_after(ctx: Ctx, pledges: list[re.Match[str]], pos: int, ce: int
                  ) -> re.Match[str] | None:
    """A pledge verb right after the thing pledged, with its pledger between them: "the
    one million shells the EU promised", "i quattro IRIS-T che la Germania ha promesso"."""
    for m in pledges:
        if m.start() < pos or m.start() - pos > 45 or m.end() > ce:
            continue
        if not _PROMISED.search(m.group()):
            return None
        gap = _RELATIVE_GAP.fullmatch(ctx.view, pos, m.start())
        if gap is None:
            return None
        name_re, _, _, _ = _actor_res()
        a, b = gap.span("who")
        if name_re.search(ctx.view, a, b) or _SHORT_NAMES.search(ctx.text, a, b) or any(
                o.name in _BODIES or o.name in _EU_BODIES for o in find_orgs(ctx.view, a, b)):
            return m
        return None
    return None


def _pledge_before(pledges: list[re.Match[str]], s: int, pos: int) -> re.Match[str] | None:
    """The first pledge verb within 90 characters before `pos` (not before `s`)."""
    lo = max(s, pos - 90)
    for m in pledges:
        if m.start() >= lo and m.end() <= pos:
            return m
    return None


def _quoted_apart(view: str, s: int, pos: int, action: int) -> bool:
    """Whether `pos` is inside quoted words that close, and are said, before the action
    ("“Putin non vincerà questa guerra”, ha detto Biden, annunciando che gli Stati Uniti
    invieranno …": the quote's "non" refuses nothing; "would “not take part” in arming Kyiv"
    still refuses)."""
    if view.count('"', s, pos) % 2 == 0:  # (the view writes every quotation mark so)
        return False
    close = view.find('"', pos, action)
    return close >= 0 and SPEECH.search(view, close, action) is not None


def _fill(ctx: Ctx, d: Draft, s: int, e: int, cs: int, ce: int, span: tuple[int, int],
          speaker, modal_from: int | None = None,  # type: ignore[no-untyped-def]
          q_from: int | None = None) -> None:
    """Negation, certainty, condition, recipient, speaker and quantity of one commitment; a
    hedge counts from `modal_from` (a clause with a giver of its own: "France could not rule
    out sending troops, but Germany said it had no such plans"), else the sentence's start."""
    view = ctx.view
    neg = next((m for m in _NEG.finditer(view, cs, span[0])
                if not _quoted_apart(view, cs, m.start(), span[0])), None)
    if neg and _NOT_RULED_OUT.match(view, neg.start()):
        neg = None  # "could not rule out sending troops": a possibility, not a refusal
    if neg and _RECONSIDER.search(view, max(cs, neg.start() - 30), neg.start()):
        neg = None  # "could reconsider its refusal to arm Ukraine": a refusal that may end
    if neg and _INSTEAD.search(view, neg.end(), span[0]):
        neg = None  # "would not send soldiers and would instead serve as a logistics hub"
    neg_span = neg.span() if neg else next(
        (not_span for _, _, not_span in _glued_not(ctx, cs, span[0])), None)
    if neg_span is None and (cut := _WITHHELD.match(view, span[0], span[1])):
        neg_span = cut.span()  # "to halt electricity exports": support withheld
    if neg_span is None and (no := _REJECT_AT.match(view, span[0], span[1])):
        neg_span = no.span()  # "ha respinto il cessate il fuoco": a truce refused
    d.set("negated", neg_span is not None, neg_span)
    poss = _POSSIBLE.search(view, modal_from if modal_from is not None else s, span[1])
    if poss and _ACCEPTED_PROPOSAL.search(view, max(s, poss.start() - 40), poss.end()):
        poss = None  # "agreed to a US proposal for a ceasefire": the proposal is accepted
    if not poss and (pm := _PASSIVE_MODAL.search(view, span[1], min(ce, span[1] + 120))):
        poss = _POSSIBLE.match(view, pm.start())  # "the package could be adopted"
    if not poss and (after := _HEDGE_AFTER.match(view, span[1], ce)):
        poss = after  # "the Royal Air Force could start patrolling": the subject's hedge
    d.set("certainty", "possible" if poss else "definite", poss.span() if poss else None)
    cond = _condition(view, s, e, cs, ce)
    if cond:
        d.set("condition", _balanced(ctx.text[cond.start():cond.end()].strip()), cond.span())
    rec = _RECIPIENT.search(view, cs, ce) if d.fields["action"] != "sanctions" else None
    if rec:  # sanctions are against someone, given to no one
        d.set("recipient", "UA", rec.span())
    if speaker:
        d.set("speaker", speaker.name, (speaker.start, speaker.end))
    if d.fields["action"] == "weapons":  # "another Patriot system and 1,000 shells": the
        _one_more(view, d, span, ce)       # one more is this pledge's count, the shells a row
    if "quantity" not in d.fields:
        _quantity(ctx, d, cs if q_from is None else q_from, ce)
    if d.fields["action"] == "weapons" and "quantity" not in d.fields \
            and (one := _ONE_MORE_IT.search(view, max(cs, span[0] - 45), span[0])):
        d.set("quantity", 1, one.span(1))  # "un'altra batteria di difesa aerea Patriot"
    if d.fields.get("unit") in _CURRENCY_CODES:  # money: what it pays for names the action
        action = d.fields["action"]
        if d.fields.get("actor") in _LENDERS and action in ("funding", "weapons"):
            d.fields["action"] = "economic_aid"
        elif _BUY.search(view, cs, (own_end := _sum_end(view, d, ce))) \
                and action in ("weapons", "funding"):
            # money to buy munitions; money to buy other arms is funding (GUIDE)
            d.fields["action"] = "munitions_funding" if _MUNITIONS.search(view, cs, own_end) \
                else "funding"
        elif action == "weapons" and (money_for := _money_for(view, d, span)) is not None:
            # "pledged €5bn in new military aid", "will spend €300m on American weapons":
            # the money is what is given; "a military aid package worth $2bn" is the arms
            d.fields["action"] = "funding" if money_for else "weapons"
        elif action == "weapons" and _GENERIC_AID.fullmatch(view, *span) and not any(
                not _GENERIC_AID.fullmatch(m.group())
                for m in _WEAPONS.finditer(view, cs, _sum_end(view, d, ce))):
            d.fields["action"] = "funding"  # "€4bn in military aid": money, no arms named


_ARTICLE = re.compile(r"\s*(?:the\s+|il\s+|la\s+|l'|lo\s+|gli\s+|i\s+|le\s+)?")


def _sum_end(view: str, d: Draft, ce: int) -> int:
    """Where what the pledged sum pays for may still be told: the clause's end, or the comma
    after the sum ("Canada pledged C$500m in military aid, Norway … and the Netherlands €260m
    to buy ammunition": the ammunition is the Netherlands')."""
    q = d.spans.get("quantity")
    if q is None:
        return ce
    comma = view.find(",", q[1], ce)
    if comma < 0:
        return ce
    name_re = _actor_res()[0]
    lead = _ARTICLE.match(view, comma + 1, ce)
    # another giver after the comma ends this one's part; "…, including artillery
    # ammunition" does not
    return comma if lead and name_re.match(view, lead.end(), ce) else ce


def _balanced(text: str) -> str:
    """`text` without a closing quotation mark it does not open ("if Kyiv pays market
    prices”"); "settled “soon”" keeps its pair."""
    if (text.endswith("”") and text.count("“") < text.count("”")) \
            or (text.endswith('"') and text.count('"') % 2):
        return text[:-1].rstrip()
    return text


def _condition(view: str, s: int, e: int, cs: int, ce: int) -> re.Match[str] | None:
    """The condition of a pledge in clause [cs, ce): its own clause's, else one in a clause
    that pledges nothing ("…, but only if the US provides a backstop"), not another
    pledge's ("would not supply Taurus, but could deliver interceptors if partners pay")."""
    found = list(_CONDITION.finditer(view, s, e))
    own = [c for c in found if cs <= c.start() < ce]
    if own or not found:
        return own[0] if own else None
    for c in found:
        a, b = next(((a, b) for a, b in _clauses(view, s, e) if a <= c.start() < b), (s, e))
        # (a package's clause is another pledge: "…, while a new €3bn package could be
        # approved only after the election")
        if not _ANY_ACTION.search(view, a, b) and not _PACKAGE_WORD.search(view, a, b):
            return c
    return None


_MONEY_IN = re.compile(r"\s+(?:(?:in|of|di|per|agli|alla|ai|to|towards|for)\s+|all')"
                       r"(?:[\w'-]+\s+){0,2}")
# "0.25 percent of its GDP on military aid": a share of a country's output is money
_SHARE_OF_GDP = re.compile(r"\s*(?:%|percent|per cent|per cento)\s+(?:of|del|dello)\s+"
                           r"(?:its\s+|their\s+|the\s+|proprio\s+|suo\s+)?(?:gdp|pil)\s+")
_MONEY_ON = re.compile(r"\s+(?:on|per acquistare|to buy)\s+(?:[\w'-]+\s+){0,2}")
_PACKAGE = re.compile(r"(?<![\w])(?:package|pacchetto)(?![\w])")


def _money_for(view: str, d: Draft, span: tuple[int, int]) -> bool | None:
    """Whether the pledged money is itself given for arms (True: funding), is the worth of a
    package of arms (False: weapons), or neither is told (None)."""
    q = d.spans.get("quantity")
    if q is None:
        return None
    pos = q[1]
    if after := currency_after(view, pos):
        pos = after[1]
    elif share := _SHARE_OF_GDP.match(view, pos):
        pos = share.end() - 1
    if q[1] <= span[0] and (_MONEY_ON.fullmatch(view, pos, span[0]) or (
            _GENERIC_AID.fullmatch(view, *span) and _MONEY_IN.fullmatch(view, pos, span[0])
            # "$500m in military assistance, including artillery ammunition": the arms
            and not any(not _GENERIC_AID.fullmatch(m.group())
                        for m in _WEAPONS.finditer(view, span[1], _sum_end(view, d, d.end))))):
        return True
    if _GENERIC_AID.fullmatch(view, *span) and _PACKAGE.search(
            view, max(0, span[0] - 45), span[1] + 10):
        return False
    return None


_HEAD_UNIT = re.compile(
    r"(?<![\w])(air defen[cs]e systems|sistemi di difesa aerea|semoventi antiaerei|fighter jets|"
    r"fighters|jets|caccia|"
    r"tanks|carri armati|anti-aircraft guns|guns|cannoni antiaerei|cannoni|(?<!anti-)aircraft|"
    r"aerei|missiles|radars|radar|"
    r"missili|shells|proiettili|rounds|munizioni|"
    r"drones|droni|soldiers|soldati|troops|truppe|militari|howitzers|obici|"
    r"armou?red vehicles|veicoli blindati|mezzi blindati|vehicles|veicoli|blindati|carriers|"
    r"helicopters|elicotteri|systems|sistemi|launchers|lanciarazzi|people|persone|"
    r"machine[- ]guns|mitragliatrici|rifles|fucili|warheads|rocket motors|"
    # what sanctions list: "sanctioned 11 tankers", "sanziona 20 navi"
    r"tankers|petroliere|vessels|ships|navi|individuals|entities|entità|companies|società|"
    r"aziende|banks|banche|boats|imbarcazioni|motovedette|generators|generatori|transformers|"
    r"trasformatori)(?![\w])")
_UNITS = {"sistemi di difesa aerea": "air defence systems",
          "semoventi antiaerei": "self-propelled anti-aircraft guns", "air defense systems":
          "air defence systems", "fighters": "fighter jets", "jets": "fighter jets",
          "caccia": "fighter jets", "carri armati": "tanks", "aerei": "aircraft",
          "missili": "missiles", "proiettili": "shells", "munizioni": "munitions",
          "droni": "drones", "soldati": "soldiers", "truppe": "troops", "militari": "soldiers",
          "obici": "howitzers", "veicoli": "vehicles", "elicotteri": "helicopters",
          "sistemi": "systems", "lanciarazzi": "launchers", "persone": "people",
          "armored vehicles": "armoured vehicles", "veicoli blindati": "armoured vehicles",
          "mezzi blindati": "armoured vehicles", "blindati": "armoured vehicles",
          "petroliere": "tankers", "navi": "ships",
          "entità": "entities", "società": "companies", "aziende": "companies",
          "banche": "banks", "imbarcazioni": "boats", "motovedette": "patrol boats",
          "cannoni": "guns", "cannoni antiaerei": "anti-aircraft guns", "radar": "radars",
          "mitragliatrici": "machine guns", "fucili": "rifles", "generatori": "generators",
          "trasformatori": "transformers"}
# the words of an English noun phrase before its head: "24 F-16 fighter jets", "one million
# artillery shells", "50 Dingo armoured vehicles" (not "… tanks to Ukraine and 20 jets")
_NP_WORDS = re.compile(r"(?:\s+(?!(?:to|for|and|or|of|from|with|by|in|on|at|more|further|"
                       r"additional|new|other|another|surplus|extra|its|their|the|a|an)\s)"
                       r"[a-z][\w/-]*|\s+[\d][\w/-]*){1,3}\s+")


# Italian words no English noun phrase holds ("porteranno a 16 gli HIMARS": no unit "gli …")
_IT_FUNCTION = re.compile(r"(?<![\w])(?:gli|i|le|il|la|lo|di|dei|degli|delle|del|della|ai|agli|"
                          r"alle|per|da|e)(?![\w])")
_NP_LEAD = re.compile(r"\s+(?:(?:more|further|additional|new|other|surplus|extra|ukrainian|"
                      r"russian)\s+)*")


# what a sanctions list names, as a pair: "45 individuals and entities", "42 tra persone ed
# entità", "38 tra persone e organizzazioni" (one unit, not the first noun of two)
_LISTED_PAIR = re.compile(r"\s+(?:and|e|ed)\s+(entities|companies|organi[sz]ations|firms|"
                          r"entità|organizzazioni|società|aziende|imprese)(?![\w])")
_LISTED = frozenset({"individuals", "people", "persone", "entities", "entità", "companies",
                     "società", "aziende"})
# (the pair's Italian words that the units table does not name so: "persone" alone are
# "people", in a pair "individuals")
_LISTED_EN = {"persone": "individuals", "organizzazioni": "entities", "imprese": "companies"}
# Italian names that follow their head: "proiettili d'artiglieria" -> "artillery shells"
_ARTILLERY_AFTER = re.compile(r"\s+(?:d'|di\s+)artiglieria(?![\w])")


def _listed_name(word: str) -> str:
    """One word of a sanctions list's pair in English ("entità" -> "entities")."""
    return _LISTED_EN.get(word) or _UNITS.get(word, word)


# Italian arms whose model follows them: "due sistemi Patriot" -> "patriot systems", "veicoli
# da combattimento Bradley" -> "bradley fighting vehicles" ("obici semoventi M109" are
# "self-propelled howitzers", and "semoventi antiaerei Gepard" "self-propelled anti-aircraft
# guns": the gold keeps no model after a kind that names itself)
_IT_ARMS = frozenset({"sistemi", "sistemi di difesa aerea", "carri armati", "obici", "veicoli",
                      "veicoli blindati", "blindati", "mezzi blindati", "elicotteri", "caccia",
                      "aerei", "missili", "lanciarazzi", "cannoni", "cannoni antiaerei", "droni",
                      "radar"})
_IT_KIND_AFTER = re.compile(r"\s+(da combattimento|di difesa aerea|semoventi)(?![\w])")
_IT_KIND_EN = {"da combattimento": "fighting vehicles", "di difesa aerea": "air defence systems",
               "semoventi": "self-propelled howitzers"}
_MODEL_AFTER = re.compile(r"\s+((?:[A-Z][\w-]*|[A-Z\d][A-Z\d-]+)(?:\s+\d\w*)?)(?![\w'’])")


def _italian_arms(ctx: Ctx, word: str, end: int) -> str:
    """The English unit of Italian arms `word` ending at `end`, with a kind and a model
    that follow it (a model by its capitals in the original text)."""
    unit = _UNITS.get(word, word)
    if (kind := _IT_KIND_AFTER.match(ctx.view, end, end + 20)) and (
            word in ("veicoli", "sistemi") or kind.group(1) == "semoventi"):
        unit = _IT_KIND_EN[kind.group(1)]
        if kind.group(1) == "semoventi":
            return unit
        end = kind.end()
    model = _MODEL_AFTER.match(ctx.text, end)
    return f"{model.group(1).lower()} {unit}" if model else unit


def _unit_phrase(ctx: Ctx, end: int, head: re.Match[str]) -> str:
    """The unit of a pledged count: the English noun phrase up to its head ("F-16 fighter
    jets", "artillery shells"), else the head in English ("carri armati" -> "tanks")."""
    view = ctx.view
    word = head.group(1)
    if word in _LISTED and (pair := _LISTED_PAIR.match(view, head.end())):
        return f"{_listed_name(word)} and {_listed_name(pair.group(1))}"
    if word in ("proiettili", "munizioni") and _ARTILLERY_AFTER.match(view, head.end()):
        return "artillery shells" if word == "proiettili" else "artillery ammunition"
    lead = _NP_LEAD.match(view, end)
    start = lead.end() if lead else end
    if word not in _UNITS and start < head.start() \
            and _NP_WORDS.fullmatch(" " + view[start:head.start()]):
        return view[start:head.end()]
    if word in _IT_ARMS:
        return _italian_arms(ctx, word, head.end())
    return _UNITS.get(word, word)


# one more of a kind, not counted: "another Patriot air defence system" is one, its unit in
# the plural (arms pledged with no number at all keep no unit: the gold is not agreed on it)
_ONE_MORE = re.compile(r"(?:another|a further|an additional|one more)\s+$")
_SINGULAR_HEAD = re.compile(r"(?<![\w])(system|battery|jet|tank|howitzer|radar|helicopter|"
                            r"launcher|aircraft)(?![\w])")
# ... and in Italian, the count alone: "un ulteriore sistema IRIS-T", "un'altra batteria"
_ONE_MORE_IT = re.compile(r"(?<![\w])(un altro|un'altra|un ulteriore|un'ulteriore)\s+"
                          r"(?:(?:sistema|batteria)\s+)?(?:(?:di difesa aerea|antiaere[oa])\s+)?$")


def _one_more(view: str, d: Draft, span: tuple[int, int], ce: int) -> None:
    """Quantity one and the unit of "another …" arms named in English, from the action's
    first word to its head noun a few words on."""
    one = _ONE_MORE.search(view, max(0, span[0] - 16), span[0])
    head = _SINGULAR_HEAD.search(view, span[0], min(ce, span[0] + 50)) if one else None
    if one is None or head is None:
        return
    between = view[span[0]:head.start()]
    if between and not _NP_WORDS.fullmatch(" " + between):
        return  # (not "another Taurus missile to Kyiv and jets": another thing's head)
    phrase = view[span[0]:head.end()]
    phrase = phrase[:-1] + "ies" if phrase.endswith("ry") else \
        phrase if phrase.endswith("aircraft") else phrase + "s"
    d.set("quantity", 1, one.span())
    d.set("unit", phrase, (span[0], head.end()))


_MODEL = re.compile(r"(?:[a-z]-?|(?:leopard|patriot|gripen|abrams|challenger|storm shadow|rbs|"
                    r"bradley|marder|jas) )$")


# crowns named with no country: the pledging country's own
_BARE_CROWNS = re.compile(r"(?P<scale>bn|m)?\s*(?:di\s+)?(?:kroner|krone|kronor|crowns|corone)"
                          r"(?![\w])")  # ("830m kroner": the scale glued to the count)
_CROWNS = {"NO": "NOK", "DK": "DKK", "SE": "SEK", "CZ": "CZK", "IS": "ISK"}
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_RE})(?![\w])(?!\s+(?:be|not|have|also)\b)")  # "14 may be"
_PLEDGERS = re.compile(r"\s+(?:[a-z]+\s+)?(?:officials?|diplomats?|sources?|leaders?|countries|"
                       r"ministers|members|member states|nations|states|allies|funzionari|"
                       r"diplomatici|fonti|leader|paesi|ministri|membri|stati|nazioni|alleati)"
                       r"(?![\w])")


def _no_quantity(view: str, n: Number, s: int) -> bool:
    """Whether the number `n` (in a clause from `s`) is no quantity pledged."""
    if n.word and n.value == 1:
        return True
    if re.match(r"\s*(?:anni|years|year|°|%|th\b|st\b|nd\b|rd\b|-day|per ?cent|giorni\b|"
                # a calibre: "obici da 155 mm", "155mm shells"
                r"mm\b|millimet|"
                r"days\b|weeks\b|settimane\b|mesi\b|months\b)",
                view[n.end:n.end + 10]) and not _SHARE_OF_GDP.match(view, n.end):
        return True  # (a share of GDP is pledged: "0.25 percent of its GDP")
    if is_year(view, n):
        return True
    if MONTH_BEFORE.search(view, max(s, n.start - 12), n.start) or _MONTH_AFTER.match(
            view, n.end, n.end + 12):
        return True  # "by February 24", "entro il 24 febbraio": a date
    if not n.word and _MODEL.search(view[max(s, n.start - 12):n.start]):
        return True  # M270, F-16, Leopard 2: a model, not a quantity
    if view.endswith(("article ", "articolo ", "art. "), max(s, n.start - 9), n.start):
        return True  # "Article 5-like protection": a treaty's article
    if _PLEDGERS.match(view, n.end):
        return True  # "two US officials", "the 27 member states": who pledges, not what
    paid = currency_of(view, n)
    # "a price cap of $60 per barrel": a price, not what is pledged
    return paid is not None and PER_BARREL.match(view, paid[1]) is not None


_INCLUDES_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:that\s+|which\s+|che\s+)?(?:includes?|"
                           r"including|comprende|comprendente|di cui|of which)\s+"
                           r"(?:about\s+|some\s+|nearly\s+|almost\s+|circa\s+|quasi\s+)?$")
_PART_FOR_UKRAINE = re.compile(r"\s*(?:\S+\s+){0,2}?(?:for\s+(?:ukraine|kyiv|kiev)|"
                               r"per\s+(?:l'ucraina|kiev)|all'ucraina|a\s+kiev)(?![\w])")


def _ukraines_part(ctx: Ctx, n: Number, e: int) -> Number | None:
    """The sum for Ukraine that a larger sum includes ("a $95bn bill that includes about $61bn
    for Ukraine", "un pacchetto da 95 miliardi che comprende circa 60 miliardi per Kiev")."""
    view = ctx.view
    part = next((m for m in ctx.numbers(n.end, e) if m.start - n.end <= 80), None)
    if part is None or not (currency_of(view, part) or part.value >= 1_000_000):
        return None
    if not _INCLUDES_GAP.search(view, n.end, part.start):
        return None
    return part if _PART_FOR_UKRAINE.match(view, part.end, e) else None


def _quantity(ctx: Ctx, d: Draft, s: int, e: int) -> None:
    view = ctx.view
    for n in ctx.numbers(s, e):
        if _no_quantity(view, n, s):
            continue
        paid = currency_of(view, n)
        if paid and (part := _ukraines_part(ctx, n, e)) is not None:
            n = part  # "a $95bn foreign aid bill that includes about $61bn for Ukraine"
        d.set("quantity", n.value, (n.start, n.end))
        if n.vague or n.qualified:
            d.set("quantity_text", ctx.text[n.start:n.end], (n.start, n.end))
        cur = paid[0] if paid else None
        if not cur and (crowns := _BARE_CROWNS.match(view, n.end)):  # "1.5 billion kroner":
            cur = _CROWNS.get(str(d.fields.get("actor")))  # the pledger's own crowns
            if cur and crowns.group("scale"):
                d.set("quantity", n.value * SCALES[crowns.group("scale")],
                      (n.start, crowns.end("scale")))
        if cur:
            d.set("unit", cur)
        elif gdp := _SHARE_OF_GDP.match(view, n.end):
            d.set("unit", "percent", (n.end, gdp.end()))
            if d.fields.get("action") == "weapons":
                d.fields["action"] = "funding"  # a share of output spent on arms: money
        elif m := _HEAD_UNIT.search(view, n.end, min(e, n.end + 45)):
            d.set("unit", _unit_phrase(ctx, n.end, m))
        elif d.fields.get("action") == "weapons" and (
                arm := _WEAPONS_AT.search(view, n.end, min(e, n.end + 40))) \
                and arm.group().endswith("s") and not arm.group().endswith("ss") \
                and (not (gap := view[n.end:arm.start()].strip())
                     or (_NP_WORDS.fullmatch(f" {gap} ")
                         and not _IT_FUNCTION.search(gap))):
            # arms the units table does not name: "14 armoured Humvees", "six NASAMS"
            lead = _NP_LEAD.match(view, n.end)
            d.set("unit", view[lead.end() if lead else n.end:arm.end()])
        return


# a loan named as a noun with its lender: a pledge of its own, wherever its verb stands ("would
# not take part in the EU's €90bn loan to Ukraine", "a proposed €140bn EU reparations loan",
# "a loan of up to $50bn for Kyiv", "la prima tranche da 4,5 miliardi di euro del fondo Ue")
_SUM = (r"(?:[$€£]\s?\d[\d.,]*(?:\s?(?:bn|m|billion|million))?|\d[\d.,]*\s?(?:bn|m|billion|"
        r"million|miliardi|milioni|miliardo|milione)?\s+(?:di\s+)?(?:euros?|dollars?|dollari|"
        r"pounds|sterline|yen))")
# (a word between the sum and the loan names it, "€140bn EU reparations loan"; a preposition
# ties the sum to something else: "3 miliardi di dollari al prestito del G7")
_FUNCTION_WORD = (r"(?:to|for|of|in|on|into|the|and|with|as|al|alla|allo|ai|agli|alle|a|per|di|"
                  r"del|della|nel|nella|con|e|ed|come)")
_LOAN_NOUN = re.compile(
    rf"(?<![\w$€£]){_SUM}\s+(?:(?!{_FUNCTION_WORD}\s)[\w'’-]+\s+){{0,2}}?"
    rf"(?P<a>loan|prestito|tranche)(?![\w])|"
    rf"(?<![\w])(?P<b>loan|prestito|tranche)\s+(?:(?:of the eu|from the eu|of the g7|dell'ue|"
    rf"della ue|del g7)\s+)?(?:(?:(?:for|to)\s+(?:ukraine|kyiv)|(?:all'|per l')ucraina|"
    rf"(?:a|per) kiev)\s+)?(?:(?:of|da|di|worth|pari a)\s+)?(?:up to\s+|about\s+|around\s+|"
    rf"fino a\s+|circa\s+)?{_SUM}(?![\w])")
# the lender named right before the sum or in the words after the loan ("del nuovo fondo Ue")
_LENDER_BEFORE = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?$")
# (not "of": "the next €500m tranche of EU military aid" is aid of the EU's that another
# refuses to approve; the refusal keeps the sum)
_LENDER_AFTER = re.compile(r"\s*(?:(?:for|to)\s+(?:ukraine|kyiv)\s+)?(?:from|by|del|dello|"
                           r"della|dell'|dal|dalla|dall')\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?$")
# what is proposed, planned or still to come is possible: "a proposed loan", "should be ready"
_LOAN_POSSIBLE_BEFORE = re.compile(r"(?:proposed|possible|potential|planned|moved closer to|"
                                   r"expected to|set to|discuss\w*|"
                                   r"propost[oa]|possibile|potenziale|previst[oa])\s+"
                                   r"(?:(?:a|an|the|un|una|il|la)\s+)?(?:[\w'’-]+\s+){0,3}$")
_SHARE_OF = re.compile(r"(?:share|part|portion|quota|parte)\s+(?:of|del|della|dello|dell')\s+"
                       r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_LOAN_POSSIBLE_AFTER = re.compile(r"\s+(?:(?!(?:and|e|ed|but|ma|which|che|while|mentre)\s)"
                                  r"[\w'’-]+\s+){0,5}?(?:should|could|would|may|might|"
                                  r"dovrebbe|potrebbe|sarebbe)(?![\w])")


def _loans(ctx: Ctx, s: int, e: int, taken: list[Draft], speaker: Person | None
           ) -> list[Draft]:
    """Each loan of [s, e) named as a noun with its lender, unless a pledge already holds
    its sum: economic aid, to Ukraine when the words say so."""
    view = ctx.view
    out: list[Draft] = []
    for m in _LOAN_NOUN.finditer(view, s, e):
        if _SHARE_OF.search(view, max(s, m.start() - 30), m.start()):
            continue  # "its C$5bn share of the G7's $50bn loan": the share is the pledge
        lender = _lender(ctx, s, e, m)
        if lender is None:
            continue
        holders = [d for d in taken if (q := d.spans.get("quantity")) is not None
                   and m.start() <= q[0] < m.end()]
        if any(d.fields.get("actor") == lender[0] for d in holders):
            continue  # the lender's own pledge, made with a verb
        for d in holders:  # "Budapest would not take part in the EU's €90bn loan": the sum
            for name in ("quantity", "quantity_text", "unit"):  # is the EU's, not Hungary's
                d.unset(name)
        noun = m.span("a") if m.group("a") else m.span("b")
        cs, ce = next(((a, b) for a, b in _clauses(view, s, e) if a <= m.start() < b), (s, e))
        d = Draft("commitment", cs, ce, confidence=0.55)
        d.set("action", "economic_aid", noun)
        d.set("actor", lender[0], lender[1])
        d.set("negated", False)
        poss = _LOAN_POSSIBLE_BEFORE.search(view, max(s, m.start() - 40), m.start()) \
            or _LOAN_POSSIBLE_AFTER.match(view, m.end(), e)
        d.set("certainty", "possible" if poss else "definite", poss.span() if poss else None)
        if rec := _RECIPIENT.search(view, m.start(), min(e, m.end() + 30)):
            d.set("recipient", "UA", rec.span())
        if speaker:
            d.set("speaker", speaker.name, (speaker.start, speaker.end))
        _quantity(ctx, d, m.start(), m.end())
        out.append(d)
    return out


def _lender(ctx: Ctx, s: int, e: int, m: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """The body or country that lends: named right before the sum ("the EU's", "a $15bn IMF
    loan") or in the few words after the loan ("del nuovo fondo Ue")."""
    view = ctx.view
    name_re, names, adj_re, adjs = _actor_res()
    lo, hi = max(s, m.start() - 16), min(e, m.end() + 30)
    for org in find_orgs(view, lo, hi):
        body = _actor_of(org)
        if body in _BODIES and (_LENDER_BEFORE.fullmatch(view, org.end, m.start())
                                or m.start() <= org.start < m.end()
                                or _LENDER_AFTER.fullmatch(view, m.end(), org.start)):
            return body, (org.start, org.end)
    for found, table in ((name_re.finditer(view, lo, hi), names),
                         (adj_re.finditer(view, lo, hi), adjs)):
        for c in found:
            if table[c.group()] != "RU" and (_LENDER_BEFORE.fullmatch(view, c.end(), m.start())
                                             or m.start() <= c.start() < m.end()):
                return table[c.group()], c.span()
    return _lending_subject(ctx, s, m)


_SUBJECT_LEAD = 40  # characters: how far into the sentence its subject may start


def _lending_subject(ctx: Ctx, s: int, m: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """A lending body that is the sentence's subject, the loan its object: "G7 leaders are
    expected to agree a loan of about $50bn for Ukraine" (not Ukraine or Russia: "Ukraine
    received a loan of $1.5bn" names no lender)."""
    view = ctx.view
    for org in find_orgs(view, s, min(m.start(), s + _SUBJECT_LEAD)):
        if _actor_of(org) in _BODIES:
            return _actor_of(org), (org.start, org.end)
    return None
