"""Build the PDF document of the fictional sample corpus (samples/corpus/*.pdf).

Run from the project root:  .venv/bin/python samples/make_pdf.py

The text is a fictional NGO public statement (see samples/README.md). fpdf2's core
fonts only cover Latin-1, so the text below sticks to Latin-1 characters: straight
quotes and plain hyphens. samples/gold.jsonl quotes passages of PARAGRAPHS verbatim.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "corpus" / "2025-10-08-veridane-report-hallorn.pdf"
TITLE = "Ostrelia: 'No One Was Spared' - Hallorn attack and hostage-holding amount to crimes against humanity"
CREATED = datetime(2025, 10, 8, 9, 0, tzinfo=timezone.utc)

HEADER = [
    "VERIDANE RIGHTS INITIATIVE",
    "Public statement | 8 October 2025 | Index: VRI/OST/2025/014",
]

# (kind, text): kind is "h1", "h2", "p", "li" or "page" (page break).
PARAGRAPHS: list[tuple[str, str]] = [
    ("h1", "Ostrelia: 'No One Was Spared'"),
    ("h2", "The Hallorn attack and the holding of hostages amount to crimes against humanity"),
    ("p", "The Ostrel Liberation Front and allied fighters committed crimes against humanity when they "
          "killed and abducted civilians in the Varnian town of Hallorn on 14 March 2024, and they continue "
          "to commit them through the prolonged captivity and mistreatment of hostages, Veridane Rights "
          "Initiative said in a 96-page report published today."),
    ("p", "This is the first time Veridane has found that the Front's conduct meets the threshold of crimes "
          "against humanity. The organisation had earlier accused the Ostrel Liberation Front of war crimes "
          "over the Hallorn attack, in March 2024 and again in September 2024. Evidence gathered since then, "
          "including planning documents recovered in Hallorn and the testimony of freed hostages, shows a "
          "widespread and systematic assault on a civilian population, carried out under a policy decided "
          "by the Front's leadership."),
    ("p", "\"The men who planned Hallorn drew up lists of households, assigned fighters to streets and told "
          "them to bring back as many people as the lorries could carry. That is not the chaos of battle. "
          "It is policy,\" said Aurel Quennevis, Veridane's Secretary General."),
    ("h2", "Findings"),
    ("p", "According to the report, the crimes against humanity committed in Hallorn and in the places "
          "where the captives were held include murder, imprisonment, torture and enforced disappearance. "
          "The taking and holding of hostages is also a war crime."),
    ("p", "The attack killed 187 people, according to the revised figures of the Varnian interior ministry. "
          "Veridane identified 141 of them as civilians, 22 of whom were children. Of the 64 people abducted, "
          "17 were freed in July 2024 and 29 in May 2025. The bodies of six have been returned to their "
          "families. Twelve remain in captivity."),
    ("p", "The report finds the Dalvor Brigades, the Front's armed wing, chiefly responsible for the crimes. "
          "Fighters of the Serrin Valley Movement, who joined the assault on the eastern districts, are "
          "responsible to a lesser degree, as are armed men from nearby border villages who had no known "
          "affiliation but took part in the abductions."),
    ("page", ""),
    ("p", "Freed hostages told Veridane that they were kept in cellars beneath houses in Ombrevik, given one "
          "meal a day and beaten during interrogations. Several were moved at night, blindfolded, every few "
          "weeks. Families in Hallorn received no news of their relatives for months."),
    ("p", "Veridane could not interview any of the people still held, and was unable to verify the Front's "
          "claim that three of them were killed in Varnian air strikes on Ombrevik in August 2025."),
    ("p", "In a response sent to Veridane on 29 September, the Front's political bureau said its fighters "
          "\"did not commit any crimes against civilians\" and described the captives as \"detained "
          "collaborators\"."),
    ("h2", "Crimes by Varnian forces"),
    ("p", "Veridane's findings on Hallorn do not diminish the gravity of crimes committed by Varnian forces. "
          "The organisation has documented the torture and enforced disappearance of hundreds of men and boys "
          "detained in Sedrane, and maintains that these acts may amount to crimes against humanity. Varnia "
          "has rejected those findings."),
    ("h2", "Recommendations"),
    ("li", "The Ostrel Liberation Front must release all remaining hostages at once, return the bodies of "
           "any who have died, and allow the Concord's relief office to visit those still held."),
    ("li", "The Front's leadership must remove from their posts commanders suspected of ordering or "
           "carrying out the crimes documented in this report."),
    ("li", "The prosecutor of the Permanent Tribunal for Atrocity Crimes should seek warrants for those "
           "who planned the Hallorn attack, as part of an investigation covering crimes by all parties."),
    ("li", "Zemaryn, as host of the Quorvel talks, should ensure that no agreement shields from prosecution those "
           "responsible for crimes under international law."),
    ("h2", "Methodology"),
    ("p", "The report draws on interviews with survivors, freed hostages, relatives, doctors and officials "
          "conducted in Varnia and Zemaryn between March 2024 and August 2025, and on the analysis of "
          "videos, photographs and documents. Veridane wrote to the Ostrel Liberation Front and to the "
          "Varnian authorities with its findings before publication."),
]


class StatementPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER[0], new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, HEADER[1], new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 10, f"Veridane Rights Initiative - page {self.page_no()}", align="C")


def build(out: Path = OUT) -> Path:
    pdf = StatementPDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_title(TITLE)
    pdf.set_author("Veridane Rights Initiative")
    pdf.set_subject("Fictional sample document for casefile")
    pdf.set_creator("casefile samples/make_pdf.py")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    for kind, text in PARAGRAPHS:
        text.encode("latin-1")  # core fonts: fail loudly on anything outside Latin-1
        if kind == "page":
            pdf.add_page()
        elif kind == "h1":
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 12.5)
            pdf.ln(3)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "li":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6.5, "- " + text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.5)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
